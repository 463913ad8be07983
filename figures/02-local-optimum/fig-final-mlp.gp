# MetricLab figure 'fig-final-mlp': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-final-mlp.gp` in this folder to draw fig-final-mlp.png again.
set encoding utf8
set terminal pngcairo size 1260,716 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-final-mlp.png'
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
-0.125067 0.0891691
-0.119745 0.0817697
-0.126598 0.0899732
-0.121234 0.084832
-0.12652 0.0898747
-0.116652 0.086355
-0.12066 0.0855545
-0.125678 0.0874117
-0.1256 0.0868078
-0.118538 0.0928332
-0.112721 0.0940957
-0.123213 0.0809213
-0.127029 0.0829399
-0.120166 0.0880882
-0.12607 0.0831504
-0.128192 0.0873666
EOD
$data2 << EOD
0.839506 -0.240505
0.839576 -0.235853
0.839612 -0.238308
0.834905 -0.216383
0.838953 -0.233907
0.836906 -0.225355
0.839556 -0.232796
0.835523 -0.21029
0.839655 -0.233542
0.840226 -0.22574
0.839511 -0.231886
0.835825 -0.211301
0.838559 -0.214908
0.836234 -0.215944
0.839683 -0.236829
0.838609 -0.234745
EOD
$data3 << EOD
0.694363 0.774379
0.692648 0.786292
0.693967 0.799272
0.705634 0.770375
0.691374 0.792228
0.6936 0.795775
0.692765 0.78866
0.691933 0.781187
0.685093 0.791004
0.691943 0.786218
0.691754 0.78871
0.692924 0.794361
0.714406 0.783969
0.692982 0.793764
0.693688 0.801119
0.696463 0.778014
EOD
unset label
set title 'contrastive: merged' font ',11'
unset xlabel
unset ylabel
set xrange [-0.227292:0.939327]
set yrange [-0.303003:0.863616]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0,0.52514
unset key
plot $data1 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data4 << EOD
1.22137 0.447062
1.01668 0.399352
1.31998 0.440948
1.07503 0.42306
1.2825 0.44163
1.46287 0.441117
1.08539 0.444501
1.18497 0.411362
1.19312 0.827028
1.10539 0.761977
1.44788 1.05721
1.38475 1.03312
1.24377 0.883724
1.13634 0.807315
1.22196 0.87122
1.29927 0.88899
EOD
$data5 << EOD
2.49099 0.816316
2.48154 0.830974
2.47684 0.807469
2.32168 0.661752
2.50902 0.883342
2.5784 0.910103
2.47633 0.84586
2.58211 0.996148
2.47248 0.832937
2.42089 0.796172
2.47566 0.85273
2.58603 0.979992
2.34566 0.720394
2.33014 0.679417
2.46101 0.790052
2.54017 0.898458
EOD
$data6 << EOD
2.49741 1.79653
2.54171 1.80488
2.57006 1.76647
2.64774 1.65145
2.56057 1.82668
2.54555 1.73799
2.54779 1.80257
2.53081 1.81738
2.16597 1.6201
2.54434 1.81718
2.55129 1.82068
2.56384 1.80335
2.34991 1.74941
2.56177 1.80115
2.58441 1.79872
2.48962 1.77213
EOD
unset label
set title 'triplet, all: reunited, not merged' font ',11'
unset xlabel
unset ylabel
set xrange [0.918815:2.74561]
set yrange [0.199619:2.02641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0.333333,0.52514
unset key
plot $data4 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data5 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data6 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data7 << EOD
1.13344 0.767705
0.961587 0.696109
1.23148 0.802814
1.00473 0.71574
1.19486 0.789271
1.37123 0.856037
1.00435 0.719729
1.11589 0.753215
0.805958 1.09915
0.696302 0.967476
1.09663 1.49968
0.998474 1.41029
0.853446 1.18004
0.715778 1.01865
0.822878 1.14786
0.955008 1.25743
EOD
$data8 << EOD
2.42593 1.50962
2.40814 1.50665
2.40684 1.4936
2.23362 1.3261
2.43807 1.55267
2.55056 1.64385
2.39751 1.50842
2.53435 1.67906
2.39458 1.4998
2.33049 1.44453
2.39528 1.51086
2.54444 1.67703
2.24819 1.36202
2.23914 1.33732
2.388 1.4736
2.48339 1.58929
EOD
$data9 << EOD
2.43967 2.78036
2.49518 2.75498
2.54451 2.70778
2.64976 2.46527
2.51011 2.73333
2.52601 2.71605
2.50377 2.74825
2.47621 2.76791
2.00974 2.56126
2.49373 2.7551
2.50111 2.74733
2.52314 2.72886
2.24229 2.74661
2.52151 2.73132
2.54836 2.6924
2.43916 2.77099
EOD
unset label
set title 'triplet, semi-hard: reunited, not merged' font ',11'
unset xlabel
unset ylabel
set xrange [0.505848:2.84021]
set yrange [0.571053:2.90542]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0.666667,0.52514
unset key
plot $data7 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data8 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data9 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data10 << EOD
1.51158 0.132026
0.935789 0.103916
1.76461 0.137439
1.09649 0.11349
1.65501 0.134713
2.2707 0.149082
1.18877 0.120904
1.27898 0.116707
0.789697 0.562568
0.52975 0.386969
2.02158 1.42802
1.62298 1.14383
0.965977 0.683891
0.610154 0.441434
0.883247 0.627005
1.23068 0.867844
EOD
$data11 << EOD
8.03647 0.63383
8.04245 0.642315
7.99717 0.608158
7.36411 0.379926
8.16703 0.750181
8.33219 0.937112
8.05813 0.658267
8.44086 1.10544
8.03077 0.636545
7.88048 0.551314
8.06843 0.667886
8.42639 1.07905
7.57184 0.435241
7.43206 0.395784
7.94015 0.573422
8.2382 0.819315
EOD
$data12 << EOD
10.4829 7.23521
10.5259 7.15038
10.5118 6.99677
10.2085 5.8978
10.5351 7.08847
10.5027 7.05203
10.5273 7.12903
10.5239 7.18899
9.09386 6.52174
10.531 7.15019
10.5339 7.12734
10.5281 7.06618
10.0957 7.14929
10.5278 7.07394
10.5131 6.94592
10.4667 7.22481
EOD
unset label
set title 'lifted structure: merged' font ',11'
unset xlabel
unset ylabel
set xrange [-0.0705736:11.1355]
set yrange [-1.93346:9.27258]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0,0.0502793
unset key
plot $data10 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data11 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data12 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data13 << EOD
-2.62515 -0.651827
-2.83136 -0.59911
-2.51186 -0.687996
-2.7866 -0.611778
-2.56102 -0.67286
-2.27227 -0.763177
-2.75898 -0.615394
-2.70166 -0.637806
-2.66337 -0.787314
-2.70085 -0.850232
-2.38641 -0.397854
-2.56671 -0.539761
-2.66714 -0.741495
-2.7405 -0.836003
-2.69365 -0.76578
-2.51477 -0.652186
EOD
$data14 << EOD
1.99917 -2.0128
1.96421 -1.98587
1.97697 -2.0153
1.59142 -1.96613
1.95617 -1.91205
2.0673 -1.85357
1.94063 -1.96073
1.90132 -1.62842
1.94532 -1.97751
1.87353 -1.98632
1.93317 -1.94976
1.94045 -1.67386
1.70596 -1.97101
1.63284 -1.97015
1.95712 -2.02512
1.99244 -1.88972
EOD
$data15 << EOD
0.77548 2.70227
0.745561 2.68902
0.764923 2.64697
0.747933 2.24832
0.693672 2.68017
0.819939 2.65841
0.743396 2.68413
0.737116 2.69859
0.434096 2.28801
0.726913 2.69103
0.714946 2.687
0.725081 2.67015
0.730382 2.62417
0.730704 2.67153
0.69907 2.6404
0.804653 2.69738
EOD
unset label
set title 'N-pair: merged' font ',11'
unset xlabel
unset ylabel
set xrange [-3.12528:2.36122]
set yrange [-2.40467:3.08183]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0.333333,0.0502793
unset key
plot $data13 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data14 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data15 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
$data16 << EOD
0.189277 0.991135
0.188925 0.831247
0.213807 1.00168
0.180945 0.902428
0.206054 0.994422
0.240237 1.03292
0.163768 0.952507
0.213345 0.906096
0.116339 1.00534
0.0929289 1.09177
0.0704657 1.07278
0.104052 1.04065
0.0970373 1.01084
0.099939 1.03438
0.137573 1.05668
EOD
$data17 << EOD
0.263092 1.41674
0.259628 1.41711
0.27911 1.3496
0.235047 1.44839
0.278581 1.41723
0.236112 1.44039
0.231133 1.46444
0.241457 1.43452
0.235515 1.42781
0.231734 1.44419
0.243507 1.45439
0.24897 1.39388
0.270269 1.36387
0.261088 1.41162
0.248744 1.44199
EOD
$data18 << EOD
0.100578 1.38493
0.10174 1.406
0.129361 1.41148
0.160624 1.45308
0.0837462 1.42294
0.147655 1.39172
0.0910396 1.4038
0.0850965 1.27479
0.0923237 1.41055
0.0895765 1.41536
0.10299 1.41776
0.0806883 1.33231
0.104843 1.41589
0.102745 1.43056
0.116234 1.37692
EOD
$data19 << EOD
0.119273 1.029
EOD
$data20 << EOD
0.24808 1.43016
EOD
$data21 << EOD
0.103828 1.40852
EOD
unset label
set title 'facility location: reunited, not merged' font ',11'
unset xlabel
unset ylabel
set xrange [-0.179799:0.529375]
set yrange [0.793255:1.50243]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.47486
set origin 0.666667,0.0502793
unset key
plot $data16 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data17 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data18 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data19 with points pt 7 ps 1.936 lc rgb '#000000' notitle, \
     $data19 with points pt 7 ps 1.20032 lc rgb '#0072B2' notitle, \
     $data20 with points pt 5 ps 1.936 lc rgb '#000000' notitle, \
     $data20 with points pt 5 ps 1.20032 lc rgb '#E69F00' notitle, \
     $data21 with points pt 9 ps 1.936 lc rgb '#000000' notitle, \
     $data21 with points pt 9 ps 1.20032 lc rgb '#009E73' notitle
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
set size noratio 1,0.0502793
set origin 0,0
set lmargin 0
set rmargin 0
set tmargin 0
set bmargin 0
set key center center horizontal Left reverse samplen 2 nobox
plot NaN notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
unset multiplot
unset output
