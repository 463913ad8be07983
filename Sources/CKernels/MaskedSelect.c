// Tensor.select's two walks over a mask of bytes (0 or 1), eight entries at a time: the kept
// entries packed in order (a copy), and their gradients added back in place, each entry the
// loop's own add (g + nothing fused): the same bits.
#include "CKernels.h"
#include "MaskBytes.h"
#include <immintrin.h>

// Whole registers are stored at k while eight slots are left of the `kept` the caller has room
// for; the rest writes only kept entries, so that a walk over some rows never writes past its own
// share of out (the next rows' share may be another core's).
__attribute__((target("avx512f")))
ptrdiff_t metriclab_select_avx512(const double *x, const unsigned char *bits, ptrdiff_t count, ptrdiff_t kept, double *out) {
    ptrdiff_t k = 0, t = 0;
    for (; t + 8 <= count && k + 8 <= kept; t += 8) {
        const __mmask8 m = mask_bytes_8(bits + t);
        _mm512_storeu_pd(out + k, _mm512_maskz_compress_pd(m, _mm512_loadu_pd(x + t)));
        k += __builtin_popcount(m);
    }
    for (; t < count; t++) if (bits[t]) out[k++] = x[t];
    return k;
}

__attribute__((target("avx512f")))
void metriclab_add_selected_avx512(const double *g, ptrdiff_t kept, const unsigned char *bits, ptrdiff_t count, double *gx,
                                   bool fresh) {
    const __m512d zero = _mm512_setzero_pd();
    ptrdiff_t k = 0, t = 0;
    // Eight gradients are loaded at k, so the vector walk stops where fewer than eight are left.
    for (; t + 8 <= count && k + 8 <= kept; t += 8) {
        const __mmask8 m = mask_bytes_8(bits + t);
        const __m512d gk = _mm512_maskz_expand_pd(m, _mm512_loadu_pd(g + k));
        if (fresh) _mm512_storeu_pd(gx + t, _mm512_maskz_add_pd(m, zero, gk));
        else {
            const __m512d old = _mm512_loadu_pd(gx + t);
            _mm512_storeu_pd(gx + t, _mm512_mask_add_pd(old, m, old, gk));
        }
        k += __builtin_popcount(m);
    }
    for (; t < count; t++) {
        if (bits[t]) { gx[t] = (fresh ? 0 : gx[t]) + g[k]; k++; }
        else if (fresh) gx[t] = 0;
    }
}
