#include "CKernels.h"
#include "ExpTanh.h"
#include "MaskBytes.h"
#include <immintrin.h>
#include <math.h>

#pragma STDC FP_CONTRACT OFF

// glibc's libmvec for log1p: 4 doubles at a time on AVX2, within 4 ulp (glibc's manual, "Errors in
// Math Functions"). eˣ and tanh x are the project's own (ExpTanh.h).
__attribute__((target("avx2,fma"))) __m256d _ZGVdN4v_log1p(__m256d x);

// Asked once, from whichever thread comes first; the atomics keep the kernels' worker threads
// from racing on the answer. 2 is AVX-512, 1 AVX2 with FMA, 0 neither.
static int vector_level(void) {
    static int known = -1;
    int value = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (value < 0) {
        value = metriclab_has_avx512() ? 2 : metriclab_has_avx2() ? 1 : 0;
        __atomic_store_n(&known, value, __ATOMIC_RELAXED);
    }
    return value;
}

static bool use_avx2(void) { return vector_level() > 0; }

// y = f(x) eight, four or one at a time: the same operations on every width, so the split does not
// show in the values.
#define OWN_ARRAY_KERNEL(name)                                                                          \
    __attribute__((target("avx512f"))) static void name##_avx512(const double *x, double *y, ptrdiff_t n) { \
        ptrdiff_t i = 0;                                                                                \
        for (; i + 8 <= n; i += 8) _mm512_storeu_pd(y + i, name##_8(_mm512_loadu_pd(x + i)));           \
        for (; i < n; i++) y[i] = name##_1(x[i]);                                                       \
    }                                                                                                   \
    __attribute__((target("avx2,fma"))) static void name##_avx2(const double *x, double *y, ptrdiff_t n) { \
        ptrdiff_t i = 0;                                                                                \
        for (; i + 4 <= n; i += 4) _mm256_storeu_pd(y + i, name##_4(_mm256_loadu_pd(x + i)));           \
        for (; i < n; i++) y[i] = name##_1(x[i]);                                                       \
    }                                                                                                   \
    void metriclab_##name##_lanes(const double *x, double *y, ptrdiff_t n, int lanes) {                 \
        if (lanes == 8) name##_avx512(x, y, n);                                                         \
        else if (lanes == 4) name##_avx2(x, y, n);                                                      \
        else for (ptrdiff_t i = 0; i < n; i++) y[i] = name##_1(x[i]);                                   \
    }                                                                                                   \
    void metriclab_##name(const double *x, double *y, ptrdiff_t n) {                                    \
        metriclab_##name##_lanes(x, y, n, (int[]){1, 4, 8}[vector_level()]);                            \
    }

OWN_ARRAY_KERNEL(exp)
OWN_ARRAY_KERNEL(tanh)

// log1p through libmvec on AVX2, the last partial group padded with zeros so that an entry's value
// does not depend on where it sits in the array; libm's without AVX2.
__attribute__((target("avx2,fma"))) static void log1p_avx2(const double *x, double *y, ptrdiff_t n) {
    ptrdiff_t i = 0;
    for (; i + 4 <= n; i += 4) _mm256_storeu_pd(y + i, _ZGVdN4v_log1p(_mm256_loadu_pd(x + i)));
    if (i < n) {
        double in[4] = {0, 0, 0, 0}, out[4];
        for (ptrdiff_t j = i; j < n; j++) in[j - i] = x[j];
        _mm256_storeu_pd(out, _ZGVdN4v_log1p(_mm256_loadu_pd(in)));
        for (ptrdiff_t j = i; j < n; j++) y[j] = out[j - i];
    }
}

void metriclab_log1p(const double *x, double *y, ptrdiff_t n) {
    if (use_avx2()) { log1p_avx2(x, y, n); return; }
    for (ptrdiff_t i = 0; i < n; i++) y[i] = log1p(x[i]);
}

// x[j] = eˣʲ for the groups of four of a row that keep marks anything in (others may be raised
// too), x holding ⌈m/4⌉·4 entries, zero where a partial last group runs past m; groups with nothing
// kept are skipped, as a loss's mask often leaves out whole runs of columns (one class's examples).
// Eight lanes at a time on AVX-512: the values are exp_4's, twice as fast.
__attribute__((target("avx512f"))) static void exp_kept_groups_avx512(double *x, const bool *keep, ptrdiff_t m) {
    ptrdiff_t j = 0;
    for (; j + 8 <= m; j += 8) {
        if (keep && !any_kept(keep + j) && !any_kept(keep + j + 4)) continue;
        _mm512_storeu_pd(x + j, exp_8(_mm512_loadu_pd(x + j)));
    }
    for (; j < m; j += 4) {
        if (keep && j + 4 <= m && !any_kept(keep + j)) continue;
        _mm256_storeu_pd(x + j, exp_4(_mm256_loadu_pd(x + j)));
    }
}

__attribute__((target("avx2,fma"))) static void exp_kept_groups(double *x, const bool *keep, ptrdiff_t m) {
    if (vector_level() == 2) { exp_kept_groups_avx512(x, keep, m); return; }
    for (ptrdiff_t j = 0; j < m; j += 4) {
        if (keep && j + 4 <= m && !any_kept(keep + j)) continue;
        _mm256_storeu_pd(x + j, exp_4(_mm256_loadu_pd(x + j)));
    }
}

// The logits of entries j..j+3 of a row: (w·(x − shift))·scale + offset with weights w, else
// x·scale + offset; the multiply and add kept apart, as the elementwise ops they stand for.
__attribute__((target("avx2,fma"))) static inline __m256d row_logits(const double *x, const double *weights, ptrdiff_t j,
                                                                 __m256d shift, __m256d scale, __m256d offset) {
    __m256d v = _mm256_loadu_pd(x + j);
    if (weights) v = _mm256_mul_pd(_mm256_loadu_pd(weights + j), _mm256_sub_pd(v, shift));
    return _mm256_add_pd(_mm256_mul_pd(v, scale), offset);
}

// The logit of entry j of a row, as row_logits computes it.
static inline double row_logit(const double *x, const double *weights, ptrdiff_t j, double shift, double scale,
                               double offset) {
    const double v = weights ? weights[j] * (x[j] - shift) : x[j];
    return v * scale + offset;
}

// The logits of entries j..j+7 of a row, as row_logits computes them four at a time.
__attribute__((target("avx512f"))) static inline __m512d row_logits_8(const double *x, const double *weights, ptrdiff_t j,
                                                                    __m512d shift, __m512d scale, __m512d offset) {
    __m512d v = _mm512_loadu_pd(x + j);
    if (weights) v = _mm512_mul_pd(_mm512_loadu_pd(weights + j), _mm512_sub_pd(v, shift));
    return _mm512_add_pd(_mm512_mul_pd(v, scale), offset);
}

// The AVX2 row's second pass, eight entries at a time: each kept logit less the maximum through
// exp_8 (exp_4's values), left-out entries 0, stored, and added to the four-lane sum as its two
// halves, first then second, which is the order the four-lane loop adds them in; a group of four
// with nothing kept adds +0, which leaves the sum's bits as skipping it did. Returns where the
// groups of four end.
__attribute__((target("avx512f,avx2,fma"))) static ptrdiff_t exp_sum_groups_avx512(const double *x, const double *weights,
                                                                        double shift_by, const bool *keep, ptrdiff_t d,
                                                                        double scale, double offset, double top,
                                                                        double *e, __m256d *sum) {
    const __m512d a = _mm512_set1_pd(scale), b = _mm512_set1_pd(offset), c = _mm512_set1_pd(shift_by),
                  shift = _mm512_set1_pd(top), zero = _mm512_setzero_pd();
    __m256d s = *sum;
    ptrdiff_t j = 0;
    for (; j + 8 <= d; j += 8) {
        const __mmask8 kept = keep ? mask_bytes_8(keep + j) : 0xFF;
        if (!kept) {
            _mm512_storeu_pd(e + j, zero);
            continue;
        }
        const __m512d v = _mm512_maskz_sub_pd(kept, row_logits_8(x, weights, j, c, a, b), shift);
        const __m512d w = _mm512_maskz_mov_pd(kept, exp_8(v));
        _mm512_storeu_pd(e + j, w);
        s = _mm256_add_pd(s, _mm512_castpd512_pd256(w));
        s = _mm256_add_pd(s, _mm512_extractf64x4_pd(w, 1));
    }
    if (j + 4 <= d) {
        // A last group of four, read four wide: as the AVX2 row's passes treat it.
        const __m256d top4 = _mm256_set1_pd(top), zero4 = _mm256_setzero_pd();
        if (keep && !any_kept(keep + j)) {
            _mm256_storeu_pd(e + j, zero4);
        } else {
            const __m256d lanes = keep ? mask_bytes_4(keep + j) : _mm256_castsi256_pd(_mm256_set1_epi64x(-1));
            const __m256d v = _mm256_sub_pd(row_logits(x, weights, j, _mm256_set1_pd(shift_by), _mm256_set1_pd(scale),
                                                       _mm256_set1_pd(offset)), top4);
            const __m256d w = _mm256_blendv_pd(zero4, exp_4(_mm256_blendv_pd(zero4, v, lanes)), lanes);
            _mm256_storeu_pd(e + j, w);
            s = _mm256_add_pd(s, w);
        }
        j += 4;
    }
    *sum = s;
    return j;
}

// One row of metriclab_logsumexp_rows on AVX2: four lanes of maximum and of sum, each kept entry's
// exponential through exp_4. Leaves the exponentials in e and returns the row's log-sum-exp and
// 1/Σ; top > −∞ (some entry is kept).
__attribute__((target("avx2,fma"))) static double logsumexp_row_avx2(const double *x, const double *weights,
                                                                 double shift_by, const bool *keep, ptrdiff_t d,
                                                                 double scale, double offset, double top, bool add_one,
                                                                 double *e, double *inverse) {
    const __m256d minus_infinity = _mm256_set1_pd(-INFINITY), a = _mm256_set1_pd(scale), b = _mm256_set1_pd(offset),
                  c = _mm256_set1_pd(shift_by);
    __m256d best = _mm256_set1_pd(top);
    ptrdiff_t j = 0;
    // A group with nothing kept is four −∞ without reading it: a loss's mask often leaves out whole
    // runs of columns (the other classes' examples).
    for (; j + 4 <= d; j += 4) {
        if (keep && !any_kept(keep + j)) {
            best = _mm256_max_pd(best, minus_infinity);
            continue;
        }
        __m256d v = row_logits(x, weights, j, c, a, b);
        if (keep) v = _mm256_blendv_pd(minus_infinity, v, mask_bytes_4(keep + j));
        best = _mm256_max_pd(best, v);
    }
    double lanes[4];
    _mm256_storeu_pd(lanes, best);
    top = fmax(fmax(lanes[0], lanes[1]), fmax(lanes[2], lanes[3]));
    for (; j < d; j++) if (!keep || keep[j]) top = fmax(top, row_logit(x, weights, j, shift_by, scale, offset));
    if (top == -INFINITY) return -INFINITY;
    const __m256d shift = _mm256_set1_pd(top), zero = _mm256_setzero_pd();
    __m256d sum = zero;
    if (vector_level() == 2) {
        j = exp_sum_groups_avx512(x, weights, shift_by, keep, d, scale, offset, top, e, &sum);
    } else {
        // Each group in one go: the kept logits less the maximum (0 where left out, so that
        // whatever they hold never reaches the sum), their exponentials, left-out entries zeroed
        // again, stored and added. A group with nothing kept is four zeros and leaves the sum as it
        // is: it starts at +0 and adds nothing negative, so adding +0 would not change a bit of it.
        for (j = 0; j + 4 <= d; j += 4) {
            if (keep && !any_kept(keep + j)) {
                _mm256_storeu_pd(e + j, zero);
                continue;
            }
            const __m256d v = _mm256_sub_pd(row_logits(x, weights, j, c, a, b), shift);
            __m256d w;
            if (keep) {
                const __m256d lanes = mask_bytes_4(keep + j);
                w = _mm256_blendv_pd(zero, exp_4(_mm256_blendv_pd(zero, v, lanes)), lanes);
            } else {
                w = exp_4(v);
            }
            _mm256_storeu_pd(e + j, w);
            sum = _mm256_add_pd(sum, w);
        }
    }
    if (j < d) {
        double in[4] = {0, 0, 0, 0}, out[4];
        // One at a time: vectorised, row_logit's `weights ? … : x[j]` becomes a masked load from
        // weights, which on Zen 3 costs a microcode assist of hundreds of cycles when weights is NULL.
        _Pragma("clang loop vectorize(disable)")
        for (ptrdiff_t k = j; k < d; k++) in[k - j] = row_logit(x, weights, k, shift_by, scale, offset) - top;
        _mm256_storeu_pd(out, exp_4(_mm256_loadu_pd(in)));
        for (ptrdiff_t k = j; k < d; k++) e[k] = (!keep || keep[k]) ? out[k - j] : 0;
    }
    _mm256_storeu_pd(lanes, sum);
    double s = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]) + (add_one ? exp_1(-top) : 0);
    for (; j < d; j++) s += e[j];
    // The weights are e·(1/Σ): the product is left to whoever reads them, which spares a pass.
    *inverse = 1 / s;
    return top + log(s);
}

// The row, entry by entry, for CPUs without AVX2: the weights divided out in place
// (factor 1).
static double logsumexp_row(const double *x, const double *weights, double shift, const bool *keep, ptrdiff_t d,
                            double scale, double offset, double top, bool add_one, double *w, double *inverse) {
    for (ptrdiff_t j = 0; j < d; j++) if (!keep || keep[j]) top = fmax(top, row_logit(x, weights, j, shift, scale, offset));
    if (top == -INFINITY) return -INFINITY;
    double s = add_one ? exp_1(-top) : 0;
    for (ptrdiff_t j = 0; j < d; j++) {
        w[j] = (!keep || keep[j]) ? exp_1(row_logit(x, weights, j, shift, scale, offset) - top) : 0;
        s += w[j];
    }
    for (ptrdiff_t j = 0; j < d; j++) w[j] /= s;
    *inverse = 1;
    return top + log(s);
}

// Rows this narrow (a classifier's logits over a few classes) go eight at a time on their side.
enum { narrow_width = 16 };

// Eight rows of at most 16 entries, no mask and no weights, turned on their side (lane r holds row
// r), so that each exponential serves eight rows where the row kernel spent a call on one row's
// four entries and waited on its chain. Each lane runs logsumexp_row_avx2's operations for its row
// in their order: the four-lane maxima over whole groups of four and then the tail, the four lane
// sums over the groups left to right from +0, ((L₀ + L₁) + (L₂ + L₃)) + e^{−top} (or + 0), then the
// tail's exponentials one by one; exp_8's values are exp_4's and exp_1's. The maximum is taken with
// max instead of fmax: they differ only on NaN, which sends the block back to the row kernel, and
// on which of +0 and −0 wins, which no output depends on (e^{±0} = 1, and top + log s with s ≥ 1).
// Returns false, writing nothing, when some logit is NaN or some row's maximum is not finite.
__attribute__((target("avx512f,avx2,fma"))) static bool logsumexp_narrow_block(const double *x, ptrdiff_t height,
                                                                             ptrdiff_t d, double scale, double offset,
                                                                             bool add_one, double *out, double *exps,
                                                                             double *factors) {
    double side[narrow_width * 8];
    for (ptrdiff_t j = 0; j < d; j++)
        for (ptrdiff_t r = 0; r < 8; r++) side[j * 8 + r] = r < height ? x[r * d + j] : 0;
    const __m512d a = _mm512_set1_pd(scale), b = _mm512_set1_pd(offset), zero = _mm512_setzero_pd();
    __m512d logit[narrow_width];
    __mmask8 nan = 0;
    for (ptrdiff_t j = 0; j < d; j++) {
        logit[j] = _mm512_add_pd(_mm512_mul_pd(_mm512_loadu_pd(side + j * 8), a), b);
        nan |= _mm512_cmp_pd_mask(logit[j], logit[j], _CMP_UNORD_Q);
    }
    if (nan) return false;
    const ptrdiff_t grouped = d / 4 * 4;
    __m512d top = _mm512_set1_pd(add_one ? 0.0 : -INFINITY);
    __m512d best[4] = {top, top, top, top};
    for (ptrdiff_t j = 0; j < grouped; j++) best[j % 4] = _mm512_max_pd(best[j % 4], logit[j]);
    top = _mm512_max_pd(_mm512_max_pd(best[0], best[1]), _mm512_max_pd(best[2], best[3]));
    for (ptrdiff_t j = grouped; j < d; j++) top = _mm512_max_pd(top, logit[j]);
    const __m512d magnitude = DOUBLES_8(_mm512_andnot_si512(BITS_8(_mm512_set1_pd(-0.0)), BITS_8(top)));
    if (_mm512_cmp_pd_mask(magnitude, _mm512_set1_pd(INFINITY), _CMP_LT_OQ) != 0xFF) return false;
    __m512d lanes[4] = {zero, zero, zero, zero};
    for (ptrdiff_t j = 0; j < d; j++) {
        logit[j] = exp_8(_mm512_sub_pd(logit[j], top));
        if (j < grouped) lanes[j % 4] = _mm512_add_pd(lanes[j % 4], logit[j]);
    }
    const __m512d minus_top = DOUBLES_8(_mm512_xor_si512(BITS_8(top), BITS_8(_mm512_set1_pd(-0.0))));
    __m512d sum = _mm512_add_pd(_mm512_add_pd(_mm512_add_pd(lanes[0], lanes[1]), _mm512_add_pd(lanes[2], lanes[3])),
                                add_one ? exp_8(minus_top) : zero);
    for (ptrdiff_t j = grouped; j < d; j++) sum = _mm512_add_pd(sum, logit[j]);
    double tops[8], sums[8], inverses[8];
    _mm512_storeu_pd(tops, top);
    _mm512_storeu_pd(sums, sum);
    _mm512_storeu_pd(inverses, _mm512_div_pd(_mm512_set1_pd(1.0), sum));
    for (ptrdiff_t j = 0; j < d; j++) _mm512_storeu_pd(side + j * 8, logit[j]);
    for (ptrdiff_t r = 0; r < height; r++) {
        out[r] = tops[r] + log(sums[r]);
        factors[r] = inverses[r];
        for (ptrdiff_t j = 0; j < d; j++) exps[r * d + j] = side[j * 8 + r];
    }
    return true;
}

// Rows i ..< end of metriclab_logsumexp_rows, one at a time.
static void logsumexp_row_range(const double *x, const double *weights, double shift, const bool *keep, ptrdiff_t i,
                                ptrdiff_t end, ptrdiff_t d, double scale, double offset, bool add_one, double *out,
                                double *exps, double *factors) {
    const bool avx2 = use_avx2();
    for (; i < end; i++) {
        const bool *ki = keep ? keep + i * d : NULL;
        const double *wi = weights ? weights + i * d : NULL;
        double *ei = exps + i * d;
        const double top = add_one ? 0.0 : -INFINITY;
        out[i] = avx2 ? logsumexp_row_avx2(x + i * d, wi, shift, ki, d, scale, offset, top, add_one, ei, factors + i)
                      : logsumexp_row(x + i * d, wi, shift, ki, d, scale, offset, top, add_one, ei, factors + i);
        if (out[i] == -INFINITY) {  // nothing kept: 0 with zero gradient
            out[i] = 0;
            factors[i] = 1;
            for (ptrdiff_t j = 0; j < d; j++) ei[j] = 0;
        }
    }
}

void metriclab_logsumexp_rows(const double *x, const double *weights, double shift, const bool *keep, ptrdiff_t n,
                              ptrdiff_t d, double scale, double offset, bool add_one, double *out, double *exps,
                              double *factors) {
    if (keep || weights || d < 1 || d > narrow_width || vector_level() < 2) {
        logsumexp_row_range(x, weights, shift, keep, 0, n, d, scale, offset, add_one, out, exps, factors);
        return;
    }
    for (ptrdiff_t i = 0; i < n; i += 8) {
        const ptrdiff_t end = n - i < 8 ? n : i + 8;
        if (!logsumexp_narrow_block(x + i * d, end - i, d, scale, offset, add_one, out + i, exps + i * d, factors + i))
            logsumexp_row_range(x, NULL, 0, NULL, i, end, d, scale, offset, add_one, out, exps, factors);
    }
}

// The sum of four lanes, in the order the row kernels above add them.
__attribute__((target("avx2,fma"))) static inline double lane_sum(__m256d v) {
    double lanes[4];
    _mm256_storeu_pd(lanes, v);
    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}

// One pair of metriclab_pair_logsumexp on AVX2, in passes over the scratch row x: the logits
// (a + b) + c and their kept maximum, the logits less the maximum (0 where left out), their exponentials, and the kept ones' sum.
__attribute__((target("avx2,fma"))) static double pair_logsumexp_avx2(const double *a, const double *b, double c,
                                                                  const bool *keep, ptrdiff_t m, bool add_one,
                                                                  double *x) {
    const __m256d minus_infinity = _mm256_set1_pd(-INFINITY), zero = _mm256_setzero_pd(), offset = _mm256_set1_pd(c);
    // Two running maxima and, below, two running sums over alternate groups, so that each step
    // waits on the one before last rather than the last.
    __m256d best0 = _mm256_set1_pd(add_one ? 0.0 : -INFINITY), best1 = best0;
    ptrdiff_t j = 0;
    for (; j + 8 <= m; j += 8) {
        const __m256d v0 = _mm256_add_pd(_mm256_add_pd(_mm256_loadu_pd(a + j), _mm256_loadu_pd(b + j)), offset);
        const __m256d v1 = _mm256_add_pd(_mm256_add_pd(_mm256_loadu_pd(a + j + 4), _mm256_loadu_pd(b + j + 4)), offset);
        _mm256_storeu_pd(x + j, v0);
        _mm256_storeu_pd(x + j + 4, v1);
        best0 = _mm256_max_pd(best0, keep ? _mm256_blendv_pd(minus_infinity, v0, mask_bytes_4(keep + j)) : v0);
        best1 = _mm256_max_pd(best1, keep ? _mm256_blendv_pd(minus_infinity, v1, mask_bytes_4(keep + j + 4)) : v1);
    }
    if (j + 4 <= m) {
        const __m256d v = _mm256_add_pd(_mm256_add_pd(_mm256_loadu_pd(a + j), _mm256_loadu_pd(b + j)), offset);
        _mm256_storeu_pd(x + j, v);
        best0 = _mm256_max_pd(best0, keep ? _mm256_blendv_pd(minus_infinity, v, mask_bytes_4(keep + j)) : v);
        j += 4;
    }
    const ptrdiff_t whole = j;
    double lanes[4];
    _mm256_storeu_pd(lanes, _mm256_max_pd(best0, best1));
    double top = fmax(fmax(lanes[0], lanes[1]), fmax(lanes[2], lanes[3]));
    for (; j < m; j++) {
        x[j] = (a[j] + b[j]) + c;
        if (!keep || keep[j]) top = fmax(top, x[j]);
    }
    if (top == -INFINITY) return -INFINITY;
    const __m256d shift = _mm256_set1_pd(top);
    for (j = 0; j < whole; j += 4) {
        const __m256d v = _mm256_sub_pd(_mm256_loadu_pd(x + j), shift);
        _mm256_storeu_pd(x + j, keep ? _mm256_blendv_pd(zero, v, mask_bytes_4(keep + j)) : v);
    }
    for (j = whole; j < m; j++) x[j] = (!keep || keep[j]) ? x[j] - top : 0;
    for (; j % 4; j++) x[j] = 0;
    exp_kept_groups(x, keep, m);
    __m256d sum0 = zero, sum1 = zero;
    for (j = 0; j + 8 <= whole; j += 8) {
        const __m256d e0 = _mm256_loadu_pd(x + j), e1 = _mm256_loadu_pd(x + j + 4);
        sum0 = _mm256_add_pd(sum0, keep ? _mm256_blendv_pd(zero, e0, mask_bytes_4(keep + j)) : e0);
        sum1 = _mm256_add_pd(sum1, keep ? _mm256_blendv_pd(zero, e1, mask_bytes_4(keep + j + 4)) : e1);
    }
    if (j < whole) {
        const __m256d e = _mm256_loadu_pd(x + j);
        sum0 = _mm256_add_pd(sum0, keep ? _mm256_blendv_pd(zero, e, mask_bytes_4(keep + j)) : e);
    }
    double s = lane_sum(_mm256_add_pd(sum0, sum1)) + (add_one ? exp_1(-top) : 0);
    for (j = whole; j < m; j++) if (!keep || keep[j]) s += x[j];
    return top + log(s);
}

// The pair entry by entry, for CPUs without AVX2.
static double pair_logsumexp(const double *a, const double *b, double c, const bool *keep, ptrdiff_t m, bool add_one,
                             double *x) {
    double top = add_one ? 0.0 : -INFINITY;
    for (ptrdiff_t j = 0; j < m; j++) {
        x[j] = (a[j] + b[j]) + c;
        if (!keep || keep[j]) top = fmax(top, x[j]);
    }
    if (top == -INFINITY) return -INFINITY;
    double s = add_one ? exp_1(-top) : 0;
    for (ptrdiff_t j = 0; j < m; j++) if (!keep || keep[j]) s += exp_1(x[j] - top);
    return top + log(s);
}

void metriclab_pair_logsumexp(const double *a, const double *b, const double *c, const ptrdiff_t *r, const ptrdiff_t *s,
                              const bool *keep, ptrdiff_t count, ptrdiff_t m, bool add_one, double *out, double *scratch) {
    const bool avx2 = use_avx2();
    for (ptrdiff_t k = 0; k < count; k++) {
        const double *ak = a + r[k] * m, *bk = b + s[k] * m;
        const bool *kk = keep ? keep + r[k] * m : NULL;
        out[k] = avx2 ? pair_logsumexp_avx2(ak, bk, c[k], kk, m, add_one, scratch)
                      : pair_logsumexp(ak, bk, c[k], kk, m, add_one, scratch);
        if (out[k] == -INFINITY) out[k] = 0;  // nothing kept: 0 with zero gradient
    }
}

// One pair of the pullback on AVX2, in passes over the scratch row w as the forward kernel: each
// kept weight w = exp_1(x − out), then g·w added to both rows. Returns Σ w.
__attribute__((target("avx2,fma"))) static double pair_pullback_avx2(const double *a, const double *b, double c,
                                                                 double lse, const bool *keep, ptrdiff_t m, double g,
                                                                 double *ga, double *gb, double *w) {
    const __m256d zero = _mm256_setzero_pd(), offset = _mm256_set1_pd(c), shift = _mm256_set1_pd(lse),
                  scale = _mm256_set1_pd(g);
    ptrdiff_t j = 0;
    for (; j + 4 <= m; j += 4) {
        const __m256d v =
            _mm256_sub_pd(_mm256_add_pd(_mm256_add_pd(_mm256_loadu_pd(a + j), _mm256_loadu_pd(b + j)), offset), shift);
        _mm256_storeu_pd(w + j, keep ? _mm256_blendv_pd(zero, v, mask_bytes_4(keep + j)) : v);
    }
    const ptrdiff_t whole = j;
    for (; j < m; j++) w[j] = (!keep || keep[j]) ? ((a[j] + b[j]) + c) - lse : 0;
    for (; j % 4; j++) w[j] = 0;
    exp_kept_groups(w, keep, m);
    __m256d total = zero;
    for (j = 0; j < whole; j += 4) {
        if (keep && !any_kept(keep + j)) continue;
        __m256d e = _mm256_loadu_pd(w + j);
        if (keep) e = _mm256_blendv_pd(zero, e, mask_bytes_4(keep + j));
        total = _mm256_add_pd(total, e);
        const __m256d ge = _mm256_mul_pd(scale, e);
        if (ga) _mm256_storeu_pd(ga + j, _mm256_add_pd(_mm256_loadu_pd(ga + j), ge));
        if (gb) _mm256_storeu_pd(gb + j, _mm256_add_pd(_mm256_loadu_pd(gb + j), ge));
    }
    double sum = lane_sum(total);
    for (j = whole; j < m; j++) {
        if (keep && !keep[j]) continue;
        sum += w[j];
        if (ga) ga[j] += g * w[j];
        if (gb) gb[j] += g * w[j];
    }
    return sum;
}

// The pullback's pair entry by entry, for CPUs without AVX2.
static double pair_pullback(const double *a, const double *b, double c, double lse, const bool *keep, ptrdiff_t m,
                            double g, double *ga, double *gb) {
    double sum = 0;
    for (ptrdiff_t j = 0; j < m; j++) {
        if (keep && !keep[j]) continue;
        const double w = exp_1(((a[j] + b[j]) + c) - lse);
        sum += w;
        if (ga) ga[j] += g * w;
        if (gb) gb[j] += g * w;
    }
    return sum;
}

void metriclab_pair_logsumexp_pullback(const double *a, const double *b, const double *c, const ptrdiff_t *r,
                                       const ptrdiff_t *s, const bool *keep, const ptrdiff_t *pairs, ptrdiff_t count,
                                       ptrdiff_t m, const double *out, const double *g, double *ga, double *gb,
                                       ptrdiff_t gb_first_row, double *gc, double *scratch) {
    const bool avx2 = use_avx2();
    for (ptrdiff_t i = 0; i < count; i++) {
        const ptrdiff_t k = pairs[i];
        if (g[k] == 0) continue;
        const double *ak = a + r[k] * m, *bk = b + s[k] * m;
        const bool *kk = keep ? keep + r[k] * m : NULL;
        double *gak = ga ? ga + r[k] * m : NULL, *gbk = gb ? gb + (s[k] - gb_first_row) * m : NULL;
        const double mass = avx2 ? pair_pullback_avx2(ak, bk, c[k], out[k], kk, m, g[k], gak, gbk, scratch)
                                 : pair_pullback(ak, bk, c[k], out[k], kk, m, g[k], gak, gbk);
        gc[k] += g[k] * mass;
    }
}
