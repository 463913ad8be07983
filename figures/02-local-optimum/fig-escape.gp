# MetricLab figure 'fig-escape': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-escape.gp` in this folder to draw fig-escape.gif again.
set encoding utf8
set terminal gif animate delay 30 loop 0 size 530,480 noenhanced font 'DejaVuSans,10' background rgb 'white'
set output 'fig-escape.gif'
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
set title 'triplet, all, step 0' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.54329 0.0292963
-1.54175 0.0400471
-1.40736 0.0401045
-1.62883 0.117138
-1.51061 0.0230006
-1.42399 0.0301255
-1.47817 0.00744608
-1.38191 -0.0241434
1.23585 0.0522307
1.68866 0.0747678
1.33599 0.0427665
1.40177 0.0810429
1.49189 0.0943314
1.54402 -0.0691066
1.5352 0.0315735
1.68059 -0.163901
EOD
$data5 << EOD
-0.642948 0.120008
-0.531773 0.132701
-0.452726 -0.182671
-0.675784 0.0664658
-0.318934 0.066117
-0.618248 -0.129395
-0.68186 0.0982024
-0.656554 -0.0484776
-0.567313 0.0535946
-0.656321 -0.171425
-0.495611 -0.0518543
-0.538392 0.0863267
-0.514586 0.12322
-0.505651 -0.147936
-0.576261 -0.130924
-0.404771 -0.0715834
EOD
$data6 << EOD
0.629424 -0.0942903
0.593691 -0.13282
0.640375 -0.0963399
0.406904 -0.176651
0.538577 0.172732
0.630375 -0.235237
0.699506 -0.0586077
0.537586 -0.039135
0.602782 -0.160435
0.823419 -0.0526248
0.597109 -0.158913
0.388142 -0.0355239
0.45629 -0.0433015
0.389662 -0.0339242
0.591149 -0.106165
0.564718 -0.0955374
EOD
unset label
set title 'triplet, all, step 4' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.52332 0.0495287
-1.52178 0.0486203
-1.38739 0.0486003
-1.60886 0.100718
-1.49065 0.0432259
-1.40403 0.0503585
-1.45821 0.0276476
-1.36194 -0.00398483
1.2159 0.0724358
1.66869 0.0853715
1.31603 0.0629104
1.38181 0.097661
1.47192 0.087934
1.52406 -0.0490604
1.51523 0.0516634
1.66062 -0.143857
EOD
$data8 << EOD
-0.663023 0.140237
-0.551863 0.152913
-0.47283 -0.202919
-0.695856 0.0865614
-0.339076 0.0862054
-0.638326 -0.149658
-0.701931 0.118454
-0.676628 -0.0680793
-0.587398 0.073144
-0.676395 -0.191678
-0.515707 -0.0715657
-0.558481 0.106576
-0.534679 0.143444
-0.525745 -0.168198
-0.596345 -0.151187
-0.424886 -0.0916582
EOD
$data9 << EOD
0.649487 -0.114497
0.61377 -0.153084
0.660439 -0.116554
0.427027 -0.1969
0.558672 0.19288
0.65045 -0.255457
0.719555 -0.0784529
0.557678 -0.0583167
0.62286 -0.180694
0.843367 -0.0722927
0.617187 -0.179172
0.40827 -0.0544952
0.476399 -0.0626966
0.40979 -0.0527908
0.611223 -0.126406
0.584804 -0.115756
EOD
unset label
set title 'triplet, all, step 6' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.48349 0.0907203
-1.48195 0.0809684
-1.34757 0.0808965
-1.56903 0.0897854
-1.45082 0.0844473
-1.3642 0.0915434
-1.41838 0.0688523
-1.32212 0.0370753
1.17616 0.113632
1.62885 0.11905
1.27623 0.104038
1.342 0.135446
1.43209 0.106655
1.48422 -0.00851169
1.4754 0.0926
1.62077 -0.103391
EOD
$data11 << EOD
-0.703381 0.181098
-0.592289 0.193701
-0.513326 -0.244097
-0.736198 0.127622
-0.379739 0.12726
-0.678698 -0.190927
-0.742261 0.159441
-0.716979 -0.108277
-0.6278 0.113715
-0.716747 -0.232886
-0.556161 -0.111916
-0.598903 0.147661
-0.575118 0.184286
-0.566191 -0.20945
-0.636741 -0.192456
-0.465429 -0.132582
EOD
$data12 << EOD
0.689814 -0.15567
0.654123 -0.194354
0.700771 -0.157744
0.467606 -0.238086
0.599065 0.233104
0.69078 -0.296507
0.759684 -0.118908
0.598092 -0.0979587
0.663204 -0.221931
0.883135 -0.112455
0.657542 -0.220411
0.448872 -0.093912
0.516917 -0.102621
0.450389 -0.0920889
0.65157 -0.167637
0.625184 -0.156941
EOD
unset label
set title 'triplet, all, step 10' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.46365 0.111798
-1.46211 0.10011
-1.32773 0.100029
-1.54918 0.097142
-1.43098 0.105553
-1.34436 0.112618
-1.39854 0.089965
-1.30229 0.0580922
1.15641 0.134714
1.60898 0.138455
1.25641 0.125132
1.32216 0.155611
1.41225 0.123134
1.46438 0.0121419
1.45555 0.1136
1.6009 -0.0828755
EOD
$data14 << EOD
-0.723668 0.201623
-0.612664 0.214248
-0.53379 -0.265073
-0.756449 0.148283
-0.400328 0.148106
-0.699026 -0.21204
-0.762433 0.179744
-0.737284 -0.129059
-0.648154 0.134578
-0.737044 -0.253921
-0.576559 -0.132746
-0.619273 0.168463
-0.595503 0.204874
-0.586591 -0.230526
-0.657091 -0.213566
-0.485917 -0.153603
EOD
$data15 << EOD
0.710102 -0.176772
0.674427 -0.215465
0.721059 -0.17885
0.488121 -0.259113
0.619289 0.252178
0.711063 -0.31742
0.779804 -0.139756
0.618443 -0.11856
0.683499 -0.243004
0.90288 -0.133209
0.67784 -0.241487
0.469404 -0.114464
0.537364 -0.123322
0.470919 -0.112607
0.671877 -0.188752
0.645509 -0.178044
EOD
unset label
set title 'triplet, all, step 12' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.42414 0.155239
-1.4226 0.14153
-1.28832 0.141443
-1.50966 0.12638
-1.39148 0.149029
-1.30493 0.15606
-1.35906 0.133421
-1.26291 0.101315
1.11719 0.178151
1.56942 0.180137
1.21703 0.1686
1.28271 0.197948
1.37276 0.161896
1.42487 0.0545007
1.41605 0.156901
1.56135 -0.0410496
EOD
$data17 << EOD
-0.763787 0.238759
-0.653748 0.254771
-0.575344 -0.307619
-0.796263 0.176919
-0.442333 0.188979
-0.739995 -0.255229
-0.80189 0.212193
-0.778081 -0.172156
-0.689187 0.176183
-0.777721 -0.296641
-0.617842 -0.175902
-0.660365 0.209846
-0.636656 0.245611
-0.627906 -0.273542
-0.69821 -0.256744
-0.527555 -0.196913
EOD
$data18 << EOD
0.75099 -0.220209
0.715383 -0.2588
0.761925 -0.222294
0.529718 -0.302182
0.659368 0.281185
0.75195 -0.360156
0.820126 -0.182913
0.659528 -0.161472
0.724435 -0.286198
0.942082 -0.176266
0.718783 -0.284692
0.511048 -0.157323
0.578729 -0.16635
0.512558 -0.155427
0.712845 -0.232173
0.686531 -0.221478
EOD
unset label
set title 'triplet, all, step 16' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.385 0.200614
-1.38347 0.186008
-1.24944 0.185981
-1.47044 0.165544
-1.35239 0.194398
-1.266 0.201479
-1.32002 0.178714
-1.22413 0.146412
1.07832 0.223533
1.53015 0.224786
1.17803 0.213988
1.24363 0.242864
1.3336 0.205259
1.38569 0.098527
1.37686 0.202097
1.52209 0.00212727
EOD
$data20 << EOD
-0.801833 0.249547
-0.694273 0.282114
-0.617901 -0.350082
-0.83359 0.16253
-0.485728 0.221488
-0.781025 -0.298721
-0.838692 0.211034
-0.818693 -0.216796
-0.729873 0.188239
-0.818046 -0.33907
-0.659963 -0.220692
-0.701184 0.235317
-0.677632 0.275057
-0.670049 -0.316901
-0.739791 -0.300261
-0.570325 -0.241418
EOD
$data21 << EOD
0.792384 -0.265391
0.756886 -0.303737
0.803259 -0.267483
0.572126 -0.346724
0.69813 0.279852
0.793328 -0.404193
0.860823 -0.22809
0.701221 -0.206612
0.765907 -0.330911
0.981653 -0.221443
0.760268 -0.329418
0.553542 -0.202448
0.620769 -0.211543
0.555044 -0.200537
0.754365 -0.277291
0.728126 -0.266657
EOD
unset label
set title 'triplet, all, step 20' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.36563 0.22408
-1.36409 0.209222
-1.23025 0.209262
-1.45099 0.187252
-1.33305 0.217862
-1.24678 0.225002
-1.30072 0.20214
-1.20499 0.169751
1.05901 0.246981
1.51064 0.248079
1.15867 0.237425
1.22425 0.266246
1.31418 0.228178
1.36625 0.12124
1.35742 0.225447
1.50259 0.0243089
EOD
$data23 << EOD
-0.819747 0.241969
-0.713946 0.282327
-0.639547 -0.371207
-0.850877 0.145824
-0.507964 0.225226
-0.801463 -0.32028
-0.855709 0.198501
-0.838826 -0.239414
-0.749695 0.176345
-0.837974 -0.359957
-0.681358 -0.243428
-0.721124 0.231414
-0.697636 0.276232
-0.691395 -0.338473
-0.76065 -0.32189
-0.592167 -0.26389
EOD
$data24 << EOD
0.813298 -0.288626
0.777862 -0.326822
0.824136 -0.290705
0.593646 -0.369578
0.71674 0.267125
0.814221 -0.426741
0.881458 -0.251361
0.722317 -0.229979
0.786858 -0.353849
1.00182 -0.244749
0.781227 -0.352365
0.57512 -0.225818
0.642059 -0.234926
0.576617 -0.223906
0.775356 -0.300491
0.749169 -0.289911
EOD
unset label
set title 'triplet, all, step 22' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.32732 0.272687
-1.3258 0.2575
-1.19237 0.257714
-1.41249 0.233621
-1.29482 0.266464
-1.20882 0.273746
-1.26261 0.250675
-1.16727 0.218149
1.02061 0.29524
1.47192 0.296461
1.12025 0.28574
1.18579 0.314754
1.27566 0.276077
1.32773 0.168139
1.31886 0.273722
1.46389 0.0700032
EOD
$data26 << EOD
-0.853535 0.210461
-0.752311 0.25909
-0.683428 -0.413868
-0.88351 0.1041
-0.552946 0.201348
-0.842423 -0.363826
-0.887711 0.161132
-0.8789 -0.285249
-0.787655 0.138793
-0.87772 -0.402125
-0.724721 -0.289469
-0.759729 0.201639
-0.736684 0.253357
-0.73455 -0.381885
-0.802497 -0.365522
-0.636684 -0.309576
EOD
$data27 << EOD
0.855603 -0.336439
0.820311 -0.374235
0.86637 -0.338466
0.637313 -0.41652
0.752513 0.229511
0.856445 -0.47296
0.923472 -0.299096
0.765053 -0.27821
0.829265 -0.400933
1.0434 -0.292271
0.823652 -0.399469
0.618925 -0.274067
0.685272 -0.283152
0.620408 -0.272162
0.817837 -0.348205
0.791784 -0.337743
EOD
unset label
set title 'triplet, all, step 26' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.30838 0.297826
-1.30687 0.282541
-1.17369 0.282837
-1.39346 0.258029
-1.27594 0.291621
-1.1901 0.29897
-1.2438 0.275785
-1.14868 0.243193
1.00158 0.319981
1.45274 0.321514
1.10119 0.310628
1.16672 0.339813
1.25657 0.300939
1.30864 0.192344
1.29976 0.298641
1.44473 0.0935234
EOD
$data29 << EOD
-0.869692 0.189664
-0.77093 0.240505
-0.705645 -0.435805
-0.899151 0.080624
-0.575495 0.181687
-0.863117 -0.386228
-0.902847 0.138755
-0.899054 -0.308849
-0.805848 0.116309
-0.897811 -0.42395
-0.746682 -0.31304
-0.778339 0.181048
-0.755714 0.2347
-0.756389 -0.404146
-0.823632 -0.387939
-0.659304 -0.333033
EOD
$data30 << EOD
0.877036 -0.360994
0.841814 -0.39854
0.887753 -0.362979
0.659456 -0.440609
0.769927 0.207171
0.877823 -0.496679
0.94486 -0.323566
0.786698 -0.303056
0.850749 -0.425072
1.06455 -0.316158
0.845146 -0.42362
0.641144 -0.298929
0.707183 -0.307979
0.642614 -0.297029
0.839354 -0.372683
0.81338 -0.362292
EOD
unset label
set title 'triplet, all, step 28' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.27095 0.349731
-1.26948 0.33431
-1.13679 0.334723
-1.35582 0.308889
-1.23864 0.34354
-1.15314 0.351021
-1.20663 0.327612
-1.11191 0.294811
0.963997 0.370572
1.41477 0.373243
1.06346 0.361728
1.12892 0.391482
1.21872 0.352289
1.27083 0.242195
1.26189 0.350001
1.40681 0.141912
EOD
$data32 << EOD
-0.900987 0.14226
-0.807591 0.195879
-0.750653 -0.481494
-0.930402 0.0301857
-0.620439 0.135234
-0.905348 -0.432977
-0.932876 0.0895236
-0.940227 -0.357886
-0.841835 0.0669426
-0.939156 -0.469762
-0.791201 -0.36184
-0.814964 0.13383
-0.793079 0.189924
-0.800657 -0.450438
-0.866671 -0.434621
-0.705161 -0.381688
EOD
$data33 << EOD
0.920395 -0.411272
0.885449 -0.448373
0.931023 -0.413172
0.704297 -0.490057
0.804199 0.158382
0.920701 -0.545169
0.98785 -0.373505
0.830632 -0.354056
0.894251 -0.47454
1.1069 -0.3637
0.888718 -0.47312
0.686146 -0.350008
0.751649 -0.358935
0.687599 -0.348125
0.883017 -0.422856
0.857206 -0.412602
EOD
unset label
set title 'triplet, all, step 32' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.25244 0.376422
-1.251 0.36093
-1.11853 0.36136
-1.33722 0.335185
-1.2202 0.370227
-1.13487 0.37775
-1.1883 0.354272
-1.09368 0.321255
0.94581 0.396461
1.39599 0.399871
1.04484 0.387926
1.11026 0.418076
1.19998 0.378735
1.25209 0.26778
1.24314 0.37642
1.38805 0.166773
EOD
$data35 << EOD
-0.916828 0.116509
-0.82586 0.171067
-0.77344 -0.505367
-0.946684 0.00359439
-0.642807 0.109671
-0.926984 -0.457387
-0.948466 0.0632432
-0.961438 -0.383356
-0.860065 0.0406241
-0.960523 -0.493769
-0.813769 -0.387145
-0.833375 0.108133
-0.811729 0.165051
-0.823107 -0.474596
-0.888613 -0.458992
-0.728369 -0.406939
EOD
$data36 << EOD
0.941976 -0.43687
0.907256 -0.473771
0.952532 -0.43872
0.727007 -0.515401
0.821427 0.132587
0.941856 -0.569795
1.00912 -0.398877
0.852931 -0.380173
0.915898 -0.499722
1.12751 -0.387307
0.910432 -0.49833
0.708947 -0.376197
0.774197 -0.385044
0.710392 -0.374323
0.904896 -0.448448
0.879351 -0.438332
EOD
unset label
set title 'triplet, all, step 34' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.23407 0.403539
-1.23265 0.387971
-1.10038 0.388402
-1.31875 0.361958
-1.2019 0.397346
-1.11671 0.404899
-1.1701 0.381358
-1.07557 0.348038
0.928135 0.422787
1.37733 0.426975
1.02657 0.414566
1.09178 0.445141
1.1814 0.405654
1.23348 0.293796
1.22451 0.403302
1.36942 0.192044
EOD
$data38 << EOD
-0.93327 0.0897295
-0.84425 0.145017
-0.79641 -0.529951
-0.963907 -0.0237061
-0.665192 0.0830053
-0.948956 -0.482486
-0.964815 0.0360892
-0.98307 -0.409414
-0.878822 0.01347
-0.982081 -0.518337
-0.836531 -0.413068
-0.852176 0.0814046
-0.830586 0.138963
-0.84576 -0.49945
-0.910827 -0.484053
-0.751754 -0.432811
EOD
$data39 << EOD
0.963292 -0.462701
0.92883 -0.499409
0.973675 -0.464462
0.749917 -0.541143
0.839025 0.10606
0.962444 -0.594518
1.02988 -0.424388
0.875324 -0.406652
0.937291 -0.525134
1.14755 -0.410763
0.931903 -0.523775
0.731952 -0.402801
0.796959 -0.411564
0.733383 -0.400937
0.926609 -0.47431
0.901308 -0.464323
EOD
unset label
set title 'triplet, all, step 36' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.19769 0.458554
-1.19631 0.442931
-1.06467 0.443375
-1.28219 0.416489
-1.16568 0.452439
-1.08089 0.459972
-1.13409 0.436364
-1.04002 0.402407
0.894334 0.476518
1.34042 0.482314
0.99169 0.468965
1.05607 0.500425
1.14484 0.460599
1.19674 0.346976
1.18777 0.458166
1.33254 0.243774
EOD
$data41 << EOD
-0.968977 0.033729
-0.882454 0.0900137
-0.842865 -0.581168
-1.00221 -0.0797557
-0.710616 0.0271502
-0.991717 -0.533465
-1.00112 -0.0201828
-1.02527 -0.462114
-0.918896 -0.042667
-1.02241 -0.567235
-0.882625 -0.466736
-0.891778 0.0255492
-0.869767 0.0839252
-0.891454 -0.551065
-0.955034 -0.535607
-0.799041 -0.486373
EOD
$data42 << EOD
1.0039 -0.514605
0.970072 -0.550937
1.01385 -0.516161
0.795674 -0.59352
0.876507 0.0510934
1.00097 -0.643901
1.06909 -0.475582
0.919245 -0.460274
0.977976 -0.576127
1.18294 -0.456394
0.972819 -0.574861
0.778488 -0.457156
0.84252 -0.465563
0.779897 -0.455315
0.968308 -0.52636
0.943916 -0.516786
EOD
unset label
set title 'triplet, all, step 40' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.17972 0.486152
-1.17836 0.470521
-1.04723 0.470958
-1.2641 0.444032
-1.14784 0.480039
-1.06337 0.487544
-1.1164 0.463956
-1.0227 0.429809
0.878255 0.503685
1.32217 0.510332
0.975088 0.496488
1.03906 0.528407
1.12718 0.488383
1.17874 0.373989
1.16981 0.485942
1.3143 0.270148
EOD
$data44 << EOD
-0.988829 0.00491921
-0.902803 0.0614301
-0.865764 -0.607366
-1.02329 -0.108213
-0.733803 -0.00175526
-1.01091 -0.558433
-1.02157 -0.0488225
-1.04425 -0.487972
-0.940369 -0.071389
-1.03939 -0.59056
-0.905623 -0.494236
-0.91296 -0.0031895
-0.890516 0.05533
-0.913598 -0.577227
-0.97565 -0.561274
-0.822944 -0.514005
EOD
$data45 << EOD
1.02266 -0.54046
0.989315 -0.576661
1.03228 -0.541876
0.817908 -0.619896
0.896809 0.0228095
1.01777 -0.668095
1.08648 -0.50082
0.940195 -0.487188
0.996679 -0.60147
1.19854 -0.478845
0.991713 -0.60028
0.801593 -0.484722
0.864777 -0.492827
0.802994 -0.482893
0.987893 -0.552395
0.964056 -0.543061
EOD
unset label
set title 'triplet, all, step 42' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.162 0.513563
-1.16066 0.49793
-1.03018 0.498257
-1.24617 0.471497
-1.13026 0.507381
-1.04622 0.514807
-1.099 0.491247
-1.0058 0.457036
0.862694 0.530853
1.3041 0.538371
0.959074 0.523991
1.02264 0.556381
1.11011 0.516175
1.16127 0.401067
1.15241 0.513747
1.29624 0.296762
EOD
$data47 << EOD
-1.01015 -0.0240386
-0.924266 0.0324205
-0.8876 -0.633413
-1.04462 -0.136612
-0.757284 -0.0311721
-1.02755 -0.582438
-1.04287 -0.077495
-1.06076 -0.513058
-0.962751 -0.100448
-1.05369 -0.612885
-0.92771 -0.521734
-0.935122 -0.0322779
-0.912265 0.0263
-0.934238 -0.60298
-0.994015 -0.58611
-0.846707 -0.541977
EOD
$data48 << EOD
1.03946 -0.565863
1.00668 -0.60195
1.04874 -0.567138
0.839226 -0.646205
0.917799 -0.00585724
1.03283 -0.691949
1.10215 -0.525771
0.960283 -0.514101
1.01335 -0.626323
1.21188 -0.500783
1.00857 -0.625203
0.824256 -0.512406
0.886258 -0.520096
0.82565 -0.51059
1.00571 -0.578043
0.982896 -0.569143
EOD
unset label
set title 'triplet, all, step 44' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.12765 0.567507
-1.12633 0.551901
-0.997479 0.551402
-1.21107 0.52579
-1.09629 0.561069
-1.01329 0.567971
-1.06542 0.544609
-0.973437 0.510186
0.832851 0.584678
1.26886 0.593933
0.928651 0.578497
0.991547 0.611823
1.07777 0.571263
1.1281 0.454759
1.11942 0.568905
1.26098 0.349993
EOD
$data50 << EOD
-1.0536 -0.0817013
-0.970395 -0.0260902
-0.92442 -0.682944
-1.08507 -0.190002
-0.805146 -0.0911597
-1.05268 -0.628137
-1.08394 -0.13427
-1.08583 -0.561591
-1.00828 -0.157809
-1.07459 -0.655521
-0.96572 -0.575394
-0.981597 -0.0911849
-0.95869 -0.0323944
-0.967846 -0.65187
-1.02246 -0.633164
-0.890331 -0.597454
EOD
$data51 << EOD
1.06773 -0.615633
1.03589 -0.651377
1.07629 -0.61661
0.87763 -0.698025
0.961482 -0.0639642
1.05679 -0.73823
1.1279 -0.5746
0.995331 -0.566865
1.04115 -0.674873
1.23275 -0.543742
1.03672 -0.673879
0.866901 -0.567606
0.925786 -0.574209
0.868286 -0.565818
1.03577 -0.628159
1.01474 -0.619969
EOD
unset label
set title 'triplet, all, step 48' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.11116 0.593698
-1.10985 0.578111
-0.981905 0.576989
-1.19407 0.552253
-1.08002 0.58708
-0.99759 0.59361
-1.04937 0.570419
-0.958015 0.535692
0.818431 0.611237
1.25207 0.621216
0.914119 0.605379
0.976786 0.639163
1.06251 0.598427
1.11243 0.481111
1.10385 0.596083
1.24419 0.376216
EOD
$data53 << EOD
-1.07374 -0.110232
-0.993823 -0.0553726
-0.938597 -0.706462
-1.10244 -0.214004
-0.829696 -0.1213
-1.06181 -0.650775
-1.10194 -0.160888
-1.09507 -0.585931
-1.0298 -0.184394
-1.08204 -0.676967
-0.980489 -0.60133
-1.00441 -0.120563
-0.982426 -0.0618767
-0.980516 -0.675395
-1.03291 -0.65618
-0.908432 -0.624371
EOD
$data54 << EOD
1.07853 -0.639694
1.0471 -0.675221
1.08672 -0.64053
0.89362 -0.723135
0.98345 -0.0930552
1.06559 -0.760642
1.13767 -0.598377
1.01014 -0.592731
1.05161 -0.698266
1.24112 -0.565188
1.04733 -0.697325
0.885921 -0.594753
0.942596 -0.600576
0.887305 -0.592979
1.04748 -0.652386
1.0275 -0.644628
EOD
unset label
set title 'triplet, all, step 50' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.07973 0.644347
-1.07844 0.628758
-0.952167 0.626201
-1.16144 0.603481
-1.04906 0.637378
-0.967676 0.642924
-1.01883 0.620185
-0.92849 0.584629
0.790337 0.663279
1.2203 0.674621
0.886059 0.658106
0.948485 0.692709
1.03346 0.651764
1.08276 0.532698
1.07434 0.649381
1.21242 0.42734
EOD
$data56 << EOD
-1.1071 -0.163227
-1.0371 -0.113406
-0.959529 -0.753224
-1.13002 -0.257737
-0.879483 -0.179206
-1.07542 -0.698153
-1.131 -0.20789
-1.10916 -0.636697
-1.06589 -0.23249
-1.09314 -0.722514
-1.00254 -0.653056
-1.04504 -0.174691
-1.02648 -0.120269
-0.999288 -0.72297
-1.04842 -0.703738
-0.935935 -0.676995
EOD
$data57 << EOD
1.09498 -0.687189
1.06391 -0.721978
1.10269 -0.687875
0.918321 -0.771521
1.02603 -0.14807
1.07891 -0.805031
1.15305 -0.645916
1.03281 -0.64287
1.06732 -0.744299
1.25545 -0.608943
1.06324 -0.743413
0.917466 -0.647662
0.970091 -0.652104
0.918858 -0.64592
1.06505 -0.699862
1.04652 -0.692613
EOD
unset label
set title 'triplet, all, step 54' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.05034 0.692921
-1.04907 0.677253
-0.923967 0.673068
-1.13086 0.65249
-1.02005 0.685518
-0.939377 0.690016
-0.990127 0.667621
-0.900376 0.630989
0.762989 0.714157
1.19089 0.726866
0.858977 0.709556
0.92136 0.745006
1.00597 0.703751
1.05487 0.582845
1.04656 0.701287
1.18302 0.476649
EOD
$data59 << EOD
-1.13152 -0.208056
-1.07084 -0.165593
-0.973162 -0.802293
-1.15028 -0.298074
-0.924825 -0.231985
-1.08515 -0.749694
-1.15231 -0.249093
-1.11963 -0.690855
-1.09202 -0.275546
-1.10135 -0.773089
-1.01731 -0.706218
-1.07562 -0.220905
-1.06105 -0.172247
-1.01179 -0.773335
-1.05916 -0.754986
-0.95393 -0.729943
EOD
$data60 << EOD
1.10689 -0.734952
1.07572 -0.768815
1.11435 -0.735609
0.933756 -0.818072
1.06237 -0.196246
1.0885 -0.850047
1.16485 -0.694213
1.04827 -0.691897
1.07842 -0.790591
1.26806 -0.654341
1.07443 -0.789713
0.938931 -0.698129
0.988407 -0.701592
0.940348 -0.696419
1.07739 -0.747271
1.05964 -0.740223
EOD
unset label
set title 'triplet, all, step 58' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.03631 0.71686
-1.03503 0.701051
-0.910296 0.696032
-1.11633 0.676475
-1.00614 0.709177
-0.925682 0.713184
-0.976309 0.69086
-0.886712 0.653527
0.749517 0.739406
1.17689 0.75276
0.845698 0.735026
0.908112 0.770929
0.992635 0.72944
1.04141 0.607456
1.03314 0.726924
1.16904 0.500721
EOD
$data62 << EOD
-1.14128 -0.228376
-1.08399 -0.188412
-0.978082 -0.828075
-1.15857 -0.317668
-0.943706 -0.256321
-1.08915 -0.776818
-1.16103 -0.268473
-1.12406 -0.718912
-1.10221 -0.295967
-1.10486 -0.80004
-1.02287 -0.733374
-1.08743 -0.241934
-1.0745 -0.195017
-1.01647 -0.799706
-1.06341 -0.78187
-0.960372 -0.756789
EOD
$data63 << EOD
1.11177 -0.759158
1.08043 -0.792514
1.11917 -0.759829
0.939111 -0.841154
1.07782 -0.217832
1.09245 -0.872992
1.16994 -0.718811
1.05421 -0.716403
1.08289 -0.814067
1.27412 -0.67773
1.0789 -0.813181
0.946553 -0.722767
0.995123 -0.726034
0.947986 -0.721074
1.08231 -0.771216
1.06477 -0.764189
EOD
unset label
set title 'triplet, all, step 60' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-1.00922 0.764825
-1.00794 0.748569
-0.883566 0.741886
-1.08857 0.724218
-0.979194 0.7565
-0.898942 0.759576
-0.949456 0.737209
-0.859951 0.698203
0.722889 0.789898
1.15003 0.804535
0.819519 0.785921
0.882065 0.822783
0.966558 0.780691
1.0152 0.6562
1.00698 0.77806
1.14218 0.547963
EOD
$data65 << EOD
-1.15765 -0.266647
-1.10482 -0.229697
-0.985451 -0.881568
-1.17292 -0.356682
-0.972789 -0.301478
-1.09619 -0.832955
-1.17608 -0.30613
-1.13205 -0.776444
-1.11872 -0.335867
-1.11135 -0.856186
-1.0316 -0.788697
-1.10626 -0.28163
-1.09573 -0.236368
-1.02385 -0.854208
-1.07058 -0.837441
-0.969859 -0.811256
EOD
$data66 << EOD
1.12028 -0.808462
1.08843 -0.840741
1.12765 -0.809199
0.946696 -0.887495
1.10204 -0.256303
1.09938 -0.919816
1.17929 -0.76904
1.06381 -0.765865
1.09052 -0.86189
1.28629 -0.725903
1.08653 -0.860973
0.957618 -0.771717
1.00533 -0.774982
0.959094 -0.770059
1.09062 -0.8199
1.07324 -0.812812
EOD
unset label
set title 'triplet, all, step 64' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-0.983087 0.813585
-0.981798 0.796734
-0.857617 0.78826
-1.06207 0.772455
-0.953126 0.804546
-0.872995 0.806599
-0.9234 0.784157
-0.833976 0.743117
0.697413 0.838043
1.12424 0.856713
0.793784 0.836929
0.856472 0.874975
0.941045 0.832257
0.989659 0.704938
0.981475 0.829503
1.1164 0.594625
EOD
$data68 << EOD
-1.17153 -0.303459
-1.12089 -0.267617
-0.990771 -0.936842
-1.18563 -0.396327
-0.992948 -0.343796
-1.10266 -0.890828
-1.18938 -0.343539
-1.13961 -0.8354
-1.132 -0.37569
-1.11768 -0.914262
-1.03842 -0.845212
-1.12096 -0.319893
-1.11192 -0.274498
-1.02966 -0.91038
-1.07681 -0.894675
-0.976424 -0.866711
EOD
$data69 << EOD
1.12785 -0.858745
1.09526 -0.889764
1.13526 -0.859505
0.951463 -0.933892
1.12053 -0.290391
1.10538 -0.96681
1.18814 -0.820466
1.07155 -0.816143
1.09707 -0.910358
1.29893 -0.775653
1.09303 -0.909399
0.965026 -0.820841
1.0128 -0.824447
0.96655 -0.81922
1.09772 -0.869431
1.08029 -0.862326
EOD
unset label
set title 'triplet, all, step 68' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-0.957924 0.863159
-0.956607 0.845726
-0.833086 0.83432
-1.03653 0.821722
-0.928098 0.853206
-0.848442 0.853369
-0.898431 0.831543
-0.809427 0.787699
0.675754 0.876435
1.09916 0.909603
0.769775 0.883998
0.832023 0.924673
0.915957 0.884305
0.964563 0.754198
0.95641 0.881565
1.09132 0.641406
EOD
$data71 << EOD
-1.18435 -0.340217
-1.13434 -0.304213
-0.994961 -0.991657
-1.19786 -0.437278
-1.0074 -0.3851
-1.10894 -0.94858
-1.20214 -0.381695
-1.14719 -0.894711
-1.14367 -0.416372
-1.12402 -0.971935
-1.04427 -0.902067
-1.13345 -0.358134
-1.12531 -0.311406
-1.03464 -0.966347
-1.08262 -0.951786
-0.981352 -0.922222
EOD
$data72 << EOD
1.13458 -0.90802
1.10111 -0.937591
1.14208 -0.908808
0.954258 -0.978289
1.13587 -0.322177
1.11038 -1.01135
1.19652 -0.871471
1.07811 -0.866254
1.10261 -0.957197
1.31174 -0.825472
1.09849 -0.956193
0.97015 -0.869562
1.01853 -0.87359
0.971732 -0.868012
1.10382 -0.917935
1.08627 -0.91102
EOD
unset label
set title 'triplet, all, step 72' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-0.934432 0.91191
-0.933044 0.894077
-0.810807 0.878108
-1.01221 0.871484
-0.904869 0.900762
-0.826134 0.897833
-0.875342 0.877723
-0.787159 0.830145
0.658655 0.903531
1.07458 0.963228
0.750088 0.919852
0.811186 0.964082
0.892386 0.933322
0.939913 0.804189
0.932272 0.932459
1.06672 0.688776
EOD
$data74 << EOD
-1.1971 -0.377817
-1.14663 -0.340812
-0.998364 -1.04195
-1.21038 -0.479919
-1.01854 -0.426628
-1.11483 -1.00257
-1.21518 -0.42121
-1.15458 -0.9514
-1.15482 -0.458475
-1.12996 -1.02503
-1.04949 -0.956531
-1.14503 -0.397244
-1.1374 -0.348387
-1.03896 -1.01824
-1.08796 -1.00526
-0.985304 -0.975004
EOD
$data75 << EOD
1.14023 -0.953632
1.10585 -0.981409
1.14783 -0.954389
0.955671 -1.01817
1.14979 -0.353164
1.11431 -1.0508
1.20397 -0.919313
1.08351 -0.913629
1.10706 -0.99985
1.32374 -0.872635
1.10286 -0.998801
0.973543 -0.915451
1.02283 -0.919942
0.975204 -0.914069
1.10881 -0.96275
1.0911 -0.956155
EOD
unset label
set title 'triplet, all, step 76' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-0.913417 0.957367
-0.911902 0.939439
-0.791604 0.917716
-0.989787 0.919961
-0.884242 0.944789
-0.806852 0.938048
-0.854939 0.920429
-0.76797 0.8686
0.644897 0.922747
1.05113 1.01463
0.73453 0.944986
0.794664 0.991608
0.872823 0.97173
0.916994 0.852921
0.911511 0.974894
1.0426 0.736888
EOD
$data77 << EOD
-1.21041 -0.416796
-1.15871 -0.378246
-1.00097 -1.08301
-1.22373 -0.524425
-1.02798 -0.469123
-1.11973 -1.04777
-1.22906 -0.462422
-1.16102 -1.0006
-1.16617 -0.50229
-1.13481 -1.06841
-1.05387 -1.00398
-1.15656 -0.43775
-1.14919 -0.386252
-1.04241 -1.06126
-1.09239 -1.05016
-0.988428 -1.02061
EOD
$data78 << EOD
1.14476 -0.993219
1.10949 -1.0186
1.15245 -0.993815
0.956298 -1.05144
1.16342 -0.384306
1.11727 -1.08296
1.2102 -0.961445
1.08772 -0.955544
1.11047 -1.0357
1.33425 -0.914802
1.10621 -1.03466
0.975662 -0.956115
1.02589 -0.960838
0.977399 -0.954897
1.11272 -1.00134
1.09483 -0.995101
EOD
unset label
set title 'triplet, all, step 80' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-0.895422 0.998218
-0.893789 0.980199
-0.775521 0.952924
-0.969974 0.964731
-0.866731 0.984141
-0.790706 0.973855
-0.83772 0.958533
-0.751859 0.902691
0.633468 0.936899
1.0311 1.05625
0.721843 0.96291
0.781323 1.01085
0.857325 0.99872
0.897641 0.893908
0.895003 1.00529
1.01973 0.78543
EOD
$data80 << EOD
-1.22472 -0.457433
-1.17122 -0.416998
-1.00278 -1.11249
-1.23803 -0.570365
-1.03673 -0.512986
-1.12328 -1.08101
-1.24411 -0.505423
-1.16589 -1.0381
-1.17813 -0.547773
-1.13826 -1.09959
-1.05716 -1.04063
-1.1686 -0.479914
-1.16131 -0.425463
-1.04486 -1.09271
-1.0956 -1.08331
-0.990691 -1.05541
EOD
$data81 << EOD
1.1482 -1.02478
1.1122 -1.04789
1.15595 -1.02515
0.95654 -1.07721
1.17747 -0.416178
1.11944 -1.10765
1.21506 -0.995548
1.09088 -0.989768
1.11298 -1.06362
1.34281 -0.949717
1.10866 -1.06262
0.976973 -0.989286
1.02805 -0.99416
0.978768 -0.98818
1.11561 -1.03182
1.0976 -1.02624
EOD
unset label
set title 'triplet, all, step 84' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-0.873631 1.05179
-0.871822 1.03358
-0.75601 0.999512
-0.945741 1.02328
-0.845433 1.03601
-0.771116 1.02127
-0.816754 1.00866
-0.732326 0.947779
0.620357 0.952054
1.00828 1.09675
0.706637 0.981659
0.76521 1.0303
0.839135 1.02525
0.875512 0.935751
0.875871 1.03483
0.989134 0.854605
EOD
$data83 << EOD
-1.24804 -0.520604
-1.19146 -0.477815
-1.00445 -1.13995
-1.26003 -0.638147
-1.04961 -0.580322
-1.1266 -1.11222
-1.26824 -0.571125
-1.17049 -1.0738
-1.19679 -0.616287
-1.14146 -1.12873
-1.06027 -1.0757
-1.18781 -0.545155
-1.18081 -0.486874
-1.04713 -1.12209
-1.09858 -1.11442
-0.992788 -1.0884
EOD
$data84 << EOD
1.15173 -1.05848
1.11493 -1.07891
1.15956 -1.05863
0.95661 -1.10417
1.19992 -0.465523
1.12161 -1.13319
1.22016 -1.03229
1.09409 -1.02683
1.11552 -1.09308
1.35202 -0.987778
1.11114 -1.09211
0.978064 -1.02525
1.03011 -1.03022
0.979921 -1.02425
1.11856 -1.06431
1.10039 -1.05946
EOD
unset label
set title 'triplet, all, step 90' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-0.848225 1.12316
-0.846032 1.10537
-0.734824 1.05659
-0.916439 1.10316
-0.820969 1.10429
-0.749917 1.07933
-0.792858 1.07412
-0.710601 1.0044
0.60889 0.965745
0.981569 1.13107
0.69156 1.00022
0.747872 1.04971
0.818126 1.05078
0.850788 0.973854
0.8534 1.0625
0.952965 0.929438
EOD
$data86 << EOD
-1.28556 -0.617328
-1.22597 -0.576378
-1.00573 -1.16112
-1.28885 -0.724982
-1.06872 -0.68016
-1.12915 -1.13628
-1.30379 -0.664234
-1.17404 -1.10138
-1.22279 -0.709316
-1.14393 -1.15121
-1.06266 -1.1028
-1.21788 -0.643303
-1.21376 -0.585759
-1.04889 -1.14475
-1.10089 -1.13841
-0.994405 -1.11387
EOD
$data87 << EOD
1.15472 -1.08744
1.11719 -1.10498
1.16261 -1.08728
0.956621 -1.12634
1.23806 -0.546688
1.12335 -1.15383
1.22454 -1.06418
1.09681 -1.05952
1.11758 -1.11729
1.36017 -1.02163
1.11315 -1.11635
0.978863 -1.05714
1.03181 -1.06201
0.980772 -1.05638
1.12102 -1.09191
1.10273 -1.08796
EOD
unset label
set title 'triplet, all, step 100' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
-0.824079 1.18828
-0.821082 1.1737
-0.718715 1.09931
-0.878507 1.20085
-0.798971 1.16437
-0.733715 1.12244
-0.772166 1.13086
-0.693593 1.04955
0.602152 0.973924
0.949407 1.1696
0.682148 1.01281
0.736503 1.06382
0.801985 1.07387
0.828334 1.01538
0.834723 1.08941
0.906258 1.03228
EOD
$data89 << EOD
-1.32408 -0.716257
-1.26937 -0.698786
-1.00648 -1.17337
-1.30971 -0.788582
-1.08665 -0.775692
-1.13063 -1.15021
-1.33431 -0.744648
-1.17609 -1.11735
-1.24309 -0.78303
-1.14536 -1.16422
-1.06405 -1.11849
-1.24747 -0.740265
-1.25426 -0.706147
-1.0499 -1.15786
-1.10222 -1.1523
-0.995341 -1.12861
EOD
$data90 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.34371 -0.768844
1.12436 -1.16578
1.2271 -1.08288
1.09841 -1.07881
1.11878 -1.13132
1.36499 -1.04164
1.11432 -1.1304
0.979326 -1.07599
1.0328 -1.08076
0.981267 -1.0754
1.12245 -1.10801
1.10409 -1.10459
EOD
unset label
set title 'triplet, all, step 1500' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88884:1.91631]
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
