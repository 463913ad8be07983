#include "CKernels.h"
#include <immintrin.h>
#include <math.h>

// glibc's libmvec: 4 doubles at a time on AVX2, within 4 ulp (glibc's manual, "Errors in Math
// Functions"), which is what lets a softmax over a million entries run at memory speed.
__attribute__((target("avx2"))) __m256d _ZGVdN4v_exp(__m256d x);
__attribute__((target("avx2"))) __m256d _ZGVdN4v_log1p(__m256d x);
__attribute__((target("avx2"))) __m256d _ZGVdN4v_tanh(__m256d x);

// Asked once, from whichever thread comes first; the atomics keep the kernels' worker threads
// from racing on the answer.
static bool use_avx2(void) {
    static int known = -1;
    int value = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (value < 0) {
        value = metriclab_has_avx2();
        __atomic_store_n(&known, value, __ATOMIC_RELAXED);
    }
    return value;
}

// Every entry goes through the vector function, the last partial group padded with zeros, so an
// entry's value does not depend on where it sits in the array.
#define ARRAY_KERNEL(name, vector, scalar)                                                      \
    __attribute__((target("avx2"))) static void name##_avx2(const double *x, double *y, ptrdiff_t n) { \
        ptrdiff_t i = 0;                                                                        \
        for (; i + 4 <= n; i += 4) _mm256_storeu_pd(y + i, vector(_mm256_loadu_pd(x + i)));     \
        if (i < n) {                                                                            \
            double in[4] = {0, 0, 0, 0}, out[4];                                                \
            for (ptrdiff_t j = i; j < n; j++) in[j - i] = x[j];                                 \
            _mm256_storeu_pd(out, vector(_mm256_loadu_pd(in)));                                 \
            for (ptrdiff_t j = i; j < n; j++) y[j] = out[j - i];                                \
        }                                                                                       \
    }                                                                                           \
    void metriclab_##name(const double *x, double *y, ptrdiff_t n) {                            \
        if (use_avx2()) { name##_avx2(x, y, n); return; }                                       \
        for (ptrdiff_t i = 0; i < n; i++) y[i] = scalar(x[i]);                                  \
    }

ARRAY_KERNEL(exp, _ZGVdN4v_exp, exp)
ARRAY_KERNEL(log1p, _ZGVdN4v_log1p, log1p)
ARRAY_KERNEL(tanh, _ZGVdN4v_tanh, tanh)

// All-ones lanes where keep[0..3] is true: four bytes widened to four 64-bit masks.
__attribute__((target("avx2"))) static inline __m256d kept_lanes(const bool *keep) {
    int bytes;
    __builtin_memcpy(&bytes, keep, 4);
    const __m256i wide = _mm256_cvtepu8_epi64(_mm_cvtsi32_si128(bytes));
    return _mm256_castsi256_pd(_mm256_cmpgt_epi64(wide, _mm256_setzero_si256()));
}

// One row of metriclab_logsumexp_rows on AVX2: four lanes of maximum and of sum, each kept entry's
// exponential through libmvec. Returns the row's log-sum-exp; top > −∞ (some entry is kept).
__attribute__((target("avx2"))) static double logsumexp_row_avx2(const double *x, const bool *keep, ptrdiff_t d,
                                                                 double scale, double offset, double top, bool add_one,
                                                                 double *w) {
    const __m256d minus_infinity = _mm256_set1_pd(-INFINITY), a = _mm256_set1_pd(scale), b = _mm256_set1_pd(offset);
    __m256d best = _mm256_set1_pd(top);
    ptrdiff_t j = 0;
    for (; j + 4 <= d; j += 4) {
        __m256d v = _mm256_add_pd(_mm256_mul_pd(_mm256_loadu_pd(x + j), a), b);
        if (keep) v = _mm256_blendv_pd(minus_infinity, v, kept_lanes(keep + j));
        best = _mm256_max_pd(best, v);
    }
    double lanes[4];
    _mm256_storeu_pd(lanes, best);
    top = fmax(fmax(lanes[0], lanes[1]), fmax(lanes[2], lanes[3]));
    for (; j < d; j++) if (!keep || keep[j]) top = fmax(top, x[j] * scale + offset);
    if (top == -INFINITY) return -INFINITY;
    // Left-out entries go through exp as 0 and are zeroed after: an infinite or huge argument would
    // send libmvec's whole group of four down its slow scalar path.
    const __m256d shift = _mm256_set1_pd(top), zero = _mm256_setzero_pd();
    __m256d sum = zero;
    for (j = 0; j + 4 <= d; j += 4) {
        __m256d v = _mm256_sub_pd(_mm256_add_pd(_mm256_mul_pd(_mm256_loadu_pd(x + j), a), b), shift);
        if (keep) {
            const __m256d kept = kept_lanes(keep + j);
            v = _ZGVdN4v_exp(_mm256_blendv_pd(zero, v, kept));
            v = _mm256_blendv_pd(zero, v, kept);
        } else {
            v = _ZGVdN4v_exp(v);
        }
        _mm256_storeu_pd(w + j, v);
        sum = _mm256_add_pd(sum, v);
    }
    if (j < d) {
        double in[4] = {0, 0, 0, 0}, out[4];
        for (ptrdiff_t k = j; k < d; k++) in[k - j] = (x[k] * scale + offset) - top;
        _mm256_storeu_pd(out, _ZGVdN4v_exp(_mm256_loadu_pd(in)));
        for (ptrdiff_t k = j; k < d; k++) w[k] = (!keep || keep[k]) ? out[k - j] : 0;
    }
    _mm256_storeu_pd(lanes, sum);
    double s = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]) + (add_one ? exp(-top) : 0);
    for (; j < d; j++) s += w[j];
    const __m256d inverse = _mm256_set1_pd(1 / s);
    for (j = 0; j + 4 <= d; j += 4) _mm256_storeu_pd(w + j, _mm256_mul_pd(_mm256_loadu_pd(w + j), inverse));
    for (; j < d; j++) w[j] *= 1 / s;
    return top + log(s);
}

// The row, entry by entry through libm, for CPUs without AVX2.
static double logsumexp_row(const double *x, const bool *keep, ptrdiff_t d, double scale, double offset, double top,
                            bool add_one, double *w) {
    for (ptrdiff_t j = 0; j < d; j++) if (!keep || keep[j]) top = fmax(top, x[j] * scale + offset);
    if (top == -INFINITY) return -INFINITY;
    double s = add_one ? exp(-top) : 0;
    for (ptrdiff_t j = 0; j < d; j++) {
        w[j] = (!keep || keep[j]) ? exp((x[j] * scale + offset) - top) : 0;
        s += w[j];
    }
    for (ptrdiff_t j = 0; j < d; j++) w[j] /= s;
    return top + log(s);
}

void metriclab_logsumexp_rows(const double *x, const bool *keep, ptrdiff_t n, ptrdiff_t d, double scale,
                              double offset, bool add_one, double *out, double *weights) {
    const bool avx2 = use_avx2();
    for (ptrdiff_t i = 0; i < n; i++) {
        const bool *ki = keep ? keep + i * d : NULL;
        double *wi = weights + i * d;
        const double top = add_one ? 0.0 : -INFINITY;
        out[i] = avx2 ? logsumexp_row_avx2(x + i * d, ki, d, scale, offset, top, add_one, wi)
                      : logsumexp_row(x + i * d, ki, d, scale, offset, top, add_one, wi);
        if (out[i] == -INFINITY) {  // nothing kept: 0 with zero gradient
            out[i] = 0;
            for (ptrdiff_t j = 0; j < d; j++) wi[j] = 0;
        }
    }
}
