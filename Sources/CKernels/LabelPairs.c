// Label-pair masks (Mask.labelPairs): row i's byte j is `hit` where column code j equals row code
// i, `miss` elsewhere, sixteen 32-bit codes compared at a time on AVX-512 and thirty-two (four
// registers of eight) on AVX2: integer compares, so exactly the loop's bytes.
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

// Four registers of eight compares narrowed to 32 bytes: the saturating packs keep −1 and 0 and
// interleave the 128-bit halves, so the eight groups of four bytes come out in the order
// 0, 2, 4, 6, 1, 3, 5, 7 of the codes' groups and are put back in theirs by one permute.
__attribute__((target("avx2")))
void metriclab_label_pairs_avx2(const int *row_codes, const int *column_codes, ptrdiff_t rows, ptrdiff_t n,
                                unsigned char hit, unsigned char miss, unsigned char *out) {
    const __m256i hits = _mm256_set1_epi8((char)hit), misses = _mm256_set1_epi8((char)miss);
    const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
    const ptrdiff_t body = n - n % 32;
    for (ptrdiff_t i = 0; i < rows; i++) {
        const int ci = row_codes[i];
        const __m256i c = _mm256_set1_epi32(ci);
        unsigned char *row = out + i * n;
        for (ptrdiff_t j = 0; j < body; j += 32) {
            const __m256i *codes = (const __m256i *)(column_codes + j);
            const __m256i e0 = _mm256_cmpeq_epi32(_mm256_loadu_si256(codes), c);
            const __m256i e1 = _mm256_cmpeq_epi32(_mm256_loadu_si256(codes + 1), c);
            const __m256i e2 = _mm256_cmpeq_epi32(_mm256_loadu_si256(codes + 2), c);
            const __m256i e3 = _mm256_cmpeq_epi32(_mm256_loadu_si256(codes + 3), c);
            const __m256i same = _mm256_permutevar8x32_epi32(
                _mm256_packs_epi16(_mm256_packs_epi32(e0, e1), _mm256_packs_epi32(e2, e3)), order);
            _mm256_storeu_si256((__m256i *)(row + j), _mm256_blendv_epi8(misses, hits, same));
        }
        for (ptrdiff_t j = body; j < n; j++) row[j] = column_codes[j] == ci ? hit : miss;
    }
}
