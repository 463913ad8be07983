// Tensor.softmaxWeightedRowSums's rows: Σⱼ softmax(xᵢ/γ)ⱼ·xᵢⱼ and its pullback, each row the
// operations of the chain of tensor ops it replaces, in their order (a multiply, then an add, never
// fused), so the same bits.
//
// A row's maximum and sums are chains along the row. Eight rows at a time are turned on their side
// (entry j of the eight rows side by side), so that every loop below runs across the eight rows, a
// row a lane, and the compiler runs it four or eight lanes a register (two on plain x86-64): each
// lane is one row's chain in its own order, so the width changes no bit. The exponentials and
// weights are kept on their side for the pullback, spare lanes included. A last block of fewer
// rows fills its spare lanes with zeros and writes none of their sums, values or gradients.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"

enum { block_rows = METRICLAB_SOFTMAX_WEIGHTED_BLOCK };

// The first `height` rows of the row-major x (d columns) on their side, zeros in the spare lanes:
// side[j·8 + r] = x[r, j]. A full block copies without the spare-lane test, which the compiler
// kept as a compare beside every entry's copy.
__attribute__((always_inline))
static inline void turn(const double *restrict x, ptrdiff_t height, ptrdiff_t d, double *restrict side) {
    if (height == block_rows) {
        for (ptrdiff_t r = 0; r < block_rows; r++)
            for (ptrdiff_t j = 0; j < d; j++) side[j * block_rows + r] = x[r * d + j];
        return;
    }
    for (ptrdiff_t j = 0; j < d; j++)
        for (ptrdiff_t r = 0; r < block_rows; r++) side[j * block_rows + r] = r < height ? x[r * d + j] : 0;
}

// One block's forward pass: e and w (d·8 entries, on their side) the exponentials of the shifted
// logits and the softmax weights, sums[r] the exponentials' row sum, out[r] the weighted row sum.
__attribute__((always_inline))
static inline void forward_block(const double *restrict x, ptrdiff_t height, ptrdiff_t d, double scale,
                                 double *restrict side, double *restrict e, double *restrict w, double *restrict sums,
                                 double *restrict out) {
    turn(x, height, d, side);
    double best[block_rows], total[block_rows], weighted[block_rows];
    // The first largest logit, as rowMax picks it: a later one wins only when greater.
    for (ptrdiff_t r = 0; r < block_rows; r++) best[r] = side[r] * scale;
    for (ptrdiff_t j = 1; j < d; j++)
        for (ptrdiff_t r = 0; r < block_rows; r++) {
            const double logit = side[j * block_rows + r] * scale;
            best[r] = logit > best[r] ? logit : best[r];
        }
    for (ptrdiff_t j = 0; j < d; j++)
        for (ptrdiff_t r = 0; r < block_rows; r++) e[j * block_rows + r] = side[j * block_rows + r] * scale - best[r];
    metriclab_exp(e, e, d * block_rows);
    for (ptrdiff_t r = 0; r < block_rows; r++) total[r] = 0;
    for (ptrdiff_t j = 0; j < d; j++)
        for (ptrdiff_t r = 0; r < block_rows; r++) total[r] = total[r] + e[j * block_rows + r];
    for (ptrdiff_t r = 0; r < block_rows; r++) weighted[r] = 0;
    for (ptrdiff_t j = 0; j < d; j++)
        for (ptrdiff_t r = 0; r < block_rows; r++) {
            const double weight = e[j * block_rows + r] / total[r];
            w[j * block_rows + r] = weight;
            weighted[r] = weighted[r] + weight * side[j * block_rows + r];
        }
    for (ptrdiff_t r = 0; r < height; r++) {
        sums[r] = total[r];
        out[r] = weighted[r];
    }
}

// One block's pullback, the chain's in the tape's order: the row sum's gradient written fresh into
// the products, from them into the weights (fresh) and into x (fresh), from the weights into the
// exponentials (a quotient's numerator) and into their row sum (its denominator, summed left to
// right from 0), the row sum's gradient added back into the exponentials, through exp and the
// shift into the logits, and the logits' gradient, times 1/γ, added into x's after the products'.
__attribute__((always_inline))
static inline void pullback_block(const double *restrict x, const double *restrict e, const double *restrict w,
                                  const double *restrict sums, const double *restrict g, ptrdiff_t height, ptrdiff_t d,
                                  double scale, bool fresh, double *restrict gx, double *restrict side) {
    turn(x, height, d, side);
    double up[block_rows], z[block_rows], into_sum[block_rows];
    for (ptrdiff_t r = 0; r < block_rows; r++) {
        up[r] = r < height ? 0 + g[r] : 0;
        z[r] = r < height ? sums[r] : 1;
        into_sum[r] = 0;
    }
    for (ptrdiff_t j = 0; j < d; j++)
        for (ptrdiff_t r = 0; r < block_rows; r++) {
            const double into_weight = 0 + up[r] * side[j * block_rows + r];
            into_sum[r] = into_sum[r] - into_weight * e[j * block_rows + r] / (z[r] * z[r]);
        }
    // side[j·8 + r] becomes what the products send x, then what x receives in all.
    for (ptrdiff_t j = 0; j < d; j++)
        for (ptrdiff_t r = 0; r < block_rows; r++) {
            const ptrdiff_t t = j * block_rows + r;
            const double into_weight = 0 + up[r] * side[t], exponential = e[t];
            const double into_exp = 0 + into_weight / z[r] + into_sum[r];
            const double into_logit = 0 + (0 + into_exp * exponential);
            side[t] = into_logit * scale;
        }
    for (ptrdiff_t r = 0; r < height; r++)
        for (ptrdiff_t j = 0; j < d; j++) {
            const double base = fresh ? 0 : gx[r * d + j];
            gx[r * d + j] = (base + up[r] * w[j * block_rows + r]) + side[j * block_rows + r];
        }
}

#define SOFTMAX_WEIGHTED_ROWS(suffix, target)                                                                        \
    target static void forward_##suffix(const double *x, ptrdiff_t n, ptrdiff_t d, double scale, double *side,      \
                                        double *e, double *w, double *sums, double *out) {                           \
        for (ptrdiff_t i = 0; i < n; i += block_rows)                                                                \
            forward_block(x + i * d, n - i < block_rows ? n - i : block_rows, d, scale, side, e + i * d, w + i * d,  \
                          sums + i, out + i);                                                                        \
    }                                                                                                                \
    target static void pullback_##suffix(const double *x, const double *e, const double *w, const double *sums,     \
                                         const double *g, ptrdiff_t n, ptrdiff_t d, double scale, bool fresh,        \
                                         double *gx, double *side) {                                                 \
        for (ptrdiff_t i = 0; i < n; i += block_rows)                                                                \
            pullback_block(x + i * d, e + i * d, w + i * d, sums + i, g + i, n - i < block_rows ? n - i : block_rows, \
                           d, scale, fresh, gx + i * d, side);                                                       \
    }

SOFTMAX_WEIGHTED_ROWS(avx512, __attribute__((target("avx512f,avx2,fma"))))
SOFTMAX_WEIGHTED_ROWS(avx2, __attribute__((target("avx2,fma"))))
SOFTMAX_WEIGHTED_ROWS(portable, )

void metriclab_softmax_weighted_rows_lanes(const double *x, ptrdiff_t n, ptrdiff_t d, double scale, double *side,
                                           double *e, double *w, double *sums, double *out, int lanes) {
    if (lanes == 8) forward_avx512(x, n, d, scale, side, e, w, sums, out);
    else if (lanes == 4) forward_avx2(x, n, d, scale, side, e, w, sums, out);
    else forward_portable(x, n, d, scale, side, e, w, sums, out);
}

void metriclab_softmax_weighted_rows_pullback_lanes(const double *x, const double *e, const double *w,
                                                    const double *sums, const double *g, ptrdiff_t n, ptrdiff_t d,
                                                    double scale, bool fresh, double *gx, double *side, int lanes) {
    if (lanes == 8) pullback_avx512(x, e, w, sums, g, n, d, scale, fresh, gx, side);
    else if (lanes == 4) pullback_avx2(x, e, w, sums, g, n, d, scale, fresh, gx, side);
    else pullback_portable(x, e, w, sums, g, n, d, scale, fresh, gx, side);
}
