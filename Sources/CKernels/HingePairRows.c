// One row of the all-triplets hinge sum (Tensor.rowPairDifferenceSum with ReLU): every pair of a
// first value xa (the offset already added) and a second value xb gives t = xa − xb and the term
// y = t < 0 ? 0 : t (NaN and −0 kept, as ReLU does). The terms of pair (a, m) go to lane m mod 8
// of eight partial sums, a in order and m in order within it, and the row's total is
// ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)): the same bits on eight lanes of AVX-512,
// two registers of four on AVX2, and one at a time. The slopes (t > 0 ? 1 : 0) are counted, which is exact in any order.
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

// The same on AVX2: lanes 0–3 and 4–7 in two registers. A row's last nb mod 8 entries go through
// the lanes in memory after each a's body, so every lane still adds in the order of (a, m).
__attribute__((target("avx2")))
static void row_avx2(const double *xa, ptrdiff_t na, const double *xb, ptrdiff_t nb, double *total, ptrdiff_t *positive,
                     double *first_slopes, double *second_slopes) {
    const __m256d zero = _mm256_setzero_pd(), one = _mm256_set1_pd(1);
    __m256d low = zero, high = zero;
    ptrdiff_t above = 0;
    const ptrdiff_t body = nb - nb % 8;
    for (ptrdiff_t a = 0; a < na; a++) {
        const __m256d x = _mm256_set1_pd(xa[a]);
        ptrdiff_t slopes = 0;
        for (ptrdiff_t m = 0; m < body; m += 8) {
            const __m256d t0 = _mm256_sub_pd(x, _mm256_loadu_pd(xb + m)), t1 = _mm256_sub_pd(x, _mm256_loadu_pd(xb + m + 4));
            low = _mm256_add_pd(low, _mm256_blendv_pd(t0, zero, _mm256_cmp_pd(t0, zero, _CMP_LT_OQ)));
            high = _mm256_add_pd(high, _mm256_blendv_pd(t1, zero, _mm256_cmp_pd(t1, zero, _CMP_LT_OQ)));
            const __m256d r0 = _mm256_cmp_pd(t0, zero, _CMP_GT_OQ), r1 = _mm256_cmp_pd(t1, zero, _CMP_GT_OQ);
            const int rising = __builtin_popcount(_mm256_movemask_pd(r0)) + __builtin_popcount(_mm256_movemask_pd(r1));
            above += rising;
            slopes += rising;
            _mm256_storeu_pd(second_slopes + m, _mm256_add_pd(_mm256_loadu_pd(second_slopes + m), _mm256_and_pd(r0, one)));
            _mm256_storeu_pd(second_slopes + m + 4, _mm256_add_pd(_mm256_loadu_pd(second_slopes + m + 4), _mm256_and_pd(r1, one)));
        }
        if (body < nb) {
            double l[8];
            _mm256_storeu_pd(l, low);
            _mm256_storeu_pd(l + 4, high);
            for (ptrdiff_t m = body; m < nb; m++) {
                const double t = xa[a] - xb[m], y = t < 0 ? 0 : t;
                l[m - body] = l[m - body] + y;
                above += y > 0;
                slopes += t > 0;
                second_slopes[m] += t > 0 ? 1 : 0;
            }
            low = _mm256_loadu_pd(l);
            high = _mm256_loadu_pd(l + 4);
        }
        first_slopes[a] += (double)slopes;
    }
    double l[8];
    _mm256_storeu_pd(l, low);
    _mm256_storeu_pd(l + 4, high);
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
    else if (lanes == 4) row_avx2(xa, na, xb, nb, total, positive, first_slopes, second_slopes);
    else row_scalar(xa, na, xb, nb, total, positive, first_slopes, second_slopes);
}
