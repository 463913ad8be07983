// The project's own eˣ and tanh x: one algorithm, written out for one lane (through C's fma,
// which rounds once as the vector instruction does), four lanes (AVX2 with FMA) and eight
// (AVX-512F). Every step is the same IEEE operation on every width, so an entry's value depends on
// neither the CPU nor where it sits in its array: eˣ and tanh x are the same on a machine without
// AVX2 as on one with AVX-512. glibc's libmvec had no such promise (its 8-lane tanh
// differs from its 4-lane one in a fifth of entries, and a CPU without AVX2 fell back to libm).
//
// eˣ = 2ⁿ·e^r with n = round(x·log₂e) and r = x − n·ln 2 (two FMAs, ln 2 split in two doubles), so
// |r| ≤ 0.347; e^r = 1 + (r + r²·q(r)) with q the Taylor terms 1/2! … 1/13! by Estrin's scheme,
// whose short chains keep both FMA pipes busy where Horner's rule would wait on each step. 2ⁿ is
// applied as 2^⌊n/2⌋·2^(n−⌊n/2⌋), each factor built from its exponent bits, so results near
// overflow and in the subnormal range are rounded once. Within 1.02 ulp of eˣ (ExpTanhTests).
//
// tanh x = ±u/(u + 2) with u = e^{2|x|} − 1 = 2ⁿ·(e^r − 1) + (2ⁿ − 1) by one FMA, n = 0 for small
// |x|, where u keeps its relative precision. Within 2.6 ulp of tanh x. |x| ≥ 20 gives ±1.
//
// NaN comes out as the NaN that went in; ±∞ give ∞ and 0 (exp) or ±1 (tanh).
#ifndef METRICLAB_EXP_TANH_H
#define METRICLAB_EXP_TANH_H

#include <immintrin.h>
#include <math.h>
#include <stdint.h>

#pragma STDC FP_CONTRACT OFF

#define EXP_LOG2E 1.4426950408889634
#define EXP_LN2_HI 0.6931471805599453
#define EXP_LN2_LO 2.3190468138462996e-17
// 1.5·2⁵²: added to an integer-valued double of magnitude below 2⁵¹, it leaves the integer in the
// low bits (two's complement), from which the exponent field of 2ⁿ is built.
#define EXP_SHIFTER 6755399441055744.0
// Beyond these eˣ is 0 or ∞ in double; clamping first keeps n within the exponent's range.
#define EXP_LOW -746.0
#define EXP_HIGH 710.0
// Below this |x| the result and 2ⁿ are normal, so one factor gives the bits of the two (each
// product by a power of two is exact), and the vector versions skip the clamps and the NaN check
// for groups whose every lane is inside (none of them is NaN then).
#define EXP_INSIDE 708.0
// 2|x| at which tanh x rounds to ±1 with room to spare; keeps 2ⁿ finite.
#define TANH_HIGH 40.0

// 1/k! for k = 2…13, the Taylor terms of (e^r − 1 − r)/r².
static const double exp_terms[12] = {
    1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880, 1.0 / 3628800,
    1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800.0};

// 2ᵏ for an integer-valued k in the exponent's range, from its bits.
static inline double exp_power_1(double k) {
    union { double d; int64_t i; } shifted = {.d = k + EXP_SHIFTER}, shifter = {.d = EXP_SHIFTER}, power;
    power.i = (int64_t)((uint64_t)(shifted.i - shifter.i + 1023) << 52);
    return power.d;
}

// e^r − 1 for |r| ≤ 0.347: r + r²·q(r), q by Estrin's scheme.
static inline double expm1_reduced_1(double r) {
    const double *c = exp_terms, r2 = r * r, r4 = r2 * r2;
    const double a0 = fma(c[1], r, c[0]), a1 = fma(c[3], r, c[2]), a2 = fma(c[5], r, c[4]), a3 = fma(c[7], r, c[6]),
                 a4 = fma(c[9], r, c[8]), a5 = fma(c[11], r, c[10]);
    const double b0 = fma(a1, r2, a0), b1 = fma(a3, r2, a2), b2 = fma(a5, r2, a4);
    return fma(r2, fma(fma(b2, r4, b1), r4, b0), r);
}

// n = round(x·log₂e) and r = x − n·ln 2.
static inline double exp_reduce_1(double x, double *r) {
    const double n = nearbyint(x * EXP_LOG2E);
    *r = fma(-n, EXP_LN2_LO, fma(-n, EXP_LN2_HI, x));
    return n;
}

// eˣ, one lane. The comparisons are written as the vector max and min compute them (the second
// operand where either is NaN), not as fmax and fmin.
static inline double exp_1(double x) {
    if (x != x) return x;
    double c = EXP_LOW > x ? EXP_LOW : x;
    c = EXP_HIGH < c ? EXP_HIGH : c;
    double r;
    const double n = exp_reduce_1(c, &r), half = floor(n * 0.5);
    return ((1.0 + expm1_reduced_1(r)) * exp_power_1(half)) * exp_power_1(n - half);
}

// tanh x, one lane.
static inline double tanh_1(double x) {
    if (x != x) return x;
    const double a = fabs(x) + fabs(x), y = TANH_HIGH < a ? TANH_HIGH : a;
    double r;
    const double n = exp_reduce_1(y, &r), s = exp_power_1(n);
    const double u = fma(s, expm1_reduced_1(r), s - 1.0);
    return copysign(u / (u + 2.0), x);
}

// The steps above on four lanes.
__attribute__((target("avx2,fma"))) static inline __m256d exp_power_4(__m256d k) {
    const __m256i shifter = _mm256_castpd_si256(_mm256_set1_pd(EXP_SHIFTER));
    const __m256i bits = _mm256_sub_epi64(_mm256_castpd_si256(_mm256_add_pd(k, _mm256_set1_pd(EXP_SHIFTER))), shifter);
    return _mm256_castsi256_pd(_mm256_slli_epi64(_mm256_add_epi64(bits, _mm256_set1_epi64x(1023)), 52));
}

__attribute__((target("avx2,fma"))) static inline __m256d expm1_reduced_4(__m256d r) {
#define C4(k) _mm256_set1_pd(exp_terms[k])
    const __m256d r2 = _mm256_mul_pd(r, r), r4 = _mm256_mul_pd(r2, r2);
    const __m256d a0 = _mm256_fmadd_pd(C4(1), r, C4(0)), a1 = _mm256_fmadd_pd(C4(3), r, C4(2)),
                  a2 = _mm256_fmadd_pd(C4(5), r, C4(4)), a3 = _mm256_fmadd_pd(C4(7), r, C4(6)),
                  a4 = _mm256_fmadd_pd(C4(9), r, C4(8)), a5 = _mm256_fmadd_pd(C4(11), r, C4(10));
#undef C4
    const __m256d b0 = _mm256_fmadd_pd(a1, r2, a0), b1 = _mm256_fmadd_pd(a3, r2, a2), b2 = _mm256_fmadd_pd(a5, r2, a4);
    return _mm256_fmadd_pd(r2, _mm256_fmadd_pd(_mm256_fmadd_pd(b2, r4, b1), r4, b0), r);
}

__attribute__((target("avx2,fma"))) static inline __m256d exp_reduce_4(__m256d x, __m256d *r) {
    const __m256d n = _mm256_round_pd(_mm256_mul_pd(x, _mm256_set1_pd(EXP_LOG2E)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    *r = _mm256_fnmadd_pd(n, _mm256_set1_pd(EXP_LN2_LO), _mm256_fnmadd_pd(n, _mm256_set1_pd(EXP_LN2_HI), x));
    return n;
}

// The steps above on eight lanes.
__attribute__((target("avx512f"))) static inline __m512d exp_power_8(__m512d k) {
    const __m512i shifter = _mm512_castpd_si512(_mm512_set1_pd(EXP_SHIFTER));
    const __m512i bits = _mm512_sub_epi64(_mm512_castpd_si512(_mm512_add_pd(k, _mm512_set1_pd(EXP_SHIFTER))), shifter);
    return _mm512_castsi512_pd(_mm512_slli_epi64(_mm512_add_epi64(bits, _mm512_set1_epi64(1023)), 52));
}

__attribute__((target("avx512f"))) static inline __m512d expm1_reduced_8(__m512d r) {
#define C8(k) _mm512_set1_pd(exp_terms[k])
    const __m512d r2 = _mm512_mul_pd(r, r), r4 = _mm512_mul_pd(r2, r2);
    const __m512d a0 = _mm512_fmadd_pd(C8(1), r, C8(0)), a1 = _mm512_fmadd_pd(C8(3), r, C8(2)),
                  a2 = _mm512_fmadd_pd(C8(5), r, C8(4)), a3 = _mm512_fmadd_pd(C8(7), r, C8(6)),
                  a4 = _mm512_fmadd_pd(C8(9), r, C8(8)), a5 = _mm512_fmadd_pd(C8(11), r, C8(10));
#undef C8
    const __m512d b0 = _mm512_fmadd_pd(a1, r2, a0), b1 = _mm512_fmadd_pd(a3, r2, a2), b2 = _mm512_fmadd_pd(a5, r2, a4);
    return _mm512_fmadd_pd(r2, _mm512_fmadd_pd(_mm512_fmadd_pd(b2, r4, b1), r4, b0), r);
}

__attribute__((target("avx512f"))) static inline __m512d exp_reduce_8(__m512d x, __m512d *r) {
    const __m512d n = _mm512_roundscale_pd(_mm512_mul_pd(x, _mm512_set1_pd(EXP_LOG2E)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    *r = _mm512_fnmadd_pd(n, _mm512_set1_pd(EXP_LN2_LO), _mm512_fnmadd_pd(n, _mm512_set1_pd(EXP_LN2_HI), x));
    return n;
}

// eˣ, four lanes.
__attribute__((target("avx2,fma"))) static inline __m256d exp_4(__m256d x) {
    const __m256d inside = _mm256_cmp_pd(_mm256_andnot_pd(_mm256_set1_pd(-0.0), x), _mm256_set1_pd(EXP_INSIDE), _CMP_LT_OQ);
    if (_mm256_movemask_pd(inside) == 0xF) {
        __m256d r;
        const __m256d n = exp_reduce_4(x, &r);
        return _mm256_mul_pd(_mm256_add_pd(_mm256_set1_pd(1.0), expm1_reduced_4(r)), exp_power_4(n));
    }
    const __m256d c = _mm256_min_pd(_mm256_set1_pd(EXP_HIGH), _mm256_max_pd(_mm256_set1_pd(EXP_LOW), x));
    __m256d r;
    const __m256d n = exp_reduce_4(c, &r), half = _mm256_floor_pd(_mm256_mul_pd(n, _mm256_set1_pd(0.5)));
    const __m256d y = _mm256_mul_pd(_mm256_mul_pd(_mm256_add_pd(_mm256_set1_pd(1.0), expm1_reduced_4(r)),
                                                  exp_power_4(half)), exp_power_4(_mm256_sub_pd(n, half)));
    return _mm256_blendv_pd(y, x, _mm256_cmp_pd(x, x, _CMP_UNORD_Q));
}

// tanh x, four lanes.
__attribute__((target("avx2,fma"))) static inline __m256d tanh_4(__m256d x) {
    const __m256d sign = _mm256_set1_pd(-0.0), a = _mm256_andnot_pd(sign, x);
    const __m256d y = _mm256_min_pd(_mm256_set1_pd(TANH_HIGH), _mm256_add_pd(a, a));
    __m256d r;
    const __m256d n = exp_reduce_4(y, &r), s = exp_power_4(n);
    const __m256d u = _mm256_fmadd_pd(s, expm1_reduced_4(r), _mm256_sub_pd(s, _mm256_set1_pd(1.0)));
    const __m256d t = _mm256_or_pd(_mm256_div_pd(u, _mm256_add_pd(u, _mm256_set1_pd(2.0))), _mm256_and_pd(sign, x));
    return _mm256_blendv_pd(t, x, _mm256_cmp_pd(x, x, _CMP_UNORD_Q));
}

// The bits of a double vector, and back: AVX-512F has its logical operations on integers only.
#define BITS_8(v) _mm512_castpd_si512(v)
#define DOUBLES_8(v) _mm512_castsi512_pd(v)

// eˣ, eight lanes.
__attribute__((target("avx512f"))) static inline __m512d exp_8(__m512d x) {
    const __m512d magnitude = DOUBLES_8(_mm512_andnot_si512(BITS_8(_mm512_set1_pd(-0.0)), BITS_8(x)));
    if (_mm512_cmp_pd_mask(magnitude, _mm512_set1_pd(EXP_INSIDE), _CMP_LT_OQ) == 0xFF) {
        __m512d r;
        const __m512d n = exp_reduce_8(x, &r);
        return _mm512_mul_pd(_mm512_add_pd(_mm512_set1_pd(1.0), expm1_reduced_8(r)), exp_power_8(n));
    }
    const __m512d c = _mm512_min_pd(_mm512_set1_pd(EXP_HIGH), _mm512_max_pd(_mm512_set1_pd(EXP_LOW), x));
    __m512d r;
    const __m512d n = exp_reduce_8(c, &r);
    const __m512d half = _mm512_roundscale_pd(_mm512_mul_pd(n, _mm512_set1_pd(0.5)), _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC);
    const __m512d y = _mm512_mul_pd(_mm512_mul_pd(_mm512_add_pd(_mm512_set1_pd(1.0), expm1_reduced_8(r)),
                                                  exp_power_8(half)), exp_power_8(_mm512_sub_pd(n, half)));
    return _mm512_mask_blend_pd(_mm512_cmp_pd_mask(x, x, _CMP_UNORD_Q), y, x);
}

// tanh x, eight lanes.
__attribute__((target("avx512f"))) static inline __m512d tanh_8(__m512d x) {
    const __m512i sign = BITS_8(_mm512_set1_pd(-0.0));
    const __m512d a = DOUBLES_8(_mm512_andnot_si512(sign, BITS_8(x)));
    const __m512d y = _mm512_min_pd(_mm512_set1_pd(TANH_HIGH), _mm512_add_pd(a, a));
    __m512d r;
    const __m512d n = exp_reduce_8(y, &r), s = exp_power_8(n);
    const __m512d u = _mm512_fmadd_pd(s, expm1_reduced_8(r), _mm512_sub_pd(s, _mm512_set1_pd(1.0)));
    const __m512d q = _mm512_div_pd(u, _mm512_add_pd(u, _mm512_set1_pd(2.0)));
    const __m512d t = DOUBLES_8(_mm512_or_si512(BITS_8(q), _mm512_and_si512(sign, BITS_8(x))));
    return _mm512_mask_blend_pd(_mm512_cmp_pd_mask(x, x, _CMP_UNORD_Q), t, x);
}

#endif
