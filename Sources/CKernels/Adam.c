// Adam's update of one parameter array, every entry the same chain of rounded operations as the
// Swift loop it replaces (a multiply, then an add; never a fused multiply-add), eight or four
// entries at a time: the compiler leaves that loop scalar, as it cannot tell the four arrays apart.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include <immintrin.h>
#include <math.h>

// m = β₁m + (1 − β₁)g, v = β₂v + ((1 − β₂)g)g, p = p − (lr·(m/c₁)) / (√(v/c₂) + ε).
static void adam_scalar(double *p, const double *g, double *m, double *v, ptrdiff_t from, ptrdiff_t n,
                        const struct metriclab_adam_constants *k) {
    for (ptrdiff_t i = from; i < n; i++) {
        const double gi = g[i];
        m[i] = k->beta1 * m[i] + k->one_minus_beta1 * gi;
        v[i] = k->beta2 * v[i] + k->one_minus_beta2 * gi * gi;
        const double m_hat = m[i] / k->correction1, v_hat = v[i] / k->correction2;
        p[i] = p[i] - k->learning_rate * m_hat / (sqrt(v_hat) + k->epsilon);
    }
}

__attribute__((target("avx512f")))
void metriclab_adam_avx512(double *p, const double *g, double *m, double *v, ptrdiff_t n,
                           const struct metriclab_adam_constants *k) {
    const __m512d b1 = _mm512_set1_pd(k->beta1), b2 = _mm512_set1_pd(k->beta2);
    const __m512d c1 = _mm512_set1_pd(k->one_minus_beta1), c2 = _mm512_set1_pd(k->one_minus_beta2);
    const __m512d k1 = _mm512_set1_pd(k->correction1), k2 = _mm512_set1_pd(k->correction2);
    const __m512d lr = _mm512_set1_pd(k->learning_rate), eps = _mm512_set1_pd(k->epsilon);
    ptrdiff_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m512d gi = _mm512_loadu_pd(g + i);
        const __m512d mi = _mm512_add_pd(_mm512_mul_pd(b1, _mm512_loadu_pd(m + i)), _mm512_mul_pd(c1, gi));
        const __m512d vi = _mm512_add_pd(_mm512_mul_pd(b2, _mm512_loadu_pd(v + i)), _mm512_mul_pd(_mm512_mul_pd(c2, gi), gi));
        _mm512_storeu_pd(m + i, mi);
        _mm512_storeu_pd(v + i, vi);
        const __m512d step = _mm512_div_pd(_mm512_mul_pd(lr, _mm512_div_pd(mi, k1)),
                                           _mm512_add_pd(_mm512_sqrt_pd(_mm512_div_pd(vi, k2)), eps));
        _mm512_storeu_pd(p + i, _mm512_sub_pd(_mm512_loadu_pd(p + i), step));
    }
    adam_scalar(p, g, m, v, i, n, k);
}

__attribute__((target("avx2")))
void metriclab_adam_avx2(double *p, const double *g, double *m, double *v, ptrdiff_t n,
                         const struct metriclab_adam_constants *k) {
    const __m256d b1 = _mm256_set1_pd(k->beta1), b2 = _mm256_set1_pd(k->beta2);
    const __m256d c1 = _mm256_set1_pd(k->one_minus_beta1), c2 = _mm256_set1_pd(k->one_minus_beta2);
    const __m256d k1 = _mm256_set1_pd(k->correction1), k2 = _mm256_set1_pd(k->correction2);
    const __m256d lr = _mm256_set1_pd(k->learning_rate), eps = _mm256_set1_pd(k->epsilon);
    ptrdiff_t i = 0;
    for (; i + 4 <= n; i += 4) {
        const __m256d gi = _mm256_loadu_pd(g + i);
        const __m256d mi = _mm256_add_pd(_mm256_mul_pd(b1, _mm256_loadu_pd(m + i)), _mm256_mul_pd(c1, gi));
        const __m256d vi = _mm256_add_pd(_mm256_mul_pd(b2, _mm256_loadu_pd(v + i)), _mm256_mul_pd(_mm256_mul_pd(c2, gi), gi));
        _mm256_storeu_pd(m + i, mi);
        _mm256_storeu_pd(v + i, vi);
        const __m256d step = _mm256_div_pd(_mm256_mul_pd(lr, _mm256_div_pd(mi, k1)),
                                           _mm256_add_pd(_mm256_sqrt_pd(_mm256_div_pd(vi, k2)), eps));
        _mm256_storeu_pd(p + i, _mm256_sub_pd(_mm256_loadu_pd(p + i), step));
    }
    adam_scalar(p, g, m, v, i, n, k);
}
