# MetricLab figure 'fig-split': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-split.gp` in this folder to draw fig-split.png again.
set encoding utf8
set terminal pngcairo size 600,336 noenhanced font 'DejaVu Sans,9' background rgb 'white'
set output 'fig-split.png'
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
set linetype cycle 8
set multiplot
$data1 << EOD
-0.809195 3.32267
-0.52931 1.51934
-0.341079 2.31075
0.420066 2.65425
-0.600108 1.85874
-0.264918 2.3734
1.09146 1.64712
0.275405 1.53225
-0.274458 1.89381
-0.755749 1.73849
0.923889 1.45504
0.423551 1.81601
-0.773851 2.44971
-1.5649 2.01144
0.5516 0.887797
EOD
$data2 << EOD
-2.06548 1.63949
-2.05962 1.2905
-1.59782 0.669384
-1.08695 1.08841
-1.15875 1.08953
-1.51563 0.877844
-1.8617 1.94403
-1.39856 1.0141
-1.64062 1.46118
-2.18788 1.29353
-1.76945 0.48109
-1.56024 1.13721
-1.52503 1.05755
-0.862938 0.913015
-1.46696 -0.203647
EOD
$data3 << EOD
-1.74574 -1.18854
-1.31025 -1.25597
-2.34805 -2.00669
-1.53156 -0.075875
-0.964859 -2.1518
-2.01787 -0.369996
-1.19517 -1.04361
-1.91428 -2.14571
-0.481907 -1.31027
-2.38243 0.0328801
-2.06841 -1.02394
-1.47667 -1.54826
-1.1757 -0.14287
-2.05439 -1.14783
-1.08947 -1.46172
EOD
$data4 << EOD
0.337385 -2.2607
-0.315763 -2.52377
-0.653942 -1.6719
0.62648 -1.86956
0.472316 -2.20016
0.209894 -2.17902
-0.801106 -2.57996
-0.716994 -1.24875
-0.947609 -2.78115
-0.00426112 -1.92206
0.238638 -3.2299
-1.32719 -2.20094
1.09155 -2.83689
-0.166164 -1.41711
0.367163 -2.18297
EOD
$data5 << EOD
1.43076 -2.00675
1.75803 -1.57646
2.1551 -2.05654
1.49249 -0.735036
2.03528 -0.945075
1.31666 -0.437432
0.924318 -1.29542
1.54867 -1.31974
1.31906 -0.957378
1.22814 -1.98921
2.27627 -0.986882
1.92822 -2.05499
1.45122 -1.22906
0.944141 -0.669119
1.98828 -1.96318
EOD
$data6 << EOD
1.90061 0.435262
2.24337 0.55917
2.08847 0.2635
2.27838 1.94171
1.23464 1.14319
2.24948 0.833136
2.80118 0.936586
1.06194 1.11437
2.26314 1.50712
3.0059 1.15224
0.93916 2.3405
1.60887 0.428453
1.79792 1.34478
2.35726 0.124762
2.52187 0.949163
EOD
unset label
set title 'train (90 points)' font ',10'
unset xlabel
unset ylabel
set xrange [-3.98565:3.60094]
set yrange [-3.81801:3.76858]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.5,0.892857
set origin 0,0.107143
unset key
plot $data1 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data4 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data5 with points pt 11 ps 0.88 lc rgb '#D55E00' notitle, \
     $data6 with points pt 6 ps 0.88 lc rgb '#56B4E9' notitle
$data7 << EOD
0.832473 1.48286
0.757658 1.89243
-0.789707 1.33087
-0.11703 1.28674
1.51121 1.47011
0.951341 2.15709
-0.692706 2.08308
0.535279 2.21327
-0.331288 1.58815
-0.586284 3.08052
-0.0201997 3.36216
-0.246043 1.62064
-0.531604 1.77676
0.672743 2.05585
0.881448 2.31388
EOD
$data8 << EOD
-1.45961 1.08028
-1.82223 1.3527
-0.505767 0.505882
-2.89591 0.992718
-1.32423 0.693872
-1.39856 1.99232
-1.31454 1.84845
-2.34015 0.37901
-1.05159 2.45548
-2.25565 1.38913
-1.6043 0.224368
-1.99011 1.87851
-2.48845 0.792191
-2.12751 1.0311
-1.92431 0.611175
EOD
$data9 << EOD
-1.88086 -1.32219
-3.39061 -0.196038
-1.34447 -0.173865
-1.81005 -1.51015
-0.561504 -2.25349
-2.04789 -0.935252
-1.38549 -1.22835
-2.39076 -0.296787
-2.34223 -0.623926
-1.2367 -0.608096
-0.858084 -0.659234
-1.79268 -0.635696
-1.03992 -1.39424
-0.960392 0.202436
-2.93627 -0.12696
EOD
$data10 << EOD
0.632879 -1.85834
-0.810415 -2.55286
-0.197439 -3.41158
0.510356 -1.92792
0.0246469 -1.27783
-0.278912 -2.552
1.5824 -2.41566
-1.35281 -2.27318
-1.20348 -2.19899
0.386546 -2.14951
0.595797 -2.15935
0.735839 -1.06948
-0.750435 -2.12561
-0.285164 -2.31186
0.131188 -2.83646
EOD
$data11 << EOD
2.02739 0.172319
1.64755 0.00847364
1.05699 -0.579883
1.38053 -0.435625
2.06702 -0.947404
1.27167 -1.39555
1.28373 -0.43915
2.31836 -0.170899
1.35895 -0.382159
2.67913 -0.723358
0.959285 -1.71477
1.86176 -0.940829
1.06825 -0.290161
0.359008 -0.556787
2.27419 -1.21373
EOD
$data12 << EOD
1.17694 1.31471
1.32553 0.866247
0.784322 0.420299
1.65373 0.366239
2.80002 0.952043
2.78324 1.25139
1.6674 1.52838
1.34203 0.372221
2.48243 1.4379
2.45194 0.766844
0.755802 0.582068
1.22389 0.729282
0.978558 1.35124
1.88804 1.70396
1.95074 0.384875
EOD
unset label
set title 'test (90 points)' font ',10'
unset xlabel
unset ylabel
set xrange [-3.98565:3.60094]
set yrange [-3.81801:3.76858]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.5,0.892857
set origin 0.5,0.107143
unset key
plot $data7 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data8 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data9 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data10 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data11 with points pt 11 ps 0.88 lc rgb '#D55E00' notitle, \
     $data12 with points pt 6 ps 0.88 lc rgb '#56B4E9' notitle
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
set size noratio 1,0.107143
set origin 0,0
set lmargin 0
set rmargin 0
set tmargin 0
set bmargin 0
set key center center horizontal Left reverse samplen 2 nobox
plot NaN notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2', \
     keyentry with points pt 13 ps 1.2 lc rgb '#CC79A7' title '3', \
     keyentry with points pt 11 ps 1.2 lc rgb '#D55E00' title '4', \
     keyentry with points pt 6 ps 1.2 lc rgb '#56B4E9' title '5'
unset multiplot
unset output
