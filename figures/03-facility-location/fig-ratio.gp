# MetricLab figure 'fig-ratio': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-ratio.gp` in this folder to draw fig-ratio.png again.
set encoding utf8
set terminal pngcairo size 900,336 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-ratio.png'
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
0.344055 2.46198
0.102351 2.17162
0.0865629 2.10723
-0.111506 2.37689
-0.365466 2.83914
0.299282 2.81837
0.228433 1.73733
-0.262883 2.20759
EOD
$data2 << EOD
-0.988611 2.3259
-1.04998 2.02845
-1.79325 2.14923
-0.82231 1.65855
-1.21478 2.44549
-0.700334 1.96475
-1.12937 2.18761
-1.29166 2.45766
EOD
$data3 << EOD
-2.44675 0.922373
-2.31405 0.877126
-2.33605 1.04705
-2.8074 1.13042
-2.46271 1.096
-2.02649 1.45688
-2.43385 1.03895
-1.9877 1.28921
EOD
$data4 << EOD
-2.75069 -0.0673982
-2.13441 0.0851713
-3.11594 -0.325373
-2.53561 0.0405839
-2.66496 -0.312486
-2.54819 -0.189134
-2.9106 -0.146125
-2.87054 0.380686
EOD
$data5 << EOD
-2.03343 -0.925144
-2.07794 -1.56356
-1.77096 -1.35704
-1.98531 -1.15828
-1.64311 -1.27537
-1.83835 -1.25649
-1.87414 -1.63655
-2.00175 -1.23201
EOD
$data6 << EOD
-0.634548 -1.9746
-1.7042 -2.43905
-0.992895 -1.72789
-0.886519 -2.01102
-1.10528 -1.73339
-1.04529 -2.1452
-0.81066 -2.26295
-1.19734 -2.02983
EOD
$data7 << EOD
-0.164745 -2.53365
0.347363 -2.25882
-0.26458 -3.3806
0.0666607 -2.32973
0.116352 -2.32066
0.0605429 -2.41959
0.176869 -2.8481
0.0084298 -1.97698
EOD
$data8 << EOD
0.782005 -1.32848
1.00073 -1.73529
1.23467 -2.00031
1.32934 -2.26291
1.37191 -2.2195
1.31829 -2.05083
1.69364 -2.60251
1.48105 -1.82695
EOD
$data9 << EOD
2.80478 -1.20072
2.31648 -1.12587
2.25363 -0.915988
2.68689 -1.56093
2.2413 -0.731958
1.82297 -1.15176
2.38086 -1.2312
2.29747 -1.13574
EOD
$data10 << EOD
2.6385 0.259345
2.6314 -0.0637152
2.18991 0.100202
2.42523 -0.0719849
2.318 0.498503
2.54814 0.192809
1.7423 -0.0214401
3.09083 0.0181677
EOD
$data11 << EOD
2.43744 1.527
1.79789 1.11062
2.62431 1.2994
1.86369 1.52572
2.54245 1.30123
2.27312 1.68156
2.55865 1.2012
2.24412 1.37413
EOD
$data12 << EOD
0.998856 2.40825
1.18253 2.68497
1.07446 1.98501
2.04227 2.74634
1.47177 2.1286
0.930837 2.97974
1.00684 2.23769
1.34402 2.27168
EOD
unset label
set title 'C/m = 0.25' font ',11'
unset xlabel
unset ylabel
set xrange [-3.57435:3.54924]
set yrange [-3.76223:3.36136]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.892857
set origin 0,0.107143
unset key
plot $data1 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data4 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data5 with points pt 11 ps 0.88 lc rgb '#D55E00' notitle, \
     $data6 with points pt 6 ps 0.88 lc rgb '#56B4E9' notitle, \
     $data7 with points pt 15 ps 0.88 lc rgb '#F0E442' notitle, \
     $data8 with points pt 4 ps 0.88 lc rgb '#000000' notitle, \
     $data9 with points pt 7 ps 0.88 lc rgb '#882255' notitle, \
     $data10 with points pt 5 ps 0.88 lc rgb '#999933' notitle, \
     $data11 with points pt 9 ps 0.88 lc rgb '#8C510A' notitle, \
     $data12 with points pt 13 ps 0.88 lc rgb '#888888' notitle
$data13 << EOD
-0.134634 2.21229
0.0367798 2.10266
0.0865629 2.10723
0.0364641 2.22892
-0.136999 2.69443
-7.04256e-05 2.51901
-0.0307146 1.99647
0.158517 2.32222
EOD
$data14 << EOD
-1.2147 1.99437
-1.05256 1.98945
-1.41542 2.15872
-0.956115 1.68205
-1.02937 1.99481
-0.987716 2.43633
-0.990811 1.70967
-1.42907 2.41497
EOD
$data15 << EOD
-2.36239 1.41397
-2.47215 1.03523
-2.64379 1.03857
-2.64929 0.972319
-2.60347 0.955245
-2.16316 1.4214
-2.1544 1.3184
-1.9877 1.28921
EOD
$data16 << EOD
-2.59738 0.0859138
-2.28404 -0.0644583
-2.93393 -0.160118
-2.58389 -0.125705
-2.65374 -0.00120753
-2.55899 -0.241599
-2.9106 -0.146125
-3.0625 0.177894
EOD
$data17 << EOD
-1.97022 -0.986176
-2.18245 -1.45904
-1.85355 -1.22862
-1.93948 -1.2229
-1.75005 -1.16843
-1.75205 -1.37677
-2.01747 -1.49322
-2.13462 -1.09913
EOD
$data18 << EOD
-0.81641 -1.70481
-1.32192 -2.07817
-0.901093 -1.98585
-1.07308 -1.88203
-1.1315 -1.9795
-1.277 -2.31387
-1.08067 -2.06032
-1.0007 -1.97019
EOD
$data19 << EOD
-0.134978 -2.73177
0.21481 -2.12063
-0.323808 -2.84115
0.1738 -2.61379
0.249636 -2.64953
0.240449 -2.5028
0.188757 -2.52045
0.0143372 -2.35179
EOD
$data20 << EOD
1.05052 -1.76762
1.09884 -1.95031
1.12951 -1.81641
1.18474 -2.11831
1.28595 -2.30545
1.29774 -2.01239
1.35237 -2.27393
1.56467 -1.66786
EOD
$data21 << EOD
2.5853 -1.08061
2.59465 -1.0973
2.4158 -0.8391
2.62919 -1.45146
2.26731 -0.965497
2.02701 -0.971368
2.49528 -1.31329
2.33108 -1.43907
EOD
$data22 << EOD
2.65354 0.321766
2.47435 -0.0581177
2.11619 0.121263
2.52224 0.0274386
2.34877 0.320546
2.71612 0.216574
2.07267 0.226896
2.65615 0.189628
EOD
$data23 << EOD
2.45652 1.77899
1.87417 1.21399
2.53641 1.39115
1.8806 1.40377
2.48149 1.16707
2.34245 1.67065
2.3899 1.14799
2.37891 1.63998
EOD
$data24 << EOD
1.02654 2.43735
1.04886 2.89737
0.984255 2.45107
1.81472 2.49206
1.59494 2.39727
1.13055 2.79042
1.22292 2.07038
1.5125 2.19949
EOD
unset label
set title 'C/m = 0.5' font ',11'
unset xlabel
unset ylabel
set xrange [-3.57435:3.54924]
set yrange [-3.76223:3.36136]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.892857
set origin 0.333333,0.107143
unset key
plot $data13 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data14 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data15 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data16 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data17 with points pt 11 ps 0.88 lc rgb '#D55E00' notitle, \
     $data18 with points pt 6 ps 0.88 lc rgb '#56B4E9' notitle, \
     $data19 with points pt 15 ps 0.88 lc rgb '#F0E442' notitle, \
     $data20 with points pt 4 ps 0.88 lc rgb '#000000' notitle, \
     $data21 with points pt 7 ps 0.88 lc rgb '#882255' notitle, \
     $data22 with points pt 5 ps 0.88 lc rgb '#999933' notitle, \
     $data23 with points pt 9 ps 0.88 lc rgb '#8C510A' notitle, \
     $data24 with points pt 13 ps 0.88 lc rgb '#888888' notitle
$data25 << EOD
-0.179867 2.18647
0.0380656 2.10394
-0.0851427 2.27893
0.0152841 2.20534
-0.142682 2.57063
-0.0844722 2.18062
-0.0809948 1.9812
0.094179 2.33027
EOD
$data26 << EOD
-1.11148 1.89115
-1.24751 1.89908
-1.32181 2.25652
-1.0099 1.88613
-1.12755 2.01339
-1.05141 2.3028
-1.09334 1.8122
-1.23733 2.24613
EOD
$data27 << EOD
-2.36239 1.41397
-2.64709 1.21016
-2.32798 1.05512
-2.53976 1.08185
-2.49895 1.05976
-2.13726 1.26945
-2.1544 1.3184
-1.9877 1.28921
EOD
$data28 << EOD
-2.59738 0.0859138
-2.35472 -0.0444208
-2.86917 -0.0953568
-2.63176 -0.154375
-2.73713 -0.098587
-2.64191 -0.166011
-2.9106 -0.146125
-2.99877 0.059614
EOD
$data29 << EOD
-1.90551 -1.04715
-2.07794 -1.56356
-1.88023 -1.22408
-2.0124 -1.14998
-1.83701 -1.09968
-2.00546 -1.08214
-2.05245 -1.49548
-2.00175 -1.23201
EOD
$data30 << EOD
-0.725668 -1.82549
-1.22612 -2.12943
-0.881228 -2.10144
-1.05306 -2.04493
-1.03924 -1.86898
-1.15069 -2.32854
-0.967469 -2.25396
-1.01748 -2.0097
EOD
$data31 << EOD
-0.199645 -2.56519
0.0646813 -2.09978
-0.175221 -2.75202
0.286977 -2.71499
-0.000140001 -2.39133
-0.0375951 -2.69832
0.138372 -2.6281
0.113771 -2.51234
EOD
$data32 << EOD
1.17918 -1.67019
1.07908 -2.02659
1.22831 -1.84556
1.28706 -2.01599
1.30759 -2.28382
1.22468 -2.06164
1.35397 -2.19819
1.56003 -1.8411
EOD
$data33 << EOD
2.79546 -1.29077
2.55515 -1.03935
2.36706 -0.965227
2.52354 -1.44957
2.304 -1.09351
1.97891 -0.93416
2.43963 -1.31483
2.34948 -1.33507
EOD
$data34 << EOD
2.71529 0.200756
2.55893 -0.0530394
2.15556 0.136963
2.45783 0.120446
2.23136 0.284961
2.79214 0.34216
2.23876 0.204362
2.78366 0.168637
EOD
$data35 << EOD
2.35071 1.71079
1.81714 1.17624
2.47976 1.11544
1.87373 1.3127
2.43853 1.15959
2.48751 1.69235
2.54343 1.32054
2.27353 1.5346
EOD
$data36 << EOD
1.14731 2.6706
1.35326 2.77141
0.983938 2.43018
1.7019 2.56448
1.61544 2.45009
1.23336 2.77109
1.21186 2.08143
1.41024 2.30175
EOD
unset label
set title 'C/m = 0.75' font ',11'
unset xlabel
unset ylabel
set xrange [-3.57435:3.54924]
set yrange [-3.76223:3.36136]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.333333,0.892857
set origin 0.666667,0.107143
unset key
plot $data25 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data26 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data27 with points pt 9 ps 0.88 lc rgb '#009E73' notitle, \
     $data28 with points pt 13 ps 0.88 lc rgb '#CC79A7' notitle, \
     $data29 with points pt 11 ps 0.88 lc rgb '#D55E00' notitle, \
     $data30 with points pt 6 ps 0.88 lc rgb '#56B4E9' notitle, \
     $data31 with points pt 15 ps 0.88 lc rgb '#F0E442' notitle, \
     $data32 with points pt 4 ps 0.88 lc rgb '#000000' notitle, \
     $data33 with points pt 7 ps 0.88 lc rgb '#882255' notitle, \
     $data34 with points pt 5 ps 0.88 lc rgb '#999933' notitle, \
     $data35 with points pt 9 ps 0.88 lc rgb '#8C510A' notitle, \
     $data36 with points pt 13 ps 0.88 lc rgb '#888888' notitle
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
     keyentry with points pt 13 ps 1.2 lc rgb '#CC79A7' title '3', \
     keyentry with points pt 11 ps 1.2 lc rgb '#D55E00' title '4', \
     keyentry with points pt 6 ps 1.2 lc rgb '#56B4E9' title '5', \
     keyentry with points pt 15 ps 1.2 lc rgb '#F0E442' title '6', \
     keyentry with points pt 4 ps 1.2 lc rgb '#000000' title '7', \
     keyentry with points pt 7 ps 1.2 lc rgb '#882255' title '8', \
     keyentry with points pt 5 ps 1.2 lc rgb '#999933' title '9', \
     keyentry with points pt 9 ps 1.2 lc rgb '#8C510A' title '10', \
     keyentry with points pt 13 ps 1.2 lc rgb '#888888' title '11'
unset multiplot
unset output
