# MetricLab figure 'fig-stuck': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-stuck.gp` in this folder to draw fig-stuck.gif again.
set encoding utf8
set terminal gif animate delay 30 loop 0 size 530,480 noenhanced font 'DejaVuSans,10' background rgb 'white'
set output 'fig-stuck.gif'
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
-1.58327 -0.0107521
-1.58173 0.0664733
-1.44734 0.0666436
-1.66881 0.156177
-1.5506 -0.0170439
-1.46398 -0.00992351
-1.51816 -0.0325906
-1.42189 -0.06417
1.27583 0.0121816
1.72865 0.0968601
1.37597 0.00274842
1.44175 0.0804188
1.53187 0.130726
1.58401 -0.109105
1.57518 -0.00842167
1.72057 -0.203905
EOD
$data2 << EOD
-0.602914 0.0798955
-0.491733 0.0925942
-0.412679 -0.142562
-0.635752 0.0266586
-0.278869 0.0263231
-0.578213 -0.0892791
-0.641828 0.0580912
-0.616521 -0.00913651
-0.527275 0.0151153
-0.616288 -0.131312
-0.455568 -0.0123449
-0.498352 0.0462399
-0.474544 0.0831085
-0.465609 -0.107819
-0.536224 -0.0908079
-0.364719 -0.0316322
EOD
$data3 << EOD
0.589394 -0.054215
0.553655 -0.0927037
0.600349 -0.0562617
0.36685 -0.13654
0.498534 0.13265
0.590341 -0.195142
0.659472 -0.0188765
0.497546 -0.000617966
0.562746 -0.12032
0.783446 -0.0131025
0.557073 -0.118798
0.348086 0.00244505
0.416239 -0.00433278
0.349606 0.00372919
0.551113 -0.0660652
0.52468 -0.055457
EOD
unset label
set title 'triplet, semi-hard, step 0' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data1 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data4 << EOD
-1.52336 0.0459668
-1.52181 0.0197696
-1.38743 0.0198507
-1.60889 0.0979276
-1.49068 0.0407928
-1.40406 0.046576
-1.45824 0.0263092
-1.36198 -0.00469155
1.21611 0.0666785
1.6687 0.0372363
1.31619 -0.0404314
1.38182 0.0210026
1.47195 0.0711795
1.52408 -0.0517437
1.51526 -0.0311874
1.66065 -0.14478
EOD
$data5 << EOD
-0.602914 0.0798955
-0.491733 0.0925942
-0.412679 -0.142562
-0.635752 0.0266586
-0.278869 0.0263231
-0.578213 -0.0892791
-0.701828 0.118395
-0.616521 -0.00913651
-0.527275 0.0151153
-0.616288 -0.131312
-0.455568 -0.0123449
-0.498352 0.0462399
-0.474544 0.0831085
-0.465609 -0.107819
-0.536224 -0.0908079
-0.364719 -0.0316322
EOD
$data6 << EOD
0.622205 -0.0367071
0.613654 -0.0417693
0.621376 -0.0434121
0.426849 -0.080018
0.558533 0.0726533
0.65034 -0.136822
0.607062 -0.071099
0.557545 -0.0605839
0.622745 -0.0649882
0.843421 -0.0730659
0.617072 -0.0636117
0.408085 -0.0575272
0.476238 -0.0642855
0.409605 -0.0562451
0.611112 -0.0275145
0.584679 -0.0263084
EOD
unset label
set title 'triplet, semi-hard, step 6' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data4 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data5 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data6 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data7 << EOD
-1.48364 0.0808918
-1.4821 0.0308475
-1.34772 0.0307862
-1.56917 0.0674491
-1.45097 0.0771384
-1.36435 0.081264
-1.41853 0.0643229
-1.32232 0.0336013
1.17613 0.106608
1.62891 -5.2414e-05
1.27719 -0.0204349
1.34231 -0.0143252
1.4322 0.0327541
1.48432 -0.0227198
1.4755 -0.032424
1.62087 -0.107138
EOD
$data8 << EOD
-0.602914 0.0798955
-0.491733 0.0925942
-0.417523 -0.137718
-0.635752 0.0266586
-0.290268 0.0377258
-0.578213 -0.0892791
-0.741813 0.159626
-0.616521 -0.00913651
-0.527275 0.0151153
-0.616288 -0.131312
-0.455568 -0.0123449
-0.498352 0.0462399
-0.474544 0.0831085
-0.465609 -0.107819
-0.536224 -0.0908079
-0.364719 -0.0316322
EOD
$data9 << EOD
0.626379 -0.0587202
0.637015 -0.0463948
0.62647 -0.06365
0.466849 -0.0580209
0.598532 0.0326495
0.653621 -0.127688
0.598709 -0.0911807
0.597544 -0.100635
0.636953 -0.0640462
0.88337 -0.114064
0.648834 -0.0526782
0.448085 -0.0975673
0.516238 -0.104362
0.449605 -0.0962819
0.65111 -0.0469433
0.624678 -0.0522689
EOD
unset label
set title 'triplet, semi-hard, step 10' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data7 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data8 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data9 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data10 << EOD
-1.42472 0.140683
-1.42318 0.0812805
-1.28884 0.0811461
-1.51022 0.0615964
-1.39206 0.137236
-1.30547 0.141
-1.35963 0.124665
-1.26504 0.0571753
1.1161 0.164086
1.56975 -0.0376949
1.21982 0.0338997
1.28493 -0.00776652
1.37342 -0.00753039
1.42527 0.00619432
1.41645 0.00907658
1.56175 -0.0546934
EOD
$data11 << EOD
-0.602914 0.0798955
-0.503168 0.104033
-0.46775 -0.087466
-0.640643 0.0315497
-0.343744 0.0914468
-0.59725 -0.0702439
-0.801417 0.223642
-0.621412 -0.00424539
-0.54631 0.0341557
-0.643671 -0.103945
-0.482932 0.0150346
-0.517386 0.065283
-0.493577 0.102156
-0.50184 -0.0715788
-0.563594 -0.0634375
-0.410204 0.0139114
EOD
$data12 << EOD
0.653714 -0.102029
0.662563 -0.0831224
0.654212 -0.106189
0.526846 -0.0712401
0.637615 -0.0278388
0.679181 -0.11907
0.61271 -0.124054
0.65754 -0.161794
0.662972 -0.089123
0.943169 -0.178475
0.649791 -0.0886143
0.508082 -0.158542
0.576234 -0.165865
0.509602 -0.157195
0.656748 -0.0911692
0.677404 -0.105632
EOD
unset label
set title 'triplet, semi-hard, step 16' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data10 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data11 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data12 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data13 << EOD
-1.38602 0.184774
-1.3845 0.123513
-1.2506 0.118458
-1.4714 0.0867977
-1.35339 0.181523
-1.26701 0.183778
-1.32103 0.168869
-1.2297 0.03501
1.07747 0.194761
1.53084 -0.0329481
1.18307 0.0757331
1.24763 0.0241486
1.33568 0.0030362
1.38648 0.0319661
1.3777 0.046861
1.52288 -0.019787
EOD
$data14 << EOD
-0.631124 0.108125
-0.538397 0.139378
-0.508856 -0.0462726
-0.673035 0.0639497
-0.385119 0.133252
-0.634572 -0.0329246
-0.840631 0.267973
-0.653798 0.0281445
-0.58361 0.0715302
-0.677351 -0.0650502
-0.521708 0.0539149
-0.554677 0.102686
-0.530862 0.139609
-0.541699 -0.0316632
-0.6024 -0.0246079
-0.450789 0.0546742
EOD
$data15 << EOD
0.67647 -0.138481
0.672942 -0.118757
0.676969 -0.142204
0.566218 -0.101082
0.639338 -0.0702556
0.681246 -0.142671
0.632755 -0.153688
0.697531 -0.204097
0.673984 -0.123578
0.982769 -0.223782
0.65125 -0.126238
0.548076 -0.200554
0.616227 -0.20865
0.549596 -0.199106
0.666904 -0.129735
0.670853 -0.138262
EOD
unset label
set title 'triplet, semi-hard, step 20' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data13 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data14 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data15 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data16 << EOD
-1.36685 0.207923
-1.36534 0.146155
-1.23231 0.131916
-1.45215 0.104769
-1.33427 0.204739
-1.24881 0.185593
-1.30204 0.191592
-1.21242 0.0336385
1.05883 0.213582
1.51157 -0.0222312
1.16494 0.0977168
1.22923 0.043544
1.3172 0.0168899
1.36738 0.0494059
1.35862 0.0664159
1.50364 -0.00210117
EOD
$data17 << EOD
-0.650475 0.127526
-0.559 0.160127
-0.530288 -0.0247528
-0.693141 0.0840832
-0.407113 0.149466
-0.655572 -0.0119022
-0.860004 0.290738
-0.673896 0.048263
-0.604594 0.0926054
-0.669254 -0.0433595
-0.542926 0.0752399
-0.575655 0.123789
-0.551836 0.16076
-0.563068 -0.0102266
-0.623637 -0.00332566
-0.47221 0.0762435
EOD
$data18 << EOD
0.688709 -0.159712
0.670964 -0.138526
0.689164 -0.163332
0.585172 -0.120441
0.64126 -0.092417
0.678753 -0.160347
0.644173 -0.171681
0.717522 -0.22587
0.674927 -0.143138
1.00249 -0.247224
0.655599 -0.147385
0.56807 -0.222137
0.63622 -0.230717
0.56959 -0.220621
0.674517 -0.151338
0.670782 -0.15695
EOD
unset label
set title 'triplet, semi-hard, step 22' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data16 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data17 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data18 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data19 << EOD
-1.32916 0.2543
-1.32748 0.193616
-1.19694 0.162415
-1.41404 0.147093
-1.29708 0.246286
-1.2143 0.176924
-1.26531 0.23061
-1.17926 0.0542564
1.02287 0.255252
1.47342 0.0109304
1.12879 0.138347
1.19341 0.0874856
1.28073 0.0532986
1.32998 0.0910568
1.32104 0.10975
1.46558 0.0354631
EOD
$data20 << EOD
-0.691638 0.170816
-0.603076 0.204724
-0.573087 0.0195868
-0.677463 0.127977
-0.45405 0.163698
-0.664992 0.033888
-0.898229 0.337277
-0.670639 0.0923765
-0.64883 0.137197
-0.643591 0.00297148
-0.587157 0.119846
-0.619882 0.168458
-0.596057 0.205565
-0.603884 0.0349167
-0.658088 0.0422744
-0.516153 0.120642
EOD
$data21 << EOD
0.715986 -0.205476
0.676764 -0.180299
0.716288 -0.208991
0.623248 -0.164635
0.633291 -0.139116
0.68336 -0.2004
0.66995 -0.214507
0.757488 -0.270803
0.686042 -0.185023
1.0418 -0.295681
0.672119 -0.192642
0.608048 -0.266633
0.676194 -0.276297
0.609568 -0.264954
0.695703 -0.197301
0.677354 -0.197787
EOD
unset label
set title 'triplet, semi-hard, step 26' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data19 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data20 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data21 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data22 << EOD
-1.29306 0.281713
-1.291 0.237928
-1.1634 0.190838
-1.37693 0.192678
-1.2615 0.271908
-1.18051 0.193939
-1.23021 0.258662
-1.14867 0.0905994
0.995987 0.282538
1.43596 0.0529616
1.09428 0.183817
1.1583 0.134384
1.24503 0.0965978
1.29325 0.130557
1.28405 0.142116
1.42818 0.0747002
EOD
$data23 << EOD
-0.678331 0.217619
-0.648137 0.251765
-0.607566 0.0678636
-0.653665 0.17608
-0.501678 0.184218
-0.65169 0.082959
-0.935666 0.385162
-0.655845 0.140693
-0.683897 0.185531
-0.625006 0.0512899
-0.627998 0.167494
-0.662941 0.215521
-0.640884 0.252438
-0.634109 0.0839956
-0.665699 0.0917603
-0.560177 0.166364
EOD
$data24 << EOD
0.746057 -0.253644
0.692543 -0.223774
0.746163 -0.257127
0.662437 -0.212952
0.634838 -0.186574
0.697603 -0.243832
0.698479 -0.261982
0.797423 -0.317617
0.697801 -0.229003
1.08033 -0.345477
0.696275 -0.239863
0.648004 -0.312971
0.716142 -0.32378
0.649524 -0.31111
0.722409 -0.245033
0.690877 -0.241132
EOD
unset label
set title 'triplet, semi-hard, step 30' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data22 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data23 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data24 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data25 << EOD
-1.2583 0.288835
-1.25594 0.27623
-1.13181 0.227008
-1.34179 0.22922
-1.22726 0.281441
-1.14733 0.227868
-1.19613 0.2835
-1.12069 0.133091
0.978433 0.287574
1.39927 0.0973572
1.0679 0.226862
1.12416 0.170775
1.21046 0.146209
1.25721 0.156333
1.24788 0.153495
1.39153 0.113932
EOD
$data26 << EOD
-0.658076 0.266522
-0.666436 0.29474
-0.636746 0.11914
-0.640695 0.226348
-0.54348 0.22161
-0.64617 0.133769
-0.972609 0.434273
-0.649764 0.191023
-0.669083 0.237585
-0.616254 0.101609
-0.662126 0.219129
-0.673649 0.261711
-0.666003 0.298446
-0.656279 0.135268
-0.64774 0.143413
-0.59914 0.216778
EOD
$data27 << EOD
0.78049 -0.298371
0.706909 -0.270925
0.78038 -0.301811
0.700657 -0.263237
0.645036 -0.233646
0.720733 -0.289161
0.730735 -0.303232
0.83729 -0.366018
0.714718 -0.273942
1.11721 -0.394726
0.726796 -0.287709
0.687916 -0.360919
0.756039 -0.372787
0.689435 -0.35888
0.754773 -0.291681
0.71135 -0.285997
EOD
unset label
set title 'triplet, semi-hard, step 34' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data25 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data26 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data27 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data28 << EOD
-1.24129 0.287479
-1.23878 0.292113
-1.11797 0.241111
-1.32493 0.241112
-1.21042 0.284018
-1.13089 0.247604
-1.17936 0.293003
-1.10791 0.154712
0.972134 0.286814
1.38129 0.118354
1.0577 0.24082
1.11025 0.183892
1.19334 0.170754
1.23949 0.161342
1.23018 0.156146
1.37357 0.131046
EOD
$data29 << EOD
-0.645753 0.28902
-0.651735 0.295839
-0.643349 0.146048
-0.639052 0.251848
-0.561113 0.243877
-0.636409 0.160378
-0.991125 0.459467
-0.649836 0.21611
-0.651154 0.262555
-0.614902 0.128235
-0.667447 0.245881
-0.656854 0.273896
-0.653689 0.299496
-0.644557 0.162131
-0.634854 0.170041
-0.613921 0.242185
EOD
$data30 << EOD
0.796609 -0.318301
0.717458 -0.294042
0.797845 -0.319797
0.715779 -0.289217
0.656638 -0.256708
0.734944 -0.308774
0.748038 -0.320362
0.854618 -0.38727
0.725671 -0.296514
1.13474 -0.418603
0.743926 -0.308289
0.707841 -0.385282
0.77595 -0.397564
0.70936 -0.383167
0.772634 -0.311048
0.723795 -0.305391
EOD
unset label
set title 'triplet, semi-hard, step 36' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data28 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data29 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data30 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data31 << EOD
-1.19105 0.275728
-1.18832 0.313853
-1.07989 0.274179
-1.27495 0.266104
-1.16063 0.279936
-1.08232 0.293938
-1.13061 0.295341
-1.07012 0.215121
0.94812 0.270553
1.32907 0.160839
1.03486 0.25525
1.08044 0.203117
1.1527 0.21233
1.19169 0.180334
1.18389 0.175993
1.32141 0.160113
EOD
$data32 << EOD
-0.609555 0.340104
-0.607649 0.299673
-0.604497 0.223203
-0.62545 0.31933
-0.599311 0.315039
-0.606862 0.230766
-1.04792 0.537622
-0.618643 0.286015
-0.607727 0.330841
-0.607463 0.204541
-0.616711 0.30998
-0.609789 0.311668
-0.609307 0.297913
-0.602648 0.233299
-0.601707 0.239843
-0.629487 0.313352
EOD
$data33 << EOD
0.826902 -0.364196
0.755407 -0.35389
0.834261 -0.3573
0.762232 -0.3554
0.705715 -0.326882
0.775577 -0.352609
0.794551 -0.359797
0.909743 -0.441915
0.764498 -0.351757
1.18136 -0.483077
0.790849 -0.354192
0.762411 -0.452304
0.819487 -0.451778
0.763928 -0.450055
0.817027 -0.353383
0.762415 -0.34971
EOD
unset label
set title 'triplet, semi-hard, step 42' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data31 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data32 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data33 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data34 << EOD
-1.1582 0.25459
-1.15531 0.306578
-1.05352 0.280141
-1.24162 0.272605
-1.12884 0.261927
-1.05111 0.301184
-1.10043 0.276553
-1.0436 0.246138
0.923861 0.249437
1.2957 0.166465
1.01888 0.247651
1.06691 0.198399
1.13526 0.219464
1.1704 0.168147
1.16365 0.161444
1.28805 0.160165
EOD
$data35 << EOD
-0.590328 0.368625
-0.587329 0.321967
-0.582673 0.266937
-0.591802 0.355582
-0.60702 0.362908
-0.584746 0.271437
-1.08664 0.591923
-0.592197 0.327229
-0.587523 0.369739
-0.576058 0.25251
-0.589842 0.345602
-0.588598 0.347266
-0.588489 0.316197
-0.582826 0.272206
-0.582234 0.279292
-0.592721 0.354142
EOD
$data36 << EOD
0.854867 -0.394329
0.772548 -0.379223
0.86434 -0.38621
0.782791 -0.383373
0.745973 -0.372389
0.792787 -0.370822
0.814166 -0.376227
0.957919 -0.489737
0.782 -0.374824
1.20619 -0.517355
0.810663 -0.37326
0.789523 -0.482528
0.853075 -0.483119
0.787686 -0.479179
0.84323 -0.377376
0.779562 -0.368384
EOD
unset label
set title 'triplet, semi-hard, step 46' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data34 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data35 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data36 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data37 << EOD
-1.12581 0.228038
-1.12333 0.279888
-1.03342 0.272864
-1.21015 0.263513
-1.0981 0.228953
-1.02951 0.288663
-1.07222 0.242606
-1.02456 0.268125
0.891721 0.233566
1.26796 0.155793
1.00301 0.232816
1.05194 0.187821
1.12154 0.217741
1.15565 0.14413
1.14951 0.137759
1.26153 0.145776
EOD
$data38 << EOD
-0.574243 0.403593
-0.571631 0.356713
-0.564446 0.307318
-0.560767 0.392133
-0.574412 0.409712
-0.558345 0.311735
-1.12192 0.64598
-0.571124 0.367008
-0.572174 0.410762
-0.547954 0.296162
-0.570494 0.382285
-0.572856 0.390368
-0.57218 0.348098
-0.566529 0.309199
-0.563088 0.317774
-0.559986 0.395268
EOD
$data39 << EOD
0.883196 -0.423446
0.789796 -0.401054
0.893283 -0.414
0.807296 -0.407597
0.784019 -0.415796
0.810684 -0.390287
0.839559 -0.394991
1.01282 -0.544913
0.800107 -0.39575
1.22507 -0.543362
0.846721 -0.408609
0.825414 -0.515789
0.887778 -0.516998
0.816139 -0.504361
0.869815 -0.404614
0.804721 -0.39886
EOD
unset label
set title 'triplet, semi-hard, step 50' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data37 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data38 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data39 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data40 << EOD
-1.08836 0.218972
-1.08603 0.237872
-1.01433 0.255235
-1.16741 0.216788
-1.06577 0.223232
-1.00935 0.262648
-1.04481 0.23046
-1.0067 0.28017
0.84324 0.21797
1.24163 0.132632
0.966874 0.21207
1.02771 0.174005
1.10198 0.210855
1.13536 0.116331
1.12938 0.116172
1.23597 0.119752
EOD
$data41 << EOD
-0.55266 0.471871
-0.554753 0.412225
-0.544967 0.350445
-0.526752 0.454093
-0.53543 0.487109
-0.53124 0.354896
-1.1609 0.719507
-0.547389 0.42321
-0.554277 0.479576
-0.519938 0.341261
-0.550691 0.439705
-0.555852 0.466765
-0.554369 0.399807
-0.543526 0.351607
-0.540563 0.363347
-0.526801 0.464945
EOD
$data42 << EOD
0.950303 -0.489651
0.844469 -0.455811
0.954387 -0.471823
0.847115 -0.43844
0.830377 -0.47314
0.846145 -0.435846
0.874219 -0.434565
1.096 -0.628347
0.844393 -0.431766
1.24257 -0.567458
0.892985 -0.455161
0.882307 -0.572259
0.967568 -0.596899
0.86151 -0.547725
0.910534 -0.444845
0.845545 -0.441985
EOD
unset label
set title 'triplet, semi-hard, step 56' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data40 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data41 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data42 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data43 << EOD
-1.07262 0.257737
-1.07025 0.249933
-1.006 0.284709
-1.14734 0.206884
-1.05214 0.264377
-1.00078 0.285678
-1.03321 0.271587
-0.999288 0.300838
0.822422 0.209328
1.2263 0.126286
0.937187 0.203804
1.00362 0.171377
1.08594 0.207879
1.12194 0.108663
1.11643 0.112354
1.22101 0.112871
EOD
$data44 << EOD
-0.542885 0.525272
-0.547809 0.435577
-0.525152 0.371837
-0.512082 0.488962
-0.519369 0.541688
-0.520167 0.372527
-1.17734 0.752862
-0.537479 0.447651
-0.546449 0.530728
-0.508494 0.359684
-0.542447 0.466438
-0.548606 0.523714
-0.542362 0.424544
-0.527971 0.371977
-0.531361 0.381963
-0.512908 0.516944
EOD
$data45 << EOD
0.993843 -0.532621
0.87233 -0.484033
1.00043 -0.517211
0.872052 -0.460435
0.853119 -0.499196
0.873184 -0.466023
0.920661 -0.484905
1.14735 -0.680269
0.874378 -0.453489
1.24971 -0.577272
0.926343 -0.488556
0.934319 -0.624343
1.02705 -0.656229
0.908617 -0.594985
0.939668 -0.473185
0.867077 -0.463908
EOD
unset label
set title 'triplet, semi-hard, step 60' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data43 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data44 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data45 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data46 << EOD
-1.05722 0.339558
-1.05483 0.308149
-0.997241 0.356702
-1.13117 0.225491
-1.03869 0.347752
-0.992514 0.352292
-1.02159 0.355816
-0.99392 0.355912
0.803052 0.201287
1.20448 0.132445
0.904182 0.196876
0.964511 0.175444
1.05237 0.209182
1.09282 0.123421
1.08727 0.129121
1.20012 0.118876
EOD
$data47 << EOD
-0.537059 0.61035
-0.524027 0.472866
-0.498025 0.396083
-0.498433 0.521406
-0.505759 0.609544
-0.491728 0.396158
-1.19192 0.782643
-0.528259 0.470393
-0.540732 0.610413
-0.486949 0.381642
-0.534776 0.491312
-0.542755 0.611416
-0.518042 0.455723
-0.497991 0.400323
-0.498301 0.406924
-0.501309 0.60018
EOD
$data48 << EOD
1.05964 -0.598167
0.914079 -0.52475
1.06683 -0.58253
0.915455 -0.501816
0.906461 -0.551051
0.913614 -0.50804
0.996619 -0.563421
1.19641 -0.729899
0.925829 -0.488824
1.25634 -0.586403
0.983775 -0.546306
1.01406 -0.703159
1.10795 -0.737765
0.984867 -0.670711
0.987348 -0.52044
0.920636 -0.514949
EOD
unset label
set title 'triplet, semi-hard, step 66' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data46 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data47 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data48 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data49 << EOD
-1.05019 0.392191
-1.04805 0.356163
-0.992906 0.405419
-1.12616 0.249857
-1.03245 0.400654
-0.99018 0.399845
-1.01602 0.408868
-0.991828 0.397416
0.795187 0.198022
1.185 0.155233
0.89078 0.194063
0.946908 0.177766
1.02978 0.212833
1.06959 0.14674
1.06447 0.151503
1.18105 0.142948
EOD
$data50 << EOD
-0.535979 0.659953
-0.512459 0.489702
-0.470036 0.416949
-0.492891 0.534579
-0.501495 0.659737
-0.468227 0.41094
-1.19752 0.796874
-0.515594 0.486064
-0.539082 0.658032
-0.462002 0.398579
-0.5301 0.503815
-0.539519 0.659134
-0.502273 0.471946
-0.475339 0.419372
-0.477016 0.419939
-0.498227 0.656579
EOD
$data51 << EOD
1.09465 -0.633629
0.946828 -0.557647
1.10776 -0.622769
0.95923 -0.545011
0.935077 -0.578563
0.955462 -0.549977
1.04504 -0.612628
1.21633 -0.750051
0.965914 -0.518287
1.25904 -0.590111
1.02012 -0.582947
1.05266 -0.741394
1.14352 -0.773608
1.03548 -0.721038
1.03255 -0.565409
0.950773 -0.543862
EOD
unset label
set title 'triplet, semi-hard, step 70' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data49 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data50 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data51 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data52 << EOD
-1.04159 0.41607
-1.0408 0.411402
-0.988363 0.422349
-1.12384 0.285071
-1.02474 0.418172
-0.989375 0.424274
-1.00895 0.426405
-0.988711 0.425804
0.787906 0.195
1.15424 0.2006
0.878374 0.191458
0.930611 0.179914
1.00841 0.21628
1.04417 0.173663
1.04031 0.176354
1.14955 0.193214
EOD
$data53 << EOD
-0.519658 0.731832
-0.495052 0.514934
-0.441695 0.437928
-0.48776 0.546774
-0.500237 0.736949
-0.441328 0.428104
-1.20349 0.828176
-0.483893 0.515383
-0.524646 0.730433
-0.44587 0.432058
-0.50671 0.542304
-0.525675 0.727548
-0.482684 0.493781
-0.448697 0.441171
-0.447451 0.435817
-0.498684 0.735785
EOD
$data54 << EOD
1.12824 -0.667643
0.987909 -0.599019
1.14565 -0.660021
1.00767 -0.593315
0.982444 -0.624167
1.00473 -0.599337
1.10311 -0.671085
1.23477 -0.768707
1.01265 -0.556972
1.26153 -0.593543
1.07838 -0.642169
1.08839 -0.776791
1.17644 -0.80679
1.0865 -0.771688
1.08003 -0.613019
1.00337 -0.595756
EOD
unset label
set title 'triplet, semi-hard, step 76' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data52 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data53 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data54 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data55 << EOD
-1.03313 0.397277
-1.03352 0.422908
-0.987576 0.416652
-1.12875 0.279239
-1.01705 0.393922
-0.989046 0.422336
-1.00179 0.400762
-0.988958 0.427357
0.782251 0.192652
1.12133 0.250836
0.868739 0.189436
0.917954 0.181583
0.991819 0.218957
1.02434 0.194641
1.02155 0.195655
1.11692 0.246822
EOD
$data56 << EOD
-0.51371 0.840916
-0.46749 0.554757
-0.397903 0.47284
-0.472022 0.566903
-0.501623 0.84227
-0.38576 0.466608
-1.20782 0.871594
-0.459272 0.538154
-0.51477 0.839636
-0.400125 0.481949
-0.488094 0.57283
-0.515536 0.837667
-0.446235 0.54137
-0.400745 0.482335
-0.384973 0.471054
-0.503548 0.844236
EOD
$data57 << EOD
1.15433 -0.694059
1.04683 -0.658304
1.17508 -0.688953
1.04734 -0.632997
1.02524 -0.665861
1.04374 -0.638502
1.14821 -0.716485
1.2491 -0.783196
1.07263 -0.61406
1.26347 -0.596209
1.12555 -0.68998
1.11615 -0.804282
1.20201 -0.832561
1.12612 -0.811026
1.11691 -0.649996
1.06417 -0.655781
EOD
unset label
set title 'triplet, semi-hard, step 86' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data55 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data56 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data57 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data58 << EOD
-1.03114 0.365024
-1.03189 0.399787
-0.993309 0.39791
-1.13596 0.228988
-1.01578 0.354444
-0.993442 0.391603
-0.999736 0.370567
-0.995514 0.399612
0.779483 0.191503
1.10505 0.275547
0.864022 0.188446
0.911759 0.1824
0.983695 0.220267
1.01463 0.20491
1.01237 0.205102
1.10089 0.273106
EOD
$data59 << EOD
-0.57699 0.966533
-0.436901 0.613033
-0.337532 0.533477
-0.425622 0.611839
-0.52045 0.987669
-0.320381 0.523092
-1.20578 0.894841
-0.406375 0.594492
-0.542213 0.974164
-0.343127 0.536159
-0.457836 0.633622
-0.530331 0.982496
-0.41313 0.592401
-0.347869 0.538058
-0.318302 0.51612
-0.530857 0.978548
EOD
$data60 << EOD
1.1671 -0.70699
1.07747 -0.689129
1.18948 -0.703114
1.06675 -0.652421
1.04619 -0.686269
1.06284 -0.657672
1.17029 -0.738708
1.25611 -0.790288
1.102 -0.642003
1.26442 -0.597513
1.14864 -0.713382
1.12973 -0.817738
1.21453 -0.845175
1.14552 -0.830281
1.13496 -0.668095
1.09393 -0.685162
EOD
unset label
set title 'triplet, semi-hard, step 104' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data58 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data59 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data60 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data61 << EOD
-1.03079 0.348959
-1.03338 0.370993
-1.00406 0.332656
-1.14342 0.0772466
-1.01587 0.340065
-1.00196 0.328559
-1.0011 0.355735
-1.00221 0.343115
0.779071 0.191332
1.10263 0.279225
0.86332 0.188298
0.910837 0.182522
0.982486 0.220462
1.01319 0.206438
1.011 0.206508
1.09851 0.277018
EOD
$data62 << EOD
-0.676711 1.01606
-0.431129 0.727567
-0.296586 0.598097
-0.417914 0.692054
-0.581976 1.06376
-0.293003 0.590091
-1.19813 0.913258
-0.387608 0.662324
-0.679791 1.02768
-0.29863 0.592542
-0.451147 0.764755
-0.604781 1.07369
-0.397047 0.680127
-0.312865 0.598346
-0.296722 0.604103
-0.619942 1.06235
EOD
$data63 << EOD
1.169 -0.708914
1.08203 -0.693716
1.19163 -0.705222
1.06964 -0.655311
1.04931 -0.689306
1.06568 -0.660525
1.17357 -0.742015
1.25715 -0.791343
1.10637 -0.646162
1.26456 -0.597708
1.15208 -0.716865
1.13175 -0.819741
1.21639 -0.847053
1.14841 -0.833146
1.13764 -0.670789
1.09836 -0.689535
EOD
unset label
set title 'triplet, semi-hard, step 118' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data61 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data62 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data63 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data64 << EOD
-1.02989 0.308026
-1.03253 0.300825
-1.00685 0.302455
-1.15977 -0.110842
-1.01562 0.31795
-1.00464 0.302086
-1.00375 0.324376
-1.00401 0.323524
0.778978 0.191294
1.09826 0.269346
0.863161 0.188265
0.910629 0.182549
0.982213 0.220507
1.01286 0.206784
1.01069 0.206826
1.09413 0.267326
EOD
$data65 << EOD
-0.779455 1.03235
-0.480715 0.843407
-0.317473 0.705476
-0.491552 0.787745
-0.656105 1.05268
-0.329447 0.704033
-1.18808 0.942326
-0.431928 0.764992
-0.771266 1.02152
-0.329974 0.698893
-0.48486 0.849936
-0.692498 1.05491
-0.450892 0.798271
-0.336324 0.707618
-0.352784 0.713547
-0.715243 1.0398
EOD
$data66 << EOD
1.16943 -0.709349
1.08306 -0.694754
1.19211 -0.705699
1.0782 -0.660627
1.08179 -0.711034
1.07692 -0.667727
1.17432 -0.742763
1.25739 -0.791582
1.10736 -0.647103
1.26459 -0.597751
1.15286 -0.717653
1.13221 -0.820194
1.21681 -0.847477
1.14906 -0.833795
1.13825 -0.671398
1.09936 -0.690525
EOD
unset label
set title 'triplet, semi-hard, step 130' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data64 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data65 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data66 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data67 << EOD
-1.02483 0.270084
-1.02733 0.258769
-0.995595 0.279498
-1.16429 -0.136968
-1.0094 0.275471
-0.995299 0.275062
-0.99538 0.270711
-0.993907 0.269546
0.776638 0.13037
1.08797 0.218089
0.861947 0.15482
0.909497 0.149284
0.981667 0.206188
1.01226 0.176306
1.0101 0.177234
1.08419 0.217278
EOD
$data68 << EOD
-0.895789 1.12488
-0.530956 0.975746
-0.34882 0.746524
-0.561359 0.899102
-0.723585 1.02929
-0.365965 0.745307
-1.18117 0.962668
-0.458742 0.833453
-0.841326 1.05397
-0.366213 0.739664
-0.521822 0.960413
-0.757652 1.03307
-0.493313 0.923929
-0.36185 0.746921
-0.396272 0.75162
-0.773967 1.02296
EOD
$data69 << EOD
1.16955 -0.709466
1.11142 -0.712252
1.19224 -0.705827
1.11026 -0.679424
1.10166 -0.724237
1.11296 -0.688739
1.17452 -0.742964
1.25745 -0.791646
1.11004 -0.648471
1.2646 -0.597763
1.15307 -0.717865
1.13233 -0.820316
1.21693 -0.847591
1.14923 -0.833969
1.13841 -0.671562
1.09963 -0.69079
EOD
unset label
set title 'triplet, semi-hard, step 140' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data67 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data68 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data69 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data70 << EOD
-1.00373 0.226075
-1.00696 0.232069
-0.967014 0.221579
-1.15841 -0.130778
-0.985291 0.235765
-0.968234 0.234318
-0.968031 0.238941
-0.961205 0.228529
0.770943 0.0195527
1.08277 0.127465
0.858554 0.071732
0.906584 0.0710399
0.97983 0.153776
1.01027 0.0821842
1.00816 0.0861204
1.07945 0.127468
EOD
$data71 << EOD
-0.975162 1.20224
-0.58406 1.02221
-0.354806 0.79236
-0.631703 0.968945
-0.787327 1.07702
-0.373093 0.788519
-1.17745 0.973555
-0.495198 0.909404
-0.937555 1.15023
-0.373041 0.779599
-0.563105 1.00395
-0.843178 1.11025
-0.548976 0.998751
-0.366977 0.797053
-0.406886 0.808104
-0.850127 1.08672
EOD
$data72 << EOD
1.16958 -0.709497
1.13091 -0.724283
1.19228 -0.70586
1.11857 -0.684297
1.10681 -0.72766
1.12489 -0.695639
1.17457 -0.743016
1.25747 -0.791663
1.1132 -0.649965
1.2646 -0.597766
1.15312 -0.71792
1.13237 -0.820347
1.21696 -0.847621
1.14928 -0.834014
1.13846 -0.671604
1.0997 -0.690859
EOD
unset label
set title 'triplet, semi-hard, step 146' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data70 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data71 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data72 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data73 << EOD
-0.980244 0.183343
-0.983111 0.188146
-0.938272 0.177004
-1.1319 -0.11172
-0.960925 0.192408
-0.943745 0.17881
-0.943767 0.182234
-0.934065 0.17532
0.764832 -0.0792876
1.07862 0.0231393
0.854903 -0.00906733
0.903402 -0.00616445
0.977206 0.0844327
1.00786 -0.0152147
1.00585 -0.00864651
1.07555 0.0233667
EOD
$data74 << EOD
-1.01808 1.24163
-0.646534 1.0764
-0.369628 0.887658
-0.699594 1.033
-0.887578 1.17782
-0.397467 0.879656
-1.17343 0.982357
-0.552955 0.970931
-1.00338 1.21716
-0.38935 0.875968
-0.600482 1.03427
-0.921592 1.1883
-0.604218 1.04448
-0.386007 0.899487
-0.457463 0.910246
-0.939256 1.17153
EOD
$data75 << EOD
1.16959 -0.709513
1.14151 -0.730819
1.1923 -0.705878
1.12308 -0.686944
1.1096 -0.72952
1.13137 -0.699388
1.1746 -0.743045
1.25748 -0.791672
1.11492 -0.650777
1.2646 -0.597768
1.15315 -0.717949
1.13238 -0.820365
1.21697 -0.847637
1.1493 -0.834039
1.13848 -0.671627
1.09974 -0.690897
EOD
unset label
set title 'triplet, semi-hard, step 152' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data73 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data74 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data75 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data76 << EOD
-0.96213 0.150371
-0.965366 0.148507
-0.913879 0.147602
-1.11504 -0.100998
-0.941688 0.156467
-0.923408 0.139384
-0.923096 0.143414
-0.910662 0.131596
0.758465 -0.153915
1.07596 -0.0477577
0.851143 -0.0720815
0.90016 -0.0668737
0.975082 0.03612
1.00551 -0.0859262
1.00361 -0.0777558
1.07299 -0.0475017
EOD
$data77 << EOD
-1.03417 1.25602
-0.721502 1.15186
-0.400879 0.945517
-0.77151 1.10606
-0.934065 1.22523
-0.438688 0.935735
-1.17064 0.989259
-0.595967 1.01326
-1.02975 1.24396
-0.424743 0.93723
-0.668748 1.10385
-0.953294 1.21992
-0.673184 1.11133
-0.421816 0.960434
-0.507814 0.960404
-0.986734 1.21761
EOD
$data78 << EOD
1.1696 -0.70952
1.14571 -0.733416
1.1923 -0.705885
1.12487 -0.687996
1.11072 -0.730259
1.13394 -0.700878
1.17461 -0.743056
1.25748 -0.791676
1.1156 -0.651099
1.2646 -0.597769
1.15316 -0.717961
1.13239 -0.820371
1.21698 -0.847643
1.14931 -0.834049
1.13849 -0.671637
1.09975 -0.690912
EOD
unset label
set title 'triplet, semi-hard, step 156' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data76 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data77 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data78 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data79 << EOD
-0.930151 0.0929097
-0.934336 0.0959724
-0.875303 0.105469
-1.08704 -0.0910733
-0.909914 0.0980218
-0.889069 0.0888417
-0.88918 0.0914602
-0.873682 0.0808802
0.747411 -0.266086
1.07126 -0.154796
0.844364 -0.169903
0.894144 -0.162683
0.971177 -0.0402902
1.00062 -0.195305
0.999312 -0.184678
1.06835 -0.15458
EOD
$data80 << EOD
-1.0488 1.2691
-0.811541 1.24307
-0.474435 1.01963
-0.844235 1.18028
-0.976317 1.26832
-0.49807 0.9967
-1.16773 0.99832
-0.708303 1.12777
-1.05372 1.26831
-0.488289 1.00491
-0.769071 1.20547
-0.982108 1.24866
-0.766571 1.20298
-0.471443 1.01664
-0.608734 1.06168
-1.02989 1.25949
EOD
$data81 << EOD
1.16961 -0.709526
1.14954 -0.735776
1.19231 -0.705892
1.12651 -0.688952
1.11173 -0.73093
1.13628 -0.702231
1.17462 -0.743066
1.25746 -0.791618
1.1176 -0.656979
1.26469 -0.598881
1.15317 -0.717972
1.13252 -0.819897
1.21699 -0.847228
1.14942 -0.833642
1.1385 -0.671645
1.09977 -0.690925
EOD
unset label
set title 'triplet, semi-hard, step 162' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data79 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data80 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data81 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data82 << EOD
-0.909208 0.0596912
-0.914196 0.0656309
-0.850521 0.0786452
-1.06809 -0.088701
-0.889026 0.0638196
-0.866023 0.0586518
-0.866725 0.0594595
-0.8491 0.0526153
0.741798 -0.320265
1.06621 -0.208037
0.839814 -0.233774
0.889594 -0.226951
0.968229 -0.0918514
0.99501 -0.242867
0.995326 -0.244702
1.06317 -0.207842
EOD
$data83 << EOD
-1.05461 1.27429
-0.848701 1.28074
-0.553596 1.09435
-0.873098 1.20974
-0.993086 1.28542
-0.554416 1.05287
-1.16657 1.00195
-0.767393 1.18812
-1.06323 1.27798
-0.55961 1.06883
-0.811473 1.24853
-0.993544 1.26007
-0.804337 1.24014
-0.531133 1.07759
-0.681615 1.13609
-1.04701 1.27611
EOD
$data84 << EOD
1.16974 -0.709154
1.15142 -0.735666
1.19238 -0.705655
1.12769 -0.690189
1.11286 -0.729844
1.13746 -0.702306
1.17482 -0.742326
1.25703 -0.789828
1.12837 -0.696466
1.26529 -0.606969
1.15335 -0.717555
1.13318 -0.816582
1.21673 -0.843747
1.14982 -0.830207
1.13947 -0.677584
1.10249 -0.696981
EOD
unset label
set title 'triplet, semi-hard, step 166' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data82 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data83 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data84 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data85 << EOD
-0.880087 0.0164339
-0.885738 0.0250334
-0.820153 0.0462008
-1.02859 -0.0941464
-0.860591 0.019601
-0.837506 0.0224541
-0.838996 0.0209239
-0.818632 0.0190095
0.739618 -0.34835
1.04992 -0.203289
0.836083 -0.315113
0.884877 -0.307938
0.962495 -0.187759
0.982271 -0.244512
0.983781 -0.249789
1.04685 -0.208166
EOD
$data86 << EOD
-1.06103 1.28004
-0.889817 1.32242
-0.698979 1.22779
-0.905032 1.24234
-1.01164 1.30435
-0.656176 1.15649
-1.16528 1.00596
-0.833215 1.25533
-1.07376 1.28868
-0.653117 1.15333
-0.858389 1.29617
-1.0062 1.27269
-0.846124 1.28125
-0.641202 1.18849
-0.770649 1.22695
-1.06596 1.2945
EOD
$data87 << EOD
1.17121 -0.705261
1.15568 -0.729839
1.19311 -0.703388
1.13954 -0.729027
1.1199 -0.730119
1.14228 -0.710288
1.17617 -0.737703
1.25466 -0.781378
1.14813 -0.760409
1.26926 -0.652809
1.15451 -0.714971
1.13558 -0.8041
1.21506 -0.82924
1.15117 -0.817028
1.14906 -0.725824
1.12675 -0.754688
EOD
unset label
set title 'triplet, semi-hard, step 174' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data85 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data86 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data87 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data88 << EOD
-0.856982 -0.0177984
-0.863156 -0.00709749
-0.796189 0.0205987
-0.988714 -0.101931
-0.838152 -0.0152921
-0.815003 -0.00610973
-0.817115 -0.00948464
-0.794589 -0.00750899
0.753276 -0.302547
1.02357 -0.168058
0.833589 -0.330328
0.879334 -0.317091
0.957323 -0.272332
0.967987 -0.219646
0.96885 -0.220019
1.02141 -0.178185
EOD
$data89 << EOD
-1.0661 1.28457
-0.922261 1.35531
-0.825184 1.34308
-0.930232 1.26806
-1.02628 1.31928
-0.741502 1.24327
-1.16427 1.00912
-0.885155 1.30837
-1.08206 1.29712
-0.726903 1.22001
-0.89541 1.33376
-1.01618 1.28265
-0.879097 1.31369
-0.749115 1.29684
-0.840906 1.29866
-1.08092 1.30901
EOD
$data90 << EOD
1.17988 -0.741436
1.1723 -0.764108
1.20122 -0.752
1.15296 -0.76935
1.15731 -0.795125
1.1636 -0.77998
1.1776 -0.732965
1.25252 -0.773058
1.16457 -0.809635
1.27458 -0.710825
1.17223 -0.766598
1.13889 -0.789933
1.21369 -0.814565
1.15328 -0.802767
1.15842 -0.770828
1.15079 -0.806977
EOD
unset label
set title 'triplet, semi-hard, step 1500' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox
plot $data88 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data89 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data90 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
unset output
