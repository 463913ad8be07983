// Tensor.softWeightedRowMeans's rows: each entry the Swift loops' operations in their order (a
// multiply, then an add, never fused), so the same bits. The loops are written once, in plain C, and
// compiled twice below, for AVX-512 and for AVX2, where the compiler runs them eight or four entries
// a register: no operation mixes two entries (the row sums are metriclab_row_sums'), so the lanes
// change no bit.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"

// The backward row: gx (+)= g_product·w + (T·(g_product·x + g_weight_sum)·w where kept, else 0).
__attribute__((always_inline))
static inline void backward_row(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d,
                                double g_product, double g_weight_sum, double temperature, double *gx, bool fresh) {
    for (ptrdiff_t t = 0; t < d; t++) {
        // Every entry computed, then chosen: loads inside the choice vectorise into masked loads,
        // slower than plain loads and a blend.
        const double xt = x[t], wt = w[t];
        const double gw = (0 + g_product * xt) + g_weight_sum, product = 0 + gw * wt;
        const double scaled = keep[t] ? product : 0;
        gx[t] = ((fresh ? 0 : gx[t]) + g_product * wt) + scaled * temperature;
    }
}

// The forward rows: w = e^{T·x} where kept, else 0; weight_sums[i] = Σⱼ w[i,j] and numerators[i] =
// Σⱼ w[i,j]·x[i,j], each row left to right as metriclab_row_sums adds, the products eight rows at a
// time in `scratch` (8·d entries) while they are in cache.
__attribute__((always_inline))
static inline void forward_rows(const double *x, const unsigned char *keep, ptrdiff_t rows, ptrdiff_t d,
                                double temperature, double *w, double *scratch, double *numerators,
                                double *weight_sums) {
    const ptrdiff_t count = rows * d;
    for (ptrdiff_t t = 0; t < count; t++) w[t] = temperature * x[t];
    metriclab_exp(w, w, count);
    for (ptrdiff_t t = 0; t < count; t++) {
        const double wt = w[t];
        w[t] = keep[t] ? wt : 0;
    }
    metriclab_row_sums(w, NULL, NULL, rows, d, weight_sums);
    for (ptrdiff_t block = 0; block < rows; block += 8) {
        const ptrdiff_t height = rows - block < 8 ? rows - block : 8, start = block * d, entries = height * d;
        for (ptrdiff_t t = 0; t < entries; t++) scratch[t] = w[start + t] * x[start + t];
        metriclab_row_sums(scratch, NULL, NULL, height, d, numerators + block);
    }
}

// `fresh` a constant in each call, so that each loop is compiled without the choice inside it.
#define BACKWARD(x, w, keep, d, gp, gs, temperature, gx, fresh)                                  \
    ((fresh) ? backward_row(x, w, keep, d, gp, gs, temperature, gx, true)                       \
             : backward_row(x, w, keep, d, gp, gs, temperature, gx, false))

__attribute__((target("avx512f")))
void metriclab_soft_weighted_backward_avx512(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d,
                                             double g_product, double g_weight_sum, double temperature, double *gx,
                                             bool fresh) {
    BACKWARD(x, w, keep, d, g_product, g_weight_sum, temperature, gx, fresh);
}

__attribute__((target("avx2")))
void metriclab_soft_weighted_backward_avx2(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d,
                                           double g_product, double g_weight_sum, double temperature, double *gx,
                                           bool fresh) {
    BACKWARD(x, w, keep, d, g_product, g_weight_sum, temperature, gx, fresh);
}

__attribute__((target("avx512f")))
void metriclab_soft_weighted_forward_avx512(const double *x, const unsigned char *keep, ptrdiff_t rows, ptrdiff_t d,
                                            double temperature, double *w, double *scratch, double *numerators,
                                            double *weight_sums) {
    forward_rows(x, keep, rows, d, temperature, w, scratch, numerators, weight_sums);
}

__attribute__((target("avx2")))
void metriclab_soft_weighted_forward_avx2(const double *x, const unsigned char *keep, ptrdiff_t rows, ptrdiff_t d,
                                          double temperature, double *w, double *scratch, double *numerators,
                                          double *weight_sums) {
    forward_rows(x, keep, rows, d, temperature, w, scratch, numerators, weight_sums);
}
