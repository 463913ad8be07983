# MetricLab figure 'fig-gamma-training': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-gamma-training.gp` in this folder to draw fig-gamma-training.png again.
set encoding utf8
set terminal pngcairo size 1200,336 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-gamma-training.png'
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
-0.327607 1.10103
-1.0231 1.27831
-0.633927 1.96358
-0.227444 0.464934
0.0699547 1.6947
0.0159148 0.938229
0.40103 1.83321
0.934695 2.32473
-0.0719459 1.23032
EOD
$data2 << EOD
-2.2539 -0.193093
-0.704686 0.0839835
-1.09697 -0.180889
-1.14008 -0.488853
-2.74672 0.0544581
-0.922185 -0.92064
-1.54148 0.311229
-1.99146 -0.505304
-2.21623 0.651802
EOD
$data3 << EOD
-1.09012 -1.5121
-0.634523 -1.8834
-0.131839 -1.10997
0.114613 -1.07198
0.143969 -2.36907
-0.968658 -2.82786
0.0539952 -1.0597
-0.22006 -2.19321
0.441762 -2.87831
EOD
$data4 << EOD
1.41304 -0.612848
2.30224 0.0327348
1.80709 -0.855005
1.22807 0.155093
2.34463 -0.749332
1.53503 -0.926066
1.39959 0.293095
1.14606 0.420209
1.10802 0.264303
EOD
$data5 << EOD
-0.102186 1.28328
EOD
$data6 << EOD
-1.21246 -0.382379
EOD
$data7 << EOD
-0.216 -2.0689
EOD
$data8 << EOD
1.35457 0.0734349
EOD
unset label
set title 'γ = 0.0' font ',11'
unset xlabel
unset ylabel
set xrange [-3.32403:2.99872]
set yrange [-3.41649:2.90626]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.25,0.892857
set origin 0,0.107143
unset key
plot $data1 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data4 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data5 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data5 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data6 with points pt 5 ps 1.936 lc rgb '#000000' notitle, \
     $data6 with points pt 5 ps 1.20032 lc rgb '#E69F00' notitle, \
     $data7 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data7 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle, \
     $data8 with points pt 13 ps 1.936 lc rgb '#000000' notitle, \
     $data8 with points pt 13 ps 1.20032 lc rgb '#CC79A7' notitle
$data9 << EOD
-0.327607 1.10103
-1.0231 1.27831
-0.633927 1.96358
-0.227444 0.464934
0.0699547 1.6947
0.0159148 0.938229
0.40103 1.83321
0.934695 2.32473
-0.0719459 1.23032
EOD
$data10 << EOD
-2.2539 -0.193093
-0.704686 0.0839835
-1.09697 -0.180889
-1.14008 -0.488853
-2.74672 0.0544581
-0.922185 -0.92064
-1.54148 0.311229
-1.99146 -0.505304
-2.21623 0.651802
EOD
$data11 << EOD
-1.09962 -1.51601
-0.64213 -1.88805
-0.185277 -1.0592
0.107326 -1.06649
0.126727 -2.39643
-0.977009 -2.81681
0.0462387 -1.05362
-0.206314 -2.22198
0.35245 -2.99224
EOD
$data12 << EOD
1.41304 -0.612848
2.30224 0.0327348
1.80709 -0.855005
1.22807 0.155093
2.34463 -0.749332
1.53503 -0.926066
1.39959 0.293095
1.14606 0.420209
1.10802 0.264303
EOD
$data13 << EOD
-0.102186 1.28328
EOD
$data14 << EOD
-1.18005 -0.400631
EOD
$data15 << EOD
-0.23151 -2.06813
EOD
$data16 << EOD
1.35457 0.0734349
EOD
unset label
set title 'γ = 1.0' font ',11'
unset xlabel
unset ylabel
set xrange [-3.32403:2.99872]
set yrange [-3.41649:2.90626]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.25,0.892857
set origin 0.25,0.107143
unset key
plot $data9 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data10 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data11 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data12 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data13 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data13 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data14 with points pt 5 ps 1.936 lc rgb '#000000' notitle, \
     $data14 with points pt 5 ps 1.20032 lc rgb '#E69F00' notitle, \
     $data15 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data15 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle, \
     $data16 with points pt 13 ps 1.936 lc rgb '#000000' notitle, \
     $data16 with points pt 13 ps 1.20032 lc rgb '#CC79A7' notitle
$data17 << EOD
-0.510056 0.971919
-0.843443 1.46955
-0.453328 2.14518
-0.100498 0.641465
0.15842 1.58769
0.149911 1.07515
0.385658 1.8383
0.900958 2.35411
0.0920043 1.35827
EOD
$data18 << EOD
-2.30782 -0.250495
-1.06031 0.0254053
-1.04218 -0.162783
-2.39462 0.41026
-0.948088 -0.87963
-1.18336 0.253497
-0.909868 -0.291851
-1.93334 -0.561848
-1.85796 1.00939
EOD
$data19 << EOD
-1.08105 -1.53147
-0.727348 -1.98252
-0.0862819 -1.09783
0.191124 -1.15603
0.176645 -2.30948
-0.871828 -2.9142
0.133348 -1.14928
-0.222146 -2.29157
0.526611 -2.7988
EOD
$data20 << EOD
1.41304 -0.612848
2.30224 0.0327348
1.80709 -0.855005
1.22807 0.155093
2.34463 -0.749332
1.53503 -0.926066
1.39959 0.293095
1.14606 0.420209
1.10802 0.264303
EOD
$data21 << EOD
-0.00579789 1.48674
EOD
$data22 << EOD
-1.18232 -0.213732
EOD
$data23 << EOD
-0.228133 -1.94348
EOD
$data24 << EOD
1.35457 0.0734349
EOD
unset label
set title 'γ = 10.0' font ',11'
unset xlabel
unset ylabel
set xrange [-3.32403:2.99872]
set yrange [-3.41649:2.90626]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.25,0.892857
set origin 0.5,0.107143
unset key
plot $data17 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data18 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data19 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data20 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data21 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data21 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data22 with points pt 5 ps 1.936 lc rgb '#000000' notitle, \
     $data22 with points pt 5 ps 1.20032 lc rgb '#E69F00' notitle, \
     $data23 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data23 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle, \
     $data24 with points pt 13 ps 1.936 lc rgb '#000000' notitle, \
     $data24 with points pt 13 ps 1.20032 lc rgb '#CC79A7' notitle
$data25 << EOD
0.15671 1.56159
-0.655282 1.71856
-0.222778 2.06725
-0.0816323 1.48052
-0.128711 1.39547
0.219569 2.01183
0.605799 2.56754
0.0904972 1.53779
EOD
$data26 << EOD
-1.701 -0.235916
-1.10618 -0.188734
-1.6495 -0.301093
-1.38307 -0.228806
-2.34172 -0.169192
-0.849678 -1.14666
-1.86516 0.141175
-1.79559 -0.251664
-2.49679 0.449002
EOD
$data27 << EOD
-0.711036 -1.62777
-0.493862 -1.81235
-0.251457 -1.2452
0.0208381 -2.10651
-1.37641 -2.67809
0.175219 -1.22181
-0.3808 -1.91513
0.0523805 -3.07778
-0.25055 -1.68262
EOD
$data28 << EOD
1.59117 -0.275686
1.79508 -0.370289
2.02723 -0.115087
2.08209 -0.594607
1.50167 -0.328784
2.42142 -0.460111
1.73315 -0.633772
1.84042 0.185301
1.47371 0.116411
1.32982 -0.111126
EOD
$data29 << EOD
-0.205634 0.302293
0.0906921 1.62872
EOD
$data30 << EOD
-1.73004 -0.126705
EOD
$data31 << EOD
0.110021 -1.23523
EOD
unset label
set title 'γ = 40.0' font ',11'
unset xlabel
unset ylabel
set xrange [-3.32403:2.99872]
set yrange [-3.41649:2.90626]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.25,0.892857
set origin 0.75,0.107143
unset key
plot $data25 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data26 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data27 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data28 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data29 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data29 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data30 with points pt 5 ps 1.936 lc rgb '#000000' notitle, \
     $data30 with points pt 5 ps 1.20032 lc rgb '#E69F00' notitle, \
     $data31 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data31 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle
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
     keyentry with points pt 13 ps 1.2 lc rgb '#CC79A7' title '3'
unset multiplot
unset output
