// The passes of rows scaled to unit length (Tensor.l2NormalizedRows) and of their squared norms,
// each entry the Swift loops' operations (a multiply rounded, then an add; IEEE divisions):
// Swift ran each row's sum as one chain of dependent adds and the divisions two lanes wide.
#include "CKernels.h"

#pragma STDC FP_CONTRACT OFF

// Eight rows side by side: eight chains of adds in flight, each row's in the order of p from 0.
#define ROWS 8

void metriclab_row_dots(const double *x, const double *y, ptrdiff_t n, ptrdiff_t d, double *out) {
    ptrdiff_t i = 0;
    for (; i + ROWS <= n; i += ROWS) {
        double s[ROWS] = {0};
        for (ptrdiff_t p = 0; p < d; p++)
            for (int r = 0; r < ROWS; r++) s[r] = s[r] + x[(i + r) * d + p] * y[(i + r) * d + p];
        for (int r = 0; r < ROWS; r++) out[i + r] = s[r];
    }
    for (; i < n; i++) {
        double s = 0;
        for (ptrdiff_t p = 0; p < d; p++) s = s + x[i * d + p] * y[i * d + p];
        out[i] = s;
    }
}

// The same loops compiled for each width; clang vectorises them along p.
#define ROW_PASSES(suffix, isa)                                                                          \
    __attribute__((target(isa))) void metriclab_divide_rows_##suffix(const double *x, const double *norms,     \
                                                                        ptrdiff_t n, ptrdiff_t d, double *y) { \
        for (ptrdiff_t i = 0; i < n; i++)                                                                     \
            for (ptrdiff_t p = 0; p < d; p++) y[i * d + p] = x[i * d + p] / norms[i];                        \
    }                                                                                                         \
    __attribute__((target(isa))) void metriclab_unit_rows_pullback_##suffix(                              \
        const double *g, const double *y, const double *norms, const double *dots, ptrdiff_t n, ptrdiff_t d,   \
        double *gx) {                                                                                         \
        for (ptrdiff_t i = 0; i < n; i++)                                                                     \
            for (ptrdiff_t p = 0; p < d; p++)                                                                 \
                gx[i * d + p] = gx[i * d + p] + (g[i * d + p] - y[i * d + p] * dots[i]) / norms[i];          \
    }

ROW_PASSES(avx512, "avx512f")
ROW_PASSES(avx2, "avx2")
