// One row of a masked sum (Tensor.maskedSums) for the hinges it is used with, all groups in one
// pass, four entries at a time: each entry the same operations as the Swift term, and each
// group's row sum kept in the Swift loop's four interleaved partial sums (entry t in partial
// t mod 4, the tail in the first), an entry outside the group adding +0 there as the loop does:
// the same bits. Groups are taken in order, so where masks overlapped the later would win, as in the loop.
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

static inline double hinge1(int kind, double u, double *slope) {
    const double r = u < 0 ? 0 : u;
    switch (kind) {
    case 0: *slope = u > 0 ? 1 : 0; return r;
    case 1: *slope = r; return r * r * 0.5;
    default: *slope = 2 * r; return r * r;
    }
}

// G groups (a constant after inlining, so every group's sums and counts stay in registers).
__attribute__((target("avx2"), always_inline))
static inline void row_pass(int kind, int G, const double *x, const unsigned char *const *bits, ptrdiff_t c,
                            const double *scale, const double *offset, double *s, unsigned char *owner, double *totals,
                            ptrdiff_t *counts, const __m256d *from, unsigned char none) {
    const __m256d zero = _mm256_setzero_pd();
    __m256d partial[4];
    __m256i up[4], on[4];
    for (int k = 0; k < G; k++) { partial[k] = from ? from[k] : zero; up[k] = on[k] = _mm256_setzero_si256(); }
    ptrdiff_t t = 0;
    for (; t + 4 <= c; t += 4) {
        const __m256d xt = _mm256_loadu_pd(x + t);
        __m256d sv = zero;
        uint32_t o = none * 0x01010101u;
        for (int k = 0; k < G; k++) {
            uint32_t word;
            memcpy(&word, bits[k] + t, 4);
            // Lanes of 0 or 1, then all ones where kept.
            const __m256i ones = _mm256_cvtepu8_epi64(_mm_cvtsi32_si128((int)word));
            const __m256d keep = _mm256_castsi256_pd(_mm256_cmpgt_epi64(ones, _mm256_setzero_si256()));
            const __m256d vscale = _mm256_set1_pd(scale[k]);
            const __m256d u = _mm256_add_pd(_mm256_mul_pd(vscale, xt), _mm256_set1_pd(offset[k]));
            __m256d y, slope;
            hinge(kind, u, &y, &slope);
            partial[k] = _mm256_add_pd(partial[k], _mm256_and_pd(keep, y));
            on[k] = _mm256_add_epi64(on[k], ones);
            // A compare's lanes are −1 where true: subtracting counts them.
            up[k] = _mm256_sub_epi64(up[k], _mm256_castpd_si256(_mm256_and_pd(keep, _mm256_cmp_pd(y, zero, _CMP_GT_OQ))));
            sv = _mm256_blendv_pd(sv, _mm256_mul_pd(vscale, slope), keep);
            // Bytes of the mask are 0 or 1, so word·0xFF is a byte mask of the kept entries.
            const uint32_t byteMask = word * 0xFFu;
            o = (o & ~byteMask) | (((uint32_t)k * 0x01010101u) & byteMask);
        }
        _mm256_storeu_pd(s + t, sv);
        memcpy(owner + t, &o, 4);
    }
    for (int k = 0; k < G; k++) {
        double l[4];
        int64_t u4[4], n4[4];
        _mm256_storeu_pd(l, partial[k]);
        _mm256_storeu_si256((__m256i *)u4, up[k]);
        _mm256_storeu_si256((__m256i *)n4, on[k]);
        ptrdiff_t positive = u4[0] + u4[1] + u4[2] + u4[3], kept = n4[0] + n4[1] + n4[2] + n4[3];
        for (ptrdiff_t j = t; j < c; j++) {
            if (!bits[k][j]) {
                if (k == 0) { s[j] = 0; owner[j] = none; }
                l[0] = l[0] + 0;
                continue;
            }
            double slope;
            const double u = scale[k] * x[j] + offset[k], y = hinge1(kind, u, &slope);
            kept++;
            positive += y > 0;
            s[j] = scale[k] * slope;
            owner[j] = (unsigned char)k;
            l[0] = l[0] + y;
        }
        totals[k] = (l[0] + l[1]) + (l[2] + l[3]);
        counts[2 * k] = positive;
        counts[2 * k + 1] = kept;
    }
}

// The hinges on eight lanes: the same operations as `hinge`.
__attribute__((target("avx512f"), always_inline))
static inline void hinge8(int kind, __m512d u, __m512d *y, __m512d *slope) {
    const __m512d zero = _mm512_setzero_pd();
    const __m512d r = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(u, zero, _CMP_LT_OQ), u, zero);
    switch (kind) {
    case 0: *y = r; *slope = _mm512_maskz_mov_pd(_mm512_cmp_pd_mask(u, zero, _CMP_GT_OQ), _mm512_set1_pd(1)); break;
    case 1: *y = _mm512_mul_pd(_mm512_mul_pd(r, r), _mm512_set1_pd(0.5)); *slope = r; break;
    default: *y = _mm512_mul_pd(r, r); *slope = _mm512_mul_pd(_mm512_set1_pd(2), r); break;
    }
}

// `row_pass` eight entries an iteration: each group's four partial sums take the low four
// entries, then the high four, as two iterations of the four-lane loop would; the rest of the
// row (fewer than eight entries) goes through the four-lane code.
__attribute__((target("avx512f"), always_inline))
static inline void row_pass8(int kind, int G, const double *x, const unsigned char *const *bits, ptrdiff_t c,
                             const double *scale, const double *offset, double *s, unsigned char *owner, double *totals,
                             ptrdiff_t *counts, unsigned char none) {
    const __m512d zero = _mm512_setzero_pd();
    __m256d partial[4];
    ptrdiff_t up[4], on[4];
    for (int k = 0; k < G; k++) { partial[k] = _mm256_setzero_pd(); up[k] = on[k] = 0; }
    ptrdiff_t t = 0;
    for (; t + 8 <= c; t += 8) {
        const __m512d xt = _mm512_loadu_pd(x + t);
        __m512d sv = zero;
        uint64_t o = none * 0x0101010101010101u;
        for (int k = 0; k < G; k++) {
            uint64_t word;
            memcpy(&word, bits[k] + t, 8);
            const __mmask8 keep = _mm512_cmpneq_epi64_mask(_mm512_cvtepu8_epi64(_mm_cvtsi64_si128((long long)word)),
                                                           _mm512_setzero_si512());
            const __m512d vscale = _mm512_set1_pd(scale[k]);
            const __m512d u = _mm512_add_pd(_mm512_mul_pd(vscale, xt), _mm512_set1_pd(offset[k]));
            __m512d y, slope;
            hinge8(kind, u, &y, &slope);
            const __m512d kept = _mm512_maskz_mov_pd(keep, y);
            partial[k] = _mm256_add_pd(partial[k], _mm512_castpd512_pd256(kept));
            partial[k] = _mm256_add_pd(partial[k], _mm512_extractf64x4_pd(kept, 1));
            on[k] += __builtin_popcount(keep);
            up[k] += __builtin_popcount(keep & _mm512_cmp_pd_mask(y, zero, _CMP_GT_OQ));
            sv = _mm512_mask_blend_pd(keep, sv, _mm512_mul_pd(vscale, slope));
            const uint64_t byteMask = word * 0xFFu;
            o = (o & ~byteMask) | (((uint64_t)k * 0x0101010101010101u) & byteMask);
        }
        _mm512_storeu_pd(s + t, sv);
        memcpy(owner + t, &o, 8);
    }
    // The rest through the four-lane pass, which starts its sums from these.
    double rest[4];
    ptrdiff_t restCounts[8];
    const unsigned char *restBits[4];
    for (int k = 0; k < G; k++) restBits[k] = bits[k] + t;
    row_pass(kind, G, x + t, restBits, c - t, scale, offset, s + t, owner + t, rest, restCounts, partial, none);
    for (int k = 0; k < G; k++) {
        totals[k] = rest[k];
        counts[2 * k] = up[k] + restCounts[2 * k];
        counts[2 * k + 1] = on[k] + restCounts[2 * k + 1];
    }
}

__attribute__((target("avx512f")))
void metriclab_masked_hinge_row_avx512(int kind, int groups, const double *x, const unsigned char *const *bits, ptrdiff_t c,
                                       const double *scale, const double *offset, double *s, unsigned char *owner,
                                       double *totals, ptrdiff_t *counts, unsigned char none) {
#define CASE(K, G) case (K) * 8 + (G): row_pass8(K, G, x, bits, c, scale, offset, s, owner, totals, counts, none); break;
    switch ((kind < 2 ? kind : 2) * 8 + groups) {
    CASE(0, 1) CASE(0, 2) CASE(0, 3) CASE(0, 4)
    CASE(1, 1) CASE(1, 2) CASE(1, 3) CASE(1, 4)
    CASE(2, 1) CASE(2, 2) CASE(2, 3) CASE(2, 4)
    }
#undef CASE
}

__attribute__((target("avx2")))
void metriclab_masked_hinge_row_avx2(int kind, int groups, const double *x, const unsigned char *const *bits, ptrdiff_t c,
                                     const double *scale, const double *offset, double *s, unsigned char *owner,
                                     double *totals, ptrdiff_t *counts, unsigned char none) {
#define CASE(K, G) case (K) * 8 + (G): row_pass(K, G, x, bits, c, scale, offset, s, owner, totals, counts, 0, none); break;
    switch ((kind < 2 ? kind : 2) * 8 + groups) {
    CASE(0, 1) CASE(0, 2) CASE(0, 3) CASE(0, 4)
    CASE(1, 1) CASE(1, 2) CASE(1, 3) CASE(1, 4)
    CASE(2, 1) CASE(2, 2) CASE(2, 3) CASE(2, 4)
    }
#undef CASE
}

// The backward pass of two groups: gx[t] (+)= g[owner[t]]·s[t], the gradient picked by a select.
__attribute__((target("avx512f")))
void metriclab_masked_backward_avx512(double g0, double g1, const unsigned char *owner, const double *s, double *gx,
                                      ptrdiff_t count, bool fresh) {
    const __m512d v0 = _mm512_set1_pd(g0), v1 = _mm512_set1_pd(g1), zero = _mm512_setzero_pd();
    ptrdiff_t t = 0;
    for (; t + 8 <= count; t += 8) {
        const __mmask8 first = _mm512_cmpeq_epi64_mask(_mm512_cvtepu8_epi64(_mm_loadl_epi64((const __m128i *)(owner + t))),
                                                       _mm512_setzero_si512());
        const __m512d term = _mm512_mul_pd(_mm512_mask_blend_pd(first, v1, v0), _mm512_loadu_pd(s + t));
        _mm512_storeu_pd(gx + t, _mm512_add_pd(fresh ? zero : _mm512_loadu_pd(gx + t), term));
    }
    for (; t < count; t++) gx[t] = (fresh ? 0 : gx[t]) + (owner[t] == 0 ? g0 : g1) * s[t];
}

__attribute__((target("avx2")))
void metriclab_masked_backward_avx2(double g0, double g1, const unsigned char *owner, const double *s, double *gx,
                                    ptrdiff_t count, bool fresh) {
    const __m256d v0 = _mm256_set1_pd(g0), v1 = _mm256_set1_pd(g1), zero = _mm256_setzero_pd();
    ptrdiff_t t = 0;
    for (; t + 4 <= count; t += 4) {
        uint32_t word;
        memcpy(&word, owner + t, 4);
        const __m256d first = _mm256_castsi256_pd(_mm256_cmpeq_epi64(_mm256_cvtepu8_epi64(_mm_cvtsi32_si128((int)word)),
                                                                     _mm256_setzero_si256()));
        const __m256d term = _mm256_mul_pd(_mm256_blendv_pd(v1, v0, first), _mm256_loadu_pd(s + t));
        _mm256_storeu_pd(gx + t, _mm256_add_pd(fresh ? zero : _mm256_loadu_pd(gx + t), term));
    }
    for (; t < count; t++) gx[t] = (fresh ? 0 : gx[t]) + (owner[t] == 0 ? g0 : g1) * s[t];
}

// The backward pass of a masked hinge sum of two groups over distances, fused with the root's
// slope: the slope s = scale[k]·f′(scale[k]·x + offset[k]) of each entry's group k is made again
// from x and `owner` (an entry of no group, owner `none`, has s = +0 and takes g0, as the stored
// slopes and the select did), then w = (0 + g·s)/(2x) where x > 0, else +0, when `rooted`, and
// w = 0 + g·s when not: the operations of the hinge row, the select and the half over distance in
// turn, so the bits of the three passes without their two matrices.
static inline double hinge_distance_weight1(int kind, double x, unsigned char o, unsigned char none, const double *scale,
                                           const double *offset, double g0, double g1, bool rooted) {
    const int k = o == none ? 0 : o;
    double slope;
    hinge1(kind, scale[k] * x + offset[k], &slope);
    const double s = o == none ? 0 : scale[k] * slope, w = 0 + (k == 0 ? g0 : g1) * s;
    return rooted ? (x > 0 ? 0.5 * w / x : 0) : w;
}

__attribute__((target("avx2")))
void metriclab_hinge_distance_backward_avx2(int kind, const double *x, const unsigned char *owner, unsigned char none,
                                            const double *scale, const double *offset, double g0, double g1,
                                            bool rooted, double *w, ptrdiff_t count) {
    const __m256d zero = _mm256_setzero_pd(), half = _mm256_set1_pd(0.5);
    const __m256d s0 = _mm256_set1_pd(scale[0]), s1 = _mm256_set1_pd(scale[1]);
    const __m256d o0 = _mm256_set1_pd(offset[0]), o1 = _mm256_set1_pd(offset[1]);
    const __m256d v0 = _mm256_set1_pd(g0), v1 = _mm256_set1_pd(g1);
    const __m256i vnone = _mm256_set1_epi64x(none), vone = _mm256_set1_epi64x(1);
    ptrdiff_t t = 0;
    for (; t + 4 <= count; t += 4) {
        uint32_t word;
        memcpy(&word, owner + t, 4);
        const __m256i o = _mm256_cvtepu8_epi64(_mm_cvtsi32_si128((int)word));
        const __m256d second = _mm256_castsi256_pd(_mm256_cmpeq_epi64(o, vone));
        const __m256d kept = _mm256_castsi256_pd(_mm256_xor_si256(_mm256_cmpeq_epi64(o, vnone), _mm256_set1_epi64x(-1)));
        const __m256d xt = _mm256_loadu_pd(x + t), vscale = _mm256_blendv_pd(s0, s1, second);
        const __m256d u = _mm256_add_pd(_mm256_mul_pd(vscale, xt), _mm256_blendv_pd(o0, o1, second));
        __m256d y, slope;
        hinge(kind, u, &y, &slope);
        const __m256d s = _mm256_and_pd(kept, _mm256_mul_pd(vscale, slope));
        const __m256d gs = _mm256_add_pd(zero, _mm256_mul_pd(_mm256_blendv_pd(v0, v1, second), s));
        const __m256d above = _mm256_cmp_pd(xt, zero, _CMP_GT_OQ);
        _mm256_storeu_pd(w + t, rooted ? _mm256_and_pd(above, _mm256_div_pd(_mm256_mul_pd(half, gs), xt)) : gs);
    }
    for (; t < count; t++) w[t] = hinge_distance_weight1(kind, x[t], owner[t], none, scale, offset, g0, g1, rooted);
}

__attribute__((target("avx512f")))
void metriclab_hinge_distance_backward_avx512(int kind, const double *x, const unsigned char *owner, unsigned char none,
                                              const double *scale, const double *offset, double g0, double g1,
                                              bool rooted, double *w, ptrdiff_t count) {
    const __m512d zero = _mm512_setzero_pd(), half = _mm512_set1_pd(0.5);
    const __m512d s0 = _mm512_set1_pd(scale[0]), s1 = _mm512_set1_pd(scale[1]);
    const __m512d o0 = _mm512_set1_pd(offset[0]), o1 = _mm512_set1_pd(offset[1]);
    const __m512d v0 = _mm512_set1_pd(g0), v1 = _mm512_set1_pd(g1);
    const __m512i vnone = _mm512_set1_epi64(none), vone = _mm512_set1_epi64(1);
    ptrdiff_t t = 0;
    for (; t + 8 <= count; t += 8) {
        const __m512i o = _mm512_cvtepu8_epi64(_mm_loadl_epi64((const __m128i *)(owner + t)));
        const __mmask8 second = _mm512_cmpeq_epi64_mask(o, vone), kept = _mm512_cmpneq_epi64_mask(o, vnone);
        const __m512d xt = _mm512_loadu_pd(x + t), vscale = _mm512_mask_blend_pd(second, s0, s1);
        const __m512d u = _mm512_add_pd(_mm512_mul_pd(vscale, xt), _mm512_mask_blend_pd(second, o0, o1));
        __m512d y, slope;
        hinge8(kind, u, &y, &slope);
        const __m512d s = _mm512_maskz_mul_pd(kept, vscale, slope);
        const __m512d gs = _mm512_add_pd(zero, _mm512_mul_pd(_mm512_mask_blend_pd(second, v0, v1), s));
        const __mmask8 above = _mm512_cmp_pd_mask(xt, zero, _CMP_GT_OQ);
        _mm512_storeu_pd(w + t, rooted ? _mm512_maskz_div_pd(above, _mm512_mul_pd(half, gs), xt) : gs);
    }
    metriclab_hinge_distance_backward_avx2(kind, x + t, owner + t, none, scale, offset, g0, g1, rooted, w + t, count - t);
}

// Each group's sum over the whole matrix as sixteen partial sums, entry t adding into sum t mod 16
// in the order of t, all groups in one pass; then the partial sums folded in halves: l_i + l_{i+8},
// then + the one four on, two on, one on. Eight, four or one lane at a time the order is the same,
// so every CPU gives the same bits; sixteen chains of adds instead of one let a million entries
// (a batch of 1024) pass in a tenth of the time. An entry of another group adds +0 (or is skipped),
// which leaves a sum that started at +0 as it is (it is never −0, and NaN and ±∞ stay).
static double fold16(const double *l) {
    double c[8], d[4];
    for (int i = 0; i < 8; i++) c[i] = l[i] + l[i + 8];
    for (int i = 0; i < 4; i++) d[i] = c[i] + c[i + 4];
    return (d[0] + d[2]) + (d[1] + d[3]);
}

static void owner_sums_1(const unsigned char *owner, const double *s, ptrdiff_t count, int first, int G,
                         double *sums) {
    double l[4][16] = {{0}};
    for (ptrdiff_t t = 0; t < count; t++)
        for (int k = 0; k < G; k++) l[k][t % 16] = l[k][t % 16] + (owner[t] == first + k ? s[t] : 0.0);
    for (int k = 0; k < G; k++) sums[k] = fold16(l[k]);
}

// The last partial group of sixteen entries from t, copied and padded with entries of no group.
static void pad_sixteen(const unsigned char *owner, const double *s, ptrdiff_t t, ptrdiff_t count, double *tail,
                        unsigned char *tail_owner, const unsigned char **o, const double **v) {
    for (int j = 0; j < 16; j++) {
        tail[j] = t + j < count ? s[t + j] : 0;
        tail_owner[j] = t + j < count ? owner[t + j] : 255;
    }
    *o = tail_owner;
    *v = tail;
}

__attribute__((target("avx2")))
static void owner_sums_4(const unsigned char *owner, const double *s, ptrdiff_t count, int first, int G,
                         double *sums) {
    __m256d l[4][4];
    for (int k = 0; k < G; k++) for (int q = 0; q < 4; q++) l[k][q] = _mm256_setzero_pd();
    double tail[16] = {0};
    unsigned char tail_owner[16];
    for (ptrdiff_t t = 0; t < count; t += 16) {
        const double *v = s + t;
        const unsigned char *o = owner + t;
        if (t + 16 > count) pad_sixteen(owner, s, t, count, tail, tail_owner, &o, &v);
        for (int q = 0; q < 4; q++) {
            uint32_t word;
            memcpy(&word, o + 4 * q, 4);
            const __m256i bytes = _mm256_cvtepu8_epi64(_mm_cvtsi32_si128((int)word));
            const __m256d x = _mm256_loadu_pd(v + 4 * q);
            for (int k = 0; k < G; k++) {
                const __m256d mine = _mm256_castsi256_pd(_mm256_cmpeq_epi64(bytes, _mm256_set1_epi64x(first + k)));
                l[k][q] = _mm256_add_pd(l[k][q], _mm256_and_pd(mine, x));
            }
        }
    }
    for (int k = 0; k < G; k++) {
        double lanes[16];
        for (int q = 0; q < 4; q++) _mm256_storeu_pd(lanes + 4 * q, l[k][q]);
        sums[k] = fold16(lanes);
    }
}

__attribute__((target("avx512f")))
static void owner_sums_8(const unsigned char *owner, const double *s, ptrdiff_t count, int first, int G,
                         double *sums) {
    __m512d l[4][2];
    for (int k = 0; k < G; k++) l[k][0] = l[k][1] = _mm512_setzero_pd();
    double tail[16] = {0};
    unsigned char tail_owner[16];
    for (ptrdiff_t t = 0; t < count; t += 16) {
        const double *v = s + t;
        const unsigned char *o = owner + t;
        if (t + 16 > count) pad_sixteen(owner, s, t, count, tail, tail_owner, &o, &v);
        for (int h = 0; h < 2; h++) {
            const __m512i bytes = _mm512_cvtepu8_epi64(_mm_loadl_epi64((const __m128i *)(o + 8 * h)));
            const __m512d x = _mm512_loadu_pd(v + 8 * h);
            for (int k = 0; k < G; k++) {
                const __mmask8 mine = _mm512_cmpeq_epi64_mask(bytes, _mm512_set1_epi64(first + k));
                l[k][h] = _mm512_mask_add_pd(l[k][h], mine, l[k][h], x);
            }
        }
    }
    for (int k = 0; k < G; k++) {
        double lanes[16];
        _mm512_storeu_pd(lanes, l[k][0]);
        _mm512_storeu_pd(lanes + 8, l[k][1]);
        sums[k] = fold16(lanes);
    }
}

void metriclab_owner_sums(const unsigned char *owner, const double *s, ptrdiff_t count, int first, int groups,
                          int lanes, double *sums) {
    if (lanes == 8) owner_sums_8(owner, s, count, first, groups, sums);
    else if (lanes == 4) owner_sums_4(owner, s, count, first, groups, sums);
    else owner_sums_1(owner, s, count, first, groups, sums);
}
