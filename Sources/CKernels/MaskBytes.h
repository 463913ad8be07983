// A mask's bytes (0 or 1, Swift's Bool) as lanes, for the kernels that read masks eight entries a
// register (AVX-512) or four (AVX2).
#ifndef METRICLAB_MASK_BYTES_H
#define METRICLAB_MASK_BYTES_H
#include <immintrin.h>
#include <stdbool.h>

// The lanes of the eight bytes from `bytes` on: set where a byte is not 0.
__attribute__((target("avx512f"), always_inline))
static inline __mmask8 mask_bytes_8(const void *bytes) {
    return _mm512_cmpneq_epi64_mask(_mm512_cvtepu8_epi64(_mm_loadl_epi64((const __m128i *)bytes)), _mm512_setzero_si512());
}

// The lanes of the four bytes from `bytes` on, as a vector mask: all ones where a byte is not 0.
__attribute__((target("avx2"), always_inline))
static inline __m256d mask_bytes_4(const void *bytes) {
    int word;
    __builtin_memcpy(&word, bytes, 4);
    const __m256i wide = _mm256_cvtepu8_epi64(_mm_cvtsi32_si128(word));
    return _mm256_castsi256_pd(_mm256_cmpgt_epi64(wide, _mm256_setzero_si256()));
}

// Whether any of the four bytes from `bytes` on is set, read at once.
static inline bool any_kept(const bool *bytes) {
    int word;
    __builtin_memcpy(&word, bytes, 4);
    return word != 0;
}

#endif
