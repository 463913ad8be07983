import CKernels

/// Keeps glibc's allocator from handing every large tensor buffer back to the kernel.
///
/// A training step allocates and frees the same few dozen buffers every step; those of 128 KiB and
/// more (a triplet loss's per-triplet columns) would otherwise be mapped and unmapped each time,
/// and the fresh pages' faults cost more than the arithmetic on them.
let allocatorTuned = metriclab_keep_freed_buffers()
