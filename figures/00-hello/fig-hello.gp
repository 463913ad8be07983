set terminal pngcairo size 640,480 font ",10"
set output 'fig-hello.png'
set key off
plot x**2 with lines lw 2
