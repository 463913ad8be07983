# MetricLab figure 'fig-final': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-final.gp` in this folder to draw fig-final.png again.
set encoding utf8
set terminal pngcairo size 600,336 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-final.png'
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
0.885277 1.65384
0.903998 1.63698
0.878399 1.62434
0.881564 1.62712
0.891793 1.63457
-0.179421 1.02205
0.872779 1.65229
0.890255 1.62776
0.893975 1.63638
0.88787 1.62764
0.892629 1.62643
0.887275 1.62486
0.89038 1.6311
0.86759 1.65458
0.892694 1.62975
EOD
$data2 << EOD
1.85864 0.491268
2.02481 0.587684
2.0008 0.552652
1.84606 0.53057
1.80163 0.509145
1.83581 0.751758
2.1442 0.750972
1.99462 0.534232
1.85323 0.657302
1.77184 0.576532
1.86924 0.496744
1.82104 0.512845
1.65379 0.541724
2.0141 0.517885
1.79025 0.716783
EOD
$data3 << EOD
0.403918 -0.475532
0.400112 -0.414646
0.557246 -0.358132
0.558435 -0.545685
0.619098 -0.274283
0.360143 -0.41299
0.314708 -0.472445
0.523589 -0.534317
0.507563 -0.528885
0.360521 -0.467457
0.697853 -0.357852
0.412616 -0.482742
0.400479 -0.480289
0.451876 -0.439704
0.360558 -0.41571
EOD
$data4 << EOD
-0.671959 0.482561
-0.681798 0.477287
-0.697858 0.468456
-0.659297 0.480329
-0.700987 0.466062
-0.685229 0.472428
-0.685873 0.475751
-0.697609 0.471304
0.193438 1.36459
-0.685902 0.470799
-0.691979 0.471569
-0.693845 0.471132
-0.696932 0.466686
-0.704414 0.463023
-0.698759 0.465535
EOD
unset label
set title 'lifted structure (hard)' font ',11'
unset xlabel
unset ylabel
set xrange [-0.875331:2.31511]
set yrange [-1.04077:2.14967]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.5,0.892857
set origin 0,0.107143
unset key
plot $data1 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data4 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle
$data5 << EOD
1.30649 -4.90703
0.985975 -5.20787
0.245316 -4.85303
1.29357 -5.33783
1.14712 -5.2722
1.82232 -4.55315
1.30296 -5.51433
1.16895 -5.22114
1.06995 -5.16376
1.25942 -5.41539
0.944297 -5.23316
1.2365 -5.40767
1.15448 -5.20405
1.6348 -4.59416
1.04848 -5.17113
EOD
$data6 << EOD
-5.4758 0.982706
-5.53312 1.11763
-5.62415 0.903988
-5.4644 1.03755
-5.43471 1.00976
-3.95677 -0.378565
-5.69186 1.15862
-5.55385 1.08618
-5.45679 1.05605
-5.41271 1.01729
-5.4816 0.988342
-5.44645 1.016
-4.42697 1.98005
-5.43172 1.22636
-3.62951 -0.165308
EOD
$data7 << EOD
-0.419382 6.98404
0.445227 7.72907
2.35931 8.84906
-0.319765 6.58012
0.19782 6.10432
2.09421 8.71669
-0.505808 6.66978
-0.35484 6.97549
-0.379517 7.02426
-0.471274 6.83784
1.98864 8.68793
-0.434229 6.98151
-0.494192 6.87118
0.0671336 7.53749
2.45559 8.81978
EOD
$data8 << EOD
5.36246 -1.21565
5.69682 -0.86762
5.48551 -0.717785
4.95826 -1.60341
5.64536 -1.28772
5.52764 -1.1097
5.22937 -1.64243
5.6583 -1.35098
4.87561 -1.75649
5.51654 -1.12481
5.47131 -1.13372
6.42703 -0.629685
5.80324 -0.993096
5.67699 -1.2636
5.64774 -1.38502
EOD
unset label
set title 'lifted structure' font ',11'
unset xlabel
unset ylabel
set xrange [-7.67591:8.41108]
set yrange [-6.37613:9.71086]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.5,0.892857
set origin 0.5,0.107143
unset key
plot $data5 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data6 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data7 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data8 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle
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
