// The factored sigmoids of Smooth-AP's and PNP's soft ranks (Tensor.rowSigmoidRankSums):
// s[m] = 1 / (1 + b·a[m]), a multiply, an add and a division as the Swift loop does them, eight
// lanes a register, so the same bits.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include <immintrin.h>

__attribute__((target("avx512f")))
void metriclab_reciprocal_one_plus_avx512(const double *a, double b, double *s, ptrdiff_t n) {
    const __m512d one = _mm512_set1_pd(1), scale = _mm512_set1_pd(b);
    ptrdiff_t m = 0;
    for (; m + 8 <= n; m += 8) {
        _mm512_storeu_pd(s + m, _mm512_div_pd(one, _mm512_add_pd(one, _mm512_mul_pd(scale, _mm512_loadu_pd(a + m)))));
    }
    for (; m < n; m++) s[m] = 1 / (1 + b * a[m]);
}
