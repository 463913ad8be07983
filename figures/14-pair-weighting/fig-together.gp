# MetricLab figure 'fig-together': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-together.gp` in this folder to draw fig-together.png again.
set encoding utf8
set terminal pngcairo size 600,480 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-together.png'
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
$data1 << EOD
-0.6 0.75
0.25 0.75
0.25 1
EOD
$data2 << EOD
-0.6 -0.1
0.5 1
EOD
$data3 << EOD
-0.6 0.75
-0.25 0.75
-0.245 0.745098
-0.24 0.740385
-0.235 0.73585
-0.23 0.731486
-0.225 0.727282
-0.22 0.723233
-0.215 0.719331
-0.21 0.715571
-0.205 0.711946
-0.2 0.708452
-0.195 0.705085
-0.19 0.701839
-0.185 0.698711
-0.18 0.695698
-0.175 0.692795
-0.17 0.69
-0.165 0.68731
-0.16 0.684722
-0.155 0.682234
-0.15 0.679844
-0.145 0.677548
-0.14 0.675346
-0.135 0.673236
-0.13 0.671214
-0.125 0.669281
-0.12 0.667434
-0.115 0.665672
-0.11 0.663994
-0.105 0.662398
-0.1 0.660884
-0.095 0.659449
-0.09 0.658094
-0.085 0.656816
-0.08 0.655616
-0.075 0.654493
-0.07 0.653446
-0.065 0.652473
-0.06 0.651575
-0.055 0.650751
-0.05 0.65
-0.045 0.649322
-0.04 0.648717
-0.035 0.648183
-0.03 0.647722
-0.025 0.647332
-0.02 0.647013
-0.015 0.646765
-0.01 0.646588
-0.005 0.646482
5.20417e-18 0.646447
0.005 0.646482
0.01 0.646588
0.015 0.646765
0.02 0.647013
0.025 0.647332
0.03 0.647722
0.035 0.648183
0.04 0.648717
0.045 0.649322
0.05 0.65
0.055 0.650751
0.06 0.651575
0.065 0.652473
0.07 0.653446
0.075 0.654493
0.08 0.655616
0.085 0.656816
0.09 0.658094
0.095 0.659449
0.1 0.660884
0.105 0.662398
0.11 0.663994
0.115 0.665672
0.12 0.667434
0.125 0.669281
0.13 0.671214
0.135 0.673236
0.14 0.675346
0.145 0.677548
0.15 0.679844
0.155 0.682234
0.16 0.684722
0.165 0.68731
0.17 0.69
0.175 0.692795
0.18 0.695698
0.185 0.698711
0.19 0.701839
0.195 0.705085
0.2 0.708452
0.205 0.711946
0.21 0.715571
0.215 0.719331
0.22 0.723233
0.225 0.727282
0.23 0.731486
0.235 0.73585
0.24 0.740385
0.245 0.745098
0.25 0.75
0.255 0.755102
0.26 0.760417
0.265 0.765959
0.27 0.771746
0.275 0.777795
0.28 0.78413
0.285 0.790775
0.29 0.797763
0.295 0.805128
0.3 0.812917
0.305 0.821184
0.31 0.83
0.315 0.839454
0.32 0.849667
0.325 0.860806
0.33 0.873114
0.335 0.886973
0.34 0.903046
0.345 0.922702
0.35 0.95
EOD
unset label
unset title
set xlabel "s_n"
set ylabel 's_p'
set xrange [-0.666:0.566]
set yrange [-0.166:1.066]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data1 with lines lw 2.5 dt 1 lc rgb '#000072B2' notitle, \
     $data2 with lines lw 2.5 dt 2 lc rgb '#00E69F00' notitle, \
     $data3 with lines lw 2.5 dt 4 lc rgb '#00009E73' notitle, \
     keyentry with lines lw 2.5 dt 1 lc rgb '#000072B2' title 'contrastive', \
     keyentry with lines lw 2.5 dt 2 lc rgb '#00E69F00' title 'triplet', \
     keyentry with lines lw 2.5 dt 4 lc rgb '#00009E73' title 'circle'
unset output
