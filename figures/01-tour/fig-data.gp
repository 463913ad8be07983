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
-0.749467 1.90323
-0.735589 2.59826
0.473926 2.59979
-1.51931 3.40559
-0.455396 1.8466
0.324212 1.91069
-0.163426 1.70668
0.702977 1.42247
-2.01754 2.10963
2.05781 2.87174
-1.11626 2.02474
-0.524228 2.72377
0.286837 3.17653
0.756067 1.01806
0.676633 1.9242
1.98516 0.164853
-0.926225 2.71906
0.074406 2.83335
0.785888 0.716944
-1.22177 2.23993
EOD
$data2 << EOD
-0.00982116 0.236908
-2.70392 -0.803512
-3.27645 0.52282
-3.04869 -0.0822286
-2.24548 0.136037
-3.04659 -1.18181
-1.60011 -0.111104
-1.98517 0.416159
-1.7709 0.747976
-1.69048 -0.970371
-2.32601 -0.817271
-0.782472 -0.28469
-1.19546 -0.487935
-1.51711 -0.834334
-1.09686 -0.506356
-3.19835 -1.22886
-2.01319 1.19385
-1.18693 -1.75627
-0.564749 -0.169889
-2.02209 -0.00556169
EOD
$data3 << EOD
0.564718 -3.08288
2.55102 -2.11792
0.513657 -3.06918
-1.36723 -1.97799
-0.753848 -2.039
-1.35355 -1.96644
0.460014 -2.59459
0.222123 -2.49911
-0.663432 -2.64445
-0.700697 -2.28998
1.61394 -1.48155
-0.125705 -0.608342
-0.0293247 -2.02493
-0.220923 -0.181098
0.140963 -0.477458
0.224778 -3.96462
-0.232786 -2.69428
-0.26449 -1.03591
0.11736 -2.61081
0.218385 -0.930346
EOD
$data4 << EOD
2.48346 0.154639
0.632181 -0.351614
2.79908 0.969767
2.06222 0.030674
2.80514 0.446954
2.68267 1.93639
0.25261 0.207798
1.98296 -0.979922
3.57649 0.92136
1.87963 -1.19615
2.40998 0.0533212
2.3586 -0.404427
1.33692 0.63361
2.24411 -0.151322
0.466351 -0.0164038
1.8219 0.765156
1.71782 -0.288514
2.13708 0.550957
2.24033 -1.83326
0.710823 -1.18214
EOD
unset label
set title 'input' font ',11'
unset xlabel
unset ylabel
set xrange [-3.9773:4.27734]
set yrange [-4.40683:3.84781]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data1 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     $data4 with points pt 13 ps 1.1 lc rgb '#CC79A7' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2', \
     keyentry with points pt 13 ps 1.2 lc rgb '#CC79A7' title '3'
unset output
