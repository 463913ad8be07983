// Interval masks (Mask(_:within:above:below:)): byte t is within[t] where lower < x[t] (< upper
// when bounded), else 0. Sixty-four entries at a time on AVX-512: eight ordered compares of eight
// doubles (false on NaN, as Swift's < and > are) make a 64-bit mask that keeps the mask's bytes,
// 0 or 1. Thirty-two on AVX2, the compares' sign bits gathered into a 32-bit mask and spread back
// to one byte each.
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

__attribute__((target("avx2"), always_inline))
static inline void interval_avx2(const double *x, const unsigned char *within, ptrdiff_t count, double lower,
                                 double upper, bool bounded, unsigned char *out) {
    const __m256d lo = _mm256_set1_pd(lower), hi = _mm256_set1_pd(upper);
    // Byte b of the result reads byte b / 8 of the mask and keeps bit b mod 8 of it.
    const __m256i spread = _mm256_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1,
                                            2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3);
    const __m256i bit = _mm256_set1_epi64x((long long)0x8040201008040201ULL);
    ptrdiff_t t = 0;
    for (; t + 32 <= count; t += 32) {
        unsigned inside = 0;
        for (int q = 0; q < 8; q++) {
            const __m256d v = _mm256_loadu_pd(x + t + 4 * q);
            __m256d lane = _mm256_cmp_pd(v, lo, _CMP_GT_OQ);
            if (bounded) lane = _mm256_and_pd(lane, _mm256_cmp_pd(v, hi, _CMP_LT_OQ));
            inside |= (unsigned)_mm256_movemask_pd(lane) << (4 * q);
        }
        const __m256i bytes = _mm256_shuffle_epi8(_mm256_set1_epi32((int)inside), spread);
        const __m256i kept = _mm256_cmpeq_epi8(_mm256_and_si256(bytes, bit), bit);
        _mm256_storeu_si256((__m256i *)(out + t), _mm256_and_si256(kept, _mm256_loadu_si256((const __m256i *)(within + t))));
    }
    for (; t < count; t++) out[t] = within[t] & (x[t] > lower) & (!bounded || x[t] < upper);
}

__attribute__((target("avx2")))
void metriclab_interval_mask_avx2(const double *x, const unsigned char *within, ptrdiff_t count, double lower,
                                  double upper, bool bounded, unsigned char *out) {
    if (bounded) interval_avx2(x, within, count, lower, upper, true, out);
    else interval_avx2(x, within, count, lower, upper, false, out);
}
