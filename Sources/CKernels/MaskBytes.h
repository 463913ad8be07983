// A mask's bytes (0 or 1, Swift's Bool) as lanes, for the kernels that read masks eight entries a
// register.
#ifndef METRICLAB_MASK_BYTES_H
#define METRICLAB_MASK_BYTES_H
#include <immintrin.h>

// The lanes of the eight bytes from `bytes` on: set where a byte is not 0.
__attribute__((target("avx512f"), always_inline))
static inline __mmask8 mask_bytes_8(const void *bytes) {
    return _mm512_cmpneq_epi64_mask(_mm512_cvtepu8_epi64(_mm_loadl_epi64((const __m128i *)bytes)), _mm512_setzero_si512());
}

#endif
