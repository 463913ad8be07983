# MetricLab figure 'fig-hello': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-hello.gp` in this folder to draw fig-hello.png again.
set encoding utf8
set terminal pngcairo size 600,336 noenhanced font 'DejaVu Sans,10' background rgb 'white'
set output 'fig-hello.png'
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
0.916726 -0.0107521
0.915025 0.14694
1.03971 0.227055
0.80213 0.395493
0.897937 0.299624
0.956003 0.382043
0.867298 0.432133
0.923299 0.470296
0.575272 0.612924
0.977156 0.759983
0.568696 0.723951
0.574198 0.855024
0.599936 0.95371
0.584007 0.756921
0.503874 0.895029
0.575178 0.731111
0.175304 1.04041
0.208293 1.07238
0.207858 0.850147
-0.0954858 1.02585
0.180865 1.02551
-0.19875 0.90343
-0.341853 1.03788
-0.394738 0.951382
-0.38188 0.950132
-0.544981 0.772138
-0.455568 0.85368
-0.566417 0.869224
-0.60699 0.857713
-0.658333 0.613383
-0.784735 0.572315
-0.664162 0.56911
-0.755796 0.480251
-0.831801 0.372019
-0.81963 0.335705
-1.08169 0.180128
-0.972407 0.371966
-0.896709 -0.0347302
-0.837285 0.06159
-1.00245 -0.000617966
EOD
$data2 << EOD
0.0627465 0.37968
0.286689 0.406431
0.0700228 0.220791
-0.122856 0.263129
-0.0322973 0.178999
-0.0703736 0.111763
0.165657 -0.0307884
0.17949 -0.0899229
0.126843 -0.172347
0.173634 -0.195343
0.486602 -0.163597
0.353587 -0.119976
0.428677 -0.325754
0.475453 -0.163925
0.58697 -0.234279
0.67037 -0.653307
0.695917 -0.537661
0.770587 -0.372669
0.892503 -0.560577
0.983999 -0.380339
1.09398 -0.482007
0.968557 -0.531777
1.28881 -0.372039
1.28513 -0.45711
1.44406 -0.385355
1.50454 -0.188296
1.30585 -0.342937
1.56617 -0.431864
1.80761 -0.172232
1.67935 -0.354108
1.79406 -0.157198
1.83929 -0.145679
1.77151 0.0359353
1.91258 0.0184633
1.74957 0.106211
1.92875 0.268349
1.93959 0.228627
2.00228 0.400806
2.02346 0.215838
1.85676 0.368651
EOD
unset label
set title 'moons' font ',11'
unset xlabel
unset ylabel
set xrange [-1.89216:2.2451]
set yrange [-1.85909:2.27817]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.5,0.892857
set origin 0,0.107143
unset key
plot $data1 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data2 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle
$data3 << EOD
-1.5546 -0.0664943
-1.67052 -0.0369486
-1.60565 0.0772626
-1.53791 -0.172511
-1.48834 0.0324507
-1.51703 -0.0361197
-1.49735 -0.0936285
-1.43316 0.0555342
1.65578 0.137454
1.48801 -0.0449469
1.39923 -0.00718884
1.60776 0.0388277
1.5421 -0.00512189
1.58507 -0.0564239
1.31721 0.0340953
1.68331 -0.234058
EOD
$data4 << EOD
-0.481825 0.0768898
-0.481802 -0.0191429
-0.606895 -0.0592606
-0.594314 0.133706
-0.653428 0.0262317
-0.633906 -0.0356333
-0.574263 0.0681189
-0.509163 0.0995334
-0.447758 -0.116587
-0.689709 -0.193066
-0.519268 0.101523
-0.536935 -0.0396957
-0.449826 -0.253414
-0.579196 -0.0623094
-0.514493 -0.102141
-0.524239 0.0122392
EOD
$data5 << EOD
0.633707 0.00545579
0.551182 -0.142501
0.454679 0.0258488
0.640772 -0.124889
0.505838 -0.154344
0.483266 0.0488492
0.44101 0.0700348
0.43467 0.0440506
0.537738 0.141262
0.411135 -0.0619376
0.367063 -0.0287109
0.499842 -0.12923
0.481922 -0.0745218
0.383511 -0.0898938
0.485346 0.137614
0.536983 -0.0448536
EOD
unset label
set title 'split class' font ',11'
unset xlabel
unset ylabel
set xrange [-1.89216:2.2451]
set yrange [-1.85909:2.27817]
unset logscale
set ytics autofreq
unset grid
set size ratio -1 0.5,0.892857
set origin 0.5,0.107143
unset key
plot $data3 with points pt 7 ps 0.88 lc rgb '#0072B2' notitle, \
     $data4 with points pt 5 ps 0.88 lc rgb '#E69F00' notitle, \
     $data5 with points pt 9 ps 0.88 lc rgb '#009E73' notitle
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
     keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'
unset multiplot
unset output
