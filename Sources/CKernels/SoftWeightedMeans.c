// The backward pass of Tensor.softWeightedRowMeans over one row, eight entries a register: each
// entry the Swift loop's operations in its order (a multiply, then an add, never fused), so the
// same bits.
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
