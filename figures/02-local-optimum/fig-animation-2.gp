# MetricLab figure 'fig-animation-2': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-animation-2.gp` in this folder to draw fig-animation-2.gif again.
set encoding utf8
set terminal gif animate delay 10 loop 0 size 530,480 noenhanced font 'DejaVuSans,10' background rgb 'white'
set output 'fig-animation-2.gif'
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
set title 'triplet, all triplets, step 0' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-1.03374 0.496984
-1.20973 0.550424
-0.956156 0.604959
-1.15457 0.577235
-0.984964 0.578338
-0.850986 0.564828
-1.14721 0.414513
-1.0642 0.545648
1.06048 0.516129
1.12888 0.545444
0.88391 0.58564
0.930179 0.494077
1.02479 0.577526
1.10737 0.563657
1.04142 0.596826
0.980719 0.494332
EOD
$data5 << EOD
-0.9572 -0.040784
-0.98717 -0.594194
-0.97117 -0.0768519
-1.08395 -0.0429417
-0.95671 -0.630455
-0.849962 0.114555
-0.985733 -0.635591
-0.871178 -0.610517
-0.991245 -0.619753
-1.02647 -0.647134
-0.984646 -0.64894
-0.852642 -0.0513397
-1.08208 -0.612331
-1.08027 -0.105784
-0.985421 -0.0809845
-0.910561 -0.0801021
EOD
$data6 << EOD
1.00673 -0.610684
0.953232 -0.639038
0.897316 -0.121925
0.709944 -0.100666
0.909436 -0.7172
0.919508 -0.023599
0.946201 -0.637099
0.961038 -0.666259
1.23266 -0.509186
0.943103 -0.672958
0.930346 -0.688229
0.921086 -0.654736
1.12278 -0.608164
0.925835 -0.646455
0.884713 -0.677813
0.991672 -0.155176
EOD
unset label
set title 'triplet, all triplets, step 50' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.770902 1.0138
-0.927373 1.12435
-0.712538 1.09817
-0.881486 1.14084
-0.735094 1.08259
-0.618314 1.01526
-0.865915 0.955661
-0.801389 1.07853
0.797977 1.02522
0.859119 1.07101
0.649771 1.02174
0.682129 0.961076
0.771321 1.06647
0.841645 1.08042
0.786842 1.08857
0.726721 0.980121
EOD
$data8 << EOD
-1.20747 -0.577409
-1.07017 -1.09878
-1.21079 -0.611219
-1.32821 -0.566753
-1.03578 -1.11526
-1.15904 -0.438465
-1.0594 -1.11888
-0.969402 -1.10248
-1.06726 -1.11258
-1.09411 -1.12811
-1.05674 -1.1255
-1.1137 -0.607067
-1.15035 -1.11559
-1.30764 -0.627287
-1.21944 -0.613917
-1.15678 -0.626562
EOD
$data9 << EOD
1.07948 -1.07002
1.02343 -1.08417
1.12966 -0.607891
0.965711 -0.617857
0.967691 -1.12407
1.17769 -0.512676
1.01757 -1.083
1.02599 -1.09808
1.43764 -0.945655
1.00755 -1.1017
0.992624 -1.10958
0.990545 -1.09075
1.19888 -1.07228
0.996846 -1.08692
0.952172 -1.10183
1.20596 -0.625678
EOD
unset label
set title 'triplet, all triplets, step 100' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747658 1.07692
-0.891072 1.21957
-0.69937 1.13097
-0.853541 1.21296
-0.719562 1.12252
-0.60829 1.03928
-0.821985 1.07812
-0.779257 1.13771
0.770918 1.07964
0.826291 1.13261
0.636638 1.04307
0.664035 0.997209
0.749486 1.1047
0.812006 1.13426
0.764285 1.12589
0.705175 1.02455
EOD
$data11 << EOD
-1.24082 -0.675591
-1.07142 -1.11386
-1.23897 -0.698662
-1.37146 -0.655941
-1.03674 -1.12915
-1.22194 -0.595018
-1.06044 -1.13264
-0.970128 -1.11671
-1.06839 -1.12691
-1.09527 -1.14163
-1.05774 -1.13901
-1.13682 -0.702877
-1.15193 -1.13007
-1.33928 -0.702782
-1.24799 -0.700649
-1.18023 -0.714274
EOD
$data12 << EOD
1.08085 -1.08228
1.02447 -1.09577
1.16004 -0.698335
0.983606 -0.715748
0.968277 -1.13348
1.23547 -0.635377
1.0186 -1.09465
1.02694 -1.1088
1.44657 -0.960518
1.00841 -1.11232
0.993382 -1.11978
0.991395 -1.10178
1.20093 -1.08453
0.997752 -1.09824
0.952792 -1.1122
1.23651 -0.702526
EOD
unset label
set title 'triplet, all triplets, step 150' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890784 1.22027
-0.699287 1.13118
-0.853347 1.21345
-0.719464 1.12278
-0.608227 1.03943
-0.821503 1.07965
-0.779112 1.1381
0.770715 1.08006
0.825958 1.13311
0.636554 1.04321
0.663917 0.997447
0.749336 1.10495
0.811755 1.13465
0.764127 1.12614
0.705028 1.02486
EOD
$data14 << EOD
-1.24105 -0.676287
-1.07143 -1.11395
-1.23916 -0.699256
-1.37176 -0.656554
-1.03675 -1.12924
-1.22286 -0.597275
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703543
-1.15194 -1.13016
-1.33949 -0.703276
-1.24818 -0.701235
-1.18039 -0.714867
EOD
$data15 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698952
0.983731 -0.716432
0.96828 -1.13354
1.23598 -0.636441
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960611
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703028
EOD
unset label
set title 'triplet, all triplets, step 200' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data17 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data18 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 250' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data20 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data21 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 300' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data23 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data24 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 350' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data26 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data27 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 400' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data29 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data30 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 450' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data32 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data33 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 500' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data35 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data36 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 550' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data38 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data39 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 600' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data41 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data42 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 650' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data44 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data45 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 700' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data47 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data48 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 750' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data50 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data51 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 800' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data53 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data54 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 850' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data56 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data57 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 900' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data59 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data60 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 950' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data62 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data63 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1000' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data65 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data66 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1050' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data68 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data69 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1100' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data71 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data72 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1150' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data74 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data75 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1200' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data77 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data78 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1250' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data80 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data81 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1300' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data83 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data84 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1350' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data86 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data87 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1400' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data89 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data90 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1450' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
-0.747503 1.07735
-0.890783 1.22027
-0.699287 1.13118
-0.853346 1.21345
-0.719463 1.12278
-0.608227 1.03943
-0.8215 1.07966
-0.779111 1.1381
0.770714 1.08006
0.825956 1.13311
0.636554 1.04321
0.663916 0.997449
0.749335 1.10495
0.811753 1.13466
0.764126 1.12614
0.705028 1.02486
EOD
$data92 << EOD
-1.24105 -0.676291
-1.07143 -1.11395
-1.23916 -0.699259
-1.37176 -0.656558
-1.03675 -1.12924
-1.22287 -0.597289
-1.06044 -1.13273
-0.970132 -1.1168
-1.0684 -1.127
-1.09528 -1.14172
-1.05775 -1.1391
-1.13698 -0.703547
-1.15194 -1.13016
-1.33949 -0.703279
-1.24818 -0.701239
-1.18039 -0.714871
EOD
$data93 << EOD
1.08086 -1.08235
1.02448 -1.09584
1.16024 -0.698956
0.983731 -0.716436
0.96828 -1.13354
1.23598 -0.636447
1.0186 -1.09472
1.02695 -1.10887
1.44663 -0.960612
1.00841 -1.11239
0.993387 -1.11984
0.9914 -1.10185
1.20094 -1.08461
0.997758 -1.09831
0.952796 -1.11226
1.23671 -0.703031
EOD
unset label
set title 'triplet, all triplets, step 1500' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.80135:1.87991]
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
