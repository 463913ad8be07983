// Interval masks (Mask(_:within:above:below:)): byte t is within[t] where lower < x[t] (< upper
// when bounded), else 0. Sixty-four entries at a time: eight ordered compares of eight doubles
// (false on NaN, as Swift's < and > are) make a 64-bit mask that keeps the mask's bytes, 0 or 1.
#include "CKernels.h"
#include <immintrin.h>

__attribute__((target("avx512f,avx512bw"), always_inline))
static inline void interval(const double *x, const unsigned char *within, ptrdiff_t count, double lower, double upper,
                            bool bounded, unsigned char *out) {
    const __m512d lo = _mm512_set1_pd(lower), hi = _mm512_set1_pd(upper);
    ptrdiff_t t = 0;
    for (; t + 64 <= count; t += 64) {
        __mmask64 inside = 0;
        for (int q = 0; q < 8; q++) {
            const __m512d v = _mm512_loadu_pd(x + t + 8 * q);
            __mmask8 lane = _mm512_cmp_pd_mask(v, lo, _CMP_GT_OQ);
            if (bounded) lane &= _mm512_cmp_pd_mask(v, hi, _CMP_LT_OQ);
            inside |= (__mmask64)lane << (8 * q);
        }
        _mm512_storeu_si512(out + t, _mm512_maskz_mov_epi8(inside, _mm512_loadu_si512(within + t)));
    }
    for (; t < count; t++) out[t] = within[t] & (x[t] > lower) & (!bounded || x[t] < upper);
}

__attribute__((target("avx512f,avx512bw")))
void metriclab_interval_mask_avx512(const double *x, const unsigned char *within, ptrdiff_t count, double lower,
                                    double upper, bool bounded, unsigned char *out) {
    if (bounded) interval(x, within, count, lower, upper, true, out);
    else interval(x, within, count, lower, upper, false, out);
}
