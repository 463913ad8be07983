// A matrix's masked entries gathered row by row into the intervals between evenly spaced nodes
// (FastAP's and the histogram loss's soft histograms), and the backward pass handing each entry
// its interval's gradient: the Swift loops' operations in their order, without their overflow
// checks and array reloads, and with the mask's branch replaced by a select.
#pragma STDC FP_CONTRACT OFF
#include "CKernels.h"

// (x − start) / spacing floored to PML's bin index: 0 below the first node (and for NaN), `nodes`
// from the last node on, k + 1 in [c_k, c_{k+1}).
static inline ptrdiff_t interval_at(double t, ptrdiff_t nodes) {
    if (!(t >= 0)) return 0;
    return t >= (double)(nodes - 1) ? nodes : (ptrdiff_t)t + 1;
}

static inline void row_steps(const double *x, ptrdiff_t c, double start, double spacing, double *steps) {
    for (ptrdiff_t j = 0; j < c; j++) steps[j] = (x[j] - start) / spacing;
}

void metriclab_interval_sums(const double *x, const unsigned char *bits, ptrdiff_t rows, ptrdiff_t c, double start,
                             double spacing, ptrdiff_t nodes, double *sums, double *counts, double *steps) {
    const ptrdiff_t width = nodes + 1;
    for (ptrdiff_t i = 0; i < rows; i++) {
        const double *xi = x + i * c;
        const unsigned char *bi = bits + i * c;
        double *si = sums + i * width, *ki = counts + i * width;
        row_steps(xi, c, start, spacing, steps);
        // An entry the mask drops adds into a scratch pair no one reads: no branch to mispredict.
        double scratch_sum = 0, scratch_count = 0;
        for (ptrdiff_t j = 0; j < c; j++) {
            const ptrdiff_t slot = interval_at(steps[j], nodes);
            double *s = bi[j] ? si + slot : &scratch_sum, *k = bi[j] ? ki + slot : &scratch_count;
            *s += xi[j];
            *k += 1;
        }
    }
}

void metriclab_interval_gradient(const double *x, const unsigned char *bits, ptrdiff_t rows, ptrdiff_t c, double start,
                                 double spacing, ptrdiff_t nodes, const double *g, double *gx, double *steps) {
    const ptrdiff_t width = nodes + 1;
    for (ptrdiff_t i = 0; i < rows; i++) {
        const double *xi = x + i * c, *gi = g + i * width;
        const unsigned char *bi = bits + i * c;
        double *gxi = gx + i * c;
        row_steps(xi, c, start, spacing, steps);
        // A dropped entry adds −0, which leaves every value as it is (±0, ±∞ and NaN included):
        // no branch on the mask.
        for (ptrdiff_t j = 0; j < c; j++) gxi[j] += bi[j] ? gi[interval_at(steps[j], nodes)] : -0.0;
    }
}
