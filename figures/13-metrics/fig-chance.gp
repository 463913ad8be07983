# MetricLab figure 'fig-chance': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-chance.gp` in this folder to draw fig-chance.png again.
set encoding utf8
set terminal pngcairo size 640,420 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-chance.png'
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
2 0.0260939
3 0.039318
4 0.0421931
5 0.0592373
6 0.0589138
7 0.0736126
8 0.0913321
9 0.0934102
10 0.108686
11 0.136738
12 0.128273
13 0.152974
14 0.151916
15 0.175232
16 0.170773
17 0.193977
18 0.20014
19 0.205568
20 0.217411
21 0.217635
22 0.237694
23 0.234196
24 0.241883
25 0.2563
26 0.255259
27 0.262176
28 0.260148
29 0.263083
30 0.294929
EOD
$data2 << EOD
2 0.00499144
3 0.00740367
4 -0.00159102
5 0.00298656
6 -0.00749809
7 -0.0050123
8 -0.000929946
9 -0.00874166
10 -0.00592325
11 0.00583838
12 -0.00869914
13 0.00139156
14 -0.00728233
15 0.00313541
16 -0.0078838
17 0.00103685
18 -0.000400922
19 -0.00026788
20 0.00165535
21 -0.00423543
22 0.00505736
23 -0.00120625
24 -0.00238939
25 0.00127499
26 -0.00401795
27 -0.00232549
28 -0.00573296
29 -0.010018
30 0.0117789
EOD
$data3 << EOD
2 0.00681322
3 0.00722831
4 -0.00440895
5 0.00109148
6 -0.00667722
7 -0.00509452
8 -0.00116323
9 -0.00427236
10 -0.00436067
11 0.00324133
12 -0.00283521
13 0.000283503
14 -0.00417033
15 0.00282827
16 -0.00420032
17 0.000304536
18 -0.000773368
19 0.000571493
20 0.000659605
21 -0.00208612
22 0.00278809
23 0.000822847
24 0.000258561
25 0.000612135
26 -0.00159096
27 -0.00109418
28 -0.00314702
29 -0.00442131
30 0.005937
EOD
unset label
unset title
set xlabel "number of random clusters k"
set ylabel 'score'
set xrange [0.32:31.68]
set yrange [-0.0283148:0.313226]
unset logscale
set ytics autofreq
set grid back lc rgb '#e8e8e8' lw 1 dt 1
set size noratio
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data1 with lines lw 2.5 dt 1 lc rgb '#000072B2' notitle, \
     $data2 with lines lw 2.5 dt 2 lc rgb '#00E69F00' notitle, \
     $data3 with lines lw 2.5 dt 4 lc rgb '#00009E73' notitle, \
     keyentry with lines lw 2.5 dt 1 lc rgb '#000072B2' title 'NMI', \
     keyentry with lines lw 2.5 dt 2 lc rgb '#00E69F00' title 'AMI', \
     keyentry with lines lw 2.5 dt 4 lc rgb '#00009E73' title 'ARI'
unset output
