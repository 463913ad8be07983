# MetricLab figure 'fig-data': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-data.gp` in this folder to draw fig-data.png again.
set encoding utf8
set terminal pngcairo size 530,480 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-data.png'
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
-0.163635 1.94466
-0.0124157 2.08002
0.0381606 3.43229
0.090137 3.45769
-0.00277376 2.50199
-0.235671 3.30205
0.42545 2.89293
0.0256681 3.01989
-2.6686 -1.94307
-3.12444 -1.06803
-3.96733 -1.39212
-3.07609 -2.28272
-3.07436 -1.60555
-2.27015 -0.651773
-2.6656 -2.18532
-2.94597 -0.950027
2.51815 -1.27239
1.94564 -0.558656
1.73911 -2.46923
2.82343 -0.836103
2.34146 -1.68208
2.10339 -2.11213
2.46363 -1.80173
2.18197 -1.31111
EOD
$data2 << EOD
-1.43277 1.61662
-2.71604 1.61373
-2.81448 2.81262
-1.65382 3.18969
-2.33905 1.75249
-1.83953 2.72629
-1.16184 2.05564
-2.30019 2.66638
-1.4283 -2.86486
-0.867964 -2.55487
-0.922409 -2.77627
-0.690109 -2.28898
-1.72414 -2.62899
-1.64347 -2.63615
-1.50697 -3.14025
-0.662419 -2.7198
3.28318 0.695227
3.23984 -0.108722
2.43664 0.557851
2.99532 0.340263
3.03203 -0.418336
2.96102 0.671261
3.11389 0.421932
3.36141 -0.941262
EOD
$data3 << EOD
-2.95018 0.477731
-3.08367 0.510898
-2.84107 0.461158
-3.16362 0.428124
-2.88478 0.790092
-3.313 0.272359
-2.94476 1.49943
-3.95867 0.320731
0.861694 -2.62942
1.38783 -1.80914
0.258837 -2.79564
0.418691 -2.48841
1.44619 -3.06813
0.539815 -2.6252
0.272988 -2.62786
0.748381 -3.09137
1.42419 1.93987
1.74602 2.24758
2.18053 2.43147
2.7975 2.12485
1.93817 1.5181
2.46008 2.07566
1.13833 2.13906
2.76132 1.66518
EOD
unset label
set title 'multi-modal' font ',11'
unset xlabel
unset ylabel
set xrange [-4.40705:3.80113]
set yrange [-3.94537:4.26282]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data1 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
unset output
