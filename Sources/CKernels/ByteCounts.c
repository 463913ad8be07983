// How many entries of a mask are set: its bytes (a bool is 0 or 1) added 64 or 32 at a time
// through sums of absolute differences from zero. Pair losses count their m×m masks, whole and by rows,
// at every step; Swift widens each byte to a 64-bit lane two at a time.
#include "CKernels.h"
#include <immintrin.h>

__attribute__((target("avx512f,avx512bw")))
ptrdiff_t metriclab_count_set_avx512(const bool *keep, ptrdiff_t n) {
    const unsigned char *bytes = (const unsigned char *)keep;
    __m512i sums = _mm512_setzero_si512();
    ptrdiff_t t = 0;
    for (; t + 64 <= n; t += 64) sums = _mm512_add_epi64(sums, _mm512_sad_epu8(_mm512_loadu_si512(bytes + t), _mm512_setzero_si512()));
    ptrdiff_t total = _mm512_reduce_add_epi64(sums);
    for (; t < n; t++) total += bytes[t];
    return total;
}

__attribute__((target("avx2")))
ptrdiff_t metriclab_count_set_avx2(const bool *keep, ptrdiff_t n) {
    const unsigned char *bytes = (const unsigned char *)keep;
    __m256i sums = _mm256_setzero_si256();
    ptrdiff_t t = 0;
    for (; t + 32 <= n; t += 32)
        sums = _mm256_add_epi64(sums, _mm256_sad_epu8(_mm256_loadu_si256((const __m256i *)(bytes + t)), _mm256_setzero_si256()));
    ptrdiff_t total = _mm256_extract_epi64(sums, 0) + _mm256_extract_epi64(sums, 1) + _mm256_extract_epi64(sums, 2) +
                      _mm256_extract_epi64(sums, 3);
    for (; t < n; t++) total += bytes[t];
    return total;
}
