// The m×m passes of distances between narrow rows (d ≤ 8, the 2-D notebooks): every entry the
// same operations in the same order as the Swift loops they replace (a multiply rounded, then an
// add rounded, never fused), so the same bits; only the walk over memory and the lanes change.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include <immintrin.h>
#include <math.h>

// R rows of g (i ascending) into P rows of sums, eight columns a register: each sum adds its R
// products in the order of i. R and P are constants after inlining, so the sums and the
// broadcast coefficients stay in registers while j runs along the rows.
__attribute__((target("avx512f"), always_inline))
static inline void column_sums_block(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                     ptrdiff_t lds, ptrdiff_t n, int R, int P) {
    __m512d x[4][4];
    for (int r = 0; r < R; r++) for (int p = 0; p < P; p++) x[r][p] = _mm512_set1_pd(a[r * lda + p]);
    const ptrdiff_t body = n - n % 8;
    for (ptrdiff_t j = 0; j < body; j += 8) {
        __m512d acc[4];
        for (int p = 0; p < P; p++) acc[p] = _mm512_loadu_pd(s + p * lds + j);
        for (int r = 0; r < R; r++) {
            const __m512d gr = _mm512_loadu_pd(g + r * ldg + j);
            for (int p = 0; p < P; p++) acc[p] = _mm512_add_pd(acc[p], _mm512_mul_pd(x[r][p], gr));
        }
        for (int p = 0; p < P; p++) _mm512_storeu_pd(s + p * lds + j, acc[p]);
    }
    for (ptrdiff_t j = body; j < n; j++) {
        for (int p = 0; p < P; p++) {
            double v = s[p * lds + j];
            for (int r = 0; r < R; r++) v = v + a[r * lda + p] * g[r * ldg + j];
            s[p * lds + j] = v;
        }
    }
}

// Dispatches a block of up to four rows of g and up to four rows of sums to its constant shape.
__attribute__((target("avx512f")))
static void column_sums_any(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s, ptrdiff_t lds,
                            ptrdiff_t n, int R, int P) {
#define SHAPE(r, p) case (r) * 8 + (p): column_sums_block(a, lda, g, ldg, s, lds, n, r, p); break;
    switch (R * 8 + P) {
    SHAPE(1, 1) SHAPE(1, 2) SHAPE(1, 3) SHAPE(1, 4) SHAPE(2, 1) SHAPE(2, 2) SHAPE(2, 3) SHAPE(2, 4)
    SHAPE(3, 1) SHAPE(3, 2) SHAPE(3, 3) SHAPE(3, 4) SHAPE(4, 1) SHAPE(4, 2) SHAPE(4, 3) SHAPE(4, 4)
    }
#undef SHAPE
}

// Up to four rows of sums held in registers, J vectors of eight columns each (the last one
// masked to `tail`), while i runs over all k rows of g: the same multiply-then-add chain per sum in
// the order of i, without storing and reloading the sums every four rows (which cost ten times
// the arithmetic when the sums are few: a layer's weight gradient into a 2-D embedding).
__attribute__((target("avx512f"), always_inline))
static inline void column_sums_resident(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                        ptrdiff_t lds, ptrdiff_t k, int P, int J, __mmask8 tail) {
    __m512d acc[4][4];
    for (int p = 0; p < P; p++)
        for (int v = 0; v < J; v++) acc[p][v] = _mm512_maskz_loadu_pd(v == J - 1 ? tail : 0xFF, s + p * lds + 8 * v);
    for (ptrdiff_t i = 0; i < k; i++) {
        __m512d gi[4];
        for (int v = 0; v < J; v++) gi[v] = _mm512_maskz_loadu_pd(v == J - 1 ? tail : 0xFF, g + i * ldg + 8 * v);
        for (int p = 0; p < P; p++) {
            const __m512d x = _mm512_set1_pd(a[i * lda + p]);
            for (int v = 0; v < J; v++) acc[p][v] = _mm512_add_pd(acc[p][v], _mm512_mul_pd(x, gi[v]));
        }
    }
    for (int p = 0; p < P; p++)
        for (int v = 0; v < J; v++) _mm512_mask_storeu_pd(s + p * lds + 8 * v, v == J - 1 ? tail : 0xFF, acc[p][v]);
}

// Dispatches q ≤ 4 rows of sums over 32 columns at a time to its constant shape.
__attribute__((target("avx512f")))
static void column_sums_few(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s, ptrdiff_t lds,
                            ptrdiff_t k, int P, ptrdiff_t n) {
    for (ptrdiff_t j = 0; j < n; j += 32) {
        const ptrdiff_t left = n - j;
        const int J = left >= 32 ? 4 : (int)((left + 7) / 8);
        const __mmask8 tail = left >= 32 || left % 8 == 0 ? 0xFF : (__mmask8)((1u << (left % 8)) - 1);
#define SHAPE(p, v) case (p) * 8 + (v): column_sums_resident(a, lda, g + j, ldg, s + j, lds, k, p, v, tail); break;
        switch (P * 8 + J) {
        SHAPE(1, 1) SHAPE(1, 2) SHAPE(1, 3) SHAPE(1, 4) SHAPE(2, 1) SHAPE(2, 2) SHAPE(2, 3) SHAPE(2, 4)
        SHAPE(3, 1) SHAPE(3, 2) SHAPE(3, 3) SHAPE(3, 4) SHAPE(4, 1) SHAPE(4, 2) SHAPE(4, 3) SHAPE(4, 4)
        }
#undef SHAPE
    }
}

__attribute__((target("avx512f")))
void metriclab_column_sums_avx512(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                  ptrdiff_t lds, ptrdiff_t k, ptrdiff_t q, ptrdiff_t n) {
    if (q <= 4) return column_sums_few(a, lda, g, ldg, s, lds, k, (int)q, n);
    for (ptrdiff_t i = 0; i < k; i += 4) {
        const int R = k - i < 4 ? (int)(k - i) : 4;
        for (ptrdiff_t p = 0; p < q; p += 4) {
            const int P = q - p < 4 ? (int)(q - p) : 4;
            column_sums_any(a + i * lda + p, lda, g + i * ldg, ldg, s + p * lds, lds, n, R, P);
        }
    }
}

// The same on AVX2, four columns a register.
__attribute__((target("avx2"), always_inline))
static inline void column_sums_block_avx2(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                          ptrdiff_t lds, ptrdiff_t n, int R, int P) {
    const ptrdiff_t body = n - n % 4;
    for (ptrdiff_t j = 0; j < body; j += 4) {
        __m256d acc[4];
        for (int p = 0; p < P; p++) acc[p] = _mm256_loadu_pd(s + p * lds + j);
        for (int r = 0; r < R; r++) {
            const __m256d gr = _mm256_loadu_pd(g + r * ldg + j);
            for (int p = 0; p < P; p++) acc[p] = _mm256_add_pd(acc[p], _mm256_mul_pd(_mm256_broadcast_sd(a + r * lda + p), gr));
        }
        for (int p = 0; p < P; p++) _mm256_storeu_pd(s + p * lds + j, acc[p]);
    }
    for (ptrdiff_t j = body; j < n; j++) {
        for (int p = 0; p < P; p++) {
            double v = s[p * lds + j];
            for (int r = 0; r < R; r++) v = v + a[r * lda + p] * g[r * ldg + j];
            s[p * lds + j] = v;
        }
    }
}

__attribute__((target("avx2")))
static void column_sums_any_avx2(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                 ptrdiff_t lds, ptrdiff_t n, int R, int P) {
#define SHAPE(r, p) case (r) * 8 + (p): column_sums_block_avx2(a, lda, g, ldg, s, lds, n, r, p); break;
    switch (R * 8 + P) {
    SHAPE(1, 1) SHAPE(1, 2) SHAPE(1, 3) SHAPE(1, 4) SHAPE(2, 1) SHAPE(2, 2) SHAPE(2, 3) SHAPE(2, 4)
    SHAPE(3, 1) SHAPE(3, 2) SHAPE(3, 3) SHAPE(3, 4) SHAPE(4, 1) SHAPE(4, 2) SHAPE(4, 3) SHAPE(4, 4)
    }
#undef SHAPE
}

// The register-resident sums on AVX2: P·J ≤ 8 vectors of four columns, the last one masked to
// `tail` (a constant all-ones mask, where the caller passes one, becomes plain loads).
__attribute__((target("avx2"), always_inline))
static inline void column_sums_resident_avx2(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                             ptrdiff_t lds, ptrdiff_t k, int P, int J, __m256i tail) {
    const __m256i all = _mm256_set1_epi64x(-1);
    __m256d acc[4][4];
    for (int p = 0; p < P; p++)
        for (int v = 0; v < J; v++) acc[p][v] = _mm256_maskload_pd(s + p * lds + 4 * v, v == J - 1 ? tail : all);
    for (ptrdiff_t i = 0; i < k; i++) {
        __m256d gi[4];
        for (int v = 0; v < J; v++) gi[v] = _mm256_maskload_pd(g + i * ldg + 4 * v, v == J - 1 ? tail : all);
        for (int p = 0; p < P; p++) {
            const __m256d x = _mm256_broadcast_sd(a + i * lda + p);
            for (int v = 0; v < J; v++) acc[p][v] = _mm256_add_pd(acc[p][v], _mm256_mul_pd(x, gi[v]));
        }
    }
    for (int p = 0; p < P; p++)
        for (int v = 0; v < J; v++) _mm256_maskstore_pd(s + p * lds + 4 * v, v == J - 1 ? tail : all, acc[p][v]);
}

// Sixteen columns a pass for one or two rows of sums (eight sums, four pieces of a row of g and a
// broadcast: thirteen registers), eight for three or four. Each pass walks down all k rows of g,
// a new cache line (and every row or two a new page) each row, so fewer, wider passes miss less;
// the full passes load unmasked, the last one masks its last four columns.
__attribute__((target("avx2")))
static void column_sums_few_avx2(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                 ptrdiff_t lds, ptrdiff_t k, int P, ptrdiff_t n) {
    const __m256i all = _mm256_set1_epi64x(-1);
    const ptrdiff_t width = P <= 2 ? 16 : 8;
    ptrdiff_t j = 0;
    for (; j + width <= n; j += width) {
        switch (P) {
        case 1: column_sums_resident_avx2(a, lda, g + j, ldg, s + j, lds, k, 1, 4, all); break;
        case 2: column_sums_resident_avx2(a, lda, g + j, ldg, s + j, lds, k, 2, 4, all); break;
        case 3: column_sums_resident_avx2(a, lda, g + j, ldg, s + j, lds, k, 3, 2, all); break;
        case 4: column_sums_resident_avx2(a, lda, g + j, ldg, s + j, lds, k, 4, 2, all); break;
        }
    }
    if (j < n) {
        const ptrdiff_t left = n - j;
        const int J = (int)((left + 3) / 4), lanes = (int)((left - 1) % 4 + 1);
        const __m256i tail = _mm256_cmpgt_epi64(_mm256_set1_epi64x(lanes), _mm256_setr_epi64x(0, 1, 2, 3));
#define SHAPE(p, v) case (p) * 8 + (v): column_sums_resident_avx2(a, lda, g + j, ldg, s + j, lds, k, p, v, tail); break;
        switch (P * 8 + J) {
        SHAPE(1, 1) SHAPE(1, 2) SHAPE(1, 3) SHAPE(1, 4) SHAPE(2, 1) SHAPE(2, 2) SHAPE(2, 3) SHAPE(2, 4)
        SHAPE(3, 1) SHAPE(3, 2) SHAPE(4, 1) SHAPE(4, 2)
        }
#undef SHAPE
    }
}

__attribute__((target("avx2")))
void metriclab_column_sums_avx2(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                ptrdiff_t lds, ptrdiff_t k, ptrdiff_t q, ptrdiff_t n) {
    // Eight columns a pass walk g in steps of a row: past 128 columns the passes cost more in
    // cache and TLB misses than the stored sums do.
    if (q <= 4 && n <= 128) return column_sums_few_avx2(a, lda, g, ldg, s, lds, k, (int)q, n);
    for (ptrdiff_t i = 0; i < k; i += 4) {
        const int R = k - i < 4 ? (int)(k - i) : 4;
        for (ptrdiff_t p = 0; p < q; p += 4) {
            const int P = q - p < 4 ? (int)(q - p) : 4;
            column_sums_any_avx2(a + i * lda + p, lda, g + i * ldg, ldg, s + p * lds, lds, n, R, P);
        }
    }
}

// A row of squared distances to narrow points: t = xₚ − yₚⱼ, the first square written and the
// others added in the order of p, then, when rooted, √ of (0 ≥ s ? 0 : s), Swift.max(s, 0)'s choice.
__attribute__((target("avx512f")))
void metriclab_narrow_distances_avx512(const double *x, const double *yT, double *out, ptrdiff_t rows, ptrdiff_t m,
                                       ptrdiff_t d, bool rooted) {
    const __m512d zero = _mm512_setzero_pd();
    const ptrdiff_t body = m - m % 8;
    for (ptrdiff_t i = 0; i < rows; i++) {
        const double *xi = x + i * d;
        double *row = out + i * m;
        for (ptrdiff_t j = 0; j < body; j += 8) {
            __m512d t = _mm512_sub_pd(_mm512_set1_pd(xi[0]), _mm512_loadu_pd(yT + j));
            __m512d s = _mm512_mul_pd(t, t);
            for (ptrdiff_t p = 1; p < d; p++) {
                t = _mm512_sub_pd(_mm512_set1_pd(xi[p]), _mm512_loadu_pd(yT + p * m + j));
                s = _mm512_add_pd(s, _mm512_mul_pd(t, t));
            }
            if (rooted) s = _mm512_sqrt_pd(_mm512_mask_blend_pd(_mm512_cmp_pd_mask(zero, s, _CMP_GE_OQ), s, zero));
            _mm512_storeu_pd(row + j, s);
        }
        for (ptrdiff_t j = body; j < m; j++) {
            double t = xi[0] - yT[j], s = t * t;
            for (ptrdiff_t p = 1; p < d; p++) { t = xi[p] - yT[p * m + j]; s = s + t * t; }
            row[j] = rooted ? sqrt(0 >= s ? 0 : s) : s;
        }
    }
}

__attribute__((target("avx2")))
void metriclab_narrow_distances_avx2(const double *x, const double *yT, double *out, ptrdiff_t rows, ptrdiff_t m,
                                     ptrdiff_t d, bool rooted) {
    const __m256d zero = _mm256_setzero_pd();
    const ptrdiff_t body = m - m % 4;
    for (ptrdiff_t i = 0; i < rows; i++) {
        const double *xi = x + i * d;
        double *row = out + i * m;
        for (ptrdiff_t j = 0; j < body; j += 4) {
            __m256d t = _mm256_sub_pd(_mm256_set1_pd(xi[0]), _mm256_loadu_pd(yT + j));
            __m256d s = _mm256_mul_pd(t, t);
            for (ptrdiff_t p = 1; p < d; p++) {
                t = _mm256_sub_pd(_mm256_set1_pd(xi[p]), _mm256_loadu_pd(yT + p * m + j));
                s = _mm256_add_pd(s, _mm256_mul_pd(t, t));
            }
            // blendv takes the second operand where the mask is set: 0 where 0 ≥ s.
            if (rooted) s = _mm256_sqrt_pd(_mm256_blendv_pd(s, zero, _mm256_cmp_pd(zero, s, _CMP_GE_OQ)));
            _mm256_storeu_pd(row + j, s);
        }
        for (ptrdiff_t j = body; j < m; j++) {
            double t = xi[0] - yT[j], s = t * t;
            for (ptrdiff_t p = 1; p < d; p++) { t = xi[p] - yT[p * m + j]; s = s + t * t; }
            row[j] = rooted ? sqrt(0 >= s ? 0 : s) : s;
        }
    }
}
