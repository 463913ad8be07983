// Label-pair masks (Mask.labelPairs): row i's byte j is `hit` where column code j equals row code
// i, `miss` elsewhere, sixteen 32-bit codes compared at a time: integer compares, so exactly the loop's bytes.
#include "CKernels.h"
#include <immintrin.h>

__attribute__((target("avx512f,avx512bw,avx512vl")))
void metriclab_label_pairs_avx512(const int *row_codes, const int *column_codes, ptrdiff_t rows, ptrdiff_t n,
                                  unsigned char hit, unsigned char miss, unsigned char *out) {
    const __m128i hits = _mm_set1_epi8((char)hit), misses = _mm_set1_epi8((char)miss);
    const ptrdiff_t body = n - n % 16;
    for (ptrdiff_t i = 0; i < rows; i++) {
        const int ci = row_codes[i];
        const __m512i c = _mm512_set1_epi32(ci);
        unsigned char *row = out + i * n;
        for (ptrdiff_t j = 0; j < body; j += 16) {
            const __mmask16 same = _mm512_cmpeq_epi32_mask(_mm512_loadu_si512(column_codes + j), c);
            _mm_storeu_si128((__m128i *)(row + j), _mm_mask_blend_epi8(same, misses, hits));
        }
        for (ptrdiff_t j = body; j < n; j++) row[j] = column_codes[j] == ci ? hit : miss;
    }
}
