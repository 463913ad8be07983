# MetricLab figure 'fig-pair': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-pair.gp` in this folder to draw fig-pair.png again.
set encoding utf8
set terminal pngcairo size 600,356 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-pair.png'
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
0.21359 0.441344 -0.216364 0.0606481
EOD
$data2 << EOD
0.21359 0.441344 -0.206536 -1.91057
EOD
$data3 << EOD
-0.163635 -0.0553377
-0.0124157 0.080023
0.0381606 1.43229
0.090137 1.45769
-0.00277376 0.501992
-0.235671 1.30205
0.42545 0.892925
0.0256681 1.01989
EOD
$data4 << EOD
-0.936548 -0.943069
-1.39238 -0.068028
-2.23528 -0.392115
-1.34404 -1.28272
-1.34231 -0.605546
-0.538099 0.348227
-0.933554 -1.18532
-1.21392 0.0499733
EOD
$data5 << EOD
0.786097 -0.272386
0.21359 0.441344
0.00705426 -1.46923
1.09138 0.163897
0.609407 -0.682078
0.371335 -1.11213
0.731578 -0.801729
0.449923 -0.311105
EOD
unset label
set title 'hard, eq. 3' font ',11'
unset xlabel
unset ylabel
set xrange [-2.43488:1.29098]
set yrange [-1.8687:1.85716]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.5,0.842697
set origin 0,0.157303
unset key
plot $data1 using 1:2:3:4 with vectors nohead lw 1.6 dt 2 lc rgb '#19C1002B' notitle, \
     $data2 using 1:2:3:4 with vectors nohead lw 1.6 dt 1 lc rgb '#192B2BA8' notitle, \
     $data3 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data4 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data5 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data6 << EOD
0.21359 0.441344 -0.377225 -0.496682
0.21359 0.441344 -0.226005 -0.361321
0.21359 0.441344 -0.216364 0.0606481
0.21359 0.441344 0.211861 0.451582
0.21359 0.441344 -0.187922 0.578548
0.21359 0.441344 -0.751689 -0.0931171
EOD
$data7 << EOD
0.21359 0.441344 -0.206536 -1.91057
EOD
$data8 << EOD
-0.163635 -0.0553377
-0.0124157 0.080023
0.0381606 1.43229
0.090137 1.45769
-0.00277376 0.501992
-0.235671 1.30205
0.42545 0.892925
0.0256681 1.01989
EOD
$data9 << EOD
-0.936548 -0.943069
-1.39238 -0.068028
-2.23528 -0.392115
-1.34404 -1.28272
-1.34231 -0.605546
-0.538099 0.348227
-0.933554 -1.18532
-1.21392 0.0499733
EOD
$data10 << EOD
0.786097 -0.272386
0.21359 0.441344
0.00705426 -1.46923
1.09138 0.163897
0.609407 -0.682078
0.371335 -1.11213
0.731578 -0.801729
0.449923 -0.311105
EOD
unset label
set title 'smooth, eq. 4' font ',11'
unset xlabel
unset ylabel
set xrange [-2.43488:1.29098]
set yrange [-1.8687:1.85716]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.5,0.842697
set origin 0.5,0.157303
unset key
plot $data6 using 1:2:3:4 with vectors nohead lw 1.6 dt 2 lc rgb '#19C1002B' notitle, \
     $data7 using 1:2:3:4 with vectors nohead lw 1.6 dt 1 lc rgb '#192B2BA8' notitle, \
     $data8 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data9 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data10 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
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
set size noratio 1,0.157303
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
     keyentry with lines lw 2 dt 2 lc rgb '#C1002B' title 'negative pair', \
     keyentry with lines lw 2 dt 1 lc rgb '#2B2BA8' title 'positive pair'
unset multiplot
unset output
