# MetricLab figure 'fig-histograms': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-histograms.gp` in this folder to draw fig-histograms.png again.
set encoding utf8
set terminal pngcairo size 1080,576 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-histograms.png'
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
0.0107997 8.59746
0.0265851 7.8433
0.0423704 9.35163
0.0581558 5.73164
0.0739412 6.48581
0.0897266 6.9383
0.105512 3.61998
0.121297 3.92165
0.137083 3.61998
0.152868 1.96083
0.168654 2.41332
0.184439 1.50833
0.200224 0.754163
0.21601 0.603331
0.231795 0
0.24758 0
0.263366 0
0.279151 0
0.294937 0
0.310722 0
0.326507 0
0.342293 0
0.358078 0
0.373864 0
0.389649 0
EOD
$data2 << EOD
0.0107997 2.15858
0.0265851 3.14402
0.0423704 2.9094
0.0581558 2.67477
0.0739412 3.42558
0.0897266 3.37865
0.105512 2.48706
0.121297 2.72169
0.137083 2.58091
0.152868 2.9094
0.168654 3.66021
0.184439 2.86247
0.200224 2.72169
0.21601 3.14402
0.231795 2.44014
0.24758 2.58091
0.263366 3.4725
0.279151 2.01781
0.294937 2.76862
0.310722 2.58091
0.326507 1.8301
0.342293 2.25243
0.358078 1.17314
0.373864 0.844663
0.389649 0.610034
EOD
unset label
set title 'hard, step 0' font ',11'
set xlabel "distance"
set ylabel 'density'
set xrange [-0.0207711:0.42122]
set yrange [0:9.91272]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size noratio 0.333333,0.46875
set origin 0,0.53125
unset key
plot $data1 using 1:2:(0.0157854) with boxes fs transparent solid 0.45 border lc rgb '#2B2BA8' lw 1.2 lc rgb '#2B2BA8' notitle, \
     $data2 using 1:2:(0.0157854) with boxes fs transparent pattern 5 border lc rgb '#C1002B' lw 1.2 lc rgb '#C1002B' notitle
$data3 << EOD
0.0411236 4.39947
0.11689 3.48815
0.192657 1.03702
0.268424 0.72277
0.34419 1.06844
0.419957 1.25699
0.495724 0.282823
0.571491 0.0942744
0.647257 0.0628496
0.723024 0.125699
0.798791 0.219974
0.874557 0.0628496
0.950324 0.314248
1.02609 0.0628496
1.10186 0
1.17762 0
1.25339 0
1.32916 0
1.40492 0
1.48069 0
1.55646 0
1.63222 0
1.70799 0
1.78376 0
1.85952 0
EOD
$data4 << EOD
0.0411236 0
0.11689 0
0.192657 0
0.268424 0.0293298
0.34419 0.0097766
0.419957 0.0684362
0.495724 0.0684362
0.571491 0.0293298
0.647257 0.0879894
0.723024 0.107543
0.798791 0.215085
0.874557 0.508383
0.950324 0.4595
1.02609 0.850564
1.10186 1.01677
1.17762 1.19275
1.25339 1.2123
1.32916 1.57403
1.40492 1.56426
1.48069 0.694139
1.55646 0.391064
1.63222 0.449724
1.70799 0.870117
1.78376 1.17319
1.85952 0.625702
EOD
unset label
set title 'hard, step 100' font ',11'
set xlabel "distance"
set ylabel 'density'
set xrange [-0.11041:2.01106]
set yrange [0:4.66344]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size noratio 0.333333,0.46875
set origin 0.333333,0.53125
unset key
plot $data3 using 1:2:(0.0757667) with boxes fs transparent solid 0.45 border lc rgb '#2B2BA8' lw 1.2 lc rgb '#2B2BA8' notitle, \
     $data4 using 1:2:(0.0757667) with boxes fs transparent pattern 5 border lc rgb '#C1002B' lw 1.2 lc rgb '#C1002B' notitle
$data5 << EOD
0.0589893 5.13824
0.173444 1.70581
0.287899 1.01933
0.402353 0.270434
0.516808 0.0208026
0.631262 0
0.745717 0
0.860172 0
0.974626 0
1.08908 0
1.20354 0.457657
1.31799 0.124816
1.43244 0
1.5469 0
1.66135 0
1.77581 0
1.89026 0
2.00472 0
2.11917 0
2.23363 0
2.34808 0
2.46254 0
2.57699 0
2.69145 0
2.8059 0
EOD
$data6 << EOD
0.0589893 0
0.173444 0
0.287899 0
0.402353 0
0.516808 0.00647192
0.631262 0
0.745717 0.181214
0.860172 0
0.974626 0
1.08908 0
1.20354 0
1.31799 0.504809
1.43244 1.14553
1.5469 1.17789
1.66135 0.550113
1.77581 0.498338
1.89026 0.770158
2.00472 1.32027
2.11917 0.763686
2.23363 0.453034
2.34808 0.0970787
2.46254 0.375371
2.57699 0.44009
2.69145 0.362427
2.8059 0.0906068
EOD
unset label
set title 'hard, step 400' font ',11'
set xlabel "distance"
set ylabel 'density'
set xrange [-0.16992:3.03481]
set yrange [0:5.44653]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size noratio 0.333333,0.46875
set origin 0.666667,0.53125
unset key
plot $data5 using 1:2:(0.114455) with boxes fs transparent solid 0.45 border lc rgb '#2B2BA8' lw 1.2 lc rgb '#2B2BA8' notitle, \
     $data6 using 1:2:(0.114455) with boxes fs transparent pattern 5 border lc rgb '#C1002B' lw 1.2 lc rgb '#C1002B' notitle
$data7 << EOD
0.0107997 8.59746
0.0265851 7.8433
0.0423704 9.35163
0.0581558 5.73164
0.0739412 6.48581
0.0897266 6.9383
0.105512 3.61998
0.121297 3.92165
0.137083 3.61998
0.152868 1.96083
0.168654 2.41332
0.184439 1.50833
0.200224 0.754163
0.21601 0.603331
0.231795 0
0.24758 0
0.263366 0
0.279151 0
0.294937 0
0.310722 0
0.326507 0
0.342293 0
0.358078 0
0.373864 0
0.389649 0
EOD
$data8 << EOD
0.0107997 2.15858
0.0265851 3.14402
0.0423704 2.9094
0.0581558 2.67477
0.0739412 3.42558
0.0897266 3.37865
0.105512 2.48706
0.121297 2.72169
0.137083 2.58091
0.152868 2.9094
0.168654 3.66021
0.184439 2.86247
0.200224 2.72169
0.21601 3.14402
0.231795 2.44014
0.24758 2.58091
0.263366 3.4725
0.279151 2.01781
0.294937 2.76862
0.310722 2.58091
0.326507 1.8301
0.342293 2.25243
0.358078 1.17314
0.373864 0.844663
0.389649 0.610034
EOD
unset label
set title 'smooth, step 0' font ',11'
set xlabel "distance"
set ylabel 'density'
set xrange [-0.0207711:0.42122]
set yrange [0:9.91272]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size noratio 0.333333,0.46875
set origin 0,0.0625
unset key
plot $data7 using 1:2:(0.0157854) with boxes fs transparent solid 0.45 border lc rgb '#2B2BA8' lw 1.2 lc rgb '#2B2BA8' notitle, \
     $data8 using 1:2:(0.0157854) with boxes fs transparent pattern 5 border lc rgb '#C1002B' lw 1.2 lc rgb '#C1002B' notitle
$data9 << EOD
0.217264 1.06276
0.640691 0.438598
1.06412 0.224922
1.48754 0.112461
1.91097 0.0843458
2.3344 0.20243
2.75782 0.0899689
3.18125 0.0168692
3.60468 0.0562306
4.02811 0.0562306
4.45153 0.0112461
4.87496 0.00562306
5.29839 0
5.72181 0
6.14524 0
6.56867 0
6.99209 0
7.41552 0
7.83895 0
8.26237 0
8.6858 0
9.10923 0
9.53265 0
9.95608 0
10.3795 0
EOD
$data10 << EOD
0.217264 0
0.640691 0.0017494
1.06412 0.00349879
1.48754 0
1.91097 0.00699758
2.3344 0.017494
2.75782 0.0209927
3.18125 0.00699758
3.60468 0.0017494
4.02811 0.0314891
4.45153 0.0262409
4.87496 0.0489831
5.29839 0.0787228
5.72181 0.0822216
6.14524 0.251913
6.56867 0.28865
6.99209 0.103214
7.41552 0.181937
7.83895 0.453093
8.26237 0.0909685
8.6858 0.0892192
9.10923 0.0822216
9.53265 0.162694
9.95608 0.181937
10.3795 0.148699
EOD
unset label
set title 'smooth, step 100' font ',11'
set xlabel "distance"
set ylabel 'density'
set xrange [-0.629589:11.2264]
set yrange [0:1.12652]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size noratio 0.333333,0.46875
set origin 0.333333,0.0625
unset key
plot $data9 using 1:2:(0.423427) with boxes fs transparent solid 0.45 border lc rgb '#2B2BA8' lw 1.2 lc rgb '#2B2BA8' notitle, \
     $data10 using 1:2:(0.423427) with boxes fs transparent pattern 5 border lc rgb '#C1002B' lw 1.2 lc rgb '#C1002B' notitle
$data11 << EOD
0.29597 0.951118
0.871734 0.380447
1.4475 0.107518
2.02326 0.124059
2.59903 0.0248118
3.17479 0.107518
3.75055 0.0413529
4.32632 0
4.90208 0
5.47784 0
6.05361 0
6.62937 0
7.20513 0
7.7809 0
8.35666 0
8.93243 0
9.50819 0
10.084 0
10.6597 0
11.2355 0
11.8112 0
12.387 0
12.9628 0
13.5385 0
14.1143 0
EOD
$data12 << EOD
0.29597 0
0.871734 0
1.4475 0
2.02326 0
2.59903 0
3.17479 0
3.75055 0
4.32632 0.00643268
4.90208 0.0321634
5.47784 0.0566076
6.05361 0.158244
6.62937 0.0450288
7.20513 0.052748
7.7809 0.147952
8.35666 0.0385961
8.93243 0.190407
9.50819 0.144092
10.084 0.181402
10.6597 0.158244
11.2355 0.23029
11.8112 0.0836248
12.387 0.105496
12.9628 0.0283038
13.5385 0.0180115
14.1143 0.0591807
EOD
unset label
set title 'smooth, step 400' font ',11'
set xlabel "distance"
set ylabel 'density'
set xrange [-0.855557:15.2658]
set yrange [0:1.00818]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size noratio 0.333333,0.46875
set origin 0.666667,0.0625
unset key
plot $data11 using 1:2:(0.575764) with boxes fs transparent solid 0.45 border lc rgb '#2B2BA8' lw 1.2 lc rgb '#2B2BA8' notitle, \
     $data12 using 1:2:(0.575764) with boxes fs transparent pattern 5 border lc rgb '#C1002B' lw 1.2 lc rgb '#C1002B' notitle
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
set size noratio 1,0.0625
set origin 0,0
set lmargin 0
set rmargin 0
set tmargin 0
set bmargin 0
set key center center horizontal Left reverse samplen 2 nobox
plot NaN notitle, \
     keyentry with boxes fs transparent solid 0.45 border lc rgb '#2B2BA8' lw 1.2 lc rgb '#2B2BA8' title 'positive pairs', \
     keyentry with boxes fs transparent pattern 5 border lc rgb '#C1002B' lw 1.2 lc rgb '#C1002B' title 'negative pairs'
unset multiplot
unset output
