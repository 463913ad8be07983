# MetricLab figure 'fig-seeds': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-seeds.gp` in this folder to draw fig-seeds.png again.
set encoding utf8
set terminal pngcairo size 640,420 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-seeds.png'
set border lw 1 lc rgb '#404040'
set tics nomirror out scale 0.6 tc rgb '#404040'
set format '%g'
set style fill solid 1 noborder
set linetype 1 lc rgb '#0072B2' pt 7
set linetype 2 lc rgb '#E69F00' pt 5
set linetype 3 lc rgb '#009E73' pt 9
set linetype 4 lc rgb '#CC79A7' pt 13
set linetype 5 lc rgb '#D55E00' pt 11
set linetype 6 lc rgb '#56B4E9' pt 6
set linetype 7 lc rgb '#F0E442' pt 15
set linetype 8 lc rgb '#000000' pt 4
set linetype 9 lc rgb '#882255' pt 7
set linetype 10 lc rgb '#999933' pt 5
set linetype 11 lc rgb '#8C510A' pt 9
set linetype 12 lc rgb '#888888' pt 13
set linetype cycle 12
unset title
set ytics ('SoftTriple' 0, 'normalized softmax' 1, 'margin' 2, 'multi-similarity + miner' 3, 'SNR contrastive' 4, 'NT-Xent' 5, 'triplet' 6, 'CosFace' 7, 'FastAP' 8, 'contrastive' 9, 'multi-similarity' 10, 'ArcFace' 11, 'margin, β per class' 12, 'proxy-NCA' 13)
set yrange [13.5:-0.5]
set xlabel 'held-out MAP@R (unseen digits)'
set grid xtics
set key off
$dots << EOD
0.429183 0
0.470281 0
0.430904 0
0.440517 0
0.408381 0
0.404368 1
0.420281 1
0.411612 1
0.443065 1
0.408695 1
0.406223 2
0.421102 2
0.396121 2
0.386888 2
0.407331 2
0.409511 3
0.404569 3
0.396306 3
0.378647 3
0.377315 3
0.40413 4
0.365356 4
0.383332 4
0.386619 4
0.390777 4
0.394584 5
0.385335 5
0.381652 5
0.370143 5
0.367519 5
0.390745 6
0.381433 6
0.372759 6
0.37041 6
0.37214 6
0.376973 7
0.380254 7
0.371715 7
0.373916 7
0.371147 7
0.390633 8
0.374366 8
0.372481 8
0.364635 8
0.359489 8
0.378121 9
0.352953 9
0.37713 9
0.359853 9
0.374883 9
0.382546 10
0.35373 10
0.365328 10
0.366724 10
0.345945 10
0.358819 11
0.373944 11
0.352441 11
0.36003 11
0.364146 11
0.387568 12
0.364983 12
0.351744 12
0.341079 12
0.350263 12
0.342928 13
0.350293 13
0.337802 13
0.336615 13
0.353485 13
EOD
$means << EOD
0.435853 -0.4
0.417604 0.6
0.403533 1.6
0.39327 2.6
0.386043 3.6
0.379846 4.6
0.377497 5.6
0.374801 6.6
0.372321 7.6
0.368588 8.6
0.362854 9.6
0.361876 10.6
0.359127 11.6
0.344225 12.6
EOD
plot $dots using 1:2 with points pt 7 ps 0.7 lc rgb '#2B2BA8', \
     $means using 1:2:(0):(0.8) with vectors nohead lw 3 lc rgb '#000000'
unset output
