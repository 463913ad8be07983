#ifndef METRICLAB_CKERNELS_H
#define METRICLAB_CKERNELS_H

#include <stdbool.h>
#include <stddef.h>

/// Whether this CPU has AVX2, so that `metriclab_gemm_avx2` may be called.
bool metriclab_has_avx2(void);

/// C (m×n, row-major) += A·B, A's entry (i, p) at a[i·row_stride + p·col_stride], B k×n row-major.
/// Each entry sums its products in the order of p, with separate multiplies and adds (no fused
/// multiply-add), so the result is bit for bit that of the plain loops.
void metriclab_gemm_avx2(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b,
                         double *c, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n);

/// Keeps freed buffers of up to 32 MiB in the heap (glibc's mmap and trim thresholds) instead of
/// returning them to the kernel; returns whether glibc accepted both settings.
bool metriclab_keep_freed_buffers(void);

#endif
