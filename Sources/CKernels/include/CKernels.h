#ifndef METRICLAB_CKERNELS_H
#define METRICLAB_CKERNELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has AVX2 and FMA, so that `metriclab_gemm_from_avx2` and the vector kernels may run.
bool metriclab_has_avx2(void);

/// Whether this CPU also has AVX-512F, so that `metriclab_gemm_from_avx512` may run.
bool metriclab_has_avx512(void);

/// The rows of the AVX2 and AVX-512 products' register tiles: a product split over cores in chunks
/// of whole tiles leaves no short tile inside a chunk.
enum { METRICLAB_GEMM_TILE_ROWS_AVX2 = 6, METRICLAB_GEMM_TILE_ROWS_AVX512 = 8 };

/// C (m×n, rows c_stride apart) = start + A·B, A's entry (i, p) at a[i·row_stride + p·col_stride],
/// B k×n with rows b_stride apart. The sums start from `start`, its rows start_stride apart (C
/// itself adds into C; a stride of 0 repeats one row, a bias), or from zeros when it is NULL; C is
/// otherwise written whole, never read (an unset buffer is fine). Each entry sums its products in
/// the order of p through fused multiply-adds, so it can differ from the plain loops (a multiply,
/// then an add) in the last bits. The AVX-512 form runs sixteen columns at a time with every entry
/// the same chain of fused multiply-adds, so the two agree bit for bit.
void metriclab_gemm_from_avx2(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b, ptrdiff_t b_stride,
                              double *c, ptrdiff_t c_stride, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n,
                              const double *start, ptrdiff_t start_stride);
void metriclab_gemm_from_avx512(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b, ptrdiff_t b_stride,
                                double *c, ptrdiff_t c_stride, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n,
                                const double *start, ptrdiff_t start_stride);

/// bt (cols×rows) = bᵀ, b rows×cols, both row-major, four by four through AVX2 registers.
void metriclab_transpose_avx2(const double *b, ptrdiff_t rows, ptrdiff_t cols, double *bt);

/// y = eˣ or tanh x of each of n entries (x and y may be the same array): the project's own, eight
/// lanes at a time on AVX-512, four on AVX2, else one, with the same bits on every width (ExpTanh.h).
void metriclab_exp(const double *x, double *y, ptrdiff_t n);
void metriclab_tanh(const double *x, double *y, ptrdiff_t n);
/// metriclab_exp and metriclab_tanh on a chosen width: 8 (needs AVX-512F), 4 (AVX2 and FMA) or 1.
void metriclab_exp_lanes(const double *x, double *y, ptrdiff_t n, int lanes);
void metriclab_tanh_lanes(const double *x, double *y, ptrdiff_t n, int lanes);
/// y = log(1 + x) of each of n entries, four at a time through glibc's libmvec on AVX2 (within
/// 4 ulp), else one at a time through libm.
void metriclab_log1p(const double *x, double *y, ptrdiff_t n);

/// out[i] = log Σⱼ exp(scale·x[i,j] + offset) over the entries keep marks (all when keep is NULL),
/// plus a zero logit when add_one, stabilised by the row maximum; with weights (row-major like x,
/// or NULL) the logits are scale·(weights[i,j]·(x[i,j] − shift)) + offset. exps[i,j]·factors[i] is
/// the softmax weight of entry (i, j), 0 where left out. A row with nothing kept gives 0 and zero
/// weights.
void metriclab_logsumexp_rows(const double *x, const double *weights, double shift, const bool *keep, ptrdiff_t n,
                              ptrdiff_t d, double scale, double offset, bool add_one, double *out, double *exps,
                              double *factors);

/// out[i] = Σⱼ x[i,j] (times factors[i] when factors is not NULL) over the entries keep marks (all
/// when keep is NULL), added left to right from 0, several rows at a time.
void metriclab_row_sums(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d, double *out);
/// metriclab_row_sums on a chosen width: 8 (needs AVX-512F), 4 (AVX2) or 1, the same bits on each.
void metriclab_row_sums_lanes(const double *x, const bool *keep, const double *factors, ptrdiff_t n, ptrdiff_t d, int lanes,
                              double *out);

/// The pullback of metriclab_row_sums without factors: gx[i,j] += g[i] where keep marks (i, j); when
/// fresh, gx is written whole: 0 + g[i] where kept, 0 elsewhere.
void metriclab_row_sums_pullback(const double *g, const bool *keep, ptrdiff_t n, ptrdiff_t d, bool fresh, double *gx);
/// metriclab_row_sums_pullback on a chosen width: 8 (needs AVX-512F), 4 (AVX2) or 1, the same bits on each.
void metriclab_row_sums_pullback_lanes(const double *g, const bool *keep, ptrdiff_t n, ptrdiff_t d, bool fresh, int lanes,
                                       double *gx);

/// out[i] = Σₚ x[i·d + p]·y[i·d + p], from 0 in the order of p, eight rows side by side.
void metriclab_row_dots(const double *x, const double *y, ptrdiff_t n, ptrdiff_t d, double *out);

/// y[i·d + p] = x[i·d + p] / norms[i] for n rows of d entries.
void metriclab_divide_rows_avx512(const double *x, const double *norms, ptrdiff_t n, ptrdiff_t d, double *y);
void metriclab_divide_rows_avx2(const double *x, const double *norms, ptrdiff_t n, ptrdiff_t d, double *y);

/// The pullback of rows scaled to unit length: gx[t] += (g[t] − y[t]·dots[i]) / norms[i], t = i·d + p.
void metriclab_unit_rows_pullback_avx512(const double *g, const double *y, const double *norms, const double *dots,
                                         ptrdiff_t n, ptrdiff_t d, double *gx);
void metriclab_unit_rows_pullback_avx2(const double *g, const double *y, const double *norms, const double *dots,
                                       ptrdiff_t n, ptrdiff_t d, double *gx);

/// The pullback of log-sum-exp rows for rows 0..<n of d entries: p = (g[i]·scale)·(exps[i·d + j]·factors[i]),
/// or 0 + (0 + p)·weights[i·d + j] when weights is not NULL, written into gx as 0 + that when
/// fresh, else added; eight entries a register with AVX-512, else four with AVX2.
void metriclab_softmax_pullback(const double *g, double scale, const double *exps, const double *factors,
                                const double *weights, ptrdiff_t n, ptrdiff_t d, bool fresh, bool avx512, double *gx);

/// The gradient of rows 0..<n, columns 0..<d of a matrix whose rows gave a log-sum-exp and a row
/// sum: out[i·ldo + j] = (0 + (g[i]·scale)·(exps[i·lde + j]·factors[i])) + sums[i] where keep[i·ldk + j]
/// (every entry when keep is NULL; no sum at all when sums is NULL): metriclab_softmax_pullback
/// written fresh and metriclab_row_sums_pullback added, in one pass with their bits.
void metriclab_lse_sum_pullback_avx512(const double *g, double scale, const double *exps, ptrdiff_t lde,
                                       const double *factors, const double *sums, const bool *keep, ptrdiff_t ldk,
                                       ptrdiff_t n, ptrdiff_t d, double *out, ptrdiff_t ldo);
void metriclab_lse_sum_pullback_avx2(const double *g, double scale, const double *exps, ptrdiff_t lde,
                                     const double *factors, const double *sums, const bool *keep, ptrdiff_t ldk,
                                     ptrdiff_t n, ptrdiff_t d, double *out, ptrdiff_t ldo);

/// The pullback of the log softmax mass rows for rows 0..<n of d entries: with gᵢ = g[i]·scale,
/// w = exps[i,j]·factors[i] and kᵢ = gᵢ/mass[i], gx[i,j] gets (subset[i,j] ? kᵢ : 0)·w − gᵢ·w,
/// written as 0 + that when fresh, else added; rows with mass[i] ≤ 0 or g[i] = 0 are left as they
/// are (zeros when fresh). avx512 picks the eight-lane loop, else the four-lane AVX2 one.
void metriclab_softmax_mass_pullback(const double *g, double scale, const double *mass, const double *exps,
                                     const double *factors, const bool *subset, ptrdiff_t n, ptrdiff_t d, bool fresh,
                                     bool avx512, double *gx);

/// out[k] = log Σⱼ exp(a[r[k], j] + b[s[k], j] + c[k]) for pairs k in 0..<count, a and b row-major
/// with m columns, over the j that keep[r[k], j] marks (all when keep is NULL), plus a zero logit
/// when add_one, stabilised by each pair's maximum; a pair with nothing kept gives 0. scratch
/// holds m rounded up to a multiple of 4 doubles.
void metriclab_pair_logsumexp(const double *a, const double *b, const double *c, const ptrdiff_t *r, const ptrdiff_t *s,
                              const bool *keep, ptrdiff_t count, ptrdiff_t m, bool add_one, double *out, double *scratch);

/// The pullback of metriclab_pair_logsumexp for the pairs listed in pairs[0..<count], in that
/// order: with the weights w[k, j] = exp(a[r[k], j] + b[s[k], j] + c[k] − out[k]) of the kept
/// columns, g[k]·w[k, j] is added to ga[r[k], j] and to gb[s[k] − gb_first_row, j] (either may be
/// NULL), and g[k]·Σⱼ w[k, j] to gc[k]. Pairs with g[k] = 0 are skipped. scratch as for the
/// forward kernel.
void metriclab_pair_logsumexp_pullback(const double *a, const double *b, const double *c, const ptrdiff_t *r,
                                       const ptrdiff_t *s, const bool *keep, const ptrdiff_t *pairs, ptrdiff_t count,
                                       ptrdiff_t m, const double *out, const double *g, double *ga, double *gb,
                                       ptrdiff_t gb_first_row, double *gc, double *scratch);

/// c[i·ldc + q] = Σⱼ a[i·lda + j]·b[q·ldb + j] over j in 0..<k for rows × cols entries, each summed
/// as the library's two-register dot product does: eight partial sums (one per j mod 8, a multiply
/// then an add, no fused multiply-add), lanes l and l + 4 added, those four in order, then the
/// tail; so the same bits as that loop, with loads shared by a tile of four by four entries.
void metriclab_lane_dots_avx512(const double *a, ptrdiff_t lda, const double *b, ptrdiff_t ldb, double *c, ptrdiff_t ldc,
                                ptrdiff_t rows, ptrdiff_t cols, ptrdiff_t k);

/// C += A·B laid out as for `metriclab_gemm_from_avx2`, each entry c + a·b in the order of p with a
/// multiply then an add (two roundings): the same bits as a loop of axpys over p.
void metriclab_gemm_unfused_avx512(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b,
                                   ptrdiff_t b_stride, double *c, ptrdiff_t c_stride, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n);

/// The two kernels above on AVX2, four lanes a register: the same bits.
void metriclab_lane_dots_avx2(const double *a, ptrdiff_t lda, const double *b, ptrdiff_t ldb, double *c, ptrdiff_t ldc,
                              ptrdiff_t rows, ptrdiff_t cols, ptrdiff_t k);
void metriclab_gemm_unfused_avx2(const double *a, ptrdiff_t row_stride, ptrdiff_t col_stride, const double *b,
                                 ptrdiff_t b_stride, double *c, ptrdiff_t c_stride, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n);

/// out[i, j] = ‖a_i‖² + ‖b_j‖² − 2·out[i, j] (na and nb the squared norms) for rows × m entries,
/// clamped below at 0 (a NaN stays NaN) and rooted when `rooted`: the scalar loop's bits.
void metriclab_distances_from_products_avx2(double *out, const double *na, const double *nb, ptrdiff_t rows, ptrdiff_t m,
                                            bool rooted);

/// w[k] = g[k] / (2 r[k]) where r[k] > 0, else 0, as (0.5·g)/r: the root's slope applied to an
/// incoming gradient, four entries at a time with the scalar loop's bits.
void metriclab_half_over_distance_avx2(const double *g, const double *r, double *w, ptrdiff_t count);
/// The same, eight entries at a time (AVX-512F), the tail by the four-lane loop: the same bits.
void metriclab_half_over_distance_avx512(const double *g, const double *r, double *w, ptrdiff_t count);

/// The numbers of one Adam step: the moments' decays and their complements, the bias corrections
/// 1 − βᵗ, the learning rate and the ε added to the root.
struct metriclab_adam_constants {
    double beta1, beta2, one_minus_beta1, one_minus_beta2, correction1, correction2, learning_rate, epsilon;
};

/// Adam's update of n entries: m = β₁m + (1 − β₁)g, v = β₂v + ((1 − β₂)g)g, then
/// p = p − (lr·(m/c₁)) / (√(v/c₂) + ε), each a multiply then an add (no fused multiply-add), so
/// the same bits as the scalar loop; eight entries at a time on AVX-512, four on AVX2.
void metriclab_adam_avx512(double *p, const double *g, double *m, double *v, ptrdiff_t n,
                           const struct metriclab_adam_constants *constants);
void metriclab_adam_avx2(double *p, const double *g, double *m, double *v, ptrdiff_t n,
                         const struct metriclab_adam_constants *constants);

/// s[p·lds + j] += Σᵢ a[i·lda + p]·g[i·ldg + j] over i in 0..<k, for p < q and j < n: each sum a
/// multiply then an add in the order of i (a loop of axpys over the rows of g), with g streamed
/// row by row, four rows at a time, into sums that stay in cache: for few sums (q small).
void metriclab_column_sums_avx512(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                  ptrdiff_t lds, ptrdiff_t k, ptrdiff_t q, ptrdiff_t n);
void metriclab_column_sums_avx2(const double *a, ptrdiff_t lda, const double *g, ptrdiff_t ldg, double *s,
                                ptrdiff_t lds, ptrdiff_t k, ptrdiff_t q, ptrdiff_t n);

/// out[i·m + j] = Σₚ (x[i·d + p] − yT[p·m + j])² for rows × m entries (1 ≤ d), the first square
/// written and the rest added in the order of p, rooted when `rooted` (after Swift.max(s, 0)).
void metriclab_narrow_distances_avx512(const double *x, const double *yT, double *out, ptrdiff_t rows, ptrdiff_t m,
                                       ptrdiff_t d, bool rooted);
void metriclab_narrow_distances_avx2(const double *x, const double *yT, double *out, ptrdiff_t rows, ptrdiff_t m,
                                     ptrdiff_t d, bool rooted);

/// One row of a masked hinge sum (Tensor.maskedSums) over its 1 to 4 groups: over the c entries,
/// u = scale[k]·x + offset[k] and y = f(u) for the hinge `kind` (0: [u]₊ with slope [u > 0]; 1: ½[u]₊²
/// with slope [u]₊; 2: [u]₊² with slope 2[u]₊); where bits[k][t] is set, s[t] = scale[k]·f′ and
/// owner[t] = k, in no group s[t] = 0 and owner[t] = none. totals[k] is group k's sum of the kept y in
/// four interleaved partial sums, as the Swift loop adds them; counts[2k] its y > 0, counts[2k + 1] its kept.
/// The AVX-512 form takes eight entries an iteration, the low four then the high four: the same bits.
void metriclab_masked_hinge_row_avx2(int kind, int groups, const double *x, const unsigned char *const *bits, ptrdiff_t c,
                                     const double *scale, const double *offset, double *s, unsigned char *owner,
                                     double *totals, ptrdiff_t *counts, unsigned char none);
void metriclab_masked_hinge_row_avx512(int kind, int groups, const double *x, const unsigned char *const *bits, ptrdiff_t c,
                                       const double *scale, const double *offset, double *s, unsigned char *owner,
                                       double *totals, ptrdiff_t *counts, unsigned char none);

/// gx[t] = (fresh ? 0 : gx[t]) + (owner[t] == 0 ? g0 : g1)·s[t] for t < count: the backward pass of
/// a masked sum of two groups, the loop's operations eight or four entries at a time.
void metriclab_masked_backward_avx512(double g0, double g1, const unsigned char *owner, const double *s, double *gx,
                                      ptrdiff_t count, bool fresh);
void metriclab_masked_backward_avx2(double g0, double g1, const unsigned char *owner, const double *s, double *gx,
                                    ptrdiff_t count, bool fresh);

/// w[t] for t < count, the backward pass of a masked hinge sum of two groups over distances x
/// (Tensor.distanceHingeSums): the slope s of entry t's group k = owner[t] (+0 where owner[t] ==
/// none, which takes g0), made again from x[t] as the hinge row makes it, then 0 + g_k·s, halved
/// and divided by x[t] where x[t] > 0 (else +0) when `rooted`: the hinge row's slope, the masked
/// backward pass and the root's half over distance in one pass, with their operations.
void metriclab_hinge_distance_backward_avx2(int kind, const double *x, const unsigned char *owner, unsigned char none,
                                            const double *scale, const double *offset, double g0, double g1,
                                            bool rooted, double *w, ptrdiff_t count);
void metriclab_hinge_distance_backward_avx512(int kind, const double *x, const unsigned char *owner, unsigned char none,
                                              const double *scale, const double *offset, double g0, double g1,
                                              bool rooted, double *w, ptrdiff_t count);

/// sums[k] = Σ s[t] over t < count with owner[t] == first + k, for 1 to 4 groups in one pass: a
/// masked sum's shift gradients, as sixteen partial sums (t mod 16, each in the order of t) folded in
/// halves, the same bits on lanes 8 (AVX-512F), 4 (AVX2) or 1.
void metriclab_owner_sums(const unsigned char *owner, const double *s, ptrdiff_t count, int first, int groups,
                          int lanes, double *sums);

/// Packs x[t] for every t < count with bits[t] set (bytes 0 or 1) into out, in order, and returns
/// how many; `kept` is how many bits are set, and out is written at out[0 ..< kept] only.
ptrdiff_t metriclab_select_avx512(const double *x, const unsigned char *bits, ptrdiff_t count, ptrdiff_t kept, double *out);

/// The k-th set entry t of bits gets gx[t] + g[k] (0 + g[k] when `fresh`, and 0 elsewhere): the
/// backward pass of the packing above, in place.
void metriclab_add_selected_avx512(const double *g, ptrdiff_t kept, const unsigned char *bits, ptrdiff_t count, double *gx,
                                   bool fresh);

/// For rows of a byte mask n wide: out[i·n + j] = column_codes[j] == row_codes[i] ? hit : miss.
void metriclab_label_pairs_avx512(const int *row_codes, const int *column_codes, ptrdiff_t rows, ptrdiff_t n,
                                  unsigned char hit, unsigned char miss, unsigned char *out);
void metriclab_label_pairs_avx2(const int *row_codes, const int *column_codes, ptrdiff_t rows, ptrdiff_t n,
                                unsigned char hit, unsigned char miss, unsigned char *out);

/// out[t] = within[t] where lower < x[t] and, when bounded, x[t] < upper; else 0 (NaN is in no interval).
void metriclab_interval_mask_avx512(const double *x, const unsigned char *within, ptrdiff_t count, double lower,
                                    double upper, bool bounded, unsigned char *out);
void metriclab_interval_mask_avx2(const double *x, const unsigned char *within, ptrdiff_t count, double lower,
                                  double upper, bool bounded, unsigned char *out);

/// The rows a block of softmaxWeightedRowSums' kernels turns on its side (entry j of each row side by side).
enum { METRICLAB_SOFTMAX_WEIGHTED_BLOCK = 8 };

/// softmaxWeightedRowSums' forward rows, `lanes` 8 (AVX-512F), 4 (AVX2) or 1 giving the same bits:
/// out[i] = Σⱼ wᵢⱼ·xᵢⱼ, wᵢⱼ = eᵢⱼ / sums[i], eᵢⱼ = exp(xᵢⱼ·scale − maxⱼ xᵢⱼ·scale), sums[i] = Σⱼ eᵢⱼ.
/// e and w are kept in blocks of 8 rows on their side (⌈n/8⌉·8·d entries); side is 8·d of scratch.
void metriclab_softmax_weighted_rows_lanes(const double *x, ptrdiff_t n, ptrdiff_t d, double scale, double *side,
                                           double *e, double *w, double *sums, double *out, int lanes);

/// The pullback of those rows sent g: gx = ((fresh ? 0 : gx) + g·w) + (the logits' gradient)·scale.
void metriclab_softmax_weighted_rows_pullback_lanes(const double *x, const double *e, const double *w,
                                                    const double *sums, const double *g, ptrdiff_t n, ptrdiff_t d,
                                                    double scale, bool fresh, double *gx, double *side, int lanes);

/// Rows of softWeightedRowMeans' forward pass: w = keep ? e^{temperature·x} : 0, weight_sums[i] =
/// Σⱼ w[i,j], numerators[i] = Σⱼ w[i,j]·x[i,j] (scratch holds 8·d entries).
void metriclab_soft_weighted_forward_avx512(const double *x, const unsigned char *keep, ptrdiff_t rows, ptrdiff_t d,
                                            double temperature, double *w, double *scratch, double *numerators,
                                            double *weight_sums);
void metriclab_soft_weighted_forward_avx2(const double *x, const unsigned char *keep, ptrdiff_t rows, ptrdiff_t d,
                                          double temperature, double *w, double *scratch, double *numerators,
                                          double *weight_sums);

/// One row of softWeightedRowMeans' backward pass: gw = (0 + g_product·x) + g_weight_sum,
/// scaled = keep ? 0 + gw·w : 0, gx = ((fresh ? 0 : gx) + g_product·w) + scaled·temperature.
void metriclab_soft_weighted_backward_avx512(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d,
                                             double g_product, double g_weight_sum, double temperature, double *gx,
                                             bool fresh);
void metriclab_soft_weighted_backward_avx2(const double *x, const double *w, const unsigned char *keep, ptrdiff_t d,
                                           double g_product, double g_weight_sum, double temperature, double *gx,
                                           bool fresh);

/// One row of the all-triplets hinge sum: over every pair (a, m), t = xa[a] − xb[m] and
/// y = t < 0 ? 0 : t, summed in eight lanes (pair (a, m) in lane m mod 8) combined pairwise into
/// *total, the same bits for `lanes` 8 (AVX-512F), 4 (AVX2) or 1; *positive counts y > 0, and each t > 0 adds 1
/// to first_slopes[a] and to second_slopes[m].
void metriclab_hinge_pair_row(const double *xa, ptrdiff_t na, const double *xb, ptrdiff_t nb, int lanes, double *total,
                              ptrdiff_t *positive, double *first_slopes, double *second_slopes);

/// s[m] = 1 / (1 + b·a[m]) for m < n, eight lanes a register (a multiply, an add, a division).
void metriclab_reciprocal_one_plus_avx512(const double *a, double b, double *s, ptrdiff_t n);

/// How many of n mask entries are set.
ptrdiff_t metriclab_count_set_avx512(const bool *keep, ptrdiff_t n);
ptrdiff_t metriclab_count_set_avx2(const bool *keep, ptrdiff_t n);

/// Sweeps every pivot of the full b×b symmetric matrix q in place, leaving −q⁻¹; false at a pivot
/// that is not positive and finite. Each row update is y + (−f)·x, a multiply then an add per entry.
bool metriclab_sweep_small_avx512(double *q, ptrdiff_t b);
bool metriclab_sweep_small_avx2(double *q, ptrdiff_t b);

/// For each of `rows` rows of c entries: the entries whose byte in bits is 1, added in column order
/// into sums[i·(nodes + 1) + interval] and counted in counts, the interval being ((x − start) /
/// spacing) floored as `HistogramNodes.interval` does; steps is scratch for c values.
void metriclab_interval_sums(const double *x, const unsigned char *bits, ptrdiff_t rows, ptrdiff_t c, double start,
                             double spacing, ptrdiff_t nodes, double *sums, double *counts, double *steps);

/// Its backward pass: gx[i·c + j] += g[i·(nodes + 1) + interval of x[i·c + j]] where bits is 1.
void metriclab_interval_gradient(const double *x, const unsigned char *bits, ptrdiff_t rows, ptrdiff_t c, double start,
                                 double spacing, ptrdiff_t nodes, const double *g, double *gx, double *steps);

/// The threads a chunked loop spreads over: this one and the pool's workers, one per other core.
ptrdiff_t metriclab_pool_cores(void);

/// Runs body(context, c) for every c in 0..<chunks, on this thread and the pool's workers, and
/// returns when all are done. Runs them all on this thread instead when the pool is busy with
/// another thread's loop (or this one's, for a loop inside a chunk) or while saturated.
void metriclab_pool_run(ptrdiff_t chunks, void (*body)(void *, ptrdiff_t), void *context);

/// Raises (true) or lowers (false) the mark that every core is already busy with its own work, so
/// that chunked loops run on their own threads meanwhile.
void metriclab_pool_saturate(bool on);

/// A loaded object: its file's name as the loader has it (empty for the program itself), the
/// address its virtual address 0 is mapped at, and the end of its last loaded segment.
typedef struct {
    const char *name;
    uintptr_t base;
    uintptr_t end;
} metriclab_loaded_object;

/// Writes the loaded object number `index` (0 is the program) and returns true; false past the last.
bool metriclab_loaded_object_at(size_t index, metriclab_loaded_object *object);

#endif
