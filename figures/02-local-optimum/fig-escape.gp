# MetricLab figure 'fig-escape': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-escape.gp` in this folder to draw fig-escape.gif again.
set encoding utf8
set terminal gif animate delay 10 loop 0 size 530,480 noenhanced font 'DejaVuSans,10' background rgb 'white'
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
set yrange [-1.8881:1.91705]
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
$data5 << EOD
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
$data6 << EOD
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
set yrange [-1.8881:1.91705]
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
$data8 << EOD
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
$data9 << EOD
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
set yrange [-1.8881:1.91705]
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
$data11 << EOD
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
$data12 << EOD
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
set yrange [-1.8881:1.91705]
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
$data14 << EOD
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
$data15 << EOD
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
set yrange [-1.8881:1.91705]
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
$data17 << EOD
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
$data18 << EOD
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
set yrange [-1.8881:1.91705]
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
-0.824079 1.18828
-0.821082 1.1737
-0.718715 1.09931
-0.878511 1.20085
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
0.906262 1.03226
EOD
$data20 << EOD
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
$data21 << EOD
1.15646 -1.10433
1.1185 -1.12014
1.16438 -1.104
0.956627 -1.13919
1.3437 -0.768818
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
set title 'triplet, all, step 300' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data23 << EOD
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
$data24 << EOD
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
set title 'triplet, all, step 350' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data26 << EOD
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
$data27 << EOD
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
set title 'triplet, all, step 400' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data29 << EOD
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
$data30 << EOD
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
set title 'triplet, all, step 450' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data32 << EOD
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
$data33 << EOD
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
set yrange [-1.8881:1.91705]
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
$data35 << EOD
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
$data36 << EOD
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
set title 'triplet, all, step 550' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data38 << EOD
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
$data39 << EOD
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
set title 'triplet, all, step 600' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data41 << EOD
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
$data42 << EOD
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
set title 'triplet, all, step 650' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data44 << EOD
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
$data45 << EOD
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
set title 'triplet, all, step 700' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data47 << EOD
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
$data48 << EOD
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
set title 'triplet, all, step 750' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data50 << EOD
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
$data51 << EOD
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
set title 'triplet, all, step 800' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data53 << EOD
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
$data54 << EOD
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
set title 'triplet, all, step 850' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data56 << EOD
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
$data57 << EOD
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
set title 'triplet, all, step 900' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data59 << EOD
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
$data60 << EOD
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
set title 'triplet, all, step 950' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data62 << EOD
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
$data63 << EOD
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
set yrange [-1.8881:1.91705]
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
$data65 << EOD
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
$data66 << EOD
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
set title 'triplet, all, step 1050' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data68 << EOD
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
$data69 << EOD
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
set title 'triplet, all, step 1100' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data71 << EOD
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
$data72 << EOD
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
set title 'triplet, all, step 1150' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
set title 'triplet, all, step 1200' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
set title 'triplet, all, step 1250' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
set title 'triplet, all, step 1300' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
set title 'triplet, all, step 1350' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
set title 'triplet, all, step 1400' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
set title 'triplet, all, step 1450' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.8881:1.91705]
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
$data92 << EOD
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
$data93 << EOD
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
set yrange [-1.8881:1.91705]
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
