// One row of the all-triplets hinge sum (Tensor.rowPairDifferenceSum with ReLU): every pair of a
// first value xa (the offset already added) and a second value xb gives t = xa − xb and the term
// y = t < 0 ? 0 : t (NaN and −0 kept, as ReLU does). The terms of pair (a, m) go to lane m mod 8
// of eight partial sums, a in order and m in order within it, and the row's total is
// ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)): the same bits on eight lanes of AVX-512
// and one at a time. The slopes (t > 0 ? 1 : 0) are counted, which is exact in any order.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include <immintrin.h>

static double combine(const double *l) { return ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7])); }

__attribute__((target("avx512f")))
static void row_avx512(const double *xa, ptrdiff_t na, const double *xb, ptrdiff_t nb, double *total, ptrdiff_t *positive,
                       double *first_slopes, double *second_slopes) {
    const __m512d zero = _mm512_setzero_pd(), one = _mm512_set1_pd(1);
    __m512d lanes = zero;
    ptrdiff_t above = 0;
    const __mmask8 tail = (__mmask8)((1u << (nb % 8)) - 1);
    const ptrdiff_t body = nb - nb % 8;
    for (ptrdiff_t a = 0; a < na; a++) {
        const __m512d x = _mm512_set1_pd(xa[a]);
        ptrdiff_t slopes = 0;
        for (ptrdiff_t m = 0; m < body + (tail ? 8 : 0); m += 8) {
            const __mmask8 in = m < body ? 0xFF : tail;
            const __m512d t = _mm512_sub_pd(x, _mm512_maskz_loadu_pd(in, xb + m));
            const __m512d y = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(t, zero, _CMP_LT_OQ), t, zero);
            lanes = _mm512_mask_add_pd(lanes, in, lanes, y);
            // y > 0 exactly where t > 0 (NaN and −0 are neither), so one count serves both.
            const __mmask8 rising = _mm512_cmp_pd_mask(t, zero, _CMP_GT_OQ) & in;
            above += __builtin_popcount(rising);
            slopes += __builtin_popcount(rising);
            _mm512_mask_storeu_pd(second_slopes + m, rising, _mm512_add_pd(_mm512_maskz_loadu_pd(in, second_slopes + m), one));
        }
        first_slopes[a] += (double)slopes;
    }
    double l[8];
    _mm512_storeu_pd(l, lanes);
    *total = combine(l);
    *positive = above;
}

static void row_scalar(const double *xa, ptrdiff_t na, const double *xb, ptrdiff_t nb, double *total, ptrdiff_t *positive,
                       double *first_slopes, double *second_slopes) {
    double l[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    ptrdiff_t above = 0;
    for (ptrdiff_t a = 0; a < na; a++) {
        ptrdiff_t slopes = 0;
        for (ptrdiff_t m = 0; m < nb; m++) {
            const double t = xa[a] - xb[m], y = t < 0 ? 0 : t;
            l[m % 8] = l[m % 8] + y;
            above += y > 0;
            slopes += t > 0;
            second_slopes[m] += t > 0 ? 1 : 0;
        }
        first_slopes[a] += (double)slopes;
    }
    *total = combine(l);
    *positive = above;
}

void metriclab_hinge_pair_row(const double *xa, ptrdiff_t na, const double *xb, ptrdiff_t nb, int lanes, double *total,
                              ptrdiff_t *positive, double *first_slopes, double *second_slopes) {
    if (lanes == 8) row_avx512(xa, na, xb, nb, total, positive, first_slopes, second_slopes);
    else row_scalar(xa, na, xb, nb, total, positive, first_slopes, second_slopes);
}
