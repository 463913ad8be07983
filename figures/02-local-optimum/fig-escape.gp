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
set title 'triplet, all, step 0' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
$data5 << EOD
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
$data6 << EOD
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
set yrange [-1.88794:1.91722]
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
$data8 << EOD
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
$data9 << EOD
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
set yrange [-1.88794:1.91722]
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
-1.28959 0.323515
-1.28811 0.308162
-1.15517 0.308526
-1.37457 0.283144
-1.25722 0.317327
-1.17155 0.324742
-1.22513 0.301434
-1.13024 0.268767
0.982665 0.345102
1.43369 0.347116
1.08225 0.335966
1.14776 0.365391
1.23759 0.326351
1.28968 0.21704
1.28077 0.32407
1.4257 0.11749
EOD
$data11 << EOD
-0.885402 0.166758
-0.789316 0.21918
-0.728052 -0.458316
-0.914674 0.0559146
-0.59799 0.159389
-0.884065 -0.409257
-0.917772 0.11477
-0.919454 -0.33305
-0.82384 0.0922453
-0.918264 -0.446487
-0.768838 -0.337141
-0.796688 0.158253
-0.774453 0.213299
-0.778419 -0.426964
-0.84501 -0.410942
-0.682135 -0.357052
EOD
$data12 << EOD
0.898657 -0.385946
0.86352 -0.423254
0.909339 -0.387894
0.681781 -0.465123
0.787121 0.183318
0.899339 -0.520789
0.966414 -0.3484
0.808554 -0.328351
0.872433 -0.44962
1.08584 -0.339974
0.866849 -0.448178
0.663546 -0.324249
0.72931 -0.333246
0.665007 -0.322357
0.861074 -0.397566
0.835185 -0.387244
EOD
unset label
set title 'triplet, all, step 30' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
$data14 << EOD
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
$data15 << EOD
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
set yrange [-1.88794:1.91722]
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
$data17 << EOD
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
$data18 << EOD
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
set yrange [-1.88794:1.91722]
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
$data20 << EOD
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
$data21 << EOD
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
set yrange [-1.88794:1.91722]
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
-0.970352 0.838337
-0.969051 0.821193
-0.845114 0.81145
-1.04919 0.796947
-0.940436 0.828889
-0.860486 0.830141
-0.910734 0.807864
-0.82147 0.765545
0.685971 0.858797
1.11163 0.883057
0.781366 0.861523
0.843969 0.900604
0.928442 0.85827
0.977066 0.72948
0.968892 0.855462
1.10379 0.617965
EOD
$data23 << EOD
-1.178 -0.321779
-1.12783 -0.285984
-0.992973 -0.964509
-1.19175 -0.41661
-1.00071 -0.364484
-1.10582 -0.919923
-1.19576 -0.362478
-1.1434 -0.865145
-1.13796 -0.395881
-1.12086 -0.943371
-1.04143 -0.873723
-1.12739 -0.33895
-1.11886 -0.29301
-1.03223 -0.93858
-1.07976 -0.923443
-0.979039 -0.89461
EOD
$data24 << EOD
1.13133 -0.883674
1.09832 -0.913989
1.13878 -0.884441
0.95307 -0.956504
1.12847 -0.306463
1.10801 -0.989584
1.19242 -0.846209
1.07497 -0.841381
1.09998 -0.934152
1.30538 -0.800722
1.0959 -0.93317
0.967834 -0.845411
1.01586 -0.849216
0.969384 -0.843809
1.1009 -0.893967
1.08342 -0.886933
EOD
unset label
set title 'triplet, all, step 70' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
$data26 << EOD
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
$data27 << EOD
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
set yrange [-1.88794:1.91722]
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
$data29 << EOD
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
$data30 << EOD
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
set yrange [-1.88794:1.91722]
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
$data32 << EOD
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
$data33 << EOD
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
set yrange [-1.88794:1.91722]
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
-0.834794 1.16387
-0.83214 1.14741
-0.724989 1.08366
-0.89865 1.1583
-0.808334 1.14189
-0.740089 1.10674
-0.780668 1.10947
-0.700143 1.03278
0.604612 0.970938
0.963972 1.14918
0.685589 1.0082
0.740669 1.0586
0.808124 1.06439
0.83816 0.993954
0.841993 1.07774
0.932715 0.964113
EOD
$data35 << EOD
-1.30886 -0.676828
-1.25079 -0.645842
-1.0062 -1.1689
-1.30202 -0.765096
-1.07978 -0.73859
-1.13009 -1.14512
-1.32279 -0.714148
-1.17534 -1.11152
-1.23554 -0.755535
-1.14484 -1.15947
-1.06354 -1.11276
-1.23593 -0.702081
-1.23706 -0.654451
-1.04953 -1.15307
-1.10174 -1.14723
-0.994999 -1.12323
EOD
$data36 << EOD
1.15582 -1.09816
1.11802 -1.1146
1.16373 -1.09789
0.956625 -1.1345
1.27 -0.614778
1.12399 -1.16141
1.22616 -1.07605
1.09783 -1.07177
1.11834 -1.1262
1.36323 -1.03433
1.11389 -1.12527
0.979157 -1.06911
1.03244 -1.07391
0.981086 -1.06846
1.12193 -1.10213
1.10359 -1.09852
EOD
unset label
set title 'triplet, all, step 110' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.828985 1.18002
-0.826052 1.16466
-0.721132 1.09366
-0.889568 1.18638
-0.803002 1.15654
-0.736222 1.11681
-0.775631 1.12325
-0.69604 1.04346
0.603047 0.972838
0.955205 1.16022
0.6834 1.01113
0.738019 1.06192
0.804227 1.07038
0.832496 1.00519
0.837401 1.08501
0.922938 0.982238
EOD
$data38 << EOD
-1.31852 -0.701833
-1.26235 -0.678668
-1.00638 -1.17175
-1.30691 -0.780036
-1.08415 -0.76218
-1.13044 -1.14836
-1.33012 -0.733549
-1.17582 -1.11523
-1.24034 -0.773025
-1.14517 -1.16249
-1.06386 -1.1164
-1.24326 -0.726338
-1.24782 -0.686695
-1.04977 -1.15612
-1.10205 -1.15045
-0.995216 -1.12665
EOD
$data39 << EOD
1.15623 -1.10209
1.11833 -1.11813
1.16415 -1.10178
0.956626 -1.13749
1.29249 -0.662901
1.12423 -1.16419
1.22676 -1.08039
1.0982 -1.07625
1.11862 -1.12946
1.36435 -1.03898
1.11416 -1.12853
0.979264 -1.07348
1.03267 -1.07827
0.981201 -1.07287
1.12226 -1.10587
1.10391 -1.10238
EOD
unset label
set title 'triplet, all, step 120' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.826595 1.18575
-0.82356 1.1708
-0.719599 1.09726
-0.885508 1.19732
-0.800854 1.16177
-0.734652 1.12041
-0.773617 1.12819
-0.694481 1.04734
0.602477 0.97353
0.951587 1.1658
0.682602 1.0122
0.737053 1.06313
0.802798 1.07261
0.83004 1.01088
0.835694 1.08782
0.917972 0.993675
EOD
$data41 << EOD
-1.32206 -0.711024
-1.26682 -0.691487
-1.00644 -1.17278
-1.30869 -0.785482
-1.08574 -0.77079
-1.13056 -1.14954
-1.33279 -0.740621
-1.17599 -1.11658
-1.24209 -0.7794
-1.14529 -1.16359
-1.06398 -1.11773
-1.24595 -0.735212
-1.25192 -0.69909
-1.04985 -1.15723
-1.10216 -1.15163
-0.995296 -1.1279
EOD
$data42 << EOD
1.15637 -1.10352
1.11844 -1.11941
1.1643 -1.10319
0.956627 -1.13857
1.30676 -0.693236
1.12431 -1.1652
1.22698 -1.08198
1.09833 -1.07788
1.11872 -1.13065
1.36476 -1.04068
1.11426 -1.12972
0.979303 -1.07508
1.03275 -1.07986
0.981243 -1.07448
1.12238 -1.10723
1.10403 -1.10378
EOD
unset label
set title 'triplet, all, step 130' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.825545 1.18771
-0.822474 1.17293
-0.719035 1.09857
-0.883651 1.20109
-0.799892 1.16356
-0.734054 1.1217
-0.772719 1.12991
-0.693914 1.04875
0.60227 0.973782
0.950196 1.16823
0.682312 1.01259
0.736702 1.06357
0.802279 1.07342
0.828967 1.01369
0.835075 1.08883
0.915118 1.0016
EOD
$data44 << EOD
-1.32335 -0.714364
-1.26845 -0.696145
-1.00646 -1.17316
-1.30934 -0.78746
-1.08632 -0.773918
-1.13061 -1.14996
-1.33376 -0.743191
-1.17605 -1.11707
-1.24273 -0.781716
-1.14534 -1.16399
-1.06402 -1.11821
-1.24692 -0.738436
-1.25341 -0.703593
-1.04988 -1.15763
-1.1022 -1.15206
-0.995324 -1.12835
EOD
$data45 << EOD
1.15643 -1.10404
1.11848 -1.11987
1.16435 -1.10371
0.956627 -1.13897
1.31588 -0.712332
1.12434 -1.16557
1.22706 -1.08255
1.09838 -1.07847
1.11876 -1.13108
1.36491 -1.04129
1.1143 -1.13015
0.979318 -1.07566
1.03278 -1.08043
0.981258 -1.07507
1.12242 -1.10773
1.10407 -1.1043
EOD
unset label
set title 'triplet, all, step 140' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824977 1.1883
-0.821892 1.17359
-0.71883 1.09904
-0.882779 1.20233
-0.799357 1.16411
-0.733837 1.12217
-0.772365 1.13052
-0.693709 1.04926
0.602195 0.973873
0.949692 1.16911
0.682207 1.01273
0.736575 1.06373
0.802091 1.07371
0.828563 1.01477
0.83485 1.0892
0.913192 1.00769
EOD
$data47 << EOD
-1.32382 -0.715574
-1.26903 -0.697832
-1.00647 -1.1733
-1.30957 -0.788177
-1.08653 -0.775051
-1.13062 -1.15012
-1.33411 -0.744122
-1.17608 -1.11725
-1.24296 -0.782556
-1.14535 -1.16414
-1.06404 -1.11839
-1.24727 -0.739605
-1.25395 -0.705225
-1.04989 -1.15778
-1.10222 -1.15221
-0.995335 -1.12852
EOD
$data48 << EOD
1.15645 -1.10422
1.11849 -1.12004
1.16437 -1.10389
0.956627 -1.13911
1.32196 -0.724934
1.12435 -1.1657
1.22708 -1.08276
1.0984 -1.07869
1.11877 -1.13123
1.36496 -1.04151
1.11431 -1.13031
0.979323 -1.07587
1.03279 -1.08064
0.981264 -1.07528
1.12244 -1.10791
1.10408 -1.10448
EOD
unset label
set title 'triplet, all, step 150' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824576 1.18839
-0.821487 1.17372
-0.718756 1.09921
-0.882271 1.20266
-0.79911 1.16428
-0.733759 1.12234
-0.772238 1.13074
-0.693635 1.04944
0.602167 0.973906
0.94951 1.16942
0.682169 1.01278
0.736529 1.06379
0.802023 1.07381
0.828417 1.01516
0.834769 1.08934
0.911756 1.01257
EOD
$data50 << EOD
-1.32399 -0.716011
-1.26925 -0.698442
-1.00647 -1.17335
-1.30966 -0.788436
-1.08661 -0.775461
-1.13063 -1.15018
-1.33424 -0.744458
-1.17609 -1.11731
-1.24304 -0.782859
-1.14536 -1.16419
-1.06404 -1.11845
-1.2474 -0.740027
-1.25415 -0.705814
-1.0499 -1.15783
-1.10222 -1.15227
-0.995339 -1.12858
EOD
$data51 << EOD
1.15645 -1.10429
1.1185 -1.1201
1.16438 -1.10396
0.956627 -1.13917
1.32644 -0.734137
1.12436 -1.16575
1.22709 -1.08284
1.09841 -1.07877
1.11877 -1.13129
1.36498 -1.0416
1.11431 -1.13036
0.979325 -1.07594
1.0328 -1.08072
0.981265 -1.07536
1.12245 -1.10797
1.10409 -1.10455
EOD
unset label
set title 'triplet, all, step 160' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824271 1.18833
-0.821229 1.1737
-0.71873 1.09927
-0.881888 1.20265
-0.799021 1.16434
-0.733731 1.1224
-0.772192 1.13082
-0.693608 1.04951
0.602158 0.973918
0.949444 1.16954
0.682155 1.0128
0.736512 1.06381
0.801999 1.07385
0.828364 1.0153
0.834739 1.08939
0.910687 1.01633
EOD
$data53 << EOD
-1.32405 -0.716169
-1.26932 -0.698662
-1.00648 -1.17336
-1.30969 -0.78853
-1.08664 -0.775609
-1.13063 -1.1502
-1.33428 -0.744579
-1.17609 -1.11734
-1.24307 -0.782968
-1.14536 -1.16421
-1.06404 -1.11847
-1.24745 -0.740179
-1.25422 -0.706027
-1.0499 -1.15785
-1.10222 -1.15229
-0.99534 -1.1286
EOD
$data54 << EOD
1.15645 -1.10432
1.1185 -1.12013
1.16438 -1.10398
0.956627 -1.13918
1.32978 -0.740933
1.12436 -1.16577
1.2271 -1.08286
1.09841 -1.0788
1.11878 -1.13131
1.36499 -1.04162
1.11431 -1.13038
0.979325 -1.07597
1.0328 -1.08075
0.981266 -1.07539
1.12245 -1.108
1.10409 -1.10457
EOD
unset label
set title 'triplet, all, step 170' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824148 1.18829
-0.821135 1.1737
-0.71872 1.09929
-0.881544 1.20253
-0.798989 1.16436
-0.733721 1.12243
-0.772175 1.13085
-0.693599 1.04953
0.602154 0.973922
0.94942 1.16958
0.68215 1.01281
0.736506 1.06382
0.80199 1.07387
0.828345 1.01535
0.834729 1.0894
0.910039 1.01863
EOD
$data56 << EOD
-1.32407 -0.716226
-1.26935 -0.698741
-1.00648 -1.17337
-1.3097 -0.788563
-1.08665 -0.775662
-1.13063 -1.1502
-1.3343 -0.744623
-1.17609 -1.11734
-1.24308 -0.783008
-1.14536 -1.16422
-1.06404 -1.11848
-1.24746 -0.740234
-1.25424 -0.706104
-1.0499 -1.15786
-1.10222 -1.1523
-0.995341 -1.12861
EOD
$data57 << EOD
1.15646 -1.10433
1.1185 -1.12013
1.16438 -1.10399
0.956627 -1.13919
1.33179 -0.745025
1.12436 -1.16578
1.2271 -1.08287
1.09841 -1.07881
1.11878 -1.13132
1.36499 -1.04163
1.11432 -1.13039
0.979326 -1.07598
1.0328 -1.08076
0.981266 -1.0754
1.12245 -1.10801
1.10409 -1.10458
EOD
unset label
set title 'triplet, all, step 180' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824103 1.18828
-0.821101 1.1737
-0.718717 1.0993
-0.881209 1.20236
-0.798977 1.16437
-0.733717 1.12243
-0.772169 1.13086
-0.693595 1.04954
0.602153 0.973924
0.949412 1.16959
0.682149 1.01281
0.736504 1.06382
0.801987 1.07387
0.828338 1.01537
0.834725 1.08941
0.909552 1.02037
EOD
$data59 << EOD
-1.32408 -0.716246
-1.26936 -0.69877
-1.00648 -1.17337
-1.3097 -0.788576
-1.08665 -0.775681
-1.13063 -1.15021
-1.3343 -0.744639
-1.17609 -1.11735
-1.24308 -0.783022
-1.14536 -1.16422
-1.06405 -1.11848
-1.24747 -0.740254
-1.25425 -0.706131
-1.0499 -1.15786
-1.10222 -1.1523
-0.995341 -1.12861
EOD
$data60 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.33331 -0.748084
1.12436 -1.16578
1.2271 -1.08288
1.09841 -1.07881
1.11878 -1.13132
1.36499 -1.04164
1.11432 -1.13039
0.979326 -1.07599
1.0328 -1.08076
0.981267 -1.0754
1.12245 -1.10801
1.10409 -1.10458
EOD
unset label
set title 'triplet, all, step 190' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824088 1.18828
-0.821089 1.1737
-0.718716 1.0993
-0.88087 1.20217
-0.798973 1.16437
-0.733716 1.12244
-0.772167 1.13086
-0.693594 1.04954
0.602152 0.973924
0.949409 1.1696
0.682148 1.01281
0.736503 1.06382
0.801985 1.07387
0.828336 1.01538
0.834724 1.08941
0.909115 1.02194
EOD
$data62 << EOD
-1.32408 -0.716253
-1.26936 -0.69878
-1.00648 -1.17337
-1.30971 -0.78858
-1.08665 -0.775688
-1.13063 -1.15021
-1.33431 -0.744644
-1.17609 -1.11735
-1.24309 -0.783027
-1.14536 -1.16422
-1.06405 -1.11848
-1.24747 -0.740261
-1.25426 -0.706141
-1.0499 -1.15786
-1.10222 -1.1523
-0.995341 -1.12861
EOD
$data63 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.33467 -0.750822
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
1.10409 -1.10458
EOD
unset label
set title 'triplet, all, step 200' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824082 1.18828
-0.821084 1.1737
-0.718715 1.0993
-0.880524 1.20198
-0.798971 1.16437
-0.733715 1.12244
-0.772166 1.13086
-0.693593 1.04954
0.602152 0.973924
0.949408 1.1696
0.682148 1.01281
0.736503 1.06382
0.801985 1.07387
0.828335 1.01538
0.834723 1.08941
0.90869 1.02348
EOD
$data65 << EOD
-1.32408 -0.716256
-1.26937 -0.698784
-1.00648 -1.17337
-1.30971 -0.788581
-1.08665 -0.77569
-1.13063 -1.15021
-1.33431 -0.744646
-1.17609 -1.11735
-1.24309 -0.783029
-1.14536 -1.16422
-1.06405 -1.11849
-1.24747 -0.740263
-1.25426 -0.706145
-1.0499 -1.15786
-1.10222 -1.1523
-0.995341 -1.12861
EOD
$data66 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.336 -0.753494
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
1.10409 -1.10458
EOD
unset label
set title 'triplet, all, step 210' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.82408 1.18828
-0.821083 1.1737
-0.718715 1.09931
-0.88017 1.20178
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
0.908261 1.02503
EOD
$data68 << EOD
-1.32408 -0.716257
-1.26937 -0.698785
-1.00648 -1.17337
-1.30971 -0.788582
-1.08665 -0.775691
-1.13063 -1.15021
-1.33431 -0.744647
-1.17609 -1.11735
-1.24309 -0.783029
-1.14536 -1.16422
-1.06405 -1.11849
-1.24747 -0.740264
-1.25426 -0.706146
-1.0499 -1.15786
-1.10222 -1.1523
-0.995341 -1.12861
EOD
$data69 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.33735 -0.756189
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
set title 'triplet, all, step 220' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824079 1.18828
-0.821082 1.1737
-0.718715 1.09931
-0.879808 1.20157
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
0.907824 1.02661
EOD
$data71 << EOD
-1.32408 -0.716257
-1.26937 -0.698785
-1.00648 -1.17337
-1.30971 -0.788582
-1.08665 -0.775692
-1.13063 -1.15021
-1.33431 -0.744647
-1.17609 -1.11735
-1.24309 -0.78303
-1.14536 -1.16422
-1.06405 -1.11849
-1.24747 -0.740265
-1.25426 -0.706146
-1.0499 -1.15786
-1.10222 -1.1523
-0.995341 -1.12861
EOD
$data72 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.33873 -0.75894
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
set title 'triplet, all, step 230' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824079 1.18828
-0.821082 1.1737
-0.718715 1.09931
-0.879437 1.20136
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
0.907378 1.02822
EOD
$data74 << EOD
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
$data75 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.34015 -0.761759
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
set title 'triplet, all, step 240' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
-0.824079 1.18828
-0.821082 1.1737
-0.718715 1.09931
-0.879057 1.20115
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
0.90692 1.02988
EOD
$data77 << EOD
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
$data78 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.3416 -0.76465
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
set title 'triplet, all, step 250' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
$data80 << EOD
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
$data81 << EOD
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
set title 'triplet, all, step 500' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
$data83 << EOD
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
$data84 << EOD
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
set title 'triplet, all, step 1000' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.88794:1.91722]
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
$data86 << EOD
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
$data87 << EOD
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
set yrange [-1.88794:1.91722]
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
