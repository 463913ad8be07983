# MetricLab figure 'fig-greedy': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-greedy.gp` in this folder to draw fig-greedy.png again.
set encoding utf8
set terminal pngcairo size 1200,336 noenhanced font 'DejaVu Sans,9' background rgb 'white'
set output 'fig-greedy.png'
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
-0.327607 1.10103
-1.0231 1.27831
-0.633927 1.96358
0.0699547 1.6947
-0.102186 1.28328
0.0159148 0.938229
0.40103 1.83321
0.934695 2.32473
-0.0719459 1.23032
-2.10463 -0.043133
-0.853431 0.232966
-1.24743 -0.0307313
-0.989565 -0.338543
-2.59677 0.204572
-0.400123 -1.40435
-1.39095 0.461339
-1.39081 -0.114857
-2.14137 -0.355564
-2.06588 0.802233
-0.920567 -1.34261
-0.803434 -1.7138
-0.445581 -1.09129
-0.0549803 -0.902799
0.313455 -2.19952
-1.13825 -2.65839
-0.11561 -0.890861
-0.221607 -1.73817
0.301042 -3.02048
-0.475176 -1.87386
1.41304 -0.612848
1.35457 0.0734349
2.30224 0.0327348
1.80709 -0.855005
1.22807 0.155093
2.34463 -0.749332
1.53503 -0.926066
1.39959 0.293095
1.14606 0.420209
1.10802 0.264303
EOD
$data2 << EOD
-0.227444 0.464934
EOD
$data3 << EOD
-0.227444 0.464934 "1"
EOD
unset label
set title 'after step 1' font ',10'
unset xlabel
unset ylabel
set xrange [-3.11939:2.86725]
set yrange [-3.3412:2.64544]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.25,0.892857
set origin 0,0.107143
unset key
plot $data1 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data2 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data2 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data3 using 1:2:3 with labels left offset char 0.7,0.5 font ',9' tc rgb '#222222' notitle
$data4 << EOD
-0.327607 1.10103
-1.0231 1.27831
-0.633927 1.96358
0.0699547 1.6947
-0.102186 1.28328
0.0159148 0.938229
0.40103 1.83321
0.934695 2.32473
-0.0719459 1.23032
-2.10463 -0.043133
-0.853431 0.232966
-1.24743 -0.0307313
-0.989565 -0.338543
-2.59677 0.204572
-1.39095 0.461339
-1.39081 -0.114857
-2.06588 0.802233
1.41304 -0.612848
1.35457 0.0734349
2.30224 0.0327348
1.22807 0.155093
1.39959 0.293095
1.14606 0.420209
1.10802 0.264303
EOD
$data5 << EOD
-2.14137 -0.355564
-0.920567 -1.34261
-0.803434 -1.7138
-0.445581 -1.09129
-0.0549803 -0.902799
0.313455 -2.19952
-1.13825 -2.65839
-0.11561 -0.890861
-0.221607 -1.73817
0.301042 -3.02048
-0.475176 -1.87386
1.80709 -0.855005
2.34463 -0.749332
1.53503 -0.926066
EOD
$data6 << EOD
-0.227444 0.464934
EOD
$data7 << EOD
-0.400123 -1.40435
EOD
$data8 << EOD
-0.227444 0.464934 "1"
-0.400123 -1.40435 "2"
EOD
unset label
set title 'after step 2' font ',10'
unset xlabel
unset ylabel
set xrange [-3.11939:2.86725]
set yrange [-3.3412:2.64544]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.25,0.892857
set origin 0.25,0.107143
unset key
plot $data4 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data5 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data6 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data6 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data7 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data7 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle, \
     $data8 using 1:2:3 with labels left offset char 0.7,0.5 font ',9' tc rgb '#222222' notitle
$data9 << EOD
-0.327607 1.10103
-1.0231 1.27831
-0.633927 1.96358
0.0699547 1.6947
-0.102186 1.28328
0.0159148 0.938229
0.40103 1.83321
0.934695 2.32473
-0.0719459 1.23032
-2.10463 -0.043133
-0.853431 0.232966
-1.24743 -0.0307313
-0.989565 -0.338543
-2.59677 0.204572
-1.39095 0.461339
-1.39081 -0.114857
-2.06588 0.802233
EOD
$data10 << EOD
-2.14137 -0.355564
-0.920567 -1.34261
-0.803434 -1.7138
-0.445581 -1.09129
-0.0549803 -0.902799
0.313455 -2.19952
-1.13825 -2.65839
-0.11561 -0.890861
-0.221607 -1.73817
0.301042 -3.02048
-0.475176 -1.87386
EOD
$data11 << EOD
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
$data12 << EOD
-0.227444 0.464934
EOD
$data13 << EOD
-0.400123 -1.40435
EOD
$data14 << EOD
1.35457 0.0734349
EOD
$data15 << EOD
-0.227444 0.464934 "1"
-0.400123 -1.40435 "2"
1.35457 0.0734349 "3"
EOD
unset label
set title 'after step 3' font ',10'
unset xlabel
unset ylabel
set xrange [-3.11939:2.86725]
set yrange [-3.3412:2.64544]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.25,0.892857
set origin 0.5,0.107143
unset key
plot $data9 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data10 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data11 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data12 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data12 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data13 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data13 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle, \
     $data14 with points pt 13 ps 1.936 lc rgb '#000000' notitle, \
     $data14 with points pt 13 ps 1.20032 lc rgb '#CC79A7' notitle, \
     $data15 using 1:2:3 with labels left offset char 0.7,0.5 font ',9' tc rgb '#222222' notitle
$data16 << EOD
-0.327607 1.10103
-1.0231 1.27831
-0.633927 1.96358
0.0699547 1.6947
-0.102186 1.28328
0.0159148 0.938229
0.40103 1.83321
0.934695 2.32473
-0.0719459 1.23032
EOD
$data17 << EOD
-2.10463 -0.043133
-0.853431 0.232966
-1.24743 -0.0307313
-0.989565 -0.338543
-2.59677 0.204572
-1.39095 0.461339
-2.14137 -0.355564
-2.06588 0.802233
EOD
$data18 << EOD
-0.920567 -1.34261
-0.803434 -1.7138
-0.445581 -1.09129
-0.0549803 -0.902799
0.313455 -2.19952
-1.13825 -2.65839
-0.11561 -0.890861
-0.221607 -1.73817
0.301042 -3.02048
-0.475176 -1.87386
EOD
$data19 << EOD
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
$data20 << EOD
-0.227444 0.464934
EOD
$data21 << EOD
-1.39081 -0.114857
EOD
$data22 << EOD
-0.400123 -1.40435
EOD
$data23 << EOD
1.35457 0.0734349
EOD
$data24 << EOD
-0.227444 0.464934 "1"
-0.400123 -1.40435 "2"
-1.39081 -0.114857 "4"
1.35457 0.0734349 "3"
EOD
unset label
set title 'after step 4' font ',10'
unset xlabel
unset ylabel
set xrange [-3.11939:2.86725]
set yrange [-3.3412:2.64544]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.25,0.892857
set origin 0.75,0.107143
unset key
plot $data16 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data17 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data18 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data19 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data20 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data20 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data21 with points pt 5 ps 1.936 lc rgb '#000000' notitle, \
     $data21 with points pt 5 ps 1.20032 lc rgb '#E69F00' notitle, \
     $data22 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data22 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle, \
     $data23 with points pt 13 ps 1.936 lc rgb '#000000' notitle, \
     $data23 with points pt 13 ps 1.20032 lc rgb '#CC79A7' notitle, \
     $data24 using 1:2:3 with labels left offset char 0.7,0.5 font ',9' tc rgb '#222222' notitle
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
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2', \
     keyentry with points pt 13 ps 1.2 lc rgb '#CC79A7' title '3', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1'
unset multiplot
unset output
