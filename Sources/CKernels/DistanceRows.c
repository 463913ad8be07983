// Squared distances from inner products, ‖a‖² + ‖b‖² − 2a·b, four entries at a time: every entry
// the same operations in the same order as the scalar loop, so the same bits.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include <immintrin.h>
#include <math.h>

__attribute__((target("avx2")))
void metriclab_distances_from_products_avx2(double *out, const double *na, const double *nb, ptrdiff_t rows, ptrdiff_t m,
                                            bool rooted) {
    const __m256d zero = _mm256_setzero_pd(), two = _mm256_set1_pd(2);
    const ptrdiff_t body = m - m % 4;
    for (ptrdiff_t i = 0; i < rows; i++) {
        double *row = out + i * m;
        const __m256d ni = _mm256_set1_pd(na[i]);
        for (ptrdiff_t j = 0; j < body; j += 4) {
            const __m256d s = _mm256_sub_pd(_mm256_add_pd(ni, _mm256_loadu_pd(nb + j)), _mm256_mul_pd(two, _mm256_loadu_pd(row + j)));
            // max(0, s) is s when s is NaN (the second operand wins), as `s < 0 ? 0 : s` keeps it.
            const __m256d clamped = _mm256_max_pd(zero, s);
            _mm256_storeu_pd(row + j, rooted ? _mm256_sqrt_pd(clamped) : clamped);
        }
        for (ptrdiff_t j = body; j < m; j++) {
            const double s = (na[i] + nb[j]) - 2 * row[j], clamped = s < 0 ? 0 : s;
            row[j] = rooted ? sqrt(clamped) : clamped;
        }
    }
}

__attribute__((target("avx2")))
void metriclab_half_over_distance_avx2(const double *g, const double *r, double *w, ptrdiff_t count) {
    const __m256d zero = _mm256_setzero_pd(), half = _mm256_set1_pd(0.5);
    const ptrdiff_t body = count - count % 4;
    for (ptrdiff_t k = 0; k < body; k += 4) {
        const __m256d rk = _mm256_loadu_pd(r + k);
        // Where r is not above 0 (or NaN) the quotient is dropped for +0, as the loop's `: 0`.
        const __m256d above = _mm256_cmp_pd(rk, zero, _CMP_GT_OQ);
        _mm256_storeu_pd(w + k, _mm256_and_pd(above, _mm256_div_pd(_mm256_mul_pd(half, _mm256_loadu_pd(g + k)), rk)));
    }
    for (ptrdiff_t k = body; k < count; k++) w[k] = r[k] > 0 ? 0.5 * g[k] / r[k] : 0;
}

// Eight entries at a time: a 512-bit division costs a 256-bit one's time on this machine's cores,
// and the pass is a tenth of a pair loss's step at m = 1024. Masked lanes are written as +0.
__attribute__((target("avx512f")))
void metriclab_half_over_distance_avx512(const double *g, const double *r, double *w, ptrdiff_t count) {
    const __m512d zero = _mm512_setzero_pd(), half = _mm512_set1_pd(0.5);
    const ptrdiff_t body = count - count % 8;
    for (ptrdiff_t k = 0; k < body; k += 8) {
        const __m512d rk = _mm512_loadu_pd(r + k);
        const __mmask8 above = _mm512_cmp_pd_mask(rk, zero, _CMP_GT_OQ);
        _mm512_storeu_pd(w + k, _mm512_maskz_div_pd(above, _mm512_mul_pd(half, _mm512_loadu_pd(g + k)), rk));
    }
    metriclab_half_over_distance_avx2(g + body, r + body, w + body, count - body);
}
