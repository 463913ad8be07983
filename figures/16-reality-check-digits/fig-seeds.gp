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
set ytics ('SoftTriple' 0, 'normalized softmax' 1, 'margin' 2, 'multi-similarity + miner' 3, 'SNR contrastive' 4, 'NT-Xent' 5, 'CosFace' 6, 'triplet' 7, 'FastAP' 8, 'contrastive' 9, 'ArcFace' 10, 'margin, β per class' 11, 'multi-similarity' 12, 'proxy-NCA' 13)
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
0.429002 0
0.415807 0
0.438693 0
0.473095 0
0.416653 0
0.404368 1
0.420281 1
0.411612 1
0.443065 1
0.408695 1
0.400887 1
0.413345 1
0.420926 1
0.441213 1
0.419882 1
0.406223 2
0.421102 2
0.396121 2
0.386888 2
0.407331 2
0.414455 2
0.380343 2
0.379685 2
0.415447 2
0.391501 2
0.409511 3
0.404569 3
0.396306 3
0.378647 3
0.377315 3
0.403929 3
0.372995 3
0.372807 3
0.40534 3
0.397575 3
0.40413 4
0.365356 4
0.383332 4
0.386619 4
0.390777 4
0.384572 4
0.370795 4
0.362039 4
0.404016 4
0.375525 4
0.394584 5
0.385335 5
0.381652 5
0.370143 5
0.367519 5
0.387068 5
0.358911 5
0.367756 5
0.395479 5
0.39009 5
0.376973 6
0.380254 6
0.371715 6
0.373916 6
0.371147 6
0.359901 6
0.375572 6
0.380607 6
0.391603 6
0.377648 6
0.390745 7
0.381433 7
0.372759 7
0.37041 7
0.37214 7
0.382697 7
0.356098 7
0.358286 7
0.38307 7
0.385145 7
0.391303 8
0.374339 8
0.371539 8
0.365711 8
0.359078 8
0.37422 8
0.343432 8
0.366169 8
0.392582 8
0.377351 8
0.378121 9
0.352953 9
0.37713 9
0.359853 9
0.374883 9
0.362825 9
0.347406 9
0.348463 9
0.382112 9
0.353548 9
0.358819 10
0.373944 10
0.352441 10
0.36003 10
0.364146 10
0.346296 10
0.373524 10
0.372954 10
0.367529 10
0.366595 10
0.387568 11
0.364983 11
0.351744 11
0.341079 11
0.350263 11
0.365479 11
0.334874 11
0.335292 11
0.373604 11
0.36018 11
0.382546 12
0.35373 12
0.365328 12
0.366724 12
0.345945 12
0.362919 12
0.331935 12
0.32067 12
0.368031 12
0.358287 12
0.342928 13
0.350293 13
0.337802 13
0.336615 13
0.353485 13
0.316802 13
0.34345 13
0.34812 13
0.342669 13
0.344959 13
EOD
$means << EOD
0.435251 -0.4
0.418427 0.6
0.39991 1.6
0.391899 2.6
0.382716 3.6
0.379854 4.6
0.375934 5.6
0.375278 6.6
0.371572 7.6
0.36373 8.6
0.363628 9.6
0.356507 10.6
0.355611 11.6
0.341712 12.6
EOD
plot $dots using 1:2 with points pt 7 ps 0.7 lc rgb '#2B2BA8', \
     $means using 1:2:(0):(0.8) with vectors nohead lw 3 lc rgb '#000000'
unset output
