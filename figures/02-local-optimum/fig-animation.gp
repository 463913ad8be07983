# MetricLab figure 'fig-animation': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-animation.gp` in this folder to draw fig-animation.gif again.
set encoding utf8
set terminal gif animate delay 10 loop 0 size 530,480 noenhanced font 'DejaVuSans,10' background rgb 'white'
set output 'fig-animation.gif'
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
set linetype cycle 8
$data1 << EOD
-1.50141 -0.100859
-1.68459 0.106693
-1.42118 -0.000124581
-1.62804 -0.0291737
-1.45124 -0.0272641
-1.31003 0.0853888
-1.6191 -0.174856
-1.53401 0.113422
1.53146 0.0775734
1.60225 0.038856
1.34756 0.00606421
1.39544 -0.10842
1.4947 0.0154498
1.58015 -0.0484146
1.51204 -0.00994748
1.4482 0.191235
EOD
$data2 << EOD
-0.460645 0.0623148
-0.471705 -0.00748305
-0.47822 0.0409621
-0.641396 0.0934665
-0.434508 -0.0492647
-0.32527 0.1863
-0.475899 -0.0603761
-0.323512 -0.0161465
-0.481645 -0.0395505
-0.538927 -0.0836732
-0.475596 -0.0788232
-0.318589 0.0376501
-0.618035 -0.0440843
-0.633943 0.0519676
-0.497129 0.0413801
-0.393627 0.0255654
EOD
$data3 << EOD
0.508721 -0.020306
0.440321 -0.0474132
0.397183 0.034862
0.200932 0.0359513
0.393166 -0.138183
0.438216 0.126627
0.430573 -0.0443784
0.453967 -0.080952
0.841819 0.011658
0.431073 -0.0871978
0.416408 -0.10472
0.400286 -0.0629373
0.678265 -0.0368585
0.405272 -0.0534159
0.356208 -0.0874813
0.521574 0.0448201
EOD
unset label
set title 'triplet, semi-hard, step 0' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
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
$data4 << EOD
-1.08224 -0.42622
-1.22984 -0.390809
-1.01974 -0.422683
-1.1834 -0.425597
-1.04273 -0.42163
-0.961108 -0.366059
-1.17612 -0.435866
-1.10767 -0.374759
1.14063 -0.433027
1.18761 -0.509674
0.982281 -0.481071
1.02946 -0.555624
1.10583 -0.527347
1.17101 -0.600148
1.12119 -0.554461
1.10037 -0.349127
EOD
$data5 << EOD
-0.682967 0.328715
-0.654444 0.299981
-0.710301 0.283909
-1.09562 0.630114
-0.569462 0.331125
-0.542045 0.379939
-0.629361 0.311942
-0.568937 0.328575
-0.623492 0.299881
-0.594878 0.303706
-0.591723 0.316569
-0.528515 0.388288
-0.619563 0.292534
-0.670415 0.288716
-0.727599 0.273849
-0.632001 0.316393
EOD
$data6 << EOD
0.813307 0.415663
0.892292 0.436765
0.839414 0.414244
0.464357 0.360736
0.834679 0.378344
0.811637 0.38903
0.892557 0.444254
0.799109 0.39308
1.24291 0.483295
0.884867 0.42313
0.866331 0.403217
0.845502 0.417073
0.851718 0.430422
0.840586 0.415374
0.799983 0.401218
0.789228 0.418267
EOD
unset label
set title 'triplet, semi-hard, step 50' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data4 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data5 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data6 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data7 << EOD
-0.928883 -0.72291
-1.08068 -0.684518
-0.85485 -0.719944
-1.0388 -0.721956
-0.882464 -0.71028
-0.748807 -0.557482
-1.0294 -0.73718
-0.960284 -0.665433
1.01856 -0.679204
1.07133 -0.855385
0.830247 -0.747201
0.894416 -0.870573
0.9823 -0.868945
1.05119 -0.969158
1.00361 -0.901041
0.972083 -0.547195
EOD
$data8 << EOD
-1.01002 0.659482
-1.01123 0.661017
-1.09794 0.701296
-1.135 0.684727
-0.891809 0.672462
-0.760573 0.662077
-0.906873 0.596263
-0.806335 0.579065
-0.948261 0.624154
-0.823169 0.547532
-0.828463 0.541318
-0.803237 0.725445
-0.947414 0.618509
-1.00246 0.660505
-1.12059 0.69645
-0.906284 0.595592
EOD
$data9 << EOD
1.05518 0.659458
1.12908 0.674443
1.11535 0.689726
0.808185 0.787931
1.10252 0.636164
1.09728 0.66078
1.09736 0.649964
1.07864 0.672536
1.26015 0.515651
1.14327 0.682231
1.10909 0.640022
1.10563 0.676728
1.09845 0.672179
1.06169 0.636675
1.04197 0.635101
1.0395 0.668801
EOD
unset label
set title 'triplet, semi-hard, step 100' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data7 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data8 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data9 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data10 << EOD
-0.81666 -0.884128
-0.984076 -0.787395
-0.695278 -0.983052
-0.94032 -0.831924
-0.746378 -0.92156
-0.526356 -0.742206
-0.930977 -0.845364
-0.851652 -0.799768
0.955822 -0.872637
0.995383 -1.16967
0.611267 -1.09116
0.708705 -1.30268
0.868458 -1.22975
0.948175 -1.36363
0.892296 -1.29505
0.912471 -0.669464
EOD
$data11 << EOD
-1.04516 0.707904
-1.0658 0.732604
-1.12004 0.730482
-1.13546 0.687386
-0.987781 0.80327
-0.855144 0.89913
-0.955718 0.658154
-0.895284 0.684383
-1.01816 0.722139
-0.922906 0.666978
-0.942156 0.663829
-0.975145 1.21102
-1.02811 0.708149
-1.0352 0.706825
-1.13773 0.722835
-0.95374 0.663548
EOD
$data12 << EOD
1.07811 0.971308
1.13654 0.773875
1.14824 1.01997
0.853837 1.34619
1.12707 0.901027
1.14466 1.01703
1.10774 0.793912
1.08947 0.774418
1.26324 0.570675
1.2057 1.13563
1.12045 0.768623
1.11442 0.782077
1.13656 0.965857
1.07387 0.798612
1.05565 0.79882
1.05003 0.779656
EOD
unset label
set title 'triplet, semi-hard, step 150' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data10 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data11 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data12 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data13 << EOD
-0.687493 -1.20444
-0.819121 -1.25602
-0.589278 -1.20128
-0.791159 -1.24914
-0.622931 -1.20317
-0.390229 -0.942397
-0.777602 -1.26142
-0.702874 -1.19629
0.769674 -1.16563
0.851808 -1.36303
0.51114 -1.1295
0.614542 -1.29275
0.744053 -1.3224
0.833416 -1.42888
0.773559 -1.37432
0.665548 -0.975867
EOD
$data14 << EOD
-1.05638 0.814964
-1.07619 0.820793
-1.12677 0.782957
-1.13885 0.759171
-1.01767 1.14495
-0.861188 1.29495
-0.97102 0.850367
-0.905015 0.892205
-1.04107 0.981937
-0.952664 0.87594
-0.968435 0.873009
-1.00255 1.43849
-1.04435 0.815616
-1.05155 0.824205
-1.14545 0.784126
-0.970889 0.861097
EOD
$data15 << EOD
1.10014 1.20267
1.1425 0.877822
1.16515 1.17409
0.850766 1.40124
1.16623 1.21341
1.16939 1.17032
1.13497 1.06799
1.10163 0.94249
1.26994 0.704942
1.24289 1.33184
1.12761 0.882228
1.122 0.885378
1.16689 1.16307
1.08152 0.907656
1.06254 0.90307
1.05852 0.920995
EOD
unset label
set title 'triplet, semi-hard, step 200' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data13 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data14 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data15 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data16 << EOD
-0.686395 -1.20684
-0.816524 -1.26354
-0.588562 -1.20253
-0.78931 -1.25428
-0.622025 -1.20497
-0.389347 -0.943701
-0.775784 -1.266
-0.701272 -1.20042
0.767692 -1.16846
0.850269 -1.36407
0.51049 -1.12971
0.613824 -1.29256
0.742937 -1.32271
0.832141 -1.42867
0.772414 -1.37442
0.662021 -0.980484
EOD
$data17 << EOD
-1.05649 0.816311
-1.07628 0.82167
-1.12683 0.783408
-1.13891 0.760543
-1.01793 1.14808
-0.861163 1.29786
-0.971147 0.852306
-0.905107 0.895337
-1.04135 0.985613
-0.952909 0.878318
-0.968658 0.875062
-1.00271 1.43986
-1.04446 0.816554
-1.05171 0.825707
-1.14552 0.784662
-0.971051 0.863015
EOD
$data18 << EOD
1.1003 1.20426
1.14255 0.878654
1.16528 1.17514
0.850748 1.40157
1.16654 1.2157
1.16954 1.17125
1.1353 1.07079
1.10176 0.94407
1.27005 0.706832
1.24313 1.33306
1.12768 0.883132
1.12211 0.886516
1.16709 1.16432
1.08162 0.908895
1.06264 0.904359
1.05861 0.922367
EOD
unset label
set title 'triplet, semi-hard, step 250' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data16 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data17 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data18 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data19 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588558 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.767681 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.61382 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data20 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data21 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 300' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data19 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data20 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data21 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data22 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data23 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data24 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 350' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data22 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data23 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data24 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data25 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data26 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data27 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 400' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data25 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data26 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data27 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data28 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data29 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data30 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 450' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data28 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data29 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data30 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data31 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data32 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data33 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 500' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data31 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data32 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data33 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data34 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data35 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data36 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 550' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data34 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data35 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data36 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data37 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data38 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data39 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 600' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data37 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data38 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data39 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data40 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data41 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data42 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 650' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data40 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data41 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data42 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data43 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data44 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data45 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 700' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data43 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data44 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data45 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data46 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data47 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data48 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 750' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data46 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data47 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data48 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data49 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data50 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data51 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 800' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data49 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data50 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data51 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data52 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data53 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data54 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 850' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data52 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data53 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data54 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data55 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data56 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data57 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 900' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data55 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data56 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data57 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data58 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data59 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data60 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 950' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data58 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data59 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data60 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data61 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data62 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data63 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1000' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data61 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data62 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data63 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data64 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data65 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data66 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1050' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data64 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data65 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data66 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data67 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data68 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data69 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1100' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data67 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data68 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data69 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data70 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data71 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data72 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1150' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data70 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data71 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data72 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data73 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data74 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data75 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1200' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data73 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data74 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data75 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data76 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data77 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data78 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1250' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data76 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data77 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data78 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data79 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data80 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data81 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1300' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data79 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data80 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data81 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data82 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data83 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data84 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1350' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data82 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data83 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data84 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data85 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data86 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data87 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1400' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data85 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data86 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data87 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data88 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data89 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data90 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1450' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data88 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data89 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data90 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data91 << EOD
-0.686389 -1.20685
-0.816509 -1.26358
-0.588557 -1.20254
-0.7893 -1.25431
-0.62202 -1.20498
-0.389341 -0.943709
-0.775773 -1.26602
-0.701262 -1.20044
0.76768 -1.16847
0.85026 -1.36408
0.510486 -1.12971
0.613819 -1.29256
0.74293 -1.32271
0.832133 -1.42867
0.772407 -1.37442
0.662 -0.980511
EOD
$data92 << EOD
-1.05649 0.816319
-1.07628 0.821675
-1.12683 0.783411
-1.13891 0.760551
-1.01793 1.1481
-0.861163 1.29787
-0.971148 0.852317
-0.905108 0.895355
-1.04135 0.985635
-0.952911 0.878332
-0.968659 0.875074
-1.00271 1.43987
-1.04446 0.81656
-1.05171 0.825716
-1.14552 0.784665
-0.971052 0.863026
EOD
$data93 << EOD
1.10031 1.20427
1.14255 0.878659
1.16528 1.17515
0.850748 1.40157
1.16655 1.21571
1.16954 1.17126
1.13531 1.0708
1.10176 0.94408
1.27005 0.706843
1.24313 1.33307
1.12768 0.883137
1.12211 0.886523
1.16709 1.16433
1.08162 0.908902
1.06264 0.904367
1.05861 0.922375
EOD
unset label
set title 'triplet, semi-hard, step 1500' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83513:1.84613]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data91 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data92 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data93 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
unset output
