// Tensor.softWeightedRowMeans on AVX-512, eight entries a register, and on AVX2, four: each entry
// the Swift loops' operations in their order (a multiply, then an add, never fused), so the same bits.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include "MaskBytes.h"
#include <immintrin.h>

__attribute__((target("avx512f"), always_inline))
static inline void row(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d, double g_product,
                       double g_weight_sum, double temperature, double *gx, bool fresh) {
    const __m512d zero = _mm512_setzero_pd(), gp = _mm512_set1_pd(g_product), gs = _mm512_set1_pd(g_weight_sum);
    const __m512d scale = _mm512_set1_pd(temperature);
    ptrdiff_t t = 0;
    for (; t + 8 <= d; t += 8) {
        const __m512d xt = _mm512_loadu_pd(x + t), wt = _mm512_loadu_pd(w + t);
        const __m512d gw = _mm512_add_pd(_mm512_add_pd(zero, _mm512_mul_pd(gp, xt)), gs);
        const __m512d scaled = _mm512_maskz_mov_pd(mask_bytes_8(keep + t), _mm512_add_pd(zero, _mm512_mul_pd(gw, wt)));
        const __m512d before = fresh ? zero : _mm512_loadu_pd(gx + t);
        _mm512_storeu_pd(gx + t, _mm512_add_pd(_mm512_add_pd(before, _mm512_mul_pd(gp, wt)), _mm512_mul_pd(scaled, scale)));
    }
    for (; t < d; t++) {
        const double gw = (0 + g_product * x[t]) + g_weight_sum;
        const double scaled = keep[t] ? 0 + gw * w[t] : 0;
        gx[t] = ((fresh ? 0 : gx[t]) + g_product * w[t]) + scaled * temperature;
    }
}

__attribute__((target("avx512f")))
void metriclab_soft_weighted_backward_avx512(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d,
                                             double g_product, double g_weight_sum, double temperature, double *gx,
                                             bool fresh) {
    if (fresh) row(x, w, keep, d, g_product, g_weight_sum, temperature, gx, true);
    else row(x, w, keep, d, g_product, g_weight_sum, temperature, gx, false);
}

// Rows of the forward pass: w = e^{T·x} where kept, else 0; weight_sums[i] = Σⱼ w[i,j] and
// numerators[i] = Σⱼ w[i,j]·x[i,j], each row left to right as metriclab_row_sums adds, the
// products eight rows at a time in `scratch` (8·d entries) while they are in cache.
__attribute__((target("avx512f")))
void metriclab_soft_weighted_forward_avx512(const double *x, const unsigned char *keep, ptrdiff_t rows, ptrdiff_t d,
                                            double temperature, double *w, double *scratch, double *numerators,
                                            double *weight_sums) {
    const ptrdiff_t count = rows * d;
    const __m512d scale = _mm512_set1_pd(temperature);
    ptrdiff_t t = 0;
    for (; t + 8 <= count; t += 8) _mm512_storeu_pd(w + t, _mm512_mul_pd(scale, _mm512_loadu_pd(x + t)));
    for (; t < count; t++) w[t] = temperature * x[t];
    metriclab_exp(w, w, count);
    for (t = 0; t + 8 <= count; t += 8) _mm512_storeu_pd(w + t, _mm512_maskz_mov_pd(mask_bytes_8(keep + t), _mm512_loadu_pd(w + t)));
    for (; t < count; t++) w[t] = keep[t] ? w[t] : 0;
    metriclab_row_sums(w, NULL, NULL, rows, d, weight_sums);
    for (ptrdiff_t block = 0; block < rows; block += 8) {
        const ptrdiff_t height = rows - block < 8 ? rows - block : 8, start = block * d, entries = height * d;
        for (t = 0; t + 8 <= entries; t += 8) {
            _mm512_storeu_pd(scratch + t, _mm512_mul_pd(_mm512_loadu_pd(w + start + t), _mm512_loadu_pd(x + start + t)));
        }
        for (; t < entries; t++) scratch[t] = w[start + t] * x[start + t];
        metriclab_row_sums(scratch, NULL, NULL, height, d, numerators + block);
    }
}

// The backward row on AVX2, as `row` above four entries a register.
__attribute__((target("avx2"), always_inline))
static inline void row_avx2(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d, double g_product,
                            double g_weight_sum, double temperature, double *gx, bool fresh) {
    const __m256d zero = _mm256_setzero_pd(), gp = _mm256_set1_pd(g_product), gs = _mm256_set1_pd(g_weight_sum);
    const __m256d scale = _mm256_set1_pd(temperature);
    ptrdiff_t t = 0;
    for (; t + 4 <= d; t += 4) {
        const __m256d xt = _mm256_loadu_pd(x + t), wt = _mm256_loadu_pd(w + t);
        const __m256d gw = _mm256_add_pd(_mm256_add_pd(zero, _mm256_mul_pd(gp, xt)), gs);
        const __m256d scaled = _mm256_and_pd(mask_bytes_4(keep + t), _mm256_add_pd(zero, _mm256_mul_pd(gw, wt)));
        const __m256d before = fresh ? zero : _mm256_loadu_pd(gx + t);
        _mm256_storeu_pd(gx + t, _mm256_add_pd(_mm256_add_pd(before, _mm256_mul_pd(gp, wt)), _mm256_mul_pd(scaled, scale)));
    }
    for (; t < d; t++) {
        const double gw = (0 + g_product * x[t]) + g_weight_sum;
        const double scaled = keep[t] ? 0 + gw * w[t] : 0;
        gx[t] = ((fresh ? 0 : gx[t]) + g_product * w[t]) + scaled * temperature;
    }
}

__attribute__((target("avx2")))
void metriclab_soft_weighted_backward_avx2(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d,
                                           double g_product, double g_weight_sum, double temperature, double *gx,
                                           bool fresh) {
    if (fresh) row_avx2(x, w, keep, d, g_product, g_weight_sum, temperature, gx, true);
    else row_avx2(x, w, keep, d, g_product, g_weight_sum, temperature, gx, false);
}

// The forward rows on AVX2, as metriclab_soft_weighted_forward_avx512 four entries a register.
__attribute__((target("avx2")))
void metriclab_soft_weighted_forward_avx2(const double *x, const unsigned char *keep, ptrdiff_t rows, ptrdiff_t d,
                                          double temperature, double *w, double *scratch, double *numerators,
                                          double *weight_sums) {
    const ptrdiff_t count = rows * d;
    const __m256d scale = _mm256_set1_pd(temperature);
    ptrdiff_t t = 0;
    for (; t + 4 <= count; t += 4) _mm256_storeu_pd(w + t, _mm256_mul_pd(scale, _mm256_loadu_pd(x + t)));
    for (; t < count; t++) w[t] = temperature * x[t];
    metriclab_exp(w, w, count);
    for (t = 0; t + 4 <= count; t += 4) _mm256_storeu_pd(w + t, _mm256_and_pd(mask_bytes_4(keep + t), _mm256_loadu_pd(w + t)));
    for (; t < count; t++) w[t] = keep[t] ? w[t] : 0;
    metriclab_row_sums(w, NULL, NULL, rows, d, weight_sums);
    for (ptrdiff_t block = 0; block < rows; block += 8) {
        const ptrdiff_t height = rows - block < 8 ? rows - block : 8, start = block * d, entries = height * d;
        for (t = 0; t + 4 <= entries; t += 4) {
            _mm256_storeu_pd(scratch + t, _mm256_mul_pd(_mm256_loadu_pd(w + start + t), _mm256_loadu_pd(x + start + t)));
        }
        for (; t < entries; t++) scratch[t] = w[start + t] * x[start + t];
        metriclab_row_sums(scratch, NULL, NULL, height, d, numerators + block);
    }
}
