// The pullback of log-sum-exp rows (SoftmaxRows.pullback; its Swift loop is the portable
// fallback): each entry's gradient p = gᵢ·(eᵢⱼ·fᵢ), gᵢ the row's gradient times the scale, or with
// weights c the chain's 0 + (0 + p)·cᵢⱼ, written as 0 + that when fresh, else added. Swift runs the
// loop two lanes wide; here eight or four entries a register with the same multiplies and adds
// per entry in the same order: the same bits.
#include "CKernels.h"
#include <immintrin.h>

#pragma STDC FP_CONTRACT OFF

// The rows' last entries run one at a time: vectorised, `c ? … : p` becomes a masked
// load from c, and on Zen 3 a masked load from NULL's page costs a microcode assist of hundreds of
// cycles, per row.

// One entry as the Swift loop computes it.
static inline double change(double gi, double e, double fi, const double *c) {
    const double p = gi * (e * fi);
    return c ? 0 + (0 + p) * *c : p;
}

__attribute__((target("avx512f")))
static void row_avx512(double gi, const double *e, double fi, const double *c, ptrdiff_t d, bool fresh, double *gx) {
    const __m512d g = _mm512_set1_pd(gi), f = _mm512_set1_pd(fi), zero = _mm512_setzero_pd();
    ptrdiff_t j = 0;
    for (; j + 8 <= d; j += 8) {
        __m512d v = _mm512_mul_pd(g, _mm512_mul_pd(_mm512_loadu_pd(e + j), f));
        if (c) v = _mm512_add_pd(zero, _mm512_mul_pd(_mm512_add_pd(zero, v), _mm512_loadu_pd(c + j)));
        _mm512_storeu_pd(gx + j, _mm512_add_pd(fresh ? zero : _mm512_loadu_pd(gx + j), v));
    }
    _Pragma("clang loop vectorize(disable)")
    for (; j < d; j++) gx[j] = (fresh ? 0 : gx[j]) + change(gi, e[j], fi, c ? c + j : NULL);
}

__attribute__((target("avx2")))
static void row_avx2(double gi, const double *e, double fi, const double *c, ptrdiff_t d, bool fresh, double *gx) {
    const __m256d g = _mm256_set1_pd(gi), f = _mm256_set1_pd(fi), zero = _mm256_setzero_pd();
    ptrdiff_t j = 0;
    for (; j + 4 <= d; j += 4) {
        __m256d v = _mm256_mul_pd(g, _mm256_mul_pd(_mm256_loadu_pd(e + j), f));
        if (c) v = _mm256_add_pd(zero, _mm256_mul_pd(_mm256_add_pd(zero, v), _mm256_loadu_pd(c + j)));
        _mm256_storeu_pd(gx + j, _mm256_add_pd(fresh ? zero : _mm256_loadu_pd(gx + j), v));
    }
    _Pragma("clang loop vectorize(disable)")
    for (; j < d; j++) gx[j] = (fresh ? 0 : gx[j]) + change(gi, e[j], fi, c ? c + j : NULL);
}

void metriclab_softmax_pullback(const double *g, double scale, const double *exps, const double *factors,
                                const double *weights, ptrdiff_t n, ptrdiff_t d, bool fresh, bool avx512, double *gx) {
    for (ptrdiff_t i = 0; i < n; i++) {
        const double gi = g[i] * scale;
        const double *c = weights ? weights + i * d : NULL;
        if (avx512) row_avx512(gi, exps + i * d, factors[i], c, d, fresh, gx + i * d);
        else row_avx2(gi, exps + i * d, factors[i], c, d, fresh, gx + i * d);
    }
}
