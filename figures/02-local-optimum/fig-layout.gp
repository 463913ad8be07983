# MetricLab figure 'fig-layout': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-layout.gp` in this folder to draw fig-layout.png again.
set encoding utf8
set terminal pngcairo size 530,480 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-layout.png'
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
set title 'A1 – B – C – A2' font ',11'
unset xlabel
unset ylabel
set xrange [-1.8818:1.79946]
set yrange [-1.83244:1.84882]
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
unset output
