// NCA's log softmax mass on one core, whole matrix against blocks of rows: the release build's own
// kernels timed alone, with no tape, no threads and no Swift around them, so that a rearrangement of
// passes can be measured apart from the VM's noise in whole steps (docs/ARCHITECTURE.md cites it).
//
// Forward, whole: the m×m squared distances, then their log-sum-exp rows, then the mass's row sums,
// each over the whole matrix (the two ops). Blocked: the three on each block of rows of about
// 256 KiB while it is in cache (what `distanceLogSoftmaxMassRows` does for narrow rows).
// Backward, buffer: the mass pullback written sixteen rows at a time into an m×m buffer and dotted
// at once with the points, then column sums down the buffer in chunks of 256 columns (the op's
// pullback). Rebuilt: the same without the buffer, the column side rebuilding each chunk's
// gradient from the exponentials a tall block at a time (the variant the op does not take).
//
// Points on the unit circle, four classes in runs, every pair but a point with itself a candidate.
// Each variant runs in turn, best of 30 rounds.
//
//   swift build -c release
//   clang -O2 -ISources/CKernels/include -o /tmp/nca-blocks bench/nca-blocks.c .build/release/CKernels.build/*.o -lm -lpthread
//   /tmp/nca-blocks 1024 && /tmp/nca-blocks 512
#include "CKernels.h"
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { D = 2, GROUP = 256, ROUNDS = 30 };

static ptrdiff_t m;
static double *x, *bt, *ones_x, *distances, *exps, *buffer, *scratch, *lse, *factors, *mass, *g, *dots, *sums;
static bool *candidates, *subset;

static double milliseconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static ptrdiff_t min(ptrdiff_t a, ptrdiff_t b) { return a < b ? a : b; }

static void forward_whole(void) {
    metriclab_narrow_distances_avx2(x, bt, distances, m, m, D, false);
    metriclab_logsumexp_rows(distances, NULL, 0, candidates, m, m, -1, 0, false, lse, exps, factors);
    metriclab_row_sums(exps, subset, factors, m, m, mass);
}

static void forward_blocked(void) {
    const ptrdiff_t block = (1 << 15) / m;
    for (ptrdiff_t top = 0; top < m; top += block) {
        const ptrdiff_t rows = min(block, m - top), t = top * m;
        metriclab_narrow_distances_avx2(x + top * D, bt, scratch, rows, m, D, false);
        metriclab_logsumexp_rows(scratch, NULL, 0, candidates + t, rows, m, -1, 0, false, lse + top, exps + t, factors + top);
        metriclab_row_sums(exps + t, subset + t, factors + top, rows, m, mass + top);
    }
}

// The distances' gradient on rows top..<top+rows, columns j0..<j0+width, into out (width apart).
static void gradient(ptrdiff_t top, ptrdiff_t rows, ptrdiff_t j0, ptrdiff_t width, double *out) {
    for (ptrdiff_t i = top; i < top + rows; i++)
        metriclab_softmax_mass_pullback(g + i, -1, mass + i, exps + i * m + j0, factors + i, subset + i * m + j0, 1, width,
                                        true, false, out + (i - top) * width);
}

// The row side: sixteen rows of the gradient at a time, written (into the buffer, as one call, or
// into scratch, row by row) and dotted at once with the points and a row of ones.
static void row_side(double *rows_into, bool into_buffer) {
    for (ptrdiff_t top = 0; top < m; top += 16) {
        const ptrdiff_t rows = min(16, m - top);
        double *block = into_buffer ? rows_into + top * m : rows_into;
        if (into_buffer) {
            metriclab_softmax_mass_pullback(g + top, -1, mass + top, exps + top * m, factors + top, subset + top * m, rows, m,
                                            true, false, block);
        } else {
            gradient(top, rows, 0, m, block);
        }
        metriclab_lane_dots_avx2(block, m, bt, m, dots + top * (D + 1), D + 1, rows, D + 1, m);
    }
}

static void backward_buffer(void) {
    memset(sums, 0, (D + 1) * m * sizeof(double));
    row_side(buffer, true);
    for (ptrdiff_t j0 = 0; j0 < m; j0 += GROUP)
        metriclab_column_sums_avx2(ones_x, D + 1, buffer + j0, m, sums + j0, m, m, D + 1, min(GROUP, m - j0));
}

static void backward_rebuilt(void) {
    memset(sums, 0, (D + 1) * m * sizeof(double));
    row_side(scratch, false);
    for (ptrdiff_t j0 = 0; j0 < m; j0 += GROUP) {
        const ptrdiff_t width = min(GROUP, m - j0), tall = (1 << 15) / width;
        for (ptrdiff_t top = 0; top < m; top += tall) {
            const ptrdiff_t rows = min(tall, m - top);
            gradient(top, rows, j0, width, scratch);
            metriclab_column_sums_avx2(ones_x + top * (D + 1), D + 1, scratch, width, sums + j0, m, rows, D + 1, width);
        }
    }
}

int main(int argc, char **argv) {
    m = argc > 1 ? atol(argv[1]) : 1024;
    if (m < 16 || m > 8192) {
        fprintf(stderr, "nca-blocks: a batch of 16 to 8192 rows, not %s\n", argc > 1 ? argv[1] : "");
        return 2;
    }
    const size_t entries = (size_t)m * m;
    x = malloc(m * D * sizeof(double));
    bt = malloc((D + 1) * m * sizeof(double));
    ones_x = malloc(m * (D + 1) * sizeof(double));
    distances = malloc(entries * sizeof(double));
    exps = malloc(entries * sizeof(double));
    buffer = malloc(entries * sizeof(double));
    scratch = malloc((1 << 15) * sizeof(double));
    lse = malloc(m * sizeof(double));
    factors = malloc(m * sizeof(double));
    mass = malloc(m * sizeof(double));
    g = malloc(m * sizeof(double));
    dots = malloc(m * (D + 1) * sizeof(double));
    sums = malloc((D + 1) * m * sizeof(double));
    candidates = malloc(entries);
    subset = malloc(entries);
    for (ptrdiff_t i = 0; i < m; i++) {
        const double c = cos(0.37 * i), s = sin(0.37 * i);
        x[i * D] = c, x[i * D + 1] = s;
        bt[i] = c, bt[m + i] = s, bt[2 * m + i] = 1;
        ones_x[i * (D + 1)] = c, ones_x[i * (D + 1) + 1] = s, ones_x[i * (D + 1) + 2] = 1;
        g[i] = -1.0 / m;
        for (ptrdiff_t j = 0; j < m; j++) {
            candidates[i * m + j] = i != j;
            subset[i * m + j] = i != j && i * 4 / m == j * 4 / m;
        }
    }
    void (*variants[])(void) = {forward_whole, forward_blocked, backward_buffer, backward_rebuilt};
    const char *names[] = {"forward, whole matrix", "forward, blocks of rows", "backward, gradient buffer",
                           "backward, rebuilt per column chunk"};
    double best[4] = {INFINITY, INFINITY, INFINITY, INFINITY};
    for (int round = 0; round < ROUNDS; round++) {
        for (int v = 0; v < 4; v++) {
            const double start = milliseconds();
            variants[v]();
            const double took = milliseconds() - start;
            if (took < best[v]) best[v] = took;
        }
    }
    printf("NCA's log softmax mass, %td rows of 2-D points, one core, best of %d:\n", m, ROUNDS);
    for (int v = 0; v < 4; v++) printf("  %-36s %8.3f ms\n", names[v], best[v]);
    printf("  blocked forward against whole: %+.0f%%; rebuilt backward against the buffer: %+.0f%%\n",
           100 * (best[1] / best[0] - 1), 100 * (best[3] / best[2] - 1));
    return 0;
}
