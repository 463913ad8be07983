# MetricLab figure 'fig-final': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-final.gp` in this folder to draw fig-final.png again.
set encoding utf8
set terminal pngcairo size 1260,716 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-final.png'
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
set multiplot
$data1 << EOD
-0.0216088 0.0414507
-0.0216088 0.0414505
-0.0216088 0.0414228
-0.0216088 0.0414539
-0.0216088 0.0414579
-0.0216088 0.0414507
-0.0216088 0.0414494
-0.0216088 0.0414505
-0.0216088 0.0414507
-0.0216088 0.0414521
-0.0216088 0.0414213
-0.0216088 0.0414497
-0.0216088 0.0414528
-0.0216088 0.0414506
-0.0216088 0.0414556
-0.0216088 0.0414483
EOD
$data2 << EOD
-0.0476232 1.04599
-0.0476233 1.04598
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04599
-0.0476233 1.04598
EOD
$data3 << EOD
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
0.214316 -0.953187
EOD
unset label
set title 'contrastive: merged' font ',11'
unset xlabel
unset ylabel
set xrange [-1.03619:1.20288]
set yrange [-1.07314:1.16594]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0,0.52514
unset key
plot $data1 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data4 << EOD
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data5 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data6 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all: reunited, not merged' font ',11'
unset xlabel
unset ylabel
set xrange [-1.54087:1.61573]
set yrange [-1.53902:1.61758]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0.333333,0.52514
unset key
plot $data4 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data5 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data6 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data7 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data8 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data9 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard: reunited, not merged' font ',11'
unset xlabel
unset ylabel
set xrange [-1.54412:1.66865]
set yrange [-1.60078:1.61198]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0.666667,0.52514
unset key
plot $data7 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data8 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data9 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data10 << EOD
-1.85742 4.16789
-1.85601 4.19561
-1.84902 4.19034
-1.85799 4.21053
-1.84938 4.22988
-1.83666 4.20669
-1.8538 4.16283
-1.85583 4.2008
-1.81229 4.26908
-1.82071 4.46035
-1.72571 4.37279
-1.81756 4.10467
-1.81295 4.33217
-1.82432 4.19471
-1.81289 4.31032
-1.84614 4.07639
EOD
$data11 << EOD
-1.75565 -0.918567
-1.75566 -0.918565
-1.75566 -0.918568
-1.75566 -0.918568
-1.75566 -0.918566
-1.75566 -0.918566
-1.75565 -0.918567
-1.75566 -0.918568
-1.75566 -0.918567
-1.75566 -0.918568
-1.75566 -0.918568
-1.75566 -0.918565
-1.75566 -0.918566
-1.75565 -0.918567
-1.75565 -0.918567
-1.75566 -0.918567
EOD
$data12 << EOD
3.1733 -2.52037
3.2365 -2.50717
3.20251 -2.48056
2.95854 -2.57698
3.18458 -2.47825
3.17986 -2.46565
3.21354 -2.52871
3.23775 -2.50672
3.03068 -2.52973
3.23674 -2.53764
3.20063 -2.51789
3.22039 -2.50509
3.07265 -2.55584
3.22744 -2.53431
3.0673 -2.52187
3.15394 -2.48678
EOD
unset label
set title 'lifted structure: merged' font ',11'
unset xlabel
unset ylabel
set xrange [-3.25103:4.63079]
set yrange [-2.99922:4.8826]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0,0.0502793
unset key
plot $data10 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data11 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data12 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data13 << EOD
1.1575 2.50931
1.11516 2.47693
1.17465 2.52275
1.12814 2.48447
1.1678 2.51753
1.20215 2.54216
1.13265 2.48789
1.14556 2.50212
1.38813 2.48422
1.37529 2.46527
1.39365 2.48784
1.37219 2.45247
1.38143 2.47244
1.36295 2.44519
1.37574 2.46369
1.41379 2.52431
EOD
$data14 << EOD
-2.70004 0.258237
-2.70568 0.270728
-2.71048 0.266505
-2.73311 0.270824
-2.68294 0.265169
-2.62152 0.198171
-2.70708 0.278431
-2.62135 0.229184
-2.71102 0.277616
-2.74461 0.299049
-2.70644 0.280507
-2.61873 0.219646
-2.7392 0.29176
-2.73516 0.277434
-2.72218 0.272321
-2.66031 0.243148
EOD
$data15 << EOD
1.72621 -2.03269
1.69831 -2.04143
1.68959 -2.02553
1.58139 -2.04035
1.66381 -2.065
1.7185 -2.00386
1.69445 -2.04127
1.69986 -2.04817
1.71733 -2.02693
1.68913 -2.05082
1.67999 -2.05568
1.67791 -2.04721
1.72367 -2.03633
1.68161 -2.04475
1.65174 -2.05598
1.7361 -2.01856
EOD
unset label
set title 'N-pair: merged' font ',11'
unset xlabel
unset ylabel
set xrange [-3.08426:2.07576]
set yrange [-2.34143:2.81859]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0.333333,0.0502793
unset key
plot $data13 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data14 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data15 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data16 << EOD
-0.119297 -0.344987
0.128347 0.379528
0.184347 0.138299
-0.0778461 0.875519
0.195156 0.0787868
-0.409186 -1.23881
0.149987 1.04731
0.227728 0.311448
0.618462 0.445534
0.146811 0.160182
0.133794 0.148859
0.139309 0.187657
0.658135 0.462722
0.148333 0.18044
0.140541 0.146742
EOD
$data17 << EOD
-0.119619 -0.0743714
-0.03592 -0.0341274
-0.102314 0.0939988
-0.238149 0.0846582
-0.0882859 0.0643388
-0.0713282 0.0163963
-0.138479 0.0211537
-0.171859 -0.141203
-0.386723 -0.167365
-0.179129 0.0134166
-0.0740262 0.0895029
-0.340239 -0.211224
-0.397582 0.131516
-0.16439 0.0775437
-0.0962354 -0.00125767
EOD
$data18 << EOD
0.31519 -0.170796
0.280209 -0.0974586
0.377862 -0.290363
0.419763 -0.101065
0.263177 -0.341452
0.32287 -0.119941
0.0769108 -0.337757
0.293307 -0.0980483
0.314152 -0.0453863
0.439651 -0.228948
0.213975 -0.0651705
0.364334 0.0155602
0.126885 -0.184341
0.201889 -0.0716593
0.176744 -0.169656
EOD
$data19 << EOD
0.0843217 -0.0421291
EOD
$data20 << EOD
-0.0985617 0.077198
EOD
$data21 << EOD
0.338477 -0.109896
EOD
unset label
set title 'facility location: split' font ',11'
unset xlabel
unset ylabel
set xrange [-1.15575:1.4047]
set yrange [-1.37598:1.18448]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0.666667,0.0502793
unset key
plot $data16 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data17 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data18 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data19 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data19 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data20 with points pt 5 ps 1.936 lc rgb '#000000' notitle, \
     $data20 with points pt 5 ps 1.20032 lc rgb '#E69F00' notitle, \
     $data21 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data21 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle
unset label
unset title
unset xlabel
unset ylabel
unset logscale
unset grid
unset border
unset tics
set xrange [0:1]
set yrange [0:1]
set size noratio 1,0.0502793
set origin 0,0
set lmargin 0
set rmargin 0
set tmargin 0
set bmargin 0
set key center center horizontal Left reverse samplen 2 nobox
plot NaN notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
unset multiplot
unset output
