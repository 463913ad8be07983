#include "CKernels.h"
#include "MaskBytes.h"
#include <immintrin.h>

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

// sum + v lane by lane with the sum as the first source, whose NaN x86 returns when both are NaN,
// as `add` does for one lane.
__attribute__((target("avx512f"), always_inline))
static inline __m512d add_lanes(__m512d sum, __m512d v) {
    __asm__("vaddpd %1, %0, %0" : "+v"(sum) : "v"(v));
    return sum;
}

// Row r's eight entries from column j, zero where keep leaves them out, times the row's factor.
__attribute__((target("avx512f"), always_inline))
static inline __m512d row_entries(const double *x, const bool *keep, const double *factors, ptrdiff_t t, ptrdiff_t i) {
    const __mmask8 kept = keep ? mask_bytes_8(keep + t) : 0xFF;
    const __m512d v = _mm512_maskz_loadu_pd(kept, x + t);
    // A left-out entry is 0, not 0 times the factor (which is NaN for an infinite factor).
    return factors ? _mm512_maskz_mul_pd(kept, v, _mm512_set1_pd(factors[i])) : v;
}

// Eight rows at a time as the loop below adds them, with the eight sums in the lanes of one
// register: each 8×8 block is transposed (three rounds of shuffles) so that lane r receives row
// r's entries column after column, and each row is still one chain of additions, left to right.
// The loop's chains are four cycles an addition; these cost three shuffles for every eight
// entries, and no branch on the mask (which a random mask mispredicts, 3 ns an entry). A block that keeps nothing
// adds only zeros and is passed over, as the loop passes over eight.
__attribute__((target("avx512f")))
static ptrdiff_t row_sums_avx512(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d,
                                 double *out) {
    const ptrdiff_t whole = d / 8 * 8;
    ptrdiff_t i = 0;
    for (; i + ROWS <= n; i += ROWS) {
        __m512d s = _mm512_setzero_pd();
        for (ptrdiff_t j = 0; j < whole; j += 8) {
            if (keep) {
                unsigned long long any = 0, bytes;
                for (int r = 0; r < ROWS; r++) { __builtin_memcpy(&bytes, keep + (i + r) * d + j, 8); any |= bytes; }
                if (!any) continue;
            }
            __m512d row[ROWS];
            for (int r = 0; r < ROWS; r++) row[r] = row_entries(x, keep, factors, (i + r) * d + j, i + r);
            // Pairs of rows interleaved, then pairs of pairs, then the halves: column c of the
            // block ends in lanes 0–7 of one register, in the rows' order.
            const __m512d t0 = _mm512_unpacklo_pd(row[0], row[1]), t1 = _mm512_unpackhi_pd(row[0], row[1]);
            const __m512d t2 = _mm512_unpacklo_pd(row[2], row[3]), t3 = _mm512_unpackhi_pd(row[2], row[3]);
            const __m512d t4 = _mm512_unpacklo_pd(row[4], row[5]), t5 = _mm512_unpackhi_pd(row[4], row[5]);
            const __m512d t6 = _mm512_unpacklo_pd(row[6], row[7]), t7 = _mm512_unpackhi_pd(row[6], row[7]);
            const __m512d u0 = _mm512_shuffle_f64x2(t0, t2, 0x88), u1 = _mm512_shuffle_f64x2(t0, t2, 0xDD);
            const __m512d u2 = _mm512_shuffle_f64x2(t1, t3, 0x88), u3 = _mm512_shuffle_f64x2(t1, t3, 0xDD);
            const __m512d u4 = _mm512_shuffle_f64x2(t4, t6, 0x88), u5 = _mm512_shuffle_f64x2(t4, t6, 0xDD);
            const __m512d u6 = _mm512_shuffle_f64x2(t5, t7, 0x88), u7 = _mm512_shuffle_f64x2(t5, t7, 0xDD);
            s = add_lanes(s, _mm512_shuffle_f64x2(u0, u4, 0x88));
            s = add_lanes(s, _mm512_shuffle_f64x2(u2, u6, 0x88));
            s = add_lanes(s, _mm512_shuffle_f64x2(u1, u5, 0x88));
            s = add_lanes(s, _mm512_shuffle_f64x2(u3, u7, 0x88));
            s = add_lanes(s, _mm512_shuffle_f64x2(u0, u4, 0xDD));
            s = add_lanes(s, _mm512_shuffle_f64x2(u2, u6, 0xDD));
            s = add_lanes(s, _mm512_shuffle_f64x2(u1, u5, 0xDD));
            s = add_lanes(s, _mm512_shuffle_f64x2(u3, u7, 0xDD));
        }
        double sums[ROWS];
        _mm512_storeu_pd(sums, s);
        for (ptrdiff_t j = whole; j < d; j++)
            for (int r = 0; r < ROWS; r++) sums[r] = add(sums[r], entry(x, keep, factors, i + r, (i + r) * d + j));
        for (int r = 0; r < ROWS; r++) out[i + r] = sums[r];
    }
    return i;
}

// sum + v lane by lane with the sum as the first source, as `add_lanes` does on eight lanes.
__attribute__((target("avx2"), always_inline))
static inline __m256d add_lanes_4(__m256d sum, __m256d v) {
    __asm__("vaddpd %1, %0, %0" : "+x"(sum) : "x"(v));
    return sum;
}

// Row i's four entries from t on, zero where keep leaves them out, times the row's factor.
__attribute__((target("avx2"), always_inline))
static inline __m256d row_entries_4(const double *x, const bool *keep, const double *factors, ptrdiff_t t, ptrdiff_t i) {
    __m256d v = _mm256_loadu_pd(x + t);
    if (factors) v = _mm256_mul_pd(v, _mm256_set1_pd(factors[i]));
    // A left-out entry is +0 whatever it held (NaN times a factor included), as the loop's 0.
    return keep ? _mm256_and_pd(v, mask_bytes_4(keep + t)) : v;
}

// Four rows from i, columns j to j + 3, added into s: the 4×4 block transposed (unpacks within
// the halves, then the halves swapped) so that lane r receives row r's entries column after
// column, each row still one chain of additions, left to right.
__attribute__((target("avx2"), always_inline))
static inline __m256d add_block_4(__m256d s, const double *x, const bool *keep, const double *factors, ptrdiff_t i,
                                  ptrdiff_t d, ptrdiff_t j) {
    const __m256d r0 = row_entries_4(x, keep, factors, i * d + j, i), r1 = row_entries_4(x, keep, factors, (i + 1) * d + j, i + 1);
    const __m256d r2 = row_entries_4(x, keep, factors, (i + 2) * d + j, i + 2), r3 = row_entries_4(x, keep, factors, (i + 3) * d + j, i + 3);
    const __m256d t0 = _mm256_unpacklo_pd(r0, r1), t1 = _mm256_unpackhi_pd(r0, r1);
    const __m256d t2 = _mm256_unpacklo_pd(r2, r3), t3 = _mm256_unpackhi_pd(r2, r3);
    s = add_lanes_4(s, _mm256_permute2f128_pd(t0, t2, 0x20));
    s = add_lanes_4(s, _mm256_permute2f128_pd(t1, t3, 0x20));
    s = add_lanes_4(s, _mm256_permute2f128_pd(t0, t2, 0x31));
    return add_lanes_4(s, _mm256_permute2f128_pd(t1, t3, 0x31));
}

// Column j of four rows from i, one entry a lane, as the loop takes each.
__attribute__((target("avx2"), always_inline))
static inline __m256d column_entries_4(const double *x, const bool *keep, const double *factors, ptrdiff_t i, ptrdiff_t d,
                                       ptrdiff_t j) {
    return _mm256_setr_pd(entry(x, keep, factors, i, i * d + j), entry(x, keep, factors, i + 1, (i + 1) * d + j),
                          entry(x, keep, factors, i + 2, (i + 2) * d + j), entry(x, keep, factors, i + 3, (i + 3) * d + j));
}

// Whether four rows from i keep any of columns j to j + 3.
static inline bool any_kept_4(const bool *keep, ptrdiff_t i, ptrdiff_t d, ptrdiff_t j) {
    const bool *first = keep + i * d + j;
    return any_kept(first) | any_kept(first + d) | any_kept(first + 2 * d) | any_kept(first + 3 * d);
}

// `rows` (4 or 8) rows from i as registers of four: their sums, the 4×4 blocks first (one that keeps
// nothing adds only zeros and is passed over, as the loop passes over eight), then the columns
// after the last four gathered into the lanes as they are. A scalar add on a lane stored to
// memory waited on the vector store (24 ns an entry for rows of ten).
__attribute__((target("avx2"), always_inline))
static inline void row_group_avx2(const double *x, const bool *keep, const double *factors, ptrdiff_t i, ptrdiff_t d,
                                  int rows, double *out) {
    const ptrdiff_t whole = d / 4 * 4;
    __m256d s = _mm256_setzero_pd(), u = _mm256_setzero_pd();
    for (ptrdiff_t j = 0; j < whole; j += 4) {
        if (!keep || any_kept_4(keep, i, d, j)) s = add_block_4(s, x, keep, factors, i, d, j);
        if (rows == 8 && (!keep || any_kept_4(keep, i + 4, d, j))) u = add_block_4(u, x, keep, factors, i + 4, d, j);
    }
    for (ptrdiff_t j = whole; j < d; j++) {
        s = add_lanes_4(s, column_entries_4(x, keep, factors, i, d, j));
        if (rows == 8) u = add_lanes_4(u, column_entries_4(x, keep, factors, i + 4, d, j));
    }
    _mm256_storeu_pd(out + i, s);
    if (rows == 8) _mm256_storeu_pd(out + i + 4, u);
}

// The rows in groups of eight from the first, then one of four; returns where the groups end.
// With keep and factors as constants where it is inlined, their tests leave the inner loop.
__attribute__((target("avx2"), always_inline))
static inline ptrdiff_t row_groups_avx2(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d,
                                        double *out) {
    ptrdiff_t i = 0;
    for (; i + 8 <= n; i += 8) row_group_avx2(x, keep, factors, i, d, 8, out);
    if (i + 4 <= n) {
        row_group_avx2(x, keep, factors, i, d, 4, out);
        i += 4;
    }
    return i;
}

// The loop below on AVX2: eight rows at a time as two registers of four, so that two chains of
// additions are in flight where the loop's one chain waited on each add (2 ns an entry).
__attribute__((target("avx2")))
static ptrdiff_t row_sums_avx2(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d,
                               double *out) {
    if (keep) return factors ? row_groups_avx2(x, keep, factors, n, d, out) : row_groups_avx2(x, keep, NULL, n, d, out);
    return factors ? row_groups_avx2(x, NULL, factors, n, d, out) : row_groups_avx2(x, NULL, NULL, n, d, out);
}

void metriclab_row_sums_lanes(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d, int lanes,
                              double *out) {
    const ptrdiff_t whole = d / 8 * 8;
    ptrdiff_t i = 0;
    if (lanes == 8) i = row_sums_avx512(x, keep, factors, n, d, out);
    else if (lanes == 4) i = row_sums_avx2(x, keep, factors, n, d, out);
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

void metriclab_row_sums(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d, double *out) {
    metriclab_row_sums_lanes(x, keep, factors, n, d, metriclab_has_avx512() ? 8 : metriclab_has_avx2() ? 4 : 1, out);
}

// The masked rows of the pullback below, eight entries at a time with the mask's bytes as lane
// masks: the loop's selects ran three times as long as the unmasked loop (0.25–0.37 ns an entry).
__attribute__((target("avx512f")))
static void masked_pullback_avx512(const double *g, const bool *keep, ptrdiff_t n, ptrdiff_t d, bool fresh, double *gx) {
    for (ptrdiff_t i = 0; i < n; i++) {
        const double gi = g[i], first = 0 + gi;
        const __m512d add = _mm512_set1_pd(gi), written = _mm512_set1_pd(first);
        double *row = gx + i * d;
        const bool *k = keep + i * d;
        ptrdiff_t j = 0;
        for (; j + 8 <= d; j += 8) {
            const __mmask8 kept = mask_bytes_8(k + j);
            if (fresh) {
                _mm512_storeu_pd(row + j, _mm512_maskz_mov_pd(kept, written));
            } else if (kept) {
                const __m512d r = _mm512_loadu_pd(row + j);
                _mm512_storeu_pd(row + j, _mm512_mask_add_pd(r, kept, r, add));
            }
        }
        for (; j < d; j++) row[j] = fresh ? (k[j] ? first : 0) : (k[j] ? row[j] + gi : row[j]);
    }
}

// The masked rows of the pullback below on AVX2, four entries at a time with the mask's bytes as
// lane masks (the loop's selects compile to one entry at a time).
__attribute__((target("avx2")))
static void masked_pullback_avx2(const double *g, const bool *keep, ptrdiff_t n, ptrdiff_t d, bool fresh, double *gx) {
    for (ptrdiff_t i = 0; i < n; i++) {
        const double gi = g[i], first = 0 + gi;
        const __m256d add = _mm256_set1_pd(gi), written = _mm256_set1_pd(first);
        double *row = gx + i * d;
        const bool *k = keep + i * d;
        ptrdiff_t j = 0;
        for (; j + 4 <= d; j += 4) {
            if (fresh) {
                _mm256_storeu_pd(row + j, _mm256_and_pd(mask_bytes_4(k + j), written));
            } else if (any_kept(k + j)) {
                const __m256d r = _mm256_loadu_pd(row + j);
                _mm256_storeu_pd(row + j, _mm256_blendv_pd(r, _mm256_add_pd(r, add), mask_bytes_4(k + j)));
            }
        }
        for (; j < d; j++) row[j] = fresh ? (k[j] ? first : 0) : (k[j] ? row[j] + gi : row[j]);
    }
}

void metriclab_row_sums_pullback_lanes(const double *g, const bool *keep, ptrdiff_t n, ptrdiff_t d, bool fresh, int lanes,
                                       double *gx) {
    if (keep && lanes == 8) return masked_pullback_avx512(g, keep, n, d, fresh, gx);
    if (keep && lanes == 4) return masked_pullback_avx2(g, keep, n, d, fresh, gx);
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

void metriclab_row_sums_pullback(const double *g, const bool *keep, ptrdiff_t n, ptrdiff_t d, bool fresh, double *gx) {
    metriclab_row_sums_pullback_lanes(g, keep, n, d, fresh, metriclab_has_avx512() ? 8 : metriclab_has_avx2() ? 4 : 1, gx);
}
