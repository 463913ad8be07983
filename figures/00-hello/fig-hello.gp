# MetricLab figure 'fig-hello': a standalone gnuplot script with its data inline.
# Run `gnuplot fig-hello.gp` in this folder to draw fig-hello.png again.
set encoding utf8
set terminal pngcairo size 640,420 noenhanced font 'DejaVu Sans,10' background rgb 'white'
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
set linetype cycle 8
set key off
plot x**2 with lines lw 2
unset output
