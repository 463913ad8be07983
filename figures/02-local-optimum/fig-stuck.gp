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
set linetype cycle 8
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data1 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data3 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data4 << EOD
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
$data5 << EOD
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
$data6 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data4 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data5 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data6 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data7 << EOD
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
$data8 << EOD
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
$data9 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data7 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data8 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data9 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data10 << EOD
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
$data11 << EOD
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
$data12 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data10 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data11 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data12 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data13 << EOD
-1.20769 0.284895
-1.20499 0.313614
-1.09246 0.267605
-1.29162 0.259541
-1.17711 0.28817
-1.09841 0.28536
-1.14637 0.301434
-1.08337 0.196134
0.957651 0.278328
1.34617 0.150439
1.04135 0.254406
1.08878 0.20065
1.16402 0.203198
1.20556 0.177431
1.19707 0.175902
1.33851 0.155352
EOD
$data14 << EOD
-0.620443 0.324834
-0.620297 0.293938
-0.617742 0.199478
-0.634364 0.298841
-0.589067 0.29062
-0.616433 0.209509
-1.02874 0.511139
-0.634745 0.263662
-0.620149 0.309322
-0.614277 0.180176
-0.633974 0.291638
-0.623154 0.296789
-0.622144 0.294115
-0.614755 0.212081
-0.612311 0.218677
-0.632828 0.291412
EOD
$data15 << EOD
0.818635 -0.351672
0.744073 -0.33714
0.824324 -0.347066
0.748638 -0.336904
0.68691 -0.303715
0.764197 -0.340567
0.781581 -0.348933
0.888817 -0.421537
0.752926 -0.336505
1.16722 -0.463512
0.777748 -0.341584
0.746701 -0.433013
0.807606 -0.436984
0.74822 -0.430797
0.804913 -0.341831
0.751077 -0.337362
EOD
unset label
set title 'triplet, semi-hard, step 40' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data13 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data14 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data15 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data16 << EOD
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
$data17 << EOD
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
$data18 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data16 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data17 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data18 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data19 << EOD
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
$data20 << EOD
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
$data21 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data19 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data20 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data21 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data22 << EOD
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
$data23 << EOD
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
$data24 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data22 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data23 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data24 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data25 << EOD
-1.0372 0.407438
-1.03707 0.421553
-0.987484 0.421734
-1.12465 0.297096
-1.02076 0.406711
-0.989244 0.426165
-1.00524 0.414252
-0.987674 0.431395
0.784964 0.193778
1.13729 0.226618
0.873361 0.190406
0.924026 0.180783
0.99978 0.217673
1.03385 0.184577
1.03055 0.186396
1.13263 0.221063
EOD
$data26 << EOD
-0.514022 0.774901
-0.480712 0.535653
-0.426136 0.449916
-0.485687 0.551702
-0.500505 0.780858
-0.416363 0.444574
-1.20611 0.849813
-0.471083 0.52723
-0.518227 0.774751
-0.426325 0.454657
-0.497025 0.558186
-0.520466 0.776632
-0.469324 0.510039
-0.431053 0.455839
-0.423551 0.448119
-0.500244 0.780983
EOD
$data27 << EOD
1.14181 -0.681387
1.0168 -0.628094
1.16096 -0.675073
1.02831 -0.613961
1.00471 -0.645859
1.02503 -0.619714
1.12658 -0.694705
1.24222 -0.776245
1.04386 -0.586674
1.26254 -0.59493
1.10292 -0.667044
1.10283 -0.791094
1.18975 -0.820198
1.10712 -0.792155
1.09922 -0.632257
1.035 -0.626986
EOD
unset label
set title 'triplet, semi-hard, step 80' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data25 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data26 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data27 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data28 << EOD
-1.03157 0.392272
-1.03207 0.421773
-0.988661 0.413859
-1.13161 0.260419
-1.01556 0.388774
-0.988964 0.420632
-1.0004 0.395332
-0.990987 0.42128
0.781159 0.192199
1.11491 0.260585
0.866878 0.189045
0.91551 0.181906
0.988614 0.219474
1.02051 0.198692
1.01793 0.199381
1.1106 0.257191
EOD
$data29 << EOD
-0.512487 0.86582
-0.462167 0.562446
-0.386538 0.482068
-0.453718 0.584629
-0.501756 0.863038
-0.365183 0.482934
-1.20821 0.880517
-0.438405 0.560378
-0.512962 0.867108
-0.38067 0.499966
-0.478636 0.590904
-0.512889 0.861597
-0.435785 0.555735
-0.388545 0.493
-0.358673 0.488832
-0.505521 0.8725
EOD
$data30 << EOD
1.15937 -0.69916
1.05892 -0.670464
1.18076 -0.694539
1.05499 -0.640659
1.03351 -0.673911
1.05128 -0.646064
1.15692 -0.725251
1.25186 -0.785994
1.08422 -0.625083
1.26384 -0.596723
1.13466 -0.699211
1.12151 -0.80959
1.20695 -0.837537
1.13378 -0.818621
1.12403 -0.657135
1.07591 -0.667372
EOD
unset label
set title 'triplet, semi-hard, step 90' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data28 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data29 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data30 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data31 << EOD
-1.0312 0.369521
-1.0315 0.407491
-0.990309 0.408873
-1.13528 0.236182
-1.01563 0.361134
-0.991549 0.40676
-0.999686 0.376314
-0.993705 0.412599
0.779753 0.191615
1.10664 0.273139
0.864482 0.188542
0.912363 0.182321
0.984487 0.22014
1.01558 0.203909
1.01326 0.204181
1.10246 0.270544
EOD
$data32 << EOD
-0.544336 0.940065
-0.442295 0.601894
-0.352753 0.515927
-0.430145 0.607459
-0.513092 0.950038
-0.338682 0.503961
-1.20694 0.892064
-0.411531 0.589001
-0.530998 0.945736
-0.355614 0.52317
-0.466455 0.614182
-0.522921 0.949145
-0.422328 0.574236
-0.358298 0.525724
-0.3248 0.511728
-0.521839 0.949569
EOD
$data33 << EOD
1.16586 -0.705729
1.07448 -0.686124
1.18808 -0.701734
1.06486 -0.650527
1.04415 -0.68428
1.06098 -0.655804
1.16813 -0.736542
1.25542 -0.789597
1.09914 -0.639279
1.26432 -0.597386
1.14639 -0.711101
1.12841 -0.816427
1.21331 -0.843946
1.14363 -0.828404
1.1332 -0.666331
1.09103 -0.682299
EOD
unset label
set title 'triplet, semi-hard, step 100' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data31 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data32 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data33 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data34 << EOD
-1.03108 0.360906
-1.03225 0.392731
-0.999134 0.36827
-1.13693 0.192453
-1.0159 0.34792
-0.996914 0.364902
-0.999782 0.365304
-0.999322 0.367688
0.779236 0.191401
1.1036 0.277753
0.863601 0.188357
0.911206 0.182473
0.98297 0.220384
1.01377 0.205827
1.01155 0.205945
1.09946 0.275452
EOD
$data35 << EOD
-0.640082 0.978687
-0.430456 0.630846
-0.321494 0.553189
-0.42011 0.618012
-0.536163 1.04298
-0.299467 0.547153
-1.20318 0.900908
-0.398602 0.604916
-0.594761 1.0232
-0.321204 0.559841
-0.448769 0.678882
-0.551594 1.03944
-0.404707 0.609038
-0.330206 0.564008
-0.295396 0.547596
-0.560497 1.03215
EOD
$data36 << EOD
1.16824 -0.708144
1.0802 -0.691881
1.19077 -0.704378
1.06848 -0.654155
1.04806 -0.688091
1.06455 -0.659384
1.17226 -0.740691
1.25673 -0.790921
1.10462 -0.644498
1.2645 -0.59763
1.15071 -0.715471
1.13094 -0.81894
1.21565 -0.846301
1.14725 -0.832
1.13657 -0.669711
1.09659 -0.687785
EOD
unset label
set title 'triplet, semi-hard, step 110' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data34 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data35 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data36 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data37 << EOD
-1.03069 0.345237
-1.03344 0.363238
-1.00475 0.326402
-1.14678 0.0406578
-1.01583 0.337867
-1.00269 0.322397
-1.00157 0.353059
-1.00263 0.339497
0.779047 0.191322
1.10249 0.279442
0.863279 0.18829
0.910783 0.182529
0.982415 0.220474
1.0131 0.206528
1.01092 0.206591
1.09837 0.277248
EOD
$data38 << EOD
-0.69701 1.0201
-0.439771 0.751792
-0.293201 0.61559
-0.428454 0.714162
-0.591464 1.06555
-0.291063 0.608791
-1.19648 0.916507
-0.388901 0.685857
-0.702747 1.0245
-0.294036 0.608647
-0.458267 0.781656
-0.616458 1.07369
-0.401599 0.706617
-0.310162 0.616132
-0.298222 0.624467
-0.632977 1.06058
EOD
$data39 << EOD
1.16911 -0.709027
1.0823 -0.693987
1.19176 -0.705346
1.06981 -0.655482
1.04949 -0.689485
1.06585 -0.660694
1.17377 -0.74221
1.25721 -0.791406
1.10663 -0.646407
1.26456 -0.597719
1.15228 -0.71707
1.13187 -0.819859
1.2165 -0.847163
1.14858 -0.833315
1.1378 -0.670947
1.09862 -0.689793
EOD
unset label
set title 'triplet, semi-hard, step 120' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data37 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data38 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data39 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data40 << EOD
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
$data41 << EOD
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
$data42 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data40 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data41 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data42 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data43 << EOD
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
$data44 << EOD
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
$data45 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data43 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data44 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data45 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data46 << EOD
-0.986884 0.195989
-0.989922 0.200504
-0.947141 0.19052
-1.14215 -0.118469
-0.968053 0.208303
-0.950471 0.200189
-0.951028 0.201876
-0.942081 0.194604
0.767309 -0.0445076
1.07979 0.0540716
0.856117 0.0165192
0.904421 0.0178779
0.977964 0.104574
1.00862 0.0147789
1.00658 0.0206946
1.07666 0.0542466
EOD
$data47 << EOD
-1.00721 1.23191
-0.615105 1.04548
-0.362207 0.854076
-0.667061 1.00129
-0.85786 1.14761
-0.383142 0.847093
-1.17484 0.979523
-0.536141 0.954325
-0.985582 1.19906
-0.379149 0.840954
-0.586161 1.02088
-0.900188 1.16695
-0.585731 1.02811
-0.375099 0.863732
-0.433429 0.877113
-0.907201 1.14043
EOD
$data48 << EOD
1.16959 -0.709509
1.13867 -0.729066
1.19229 -0.705873
1.12187 -0.686234
1.10885 -0.729021
1.12963 -0.698383
1.17459 -0.743037
1.25747 -0.79167
1.11446 -0.650559
1.2646 -0.597768
1.15314 -0.717941
1.13238 -0.82036
1.21697 -0.847633
1.1493 -0.834032
1.13847 -0.671621
1.09973 -0.690887
EOD
unset label
set title 'triplet, semi-hard, step 150' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data46 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data47 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data48 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data49 << EOD
-0.940819 0.110876
-0.944548 0.112225
-0.887974 0.119218
-1.09675 -0.0936122
-0.920559 0.116583
-0.900826 0.105125
-0.900708 0.10847
-0.885775 0.0962288
0.75127 -0.228613
1.07298 -0.120897
0.846686 -0.137753
0.896261 -0.130711
0.972517 -0.0150466
1.00252 -0.160997
1.00087 -0.149905
1.07006 -0.120662
EOD
$data50 << EOD
-1.04488 1.26559
-0.786438 1.21762
-0.440937 0.986943
-0.824737 1.16038
-0.964989 1.25677
-0.477876 0.976998
-1.16851 0.995871
-0.672197 1.09097
-1.0473 1.26178
-0.462973 0.981018
-0.740427 1.17639
-0.974383 1.24096
-0.741058 1.17788
-0.458138 1.00157
-0.568572 1.02032
-1.01832 1.24826
EOD
$data51 << EOD
1.1696 -0.709524
1.14851 -0.735144
1.19231 -0.70589
1.12607 -0.688696
1.11146 -0.73075
1.13565 -0.701868
1.17461 -0.743064
1.25748 -0.791678
1.11605 -0.651314
1.26462 -0.597977
1.15317 -0.717969
1.13239 -0.820376
1.21698 -0.847648
1.14932 -0.834055
1.13849 -0.671643
1.09976 -0.690922
EOD
unset label
set title 'triplet, semi-hard, step 160' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data49 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data50 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data51 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data52 << EOD
-0.891777 0.033753
-0.897163 0.0412893
-0.832277 0.0591536
-1.04826 -0.0903808
-0.871943 0.0372544
-0.848891 0.0369053
-0.850066 0.0363085
-0.830796 0.0324259
0.739495 -0.344903
1.05848 -0.216748
0.837113 -0.283091
0.886587 -0.276068
0.96505 -0.145592
0.988218 -0.249686
0.989401 -0.253194
1.05522 -0.217556
EOD
$data53 << EOD
-1.05846 1.27774
-0.873402 1.30578
-0.635129 1.16947
-0.892283 1.22932
-1.00423 1.29679
-0.613007 1.11259
-1.16579 1.00435
-0.806937 1.2285
-1.06956 1.28441
-0.615786 1.11959
-0.839659 1.27715
-1.00114 1.26765
-0.829441 1.26483
-0.588371 1.13538
-0.735104 1.19068
-1.0584 1.28715
EOD
$data54 << EOD
1.1704 -0.707327
1.15355 -0.733159
1.19275 -0.704491
1.1328 -0.708555
1.11474 -0.727193
1.13925 -0.703537
1.17545 -0.7401
1.25575 -0.785512
1.13988 -0.735411
1.2671 -0.628165
1.15389 -0.716305
1.13424 -0.810367
1.21579 -0.836348
1.15035 -0.823451
1.14432 -0.703055
1.11479 -0.727966
EOD
unset label
set title 'triplet, semi-hard, step 170' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data52 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data53 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data54 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data55 << EOD
-0.869479 0.000717275
-0.87537 0.0102815
-0.80915 0.0344464
-1.01028 -0.0977204
-0.850289 0.00358094
-0.827175 0.00933991
-0.82895 0.00696282
-0.807593 0.00683439
0.742938 -0.334348
1.03947 -0.187239
0.83539 -0.331983
0.882988 -0.326059
0.96012 -0.226588
0.976068 -0.235149
0.977454 -0.238895
1.03673 -0.197194
EOD
$data56 << EOD
-1.06336 1.28212
-0.904713 1.33752
-0.756922 1.28072
-0.916602 1.25415
-1.01836 1.3112
-0.69535 1.19633
-1.16482 1.00741
-0.857062 1.27968
-1.07757 1.29255
-0.686993 1.18394
-0.875386 1.31342
-1.01078 1.27727
-0.861262 1.29614
-0.690747 1.23824
-0.802905 1.25987
-1.07283 1.30116
EOD
$data57 << EOD
1.17381 -0.715114
1.15767 -0.726688
1.1937 -0.70399
1.1457 -0.74754
1.13505 -0.755294
1.15182 -0.741529
1.17683 -0.735528
1.25368 -0.777558
1.15568 -0.783009
1.27164 -0.678952
1.15768 -0.722593
1.1371 -0.797595
1.21443 -0.822503
1.15214 -0.81048
1.15336 -0.746486
1.13779 -0.778695
EOD
unset label
set title 'triplet, semi-hard, step 180' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data55 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data56 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data57 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data58 << EOD
-0.861465 -0.0111573
-0.867537 -0.000864139
-0.800838 0.0255655
-0.99645 -0.100421
-0.842505 -0.00852291
-0.819369 -0.000568397
-0.82136 -0.00358541
-0.799253 -0.00236444
0.749414 -0.314214
1.02938 -0.17476
0.834251 -0.331237
0.880713 -0.321687
0.958326 -0.255925
0.970886 -0.225206
0.971936 -0.226789
1.027 -0.18544
EOD
$data59 << EOD
-1.06511 1.28369
-0.915967 1.34893
-0.8007 1.32071
-0.925343 1.26307
-1.02344 1.31638
-0.724949 1.22643
-1.16446 1.00851
-0.875079 1.29808
-1.08045 1.29548
-0.712588 1.20707
-0.888228 1.32646
-1.01424 1.28072
-0.8727 1.30739
-0.72818 1.27582
-0.827276 1.28475
-1.07801 1.30619
EOD
$data60 << EOD
1.17744 -0.731064
1.1662 -0.747808
1.19831 -0.733164
1.15035 -0.761527
1.14933 -0.780839
1.15938 -0.766189
1.17732 -0.733885
1.25293 -0.774672
1.16138 -0.800085
1.27352 -0.699393
1.16701 -0.750815
1.13825 -0.792681
1.21395 -0.817412
1.15287 -0.805533
1.1566 -0.762097
1.14613 -0.796833
EOD
unset label
set title 'triplet, semi-hard, step 190' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data58 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data59 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data60 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data61 << EOD
-0.858588 -0.0154194
-0.864725 -0.00486456
-0.797854 0.0223779
-0.991485 -0.10139
-0.839712 -0.0128672
-0.816567 -0.0041247
-0.818636 -0.0073714
-0.79626 -0.00566609
0.751892 -0.306726
1.02565 -0.170459
0.833826 -0.330654
0.879828 -0.318738
0.957682 -0.266454
0.969026 -0.221638
0.969956 -0.222444
1.02342 -0.180784
EOD
$data62 << EOD
-1.06575 1.28425
-0.920006 1.35302
-0.816413 1.33507
-0.928481 1.26627
-1.02526 1.31824
-0.735572 1.23724
-1.16434 1.0089
-0.881546 1.30468
-1.08149 1.29653
-0.721775 1.21537
-0.892837 1.33114
-1.01549 1.28196
-0.876806 1.31143
-0.741616 1.28931
-0.836023 1.29367
-1.07988 1.308
EOD
$data63 << EOD
1.179 -0.737721
1.17012 -0.758269
1.20017 -0.745252
1.15202 -0.766547
1.15445 -0.790007
1.16209 -0.77504
1.1775 -0.733295
1.25266 -0.773636
1.16343 -0.806214
1.2742 -0.70673
1.17036 -0.760944
1.13866 -0.790917
1.21378 -0.815585
1.15314 -0.803758
1.15777 -0.7677
1.14912 -0.803343
EOD
unset label
set title 'triplet, semi-hard, step 200' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data61 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data62 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data63 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data64 << EOD
-0.857557 -0.0169471
-0.863718 -0.00629851
-0.796785 0.0212354
-0.989705 -0.101737
-0.83871 -0.0144245
-0.815563 -0.00539946
-0.817659 -0.00872849
-0.795187 -0.00684957
0.752781 -0.304043
1.02432 -0.168917
0.833674 -0.330445
0.87951 -0.31768
0.957451 -0.270229
0.968359 -0.220358
0.969246 -0.220887
1.02213 -0.179115
EOD
$data65 << EOD
-1.06597 1.28446
-0.921454 1.35449
-0.822046 1.34021
-0.929605 1.26742
-1.02592 1.31891
-0.73938 1.24111
-1.16429 1.00904
-0.883864 1.30705
-1.08186 1.29691
-0.725068 1.21835
-0.89449 1.33282
-1.01593 1.28241
-0.878277 1.31288
-0.746432 1.29415
-0.839159 1.29687
-1.08054 1.30865
EOD
$data66 << EOD
1.17957 -0.740107
1.17152 -0.762019
1.20084 -0.749585
1.15262 -0.768347
1.15629 -0.793294
1.16306 -0.778212
1.17756 -0.733083
1.25257 -0.773265
1.16416 -0.808411
1.27444 -0.70936
1.17156 -0.764575
1.13881 -0.790285
1.21372 -0.81493
1.15323 -0.803121
1.15819 -0.769709
1.15019 -0.805676
EOD
unset label
set title 'triplet, semi-hard, step 210' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data64 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data65 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data66 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data67 << EOD
-0.857188 -0.0174941
-0.863357 -0.00681189
-0.796402 0.0208263
-0.989068 -0.101862
-0.838352 -0.014982
-0.815203 -0.00585585
-0.81731 -0.00921435
-0.794803 -0.00727328
0.753099 -0.303082
1.02384 -0.168365
0.83362 -0.33037
0.879397 -0.317302
0.957369 -0.27158
0.96812 -0.2199
0.968992 -0.220329
1.02167 -0.178517
EOD
$data68 << EOD
-1.06605 1.28453
-0.921973 1.35501
-0.824062 1.34205
-0.930008 1.26783
-1.02615 1.31914
-0.740743 1.24249
-1.16428 1.00909
-0.884694 1.3079
-1.08199 1.29704
-0.726247 1.21941
-0.895081 1.33342
-1.01609 1.28256
-0.878804 1.3134
-0.748156 1.29588
-0.840282 1.29802
-1.08078 1.30888
EOD
$data69 << EOD
1.17977 -0.740961
1.17202 -0.763362
1.20108 -0.751137
1.15284 -0.768991
1.15695 -0.79447
1.16341 -0.779348
1.17758 -0.733008
1.25254 -0.773132
1.16442 -0.809197
1.27453 -0.710301
1.17199 -0.765874
1.13886 -0.790059
1.2137 -0.814696
1.15327 -0.802894
1.15834 -0.770428
1.15058 -0.806512
EOD
unset label
set title 'triplet, semi-hard, step 220' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data67 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data68 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data69 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data70 << EOD
-0.857056 -0.0176897
-0.863228 -0.0069955
-0.796265 0.02068
-0.98884 -0.101906
-0.838223 -0.0151814
-0.815075 -0.00601907
-0.817184 -0.00938811
-0.794665 -0.00742481
0.753213 -0.302738
1.02367 -0.168168
0.8336 -0.330343
0.879356 -0.317166
0.957339 -0.272063
0.968035 -0.219737
0.968901 -0.22013
1.0215 -0.178303
EOD
$data71 << EOD
-1.06608 1.28455
-0.922158 1.3552
-0.824783 1.34271
-0.930152 1.26798
-1.02623 1.31923
-0.741231 1.24299
-1.16427 1.00911
-0.88499 1.3082
-1.08204 1.29709
-0.726669 1.21979
-0.895293 1.33364
-1.01615 1.28262
-0.878993 1.31358
-0.748773 1.2965
-0.840683 1.29843
-1.08087 1.30896
EOD
$data72 << EOD
1.17984 -0.741267
1.1722 -0.763842
1.20117 -0.751692
1.15291 -0.769222
1.15718 -0.794891
1.16353 -0.779754
1.17759 -0.73298
1.25252 -0.773084
1.16452 -0.809479
1.27456 -0.710638
1.17215 -0.766339
1.13888 -0.789978
1.21369 -0.814612
1.15328 -0.802812
1.15839 -0.770685
1.15072 -0.806811
EOD
unset label
set title 'triplet, semi-hard, step 230' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data70 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data71 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data72 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data73 << EOD
-0.857008 -0.0177596
-0.863182 -0.0070611
-0.796216 0.0206277
-0.988759 -0.101922
-0.838178 -0.0152526
-0.815029 -0.00607739
-0.81714 -0.0094502
-0.794616 -0.00747895
0.753253 -0.302615
1.0236 -0.168098
0.833593 -0.330334
0.879342 -0.317118
0.957329 -0.272236
0.968004 -0.219678
0.968868 -0.220058
1.02144 -0.178227
EOD
$data74 << EOD
-1.06609 1.28456
-0.922224 1.35527
-0.825041 1.34295
-0.930203 1.26803
-1.02626 1.31926
-0.741405 1.24317
-1.16427 1.00912
-0.885096 1.30831
-1.08205 1.29711
-0.726819 1.21993
-0.895368 1.33371
-1.01617 1.28264
-0.87906 1.31365
-0.748993 1.29672
-0.840826 1.29858
-1.0809 1.30899
EOD
$data75 << EOD
1.17986 -0.741376
1.17227 -0.764013
1.2012 -0.75189
1.15294 -0.769304
1.15726 -0.795041
1.16358 -0.779899
1.1776 -0.732971
1.25252 -0.773067
1.16455 -0.809579
1.27457 -0.710758
1.1722 -0.766505
1.13889 -0.789949
1.21369 -0.814582
1.15328 -0.802783
1.15841 -0.770777
1.15077 -0.806917
EOD
unset label
set title 'triplet, semi-hard, step 240' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data73 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data74 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data75 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data76 << EOD
-0.856992 -0.0177845
-0.863165 -0.00708451
-0.796198 0.0206091
-0.98873 -0.101928
-0.838161 -0.015278
-0.815012 -0.0060982
-0.817124 -0.00947236
-0.794599 -0.00749828
0.753268 -0.302572
1.02358 -0.168072
0.833591 -0.33033
0.879336 -0.317101
0.957325 -0.272298
0.967993 -0.219657
0.968857 -0.220033
1.02142 -0.1782
EOD
$data77 << EOD
-1.0661 1.28457
-0.922248 1.35529
-0.825133 1.34303
-0.930222 1.26805
-1.02627 1.31927
-0.741467 1.24323
-1.16427 1.00912
-0.885134 1.30835
-1.08206 1.29711
-0.726873 1.21998
-0.895395 1.33374
-1.01618 1.28265
-0.879084 1.31367
-0.749072 1.2968
-0.840878 1.29863
-1.08091 1.309
EOD
$data78 << EOD
1.17987 -0.741415
1.17229 -0.764074
1.20121 -0.751961
1.15295 -0.769333
1.15729 -0.795095
1.16359 -0.779951
1.1776 -0.732967
1.25252 -0.773061
1.16456 -0.809615
1.27458 -0.710801
1.17222 -0.766565
1.13889 -0.789938
1.21369 -0.814571
1.15328 -0.802773
1.15842 -0.77081
1.15078 -0.806955
EOD
unset label
set title 'triplet, semi-hard, step 250' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data76 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data77 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data78 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data79 << EOD
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
$data80 << EOD
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
$data81 << EOD
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
set title 'triplet, semi-hard, step 500' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data79 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data80 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data81 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data82 << EOD
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
$data83 << EOD
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
$data84 << EOD
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
set title 'triplet, semi-hard, step 1000' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data82 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data83 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data84 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
$data85 << EOD
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
$data86 << EOD
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
$data87 << EOD
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
set yrange [-1.64875:2.15641]
unset logscale
set ytics autofreq
unset grid
set size ratio -1
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data85 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data86 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data87 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title 'A', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title 'B', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title 'C'
unset output
