#include <malloc.h>

// Keeps glibc's allocator from handing every large tensor buffer back to the kernel. A training
// step allocates and frees the same few dozen buffers every step; those of 128 KiB and more (an
// m×m matrix from m = 128 on) would otherwise be mapped and unmapped each time, and the fresh
// pages' faults cost more than the arithmetic on them (4× on pairwise distances at m = 1024).
// Set when the library loads, so that every program using MetricLab (a notebook, a benchmark of
// one op, a test) allocates alike.
__attribute__((constructor)) static void keep_freed_buffers(void) {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
}
