// The scalar sweep of a small symmetric block (the manifold loss's inverse of I − αS̄ takes its
// pivots 64 at a time): b row updates y ← y + (−f)·x per pivot, each entry a multiply then an add
// as the Swift loop does, eight or four entries a register where Swift's SSE2 build runs two.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"
#include <immintrin.h>
#include <math.h>

// The pivot's checks, its reciprocal and the row scaling, shared by both widths.
static inline bool pivot_reciprocal(const double *q, ptrdiff_t b, ptrdiff_t k, double *reciprocal) {
    const double pivot = q[k * b + k];
    if (!(pivot > 0) || !isfinite(pivot)) return false;
    *reciprocal = 1 / pivot;
    return true;
}

static inline void scale_pivot_row(double *q, ptrdiff_t b, ptrdiff_t k, double reciprocal) {
    for (ptrdiff_t j = 0; j < b; j++) q[k * b + j] *= reciprocal;
    q[k * b + k] = -reciprocal;
}

__attribute__((target("avx512f")))
bool metriclab_sweep_small_avx512(double *q, ptrdiff_t b) {
    const __mmask8 tail = (__mmask8)((1u << (b % 8)) - 1);
    const ptrdiff_t body = b - b % 8;
    for (ptrdiff_t k = 0; k < b; k++) {
        double reciprocal;
        if (!pivot_reciprocal(q, b, k, &reciprocal)) return false;
        const double *x = q + k * b;
        for (ptrdiff_t i = 0; i < b; i++) {
            if (i == k) continue;
            double *y = q + i * b;
            const double f = y[k] * reciprocal;
            const __m512d s = _mm512_set1_pd(-f);
            for (ptrdiff_t j = 0; j < body; j += 8) {
                _mm512_storeu_pd(y + j, _mm512_add_pd(_mm512_loadu_pd(y + j), _mm512_mul_pd(s, _mm512_loadu_pd(x + j))));
            }
            if (tail) {
                const __m512d yt = _mm512_maskz_loadu_pd(tail, y + body), xt = _mm512_maskz_loadu_pd(tail, x + body);
                _mm512_mask_storeu_pd(y + body, tail, _mm512_add_pd(yt, _mm512_mul_pd(s, xt)));
            }
            y[k] = f;
        }
        scale_pivot_row(q, b, k, reciprocal);
    }
    return true;
}

__attribute__((target("avx2")))
bool metriclab_sweep_small_avx2(double *q, ptrdiff_t b) {
    const ptrdiff_t body = b - b % 4;
    for (ptrdiff_t k = 0; k < b; k++) {
        double reciprocal;
        if (!pivot_reciprocal(q, b, k, &reciprocal)) return false;
        const double *x = q + k * b;
        for (ptrdiff_t i = 0; i < b; i++) {
            if (i == k) continue;
            double *y = q + i * b;
            const double f = y[k] * reciprocal, s = -f;
            const __m256d sv = _mm256_set1_pd(s);
            for (ptrdiff_t j = 0; j < body; j += 4) {
                _mm256_storeu_pd(y + j, _mm256_add_pd(_mm256_loadu_pd(y + j), _mm256_mul_pd(sv, _mm256_loadu_pd(x + j))));
            }
            for (ptrdiff_t j = body; j < b; j++) y[j] = y[j] + s * x[j];
            y[k] = f;
        }
        scale_pivot_row(q, b, k, reciprocal);
    }
    return true;
}
