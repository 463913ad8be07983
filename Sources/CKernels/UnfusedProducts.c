// Products whose every entry must come out bit for bit as the plain Swift loops they replace: a
// multiply rounded, then an add rounded, never a fused multiply-add, and each sum in the loops'
// order. Only the number of loads and of lanes at work changes.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include <immintrin.h>

// One dot product of the lanes kernel's order: lanes l and l + 4 added, then the four sums in
// order (Swift's SIMD4 sum, from −0, which leaves the first term as it is), then the tail.
__attribute__((target("avx512f")))
static double lanes_finish(__m512d acc, const double *x, const double *y, ptrdiff_t from, ptrdiff_t k) {
    const __m256d u = _mm256_add_pd(_mm512_castpd512_pd256(acc), _mm512_extractf64x4_pd(acc, 1));
    double l[4];
    _mm256_storeu_pd(l, u);
    double s = ((l[0] + l[1]) + l[2]) + l[3];
    for (ptrdiff_t j = from; j < k; j++) s = s + x[j] * y[j];
    return s;
}

// A tile of R rows of A by Q rows of B: one register of eight partial sums (one per j mod 8) for
// each of the R·Q dot products, so every loaded piece of a row serves Q or R products.
__attribute__((target("avx512f"), always_inline))
static inline void lanes_tile(const double *a, ptrdiff_t lda, const double *b, ptrdiff_t ldb, double *c, ptrdiff_t ldc,
                              ptrdiff_t k, int R, int Q) {
    __m512d acc[4][4];
    for (int r = 0; r < R; r++) for (int q = 0; q < Q; q++) acc[r][q] = _mm512_setzero_pd();
    const ptrdiff_t body = k - k % 8;
    for (ptrdiff_t j = 0; j < body; j += 8) {
        __m512d x[4], y[4];
        for (int r = 0; r < R; r++) x[r] = _mm512_loadu_pd(a + r * lda + j);
        for (int q = 0; q < Q; q++) y[q] = _mm512_loadu_pd(b + q * ldb + j);
        for (int r = 0; r < R; r++) for (int q = 0; q < Q; q++) acc[r][q] = _mm512_add_pd(acc[r][q], _mm512_mul_pd(x[r], y[q]));
    }
    for (int r = 0; r < R; r++) for (int q = 0; q < Q; q++) c[r * ldc + q] = lanes_finish(acc[r][q], a + r * lda, b + q * ldb, body, k);
}

__attribute__((target("avx512f")))
void metriclab_lane_dots_avx512(const double *a, ptrdiff_t lda, const double *b, ptrdiff_t ldb, double *c, ptrdiff_t ldc,
                                ptrdiff_t rows, ptrdiff_t cols, ptrdiff_t k) {
    const ptrdiff_t tall = rows - rows % 4, wide = cols - cols % 4;
    // The last one to three columns as one tile, so a row of A is read once for all of them
    // (a product into 2-D points has only two).
#define EDGE(R) switch (cols - wide) { \
    case 1: lanes_tile(a + i * lda, lda, b + wide * ldb, ldb, c + i * ldc + wide, ldc, k, R, 1); break; \
    case 2: lanes_tile(a + i * lda, lda, b + wide * ldb, ldb, c + i * ldc + wide, ldc, k, R, 2); break; \
    case 3: lanes_tile(a + i * lda, lda, b + wide * ldb, ldb, c + i * ldc + wide, ldc, k, R, 3); break; }
    for (ptrdiff_t i = 0; i < tall; i += 4) {
        for (ptrdiff_t q = 0; q < wide; q += 4) lanes_tile(a + i * lda, lda, b + q * ldb, ldb, c + i * ldc + q, ldc, k, 4, 4);
        EDGE(4)
    }
    for (ptrdiff_t i = tall; i < rows; i++) {
        for (ptrdiff_t q = 0; q < wide; q += 4) lanes_tile(a + i * lda, lda, b + q * ldb, ldb, c + i * ldc + q, ldc, k, 1, 4);
        EDGE(1)
    }
#undef EDGE
}

// Four rows by sixteen columns of C in registers while p runs; each entry c + a·b, rounded twice.
__attribute__((target("avx512f")))
void metriclab_gemm_unfused_avx512(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b,
                                   ptrdiff_t b_stride, double *c, ptrdiff_t c_stride, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n) {
    const ptrdiff_t tall = m - m % 4, wide = n - n % 16;
    for (ptrdiff_t i = 0; i < tall; i += 4) {
        const double *a0 = a + i * row_stride, *a1 = a0 + row_stride, *a2 = a1 + row_stride, *a3 = a2 + row_stride;
        double *c0 = c + i * c_stride, *c1 = c0 + c_stride, *c2 = c1 + c_stride, *c3 = c2 + c_stride;
        for (ptrdiff_t j = 0; j < wide; j += 16) {
            __m512d s0 = _mm512_loadu_pd(c0 + j), t0 = _mm512_loadu_pd(c0 + j + 8);
            __m512d s1 = _mm512_loadu_pd(c1 + j), t1 = _mm512_loadu_pd(c1 + j + 8);
            __m512d s2 = _mm512_loadu_pd(c2 + j), t2 = _mm512_loadu_pd(c2 + j + 8);
            __m512d s3 = _mm512_loadu_pd(c3 + j), t3 = _mm512_loadu_pd(c3 + j + 8);
            for (ptrdiff_t p = 0; p < k; p++) {
                const __m512d u = _mm512_loadu_pd(b + p * b_stride + j), v = _mm512_loadu_pd(b + p * b_stride + j + 8);
                const ptrdiff_t q = p * col_stride;
                __m512d x = _mm512_set1_pd(a0[q]);
                s0 = _mm512_add_pd(s0, _mm512_mul_pd(x, u)); t0 = _mm512_add_pd(t0, _mm512_mul_pd(x, v));
                x = _mm512_set1_pd(a1[q]);
                s1 = _mm512_add_pd(s1, _mm512_mul_pd(x, u)); t1 = _mm512_add_pd(t1, _mm512_mul_pd(x, v));
                x = _mm512_set1_pd(a2[q]);
                s2 = _mm512_add_pd(s2, _mm512_mul_pd(x, u)); t2 = _mm512_add_pd(t2, _mm512_mul_pd(x, v));
                x = _mm512_set1_pd(a3[q]);
                s3 = _mm512_add_pd(s3, _mm512_mul_pd(x, u)); t3 = _mm512_add_pd(t3, _mm512_mul_pd(x, v));
            }
            _mm512_storeu_pd(c0 + j, s0); _mm512_storeu_pd(c0 + j + 8, t0);
            _mm512_storeu_pd(c1 + j, s1); _mm512_storeu_pd(c1 + j + 8, t1);
            _mm512_storeu_pd(c2 + j, s2); _mm512_storeu_pd(c2 + j + 8, t2);
            _mm512_storeu_pd(c3 + j, s3); _mm512_storeu_pd(c3 + j + 8, t3);
        }
    }
    // Rows after the last four one at a time, sixteen columns a register pair.
    for (ptrdiff_t i = tall; i < m; i++) {
        const double *ai = a + i * row_stride;
        double *ci = c + i * c_stride;
        for (ptrdiff_t j = 0; j < wide; j += 16) {
            __m512d s = _mm512_loadu_pd(ci + j), t = _mm512_loadu_pd(ci + j + 8);
            for (ptrdiff_t p = 0; p < k; p++) {
                const __m512d x = _mm512_set1_pd(ai[p * col_stride]);
                s = _mm512_add_pd(s, _mm512_mul_pd(x, _mm512_loadu_pd(b + p * b_stride + j)));
                t = _mm512_add_pd(t, _mm512_mul_pd(x, _mm512_loadu_pd(b + p * b_stride + j + 8)));
            }
            _mm512_storeu_pd(ci + j, s); _mm512_storeu_pd(ci + j + 8, t);
        }
    }
    // The columns after the last sixteen one entry at a time, in the same order.
    for (ptrdiff_t i = 0; i < m; i++) {
        for (ptrdiff_t j = wide; j < n; j++) {
            double s = c[i * c_stride + j];
            for (ptrdiff_t p = 0; p < k; p++) s = s + a[i * row_stride + p * col_stride] * b[p * b_stride + j];
            c[i * c_stride + j] = s;
        }
    }
}

// The AVX2 forms of the two kernels above, for processors without AVX-512 (and for valgrind,
// which runs no AVX-512): the eight partial sums of a dot product in two registers, as
// `GEMM.dot` keeps them, and two by two products a tile; the product four rows by eight columns.
__attribute__((target("avx2")))
static double lanes_finish_avx2(__m256d low, __m256d high, const double *x, const double *y, ptrdiff_t from, ptrdiff_t k) {
    double l[4];
    _mm256_storeu_pd(l, _mm256_add_pd(low, high));
    double s = ((l[0] + l[1]) + l[2]) + l[3];
    for (ptrdiff_t j = from; j < k; j++) s = s + x[j] * y[j];
    return s;
}

__attribute__((target("avx2"), always_inline))
static inline void lanes_tile_avx2(const double *a, ptrdiff_t lda, const double *b, ptrdiff_t ldb, double *c, ptrdiff_t ldc,
                                   ptrdiff_t k, int R, int Q) {
    __m256d low[2][2], high[2][2];
    for (int r = 0; r < R; r++) for (int q = 0; q < Q; q++) low[r][q] = high[r][q] = _mm256_setzero_pd();
    const ptrdiff_t body = k - k % 8;
    for (ptrdiff_t j = 0; j < body; j += 8) {
        __m256d x[2], xh[2], y[2], yh[2];
        for (int r = 0; r < R; r++) { x[r] = _mm256_loadu_pd(a + r * lda + j); xh[r] = _mm256_loadu_pd(a + r * lda + j + 4); }
        for (int q = 0; q < Q; q++) { y[q] = _mm256_loadu_pd(b + q * ldb + j); yh[q] = _mm256_loadu_pd(b + q * ldb + j + 4); }
        for (int r = 0; r < R; r++) for (int q = 0; q < Q; q++) {
            low[r][q] = _mm256_add_pd(low[r][q], _mm256_mul_pd(x[r], y[q]));
            high[r][q] = _mm256_add_pd(high[r][q], _mm256_mul_pd(xh[r], yh[q]));
        }
    }
    for (int r = 0; r < R; r++) for (int q = 0; q < Q; q++)
        c[r * ldc + q] = lanes_finish_avx2(low[r][q], high[r][q], a + r * lda, b + q * ldb, body, k);
}

__attribute__((target("avx2")))
void metriclab_lane_dots_avx2(const double *a, ptrdiff_t lda, const double *b, ptrdiff_t ldb, double *c, ptrdiff_t ldc,
                              ptrdiff_t rows, ptrdiff_t cols, ptrdiff_t k) {
    const ptrdiff_t tall = rows - rows % 2, wide = cols - cols % 2;
    for (ptrdiff_t i = 0; i < tall; i += 2) {
        for (ptrdiff_t q = 0; q < wide; q += 2) lanes_tile_avx2(a + i * lda, lda, b + q * ldb, ldb, c + i * ldc + q, ldc, k, 2, 2);
        for (ptrdiff_t q = wide; q < cols; q++) lanes_tile_avx2(a + i * lda, lda, b + q * ldb, ldb, c + i * ldc + q, ldc, k, 2, 1);
    }
    for (ptrdiff_t i = tall; i < rows; i++) {
        for (ptrdiff_t q = 0; q < wide; q += 2) lanes_tile_avx2(a + i * lda, lda, b + q * ldb, ldb, c + i * ldc + q, ldc, k, 1, 2);
        for (ptrdiff_t q = wide; q < cols; q++) lanes_tile_avx2(a + i * lda, lda, b + q * ldb, ldb, c + i * ldc + q, ldc, k, 1, 1);
    }
}

// R rows (at most four, a constant after inlining, so the sums stay in registers) by eight columns.
__attribute__((target("avx2"), always_inline))
static inline void unfused_tile_avx2(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b,
                                     ptrdiff_t b_stride, double *c, ptrdiff_t c_stride, ptrdiff_t k, int R) {
    __m256d s[4], t[4];
    for (int r = 0; r < R; r++) { s[r] = _mm256_loadu_pd(c + r * c_stride); t[r] = _mm256_loadu_pd(c + r * c_stride + 4); }
    for (ptrdiff_t p = 0; p < k; p++) {
        const __m256d u = _mm256_loadu_pd(b + p * b_stride), v = _mm256_loadu_pd(b + p * b_stride + 4);
        for (int r = 0; r < R; r++) {
            const __m256d x = _mm256_set1_pd(a[r * row_stride + p * col_stride]);
            s[r] = _mm256_add_pd(s[r], _mm256_mul_pd(x, u));
            t[r] = _mm256_add_pd(t[r], _mm256_mul_pd(x, v));
        }
    }
    for (int r = 0; r < R; r++) { _mm256_storeu_pd(c + r * c_stride, s[r]); _mm256_storeu_pd(c + r * c_stride + 4, t[r]); }
}

__attribute__((target("avx2")))
void metriclab_gemm_unfused_avx2(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b,
                                 ptrdiff_t b_stride, double *c, ptrdiff_t c_stride, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n) {
    const ptrdiff_t wide = n - n % 8;
    for (ptrdiff_t i = 0; i < m; i += 4) {
        const double *ai = a + i * row_stride;
        double *ci = c + i * c_stride;
        for (ptrdiff_t j = 0; j < wide; j += 8) {
            switch (m - i) {
            case 1: unfused_tile_avx2(ai, row_stride, col_stride, b + j, b_stride, ci + j, c_stride, k, 1); break;
            case 2: unfused_tile_avx2(ai, row_stride, col_stride, b + j, b_stride, ci + j, c_stride, k, 2); break;
            case 3: unfused_tile_avx2(ai, row_stride, col_stride, b + j, b_stride, ci + j, c_stride, k, 3); break;
            default: unfused_tile_avx2(ai, row_stride, col_stride, b + j, b_stride, ci + j, c_stride, k, 4);
            }
        }
    }
    for (ptrdiff_t i = 0; i < m; i++) {
        for (ptrdiff_t j = wide; j < n; j++) {
            double s = c[i * c_stride + j];
            for (ptrdiff_t p = 0; p < k; p++) s = s + a[i * row_stride + p * col_stride] * b[p * b_stride + j];
            c[i * c_stride + j] = s;
        }
    }
}
