# MetricLab figure 'fig-spread': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-spread.gp` in this folder to draw fig-spread.png again.
set encoding utf8
set terminal pngcairo size 640,420 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-spread.png'
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
0 0.186102
25 0.142789
50 0.127807
75 0.0983261
100 0.0936005
125 0.121247
150 0.135792
175 0.105011
200 0.131046
225 0.177548
250 0.201089
275 0.253381
300 0.199879
EOD
$data2 << EOD
0 0.186102
25 0.0219771
50 0.011418
75 0.00643158
100 0.00576377
125 0.00511263
150 0.00454981
175 0.00405827
200 0.00361366
225 0.0031936
250 0.00277743
275 0.00242293
300 0.00210632
EOD
$data3 << EOD
0 0.186102
25 0.997212
50 1.04343
75 1.01875
100 1.04437
125 0.986499
150 1.05237
175 1.01832
200 1.0207
225 1.04182
250 0.945831
275 1.00204
300 1.04528
EOD
$data4 << EOD
0 0.186102
25 0.0358766
50 0.0101177
75 0.00628334
100 0.00539943
125 0.00491235
150 0.00431394
175 0.00381814
200 0.00336834
225 0.00304976
250 0.00266589
275 0.0023464
300 0.00211089
EOD
unset label
unset title
set xlabel "step"
set ylabel 'mean distance'
set xrange [-18:318]
set yrange [-0.0609094:1.11538]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size noratio
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data1 with lines lw 2.5 dt 1 lc rgb '#000072B2' notitle, \
     $data2 with lines lw 2.5 dt 2 lc rgb '#00E69F00' notitle, \
     $data3 with lines lw 2.5 dt 4 lc rgb '#00009E73' notitle, \
     $data4 with lines lw 2.5 dt 5 lc rgb '#00CC79A7' notitle, \
     keyentry with lines lw 2.5 dt 1 lc rgb '#000072B2' title 'all', \
     keyentry with lines lw 2.5 dt 2 lc rgb '#00E69F00' title 'hard', \
     keyentry with lines lw 2.5 dt 4 lc rgb '#00009E73' title 'semi-hard', \
     keyentry with lines lw 2.5 dt 5 lc rgb '#00CC79A7' title 'batch hard'
unset output
