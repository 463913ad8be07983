#include "CKernels.h"

#pragma STDC FP_CONTRACT OFF

// Each row's sum is one chain of additions, left to right, which a CPU adds one per latency (four
// cycles); eight rows side by side keep eight chains in flight, each row added in its own order.
// A left-out entry adds 0, which leaves a sum that starts at +0 unchanged (it never becomes −0).
#define ROWS 8

// sum + v with the sum as the first operand, which x86 returns when both are NaN: a NaN sum keeps
// its sign and payload as the Swift loops' `s += x` kept it (the compiler treats a plain + as
// commutative and may swap the operands).
static inline double add(double sum, double v) {
    __asm__("addsd %1, %0" : "+x"(sum) : "x"(v));
    return sum;
}

static inline double entry(const double *x, const bool *keep, const double *factors, ptrdiff_t i, ptrdiff_t t) {
    if (keep && !keep[t]) return 0;
    return factors ? x[t] * factors[i] : x[t];
}

// Whether any of keep[0..7] is set, from the eight bytes at once.
static inline bool any_of_eight(const bool *keep) {
    unsigned long long bytes;
    __builtin_memcpy(&bytes, keep, 8);
    return bytes != 0;
}

void metriclab_row_sums(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d, double *out) {
    const ptrdiff_t whole = d / 8 * 8;
    ptrdiff_t i = 0;
    for (; i + ROWS <= n; i += ROWS) {
        double s[ROWS] = {0};
        // Eight columns of each of the eight rows in turn; a row's eight with nothing kept add only
        // zeros and are passed over (a positive mask leaves out the other classes' blocks).
        for (ptrdiff_t j = 0; j < whole; j += 8)
            for (int r = 0; r < ROWS; r++) {
                const ptrdiff_t t = (i + r) * d + j;
                if (keep && !any_of_eight(keep + t)) continue;
                for (int q = 0; q < 8; q++) s[r] = add(s[r], entry(x, keep, factors, i + r, t + q));
            }
        for (ptrdiff_t j = whole; j < d; j++)
            for (int r = 0; r < ROWS; r++) s[r] = add(s[r], entry(x, keep, factors, i + r, (i + r) * d + j));
        for (int r = 0; r < ROWS; r++) out[i + r] = s[r];
    }
    for (; i < n; i++) {
        double s = 0;
        for (ptrdiff_t j = 0; j < d; j++) s = add(s, entry(x, keep, factors, i, i * d + j));
        out[i] = s;
    }
}

void metriclab_row_sums_pullback(const double *g, const bool *keep, ptrdiff_t n, ptrdiff_t d, bool fresh, double *gx) {
    for (ptrdiff_t i = 0; i < n; i++) {
        const double gi = g[i], first = 0 + gi;
        double *row = gx + i * d;
        const bool *k = keep ? keep + i * d : NULL;
        if (fresh && k) {
            for (ptrdiff_t j = 0; j < d; j++) row[j] = k[j] ? first : 0;
        } else if (fresh) {
            for (ptrdiff_t j = 0; j < d; j++) row[j] = first;
        } else if (k) {
            // Eight entries at a time, passed over when none is kept; else selects, not branches.
            ptrdiff_t j = 0;
            for (; j + 8 <= d; j += 8) {
                if (!any_of_eight(k + j)) continue;
                for (int q = 0; q < 8; q++) row[j + q] = k[j + q] ? row[j + q] + gi : row[j + q];
            }
            for (; j < d; j++) row[j] = k[j] ? row[j] + gi : row[j];
        } else {
            for (ptrdiff_t j = 0; j < d; j++) row[j] += gi;
        }
    }
}
