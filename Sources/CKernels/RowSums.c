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

void metriclab_row_sums(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d, double *out) {
    const ptrdiff_t whole = d / 8 * 8;
    ptrdiff_t i = 0;
    if (metriclab_has_avx512()) i = row_sums_avx512(x, keep, factors, n, d, out);
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

void metriclab_row_sums_pullback(const double *g, const bool *keep, ptrdiff_t n, ptrdiff_t d, bool fresh, double *gx) {
    if (keep && metriclab_has_avx512()) return masked_pullback_avx512(g, keep, n, d, fresh, gx);
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
