# MetricLab figure 'fig-stuck': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-stuck.gp` in this folder to draw fig-stuck.gif again.
set encoding utf8
set terminal gif animate delay 10 loop 0 size 530,480 noenhanced font 'DejaVuSans,10' background rgb 'white'
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
set yrange [-1.64874:2.15641]
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
$data5 << EOD
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
$data6 << EOD
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
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data4 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data5 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data6 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
$data7 << EOD
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
$data8 << EOD
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
$data9 << EOD
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
set yrange [-1.64874:2.15641]
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
$data11 << EOD
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
$data12 << EOD
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
set yrange [-1.64874:2.15641]
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
$data14 << EOD
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
$data15 << EOD
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
set yrange [-1.64874:2.15641]
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
$data17 << EOD
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
$data18 << EOD
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
set yrange [-1.64874:2.15641]
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
-0.856982 -0.0177983
-0.863156 -0.00709741
-0.796189 0.0205988
-0.988714 -0.101931
-0.838152 -0.015292
-0.815003 -0.00610967
-0.817115 -0.00948457
-0.794589 -0.00750892
0.753276 -0.302547
1.02357 -0.168058
0.833589 -0.330328
0.879334 -0.317091
0.957323 -0.272332
0.967987 -0.219646
0.96885 -0.220019
1.02141 -0.178185
EOD
$data20 << EOD
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
$data21 << EOD
1.17988 -0.741436
1.1723 -0.764108
1.20122 -0.752
1.15296 -0.769349
1.15731 -0.795125
1.1636 -0.77998
1.1776 -0.732965
1.25252 -0.773058
1.16457 -0.809635
1.27458 -0.710825
1.17223 -0.766597
1.13889 -0.789933
1.21369 -0.814565
1.15328 -0.802767
1.15842 -0.770828
1.15079 -0.806976
EOD
unset label
set title 'triplet, semi-hard, step 300' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
-0.856982 -0.0177984
-0.863156 -0.00709749
-0.796189 0.0205987
-0.988714 -0.101931
-0.838152 -0.0152921
-0.815003 -0.00610973
-0.817115 -0.00948463
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
$data23 << EOD
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
$data24 << EOD
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
set title 'triplet, semi-hard, step 350' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data26 << EOD
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
$data27 << EOD
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
set title 'triplet, semi-hard, step 400' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data29 << EOD
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
$data30 << EOD
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
set title 'triplet, semi-hard, step 450' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data32 << EOD
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
$data33 << EOD
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
set yrange [-1.64874:2.15641]
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
$data35 << EOD
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
$data36 << EOD
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
set title 'triplet, semi-hard, step 550' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data38 << EOD
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
$data39 << EOD
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
set title 'triplet, semi-hard, step 600' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data41 << EOD
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
$data42 << EOD
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
set title 'triplet, semi-hard, step 650' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data44 << EOD
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
$data45 << EOD
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
set title 'triplet, semi-hard, step 700' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data47 << EOD
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
$data48 << EOD
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
set title 'triplet, semi-hard, step 750' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data50 << EOD
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
$data51 << EOD
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
set title 'triplet, semi-hard, step 800' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data53 << EOD
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
$data54 << EOD
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
set title 'triplet, semi-hard, step 850' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data56 << EOD
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
$data57 << EOD
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
set title 'triplet, semi-hard, step 900' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data59 << EOD
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
$data60 << EOD
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
set title 'triplet, semi-hard, step 950' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data62 << EOD
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
$data63 << EOD
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
set yrange [-1.64874:2.15641]
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
$data65 << EOD
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
$data66 << EOD
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
set title 'triplet, semi-hard, step 1050' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data68 << EOD
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
$data69 << EOD
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
set title 'triplet, semi-hard, step 1100' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data71 << EOD
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
$data72 << EOD
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
set title 'triplet, semi-hard, step 1150' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data74 << EOD
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
$data75 << EOD
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
set title 'triplet, semi-hard, step 1200' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data77 << EOD
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
$data78 << EOD
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
set title 'triplet, semi-hard, step 1250' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
set title 'triplet, semi-hard, step 1300' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
set title 'triplet, semi-hard, step 1350' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
set title 'triplet, semi-hard, step 1400' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
set title 'triplet, semi-hard, step 1450' font ',11'
unset xlabel
unset ylabel
set xrange [-1.87266:1.93249]
set yrange [-1.64874:2.15641]
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
$data92 << EOD
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
$data93 << EOD
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
set key outside right top vertical Left reverse samplen 2 spacing 1.1 nobox
plot $data91 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle, \
     $data92 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle, \
     $data93 with points pt 9 ps 1.1 lc rgb '#009E73' notitle, \
     keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0', \
     keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1', \
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
unset output
