#include "CKernels.h"
#include <immintrin.h>
#include <math.h>

bool metriclab_has_avx2(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

bool metriclab_has_avx512(void) {
    __builtin_cpu_init();
    return metriclab_has_avx2() && __builtin_cpu_supports("avx512f");
}

// C's rows set to where the sums start: s's rows (lds apart; 0 repeats one row, a bias), or
// zeros when s is NULL. A kernel that starts from s in its registers gives the same bits, as it
// adds to the same numbers.
// The two cases are separate loops: one loop with `s ? s[…] : 0` inside vectorises into masked
// loads from s, and on Zen 3 each masked load whose address is NULL's page costs a microcode
// assist of hundreds of cycles (a 4×8 product took 0.5 µs, all of it in this copy).
static void start_block(double *c, ptrdiff_t ldc, const double *s, ptrdiff_t lds, ptrdiff_t m, ptrdiff_t n) {
    if (s == c && lds == ldc) return;
    for (ptrdiff_t i = 0; i < m; i++) {
        if (s) __builtin_memcpy(c + i * ldc, s + i * lds, (size_t)n * sizeof(double));
        else __builtin_memset(c + i * ldc, 0, (size_t)n * sizeof(double));
    }
}

// Fused multiply-adds: two per cycle with one rounding each, twice the multiply-then-add rate.
__attribute__((target("avx2,fma")))
static void gemm_panel(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                       double *c, ptrdiff_t ldc, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n) {
    ptrdiff_t i = 0;
    for (; i + 4 <= m; i += 4) {
        const double *a0 = a + i * rs, *a1 = a0 + rs, *a2 = a1 + rs, *a3 = a2 + rs;
        double *c0 = c + i * ldc, *c1 = c0 + ldc, *c2 = c1 + ldc, *c3 = c2 + ldc;
        ptrdiff_t j = 0;
        for (; j + 8 <= n; j += 8) {
            __m256d s0 = _mm256_loadu_pd(c0 + j), t0 = _mm256_loadu_pd(c0 + j + 4);
            __m256d s1 = _mm256_loadu_pd(c1 + j), t1 = _mm256_loadu_pd(c1 + j + 4);
            __m256d s2 = _mm256_loadu_pd(c2 + j), t2 = _mm256_loadu_pd(c2 + j + 4);
            __m256d s3 = _mm256_loadu_pd(c3 + j), t3 = _mm256_loadu_pd(c3 + j + 4);
            for (ptrdiff_t p = 0; p < k; p++) {
                const __m256d u = _mm256_loadu_pd(b + p * ldb + j), v = _mm256_loadu_pd(b + p * ldb + j + 4);
                const ptrdiff_t q = p * cs;
                __m256d x = _mm256_set1_pd(a0[q]);
                s0 = _mm256_fmadd_pd(x, u, s0); t0 = _mm256_fmadd_pd(x, v, t0);
                x = _mm256_set1_pd(a1[q]);
                s1 = _mm256_fmadd_pd(x, u, s1); t1 = _mm256_fmadd_pd(x, v, t1);
                x = _mm256_set1_pd(a2[q]);
                s2 = _mm256_fmadd_pd(x, u, s2); t2 = _mm256_fmadd_pd(x, v, t2);
                x = _mm256_set1_pd(a3[q]);
                s3 = _mm256_fmadd_pd(x, u, s3); t3 = _mm256_fmadd_pd(x, v, t3);
            }
            _mm256_storeu_pd(c0 + j, s0); _mm256_storeu_pd(c0 + j + 4, t0);
            _mm256_storeu_pd(c1 + j, s1); _mm256_storeu_pd(c1 + j + 4, t1);
            _mm256_storeu_pd(c2 + j, s2); _mm256_storeu_pd(c2 + j + 4, t2);
            _mm256_storeu_pd(c3 + j, s3); _mm256_storeu_pd(c3 + j + 4, t3);
        }
        for (; j < n; j++) {
            double s0 = c0[j], s1 = c1[j], s2 = c2[j], s3 = c3[j];
            for (ptrdiff_t p = 0; p < k; p++) {
                const double bp = b[p * ldb + j];
                const ptrdiff_t q = p * cs;
                s0 = fma(a0[q], bp, s0); s1 = fma(a1[q], bp, s1); s2 = fma(a2[q], bp, s2); s3 = fma(a3[q], bp, s3);
            }
            c0[j] = s0; c1[j] = s1; c2[j] = s2; c3[j] = s3;
        }
    }
    for (; i < m; i++) {
        double *ci = c + i * ldc;
        for (ptrdiff_t p = 0; p < k; p++) {
            const double s = a[i * rs + p * cs];
            for (ptrdiff_t j = 0; j < n; j++) ci[j] = fma(s, b[p * ldb + j], ci[j]);
        }
    }
}

// R rows by 4·W columns of C in R·W registers while p runs, on AVX2 (R and W constants where it
// is inlined): each entry the panel's chain of fused multiply-adds in the order of p, started from
// `start` in registers instead of from C in memory.
__attribute__((target("avx2,fma"), always_inline))
static inline void rows_tile_avx2(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                                  double *c, ptrdiff_t ldc, const double *start, ptrdiff_t lds, ptrdiff_t k, int R, int W) {
    __m256d s[6][2];
    for (int r = 0; r < R; r++)
        for (int w = 0; w < W; w++) s[r][w] = start ? _mm256_loadu_pd(start + r * lds + 4 * w) : _mm256_setzero_pd();
    for (ptrdiff_t p = 0; p < k; p++) {
        __m256d u[2];
        for (int w = 0; w < W; w++) u[w] = _mm256_loadu_pd(b + p * ldb + 4 * w);
        for (int r = 0; r < R; r++) {
            const __m256d x = _mm256_broadcast_sd(a + r * rs + p * cs);
            for (int w = 0; w < W; w++) s[r][w] = _mm256_fmadd_pd(x, u[w], s[r][w]);
        }
    }
    for (int r = 0; r < R; r++) for (int w = 0; w < W; w++) _mm256_storeu_pd(c + r * ldc + 4 * w, s[r][w]);
}

// Six rows by eight columns: twelve chains of fused multiply-adds cover the two FMA units' four
// cycles with slack, and leave four of the sixteen registers for two row pieces of B and a
// broadcast (four rows by twelve columns would need all sixteen, and spill).
enum { avx2_rows = METRICLAB_GEMM_TILE_ROWS_AVX2, avx2_vectors = 2, avx2_columns = 8 };

// The full tiles of a panel, strip of columns by strip. A strip of B is first copied into
// contiguous rows when enough row tiles read it: rows of B wider than a few strips lie far apart,
// so a strip's rows fall on few sets of the L1 cache and evict each other. Copies change no number.
__attribute__((target("avx2,fma")))
static void gemm_tiles_avx2(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                            double *c, ptrdiff_t ldc, const double *s, ptrdiff_t lds, ptrdiff_t tall, ptrdiff_t k,
                            ptrdiff_t wide) {
    double packed[64 * avx2_columns];
    const bool pack = ldb > avx2_columns && tall >= 2 * avx2_rows;
    for (ptrdiff_t j = 0; j < wide; j += avx2_columns) {
        const double *strip = b + j;
        ptrdiff_t stride = ldb;
        if (pack) {
            for (ptrdiff_t p = 0; p < k; p++) __builtin_memcpy(packed + p * avx2_columns, b + p * ldb + j, sizeof(double) * avx2_columns);
            strip = packed;
            stride = avx2_columns;
        }
        for (ptrdiff_t i = 0; i < tall; i += avx2_rows)
            rows_tile_avx2(a + i * rs, rs, cs, strip, stride, c + i * ldc + j, ldc, s ? s + i * lds + j : NULL, lds, k,
                           avx2_rows, avx2_vectors);
    }
}

// A panel on AVX2: the full tiles, then the one to five rows after them through a shorter tile, then
// the columns after them through the scalar panel.
__attribute__((target("avx2,fma")))
static void gemm_panel_avx2(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                            double *c, ptrdiff_t ldc, const double *s, ptrdiff_t lds, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n) {
    const ptrdiff_t tall = m - m % avx2_rows, wide = n - n % avx2_columns;
    gemm_tiles_avx2(a, rs, cs, b, ldb, c, ldc, s, lds, tall, k, wide);
    for (ptrdiff_t j = 0; j < wide; j += avx2_columns) {
        const double *sj = s ? s + tall * lds + j : NULL;
        const double *ai = a + tall * rs;
        double *cj = c + tall * ldc + j;
        switch (m - tall) {
        case 1: rows_tile_avx2(ai, rs, cs, b + j, ldb, cj, ldc, sj, lds, k, 1, avx2_vectors); break;
        case 2: rows_tile_avx2(ai, rs, cs, b + j, ldb, cj, ldc, sj, lds, k, 2, avx2_vectors); break;
        case 3: rows_tile_avx2(ai, rs, cs, b + j, ldb, cj, ldc, sj, lds, k, 3, avx2_vectors); break;
        case 4: rows_tile_avx2(ai, rs, cs, b + j, ldb, cj, ldc, sj, lds, k, 4, avx2_vectors); break;
        case 5: rows_tile_avx2(ai, rs, cs, b + j, ldb, cj, ldc, sj, lds, k, 5, avx2_vectors); break;
        }
    }
    if (wide < n) {
        start_block(c + wide, ldc, s ? s + wide : NULL, lds, m, n - wide);
        gemm_panel(a, rs, cs, b + wide, ldb, c + wide, ldc, m, k, n - wide);
    }
}

// R rows by 8·W columns of C in R·W registers while p runs (R and W constants where it is
// inlined): the main tiles of eight or four rows by sixteen columns, and the one to three rows
// after the last four (or of a product with fewer, as a first layer's weight gradient xᵀg or a
// bias's column sums), where the AVX2 panel would add into memory one entry at a time. Each entry
// is the same chain of fused multiply-adds in the order of p, so the bits are the panel's.
__attribute__((target("avx512f,avx2,fma"), always_inline))
static inline void rows_tile_avx512(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                                    double *c, ptrdiff_t ldc, const double *start, ptrdiff_t lds, ptrdiff_t k, int R, int W) {
    __m512d s[8][4];
    for (int r = 0; r < R; r++)
        for (int w = 0; w < W; w++) s[r][w] = start ? _mm512_loadu_pd(start + r * lds + 8 * w) : _mm512_setzero_pd();
    for (ptrdiff_t p = 0; p < k; p++) {
        __m512d u[4];
        for (int w = 0; w < W; w++) u[w] = _mm512_loadu_pd(b + p * ldb + 8 * w);
        for (int r = 0; r < R; r++) {
            const __m512d x = _mm512_set1_pd(a[r * rs + p * cs]);
            for (int w = 0; w < W; w++) s[r][w] = _mm512_fmadd_pd(x, u[w], s[r][w]);
        }
    }
    for (int r = 0; r < R; r++) for (int w = 0; w < W; w++) _mm512_storeu_pd(c + r * ldc + 8 * w, s[r][w]);
}

// Columns in blocks of 32, then of 16, the rest by the AVX2 panel.
__attribute__((target("avx512f,avx2,fma")))
static void gemm_rows_avx512(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                             double *c, ptrdiff_t ldc, const double *s, ptrdiff_t lds, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n) {
    ptrdiff_t j = 0;
    for (; j + 32 <= n; j += 32) {
        const double *sj = s ? s + j : NULL;
        if (m == 1) rows_tile_avx512(a, rs, cs, b + j, ldb, c + j, ldc, sj, lds, k, 1, 4);
        else if (m == 2) rows_tile_avx512(a, rs, cs, b + j, ldb, c + j, ldc, sj, lds, k, 2, 4);
        else rows_tile_avx512(a, rs, cs, b + j, ldb, c + j, ldc, sj, lds, k, 3, 4);
    }
    for (; j + 16 <= n; j += 16) {
        const double *sj = s ? s + j : NULL;
        if (m == 1) rows_tile_avx512(a, rs, cs, b + j, ldb, c + j, ldc, sj, lds, k, 1, 2);
        else if (m == 2) rows_tile_avx512(a, rs, cs, b + j, ldb, c + j, ldc, sj, lds, k, 2, 2);
        else rows_tile_avx512(a, rs, cs, b + j, ldb, c + j, ldc, sj, lds, k, 3, 2);
    }
    if (j < n) {
        start_block(c + j, ldc, s ? s + j : NULL, lds, m, n - j);
        gemm_panel(a, rs, cs, b + j, ldb, c + j, ldc, m, k, n - j);
    }
}

// Sixteen columns at a time, eight rows by sixteen columns of C first: the two FMA units each need
// four chains in flight to cover an FMA's four cycles, and the sixteen chains of an eight-row tile
// leave slack that a four-row tile's eight do not (a 1024×64×64 product at 96% of the core's peak
// instead of 87%); the last four rows as one four-row tile. Twice the columns of the AVX2 tile for
// the same loads of A; every entry the same chain of fused multiply-adds in the order of p as in
// the AVX2 kernel, so the two agree bit for bit.
__attribute__((target("avx512f,avx2,fma")))
static void gemm_tiles_avx512(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                              double *c, ptrdiff_t ldc, const double *s, ptrdiff_t lds, ptrdiff_t tall, ptrdiff_t k,
                              ptrdiff_t wide) {
    enum { rows = METRICLAB_GEMM_TILE_ROWS_AVX512 };
    ptrdiff_t i = 0;
    for (; i + rows <= tall; i += rows)
        for (ptrdiff_t j = 0; j < wide; j += 16)
            rows_tile_avx512(a + i * rs, rs, cs, b + j, ldb, c + i * ldc + j, ldc, s ? s + i * lds + j : NULL, lds, k, rows, 2);
    if (i < tall)
        for (ptrdiff_t j = 0; j < wide; j += 16)
            rows_tile_avx512(a + i * rs, rs, cs, b + j, ldb, c + i * ldc + j, ldc, s ? s + i * lds + j : NULL, lds, k, 4, 2);
}

// The last 1 to 15 columns of four rows at a time, as the tiles above with masked loads and stores
// (a masked load reads nothing past the mask): each entry the same chain as the AVX2 panel's.
__attribute__((target("avx512f,avx2,fma")))
static void gemm_tail_avx512(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                             double *c, ptrdiff_t ldc, const double *s, ptrdiff_t lds, ptrdiff_t tall, ptrdiff_t k,
                             ptrdiff_t rest) {
    const __mmask8 lo = rest >= 8 ? 0xFF : (__mmask8)((1u << rest) - 1), hi = rest > 8 ? (__mmask8)((1u << (rest - 8)) - 1) : 0;
    for (ptrdiff_t i = 0; i < tall; i += 4) {
        const double *a0 = a + i * rs, *a1 = a0 + rs, *a2 = a1 + rs, *a3 = a2 + rs;
        double *c0 = c + i * ldc, *c1 = c0 + ldc, *c2 = c1 + ldc, *c3 = c2 + ldc;
        __m512d s0, t0, s1, t1, s2, t2, s3, t3;
        if (s) {
            const double *r0 = s + i * lds, *r1 = r0 + lds, *r2 = r1 + lds, *r3 = r2 + lds;
            s0 = _mm512_maskz_loadu_pd(lo, r0); t0 = _mm512_maskz_loadu_pd(hi, r0 + 8);
            s1 = _mm512_maskz_loadu_pd(lo, r1); t1 = _mm512_maskz_loadu_pd(hi, r1 + 8);
            s2 = _mm512_maskz_loadu_pd(lo, r2); t2 = _mm512_maskz_loadu_pd(hi, r2 + 8);
            s3 = _mm512_maskz_loadu_pd(lo, r3); t3 = _mm512_maskz_loadu_pd(hi, r3 + 8);
        } else {
            s0 = t0 = s1 = t1 = s2 = t2 = s3 = t3 = _mm512_setzero_pd();
        }
        for (ptrdiff_t p = 0; p < k; p++) {
            const __m512d u = _mm512_maskz_loadu_pd(lo, b + p * ldb), v = _mm512_maskz_loadu_pd(hi, b + p * ldb + 8);
            const ptrdiff_t q = p * cs;
            __m512d x = _mm512_set1_pd(a0[q]);
            s0 = _mm512_fmadd_pd(x, u, s0); t0 = _mm512_fmadd_pd(x, v, t0);
            x = _mm512_set1_pd(a1[q]);
            s1 = _mm512_fmadd_pd(x, u, s1); t1 = _mm512_fmadd_pd(x, v, t1);
            x = _mm512_set1_pd(a2[q]);
            s2 = _mm512_fmadd_pd(x, u, s2); t2 = _mm512_fmadd_pd(x, v, t2);
            x = _mm512_set1_pd(a3[q]);
            s3 = _mm512_fmadd_pd(x, u, s3); t3 = _mm512_fmadd_pd(x, v, t3);
        }
        _mm512_mask_storeu_pd(c0, lo, s0); _mm512_mask_storeu_pd(c0 + 8, hi, t0);
        _mm512_mask_storeu_pd(c1, lo, s1); _mm512_mask_storeu_pd(c1 + 8, hi, t1);
        _mm512_mask_storeu_pd(c2, lo, s2); _mm512_mask_storeu_pd(c2 + 8, hi, t2);
        _mm512_mask_storeu_pd(c3, lo, s3); _mm512_mask_storeu_pd(c3 + 8, hi, t3);
    }
}

// The tiles over the panel's rows of B. Rows of B wider than 64 columns lie 1 KiB or more apart,
// so the panel's 64 rows fall on a few sets of the L1 cache and evict each other (a 256-wide
// product ran at half the rate of a 64-wide one); so with enough row tiles to pay for it, each
// block of 64 columns is first copied into 64 contiguous rows (32 KiB) that the tiles then read.
// Copies change no number. The columns after the last sixteen are `gemm_tail_avx512`'s, the
// rows after the last four `gemm_rows_avx512`'s.
__attribute__((target("avx512f,avx2,fma")))
static void gemm_panel_avx512(const double *a, ptrdiff_t rs, ptrdiff_t cs, const double *b, ptrdiff_t ldb,
                              double *c, ptrdiff_t ldc, const double *s, ptrdiff_t lds, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n) {
    const ptrdiff_t tall = m - m % 4, wide = n - n % 16;
    if (wide > 64 && tall >= 16) {
        double packed[64 * 64];
        for (ptrdiff_t block = 0; block < wide; block += 64) {
            const ptrdiff_t width = wide - block < 64 ? wide - block : 64;
            for (ptrdiff_t p = 0; p < k; p++) __builtin_memcpy(packed + p * width, b + p * ldb + block, (size_t)width * sizeof(double));
            gemm_tiles_avx512(a, rs, cs, packed, width, c + block, ldc, s ? s + block : NULL, lds, tall, k, width);
        }
    } else {
        gemm_tiles_avx512(a, rs, cs, b, ldb, c, ldc, s, lds, tall, k, wide);
    }
    if (wide < n) gemm_tail_avx512(a, rs, cs, b + wide, ldb, c + wide, ldc, s ? s + wide : NULL, lds, tall, k, n - wide);
    if (tall < m) gemm_rows_avx512(a + tall * rs, rs, cs, b, ldb, c + tall * ldc, ldc, s ? s + tall * lds : NULL, lds, m - tall, k, n);
}

// The sum runs in panels of 64 steps of p, so that the rows of B a panel reads stay in the L2
// cache while every row tile of A passes over them. Each entry of C still adds its products in the
// order of p (a panel stores its partial sum, the next loads it: exact), so the split changes no bit.
enum { panel_steps = 64 };

__attribute__((target("avx2,fma")))
void metriclab_gemm_from_avx2(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b, ptrdiff_t b_stride,
                              double *c, ptrdiff_t c_stride, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n,
                              const double *start, ptrdiff_t start_stride) {
    if (k == 0) return start_block(c, c_stride, start, start_stride, m, n);
    for (ptrdiff_t p = 0; p < k; p += panel_steps) {
        const ptrdiff_t steps = k - p < panel_steps ? k - p : panel_steps;
        const double *s = p == 0 ? start : c;
        const ptrdiff_t lds = p == 0 ? start_stride : c_stride;
        gemm_panel_avx2(a + p * col_stride, row_stride, col_stride, b + p * b_stride, b_stride, c, c_stride, s, lds, m, steps, n);
    }
}

// The first panel starts its sums from `start` in registers; the later ones from C, where the
// panel before stored them.
__attribute__((target("avx512f,avx2,fma")))
void metriclab_gemm_from_avx512(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b, ptrdiff_t b_stride,
                                double *c, ptrdiff_t c_stride, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n,
                                const double *start, ptrdiff_t start_stride) {
    if (k == 0) return start_block(c, c_stride, start, start_stride, m, n);
    for (ptrdiff_t p = 0; p < k; p += panel_steps) {
        const ptrdiff_t steps = k - p < panel_steps ? k - p : panel_steps;
        const double *s = p == 0 ? start : c;
        const ptrdiff_t lds = p == 0 ? start_stride : c_stride;
        gemm_panel_avx512(a + p * col_stride, row_stride, col_stride, b + p * b_stride, b_stride, c, c_stride, s, lds, m, steps, n);
    }
}

// Four rows by four columns at a time through registers (two unpacks and two lane swaps), the
// edges one entry at a time: a copy, so every bit as it was.
__attribute__((target("avx2")))
void metriclab_transpose_avx2(const double *b, ptrdiff_t rows, ptrdiff_t cols, double *bt) {
    const ptrdiff_t tall = rows - rows % 4, wide = cols - cols % 4;
    for (ptrdiff_t i = 0; i < tall; i += 4) {
        for (ptrdiff_t j = 0; j < wide; j += 4) {
            const __m256d r0 = _mm256_loadu_pd(b + i * cols + j), r1 = _mm256_loadu_pd(b + (i + 1) * cols + j);
            const __m256d r2 = _mm256_loadu_pd(b + (i + 2) * cols + j), r3 = _mm256_loadu_pd(b + (i + 3) * cols + j);
            const __m256d t0 = _mm256_unpacklo_pd(r0, r1), t1 = _mm256_unpackhi_pd(r0, r1);
            const __m256d t2 = _mm256_unpacklo_pd(r2, r3), t3 = _mm256_unpackhi_pd(r2, r3);
            _mm256_storeu_pd(bt + j * rows + i, _mm256_permute2f128_pd(t0, t2, 0x20));
            _mm256_storeu_pd(bt + (j + 1) * rows + i, _mm256_permute2f128_pd(t1, t3, 0x20));
            _mm256_storeu_pd(bt + (j + 2) * rows + i, _mm256_permute2f128_pd(t0, t2, 0x31));
            _mm256_storeu_pd(bt + (j + 3) * rows + i, _mm256_permute2f128_pd(t1, t3, 0x31));
        }
        for (ptrdiff_t j = wide; j < cols; j++)
            for (ptrdiff_t r = i; r < i + 4; r++) bt[j * rows + r] = b[r * cols + j];
    }
    for (ptrdiff_t i = tall; i < rows; i++)
        for (ptrdiff_t j = 0; j < cols; j++) bt[j * rows + i] = b[i * cols + j];
}
