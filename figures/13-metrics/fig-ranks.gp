# MetricLab figure 'fig-ranks': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-ranks.gp` in this folder to draw fig-ranks.png again.
set encoding utf8
set terminal pngcairo size 530,480 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-ranks.png'
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
1 0
6 0
7 0
1 -1
6 -1
7 -1
2 -2
3 -2
6 -2
7 -2
4 -3
5 -3
6 -3
7 -3
3 -4
5 -4
6 -4
7 -4
2 -5
4 -5
6 -5
7 -5
1 -6
6 -6
7 -6
1 -7
6 -7
7 -7
EOD
$data2 << EOD
2 0
3 0
4 0
5 0
2 -1
3 -1
4 -1
5 -1
1 -2
4 -2
5 -2
1 -3
2 -3
3 -3
1 -4
2 -4
4 -4
1 -5
3 -5
5 -5
2 -6
3 -6
4 -6
5 -6
2 -7
3 -7
4 -7
5 -7
EOD
$data3 << EOD
0 0
0 -1
0 -6
0 -7
EOD
$data4 << EOD
0 -2
0 -3
0 -4
0 -5
EOD
$data5 << EOD
0 0 "a1"
0 -1 "a2"
0 -2 "b1"
0 -3 "b2"
0 -4 "b3"
0 -5 "b4"
0 -6 "a3"
0 -7 "a4"
EOD
unset label
unset title
unset xlabel
unset ylabel
set xrange [-0.42:7.42]
set yrange [-7.42:0.42]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data1 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data3 with points pt 7 ps 2.42 lc rgb '#000000' notitle, \
     $data3 with points pt 7 ps 1.5004 lc rgb '#0072B2' notitle, \
     $data4 with points pt 5 ps 2.42 lc rgb '#000000' notitle, \
     $data4 with points pt 5 ps 1.5004 lc rgb '#E69F00' notitle, \
     $data5 using 1:2:3 with labels left offset char 0.7,0.5 font ',10' tc rgb '#222222' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B'
unset output
