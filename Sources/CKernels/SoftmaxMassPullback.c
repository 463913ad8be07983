// The pullback of the log softmax mass rows (NCA's log pᵢ; the Swift loop in
// Tensor+SoftmaxMass.swift is the portable fallback): each entry's gradient
// (sᵢⱼ ? gᵢ/pᵢ : 0)·w − gᵢ·w with w = eᵢⱼ·fᵢ, gᵢ the row's gradient times the scale, written as
// 0 + that when fresh, else added. The Swift loop reads the subset's byte and picks per entry,
// which the compiler left scalar; here four or eight entries a register, with the same multiplies,
// subtraction and add per entry in the same order: the same bits.
#include "CKernels.h"
#include "MaskBytes.h"
#include <immintrin.h>

#pragma STDC FP_CONTRACT OFF

// One entry as the Swift loop computes it.
static inline double change(double gi, double in_subset, double e, double fi, bool kept) {
    const double w = e * fi;
    return (kept ? in_subset : 0) * w - gi * w;
}

__attribute__((target("avx512f")))
static void row_avx512(double gi, double in_subset, const double *e, double fi, const bool *s, ptrdiff_t d, bool fresh,
                       double *gx) {
    const __m512d g = _mm512_set1_pd(gi), k = _mm512_set1_pd(in_subset), f = _mm512_set1_pd(fi), zero = _mm512_setzero_pd();
    ptrdiff_t j = 0;
    for (; j + 8 <= d; j += 8) {
        const __mmask8 m = mask_bytes_8(s + j);
        const __m512d w = _mm512_mul_pd(_mm512_loadu_pd(e + j), f);
        const __m512d v = _mm512_sub_pd(_mm512_mul_pd(_mm512_maskz_mov_pd(m, k), w), _mm512_mul_pd(g, w));
        _mm512_storeu_pd(gx + j, _mm512_add_pd(fresh ? zero : _mm512_loadu_pd(gx + j), v));
    }
    for (; j < d; j++) gx[j] = (fresh ? 0 : gx[j]) + change(gi, in_subset, e[j], fi, s[j]);
}

__attribute__((target("avx2")))
static void row_avx2(double gi, double in_subset, const double *e, double fi, const bool *s, ptrdiff_t d, bool fresh,
                     double *gx) {
    const __m256d g = _mm256_set1_pd(gi), k = _mm256_set1_pd(in_subset), f = _mm256_set1_pd(fi), zero = _mm256_setzero_pd();
    ptrdiff_t j = 0;
    for (; j + 4 <= d; j += 4) {
        const __m256d kept = mask_bytes_4(s + j);
        const __m256d w = _mm256_mul_pd(_mm256_loadu_pd(e + j), f);
        const __m256d v = _mm256_sub_pd(_mm256_mul_pd(_mm256_and_pd(kept, k), w), _mm256_mul_pd(g, w));
        _mm256_storeu_pd(gx + j, _mm256_add_pd(fresh ? zero : _mm256_loadu_pd(gx + j), v));
    }
    for (; j < d; j++) gx[j] = (fresh ? 0 : gx[j]) + change(gi, in_subset, e[j], fi, s[j]);
}

void metriclab_softmax_mass_pullback(const double *g, double scale, const double *mass, const double *exps,
                                     const double *factors, const bool *subset, ptrdiff_t n, ptrdiff_t d, bool fresh,
                                     bool avx512, double *gx) {
    for (ptrdiff_t i = 0; i < n; i++) {
        double *row = gx + i * d;
        if (!(mass[i] > 0 && g[i] != 0)) {
            // A row without gradient gets the 0 a pass of zeros would have left.
            if (fresh) for (ptrdiff_t j = 0; j < d; j++) row[j] = 0;
            continue;
        }
        const double gi = g[i] * scale, in_subset = gi / mass[i];
        if (avx512) row_avx512(gi, in_subset, exps + i * d, factors[i], subset + i * d, d, fresh, row);
        else row_avx2(gi, in_subset, exps + i * d, factors[i], subset + i * d, d, fresh, row);
    }
}
