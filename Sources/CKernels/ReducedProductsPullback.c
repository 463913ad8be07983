// The gradient of a block of a matrix of which a log-sum-exp and a row sum were taken (SupCon's
// two reductions of its similarities), in one pass: what metriclab_softmax_pullback writes fresh,
// then what metriclab_row_sums_pullback adds, entry by entry with their operations (a multiply,
// then an add, never fused), so the same bits. Where the mask leaves an entry out, 0 is added to
// a value written as 0 + p, which is never −0, so that adds nothing, as the separate pass does.
// The loop is written once, in plain C, and compiled for AVX-512 and for AVX2; no operation mixes
// two entries, so the lanes change no bit.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"

__attribute__((always_inline))
static inline void lse_sum_rows(const double *g, double scale, const double *exps, ptrdiff_t lde, const double *factors,
                                const double *sums, const bool *keep, ptrdiff_t ldk, ptrdiff_t n, ptrdiff_t d,
                                double *out, ptrdiff_t ldo) {
    for (ptrdiff_t i = 0; i < n; i++) {
        const double gi = g[i] * scale, fi = factors[i];
        const double *e = exps + i * lde;
        double *o = out + i * ldo;
        if (!sums) {
            for (ptrdiff_t j = 0; j < d; j++) o[j] = 0 + gi * (e[j] * fi);
        } else if (!keep) {
            const double si = sums[i];
            for (ptrdiff_t j = 0; j < d; j++) o[j] = (0 + gi * (e[j] * fi)) + si;
        } else {
            const double si = sums[i];
            const bool *k = keep + i * ldk;
            // Every entry computed, then the sum chosen: a branch would not vectorise.
            for (ptrdiff_t j = 0; j < d; j++) {
                const double p = 0 + gi * (e[j] * fi), s = k[j] ? si : 0;
                o[j] = p + s;
            }
        }
    }
}

__attribute__((target("avx512f")))
void metriclab_lse_sum_pullback_avx512(const double *g, double scale, const double *exps, ptrdiff_t lde,
                                       const double *factors, const double *sums, const bool *keep, ptrdiff_t ldk,
                                       ptrdiff_t n, ptrdiff_t d, double *out, ptrdiff_t ldo) {
    lse_sum_rows(g, scale, exps, lde, factors, sums, keep, ldk, n, d, out, ldo);
}

__attribute__((target("avx2")))
void metriclab_lse_sum_pullback_avx2(const double *g, double scale, const double *exps, ptrdiff_t lde,
                                     const double *factors, const double *sums, const bool *keep, ptrdiff_t ldk,
                                     ptrdiff_t n, ptrdiff_t d, double *out, ptrdiff_t ldo) {
    lse_sum_rows(g, scale, exps, lde, factors, sums, keep, ldk, n, d, out, ldo);
}
