// One group's pass over one row of a masked sum (Tensor.maskedSums) for the hinges it is used
// with, four entries at a time: each entry the same operations as the Swift term, and the row's
// sum kept in the Swift loop's four interleaved partial sums (entry t in partial t mod 4, the
// tail in the first), an unmasked entry adding +0 there as the loop does: the same bits.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include <immintrin.h>
#include <stdint.h>
#include <string.h>

// f(u) and f′(u, f(u)) of each hinge; `r` is u < 0 ? 0 : u, which keeps NaN and −0 as u.
__attribute__((target("avx2"), always_inline))
static inline void hinge(int kind, __m256d u, __m256d *y, __m256d *slope) {
    const __m256d zero = _mm256_setzero_pd();
    const __m256d r = _mm256_blendv_pd(u, zero, _mm256_cmp_pd(u, zero, _CMP_LT_OQ));
    switch (kind) {
    case 0: *y = r; *slope = _mm256_and_pd(_mm256_cmp_pd(u, zero, _CMP_GT_OQ), _mm256_set1_pd(1)); break;
    case 1: *y = _mm256_mul_pd(_mm256_mul_pd(r, r), _mm256_set1_pd(0.5)); *slope = r; break;
    default: *y = _mm256_mul_pd(r, r); *slope = _mm256_mul_pd(_mm256_set1_pd(2), r); break;
    }
}

__attribute__((target("avx2"), always_inline))
static inline double hinge1(int kind, double u, double *slope) {
    const double r = u < 0 ? 0 : u;
    switch (kind) {
    case 0: *slope = u > 0 ? 1 : 0; return r;
    case 1: *slope = r; return r * r * 0.5;
    default: *slope = 2 * r; return r * r;
    }
}

__attribute__((target("avx2"), always_inline))
static inline double row_pass(int kind, const double *x, const unsigned char *bits, ptrdiff_t c, double scale, double offset,
                              bool first, unsigned char tag, double *s, unsigned char *owner, ptrdiff_t *positive, ptrdiff_t *kept) {
    const __m256d zero = _mm256_setzero_pd(), vscale = _mm256_set1_pd(scale), voffset = _mm256_set1_pd(offset);
    const uint32_t tags = (uint32_t)tag * 0x01010101u;
    __m256d partial = zero;
    ptrdiff_t up = 0, on = 0, t = 0;
    for (; t + 4 <= c; t += 4) {
        uint32_t word;
        memcpy(&word, bits + t, 4);
        const __m256d keep = _mm256_castsi256_pd(_mm256_cmpgt_epi64(_mm256_cvtepu8_epi64(_mm_cvtsi32_si128((int)word)),
                                                                   _mm256_setzero_si256()));
        const __m256d u = _mm256_add_pd(_mm256_mul_pd(vscale, _mm256_loadu_pd(x + t)), voffset);
        __m256d y, slope;
        hinge(kind, u, &y, &slope);
        partial = _mm256_add_pd(partial, _mm256_and_pd(keep, y));
        const int kept4 = _mm256_movemask_pd(keep);
        on += __builtin_popcount(kept4);
        up += __builtin_popcount(kept4 & _mm256_movemask_pd(_mm256_cmp_pd(y, zero, _CMP_GT_OQ)));
        const __m256d sv = _mm256_mul_pd(vscale, slope);
        _mm256_storeu_pd(s + t, first ? _mm256_and_pd(keep, sv) : _mm256_blendv_pd(_mm256_loadu_pd(s + t), sv, keep));
        // Bytes of the mask are 0 or 1, so word·0xFF is a byte mask of the kept entries.
        uint32_t o;
        memcpy(&o, owner + t, 4);
        const uint32_t byteMask = word * 0xFFu;
        o = (o & ~byteMask) | (tags & byteMask);
        memcpy(owner + t, &o, 4);
    }
    double l[4];
    _mm256_storeu_pd(l, partial);
    for (; t < c; t++) {
        if (!bits[t]) {
            if (first) s[t] = 0;
            l[0] = l[0] + 0;
            continue;
        }
        double slope;
        const double u = scale * x[t] + offset, y = hinge1(kind, u, &slope);
        on++;
        up += y > 0;
        s[t] = scale * slope;
        owner[t] = tag;
        l[0] = l[0] + y;
    }
    *positive = up;
    *kept = on;
    return (l[0] + l[1]) + (l[2] + l[3]);
}

__attribute__((target("avx2")))
double metriclab_masked_hinge_row_avx2(int kind, const double *x, const unsigned char *bits, ptrdiff_t c, double scale,
                                       double offset, bool first, unsigned char tag, double *s, unsigned char *owner,
                                       ptrdiff_t *positive, ptrdiff_t *kept) {
    switch (kind) {
    case 0: return row_pass(0, x, bits, c, scale, offset, first, tag, s, owner, positive, kept);
    case 1: return row_pass(1, x, bits, c, scale, offset, first, tag, s, owner, positive, kept);
    default: return row_pass(2, x, bits, c, scale, offset, first, tag, s, owner, positive, kept);
    }
}
