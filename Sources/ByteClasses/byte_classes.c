#include "byte_classes.h"

#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>
// glibc's record of the processor's features, read once by the loader: asking the processor again
// (`__builtin_cpu_supports`, whose initialiser runs at every start) costs several `cpuid`s, each a
// trap to the hypervisor in a virtual machine.
#if defined(__has_include)
#if __has_include(<sys/platform/x86.h>)
#include <sys/platform/x86.h>
#define NW_HAS_GLIBC_CPU_FEATURES 1
#endif
#endif
#endif

static inline int is_mark(uint8_t b) { return b == '<' || b == '[' || b == '`' || b == '~'; }
static inline int is_usual(uint8_t b) { return (b >= 0x20 && b <= 0x7E) || b == '\n'; }

void nw_block_bits_fill_bytewise(const uint8_t *bytes, size_t count, nw_block_bits *out) {
    size_t blocks = nw_block_count(count);
    for (size_t b = 0; b < blocks; b++) {
        uint64_t marks = 0, unusual = 0;
        for (size_t i = 0; i < 64 && b * 64 + i < count; i++) {
            uint8_t byte = bytes[b * 64 + i];
            if (is_mark(byte)) marks |= (uint64_t)1 << i;
            if (!is_usual(byte)) unusual |= (uint64_t)1 << i;
        }
        out[b].marks = marks;
        out[b].unusual = unusual;
    }
}

/// The last, partial block: copied after the full ones into a block of spaces (neither marks nor unusual).
static void fill_tail(const uint8_t *bytes, size_t count, nw_block_bits *out,
                      void (*full)(const uint8_t *, size_t, nw_block_bits *)) {
    size_t whole = count / 64;
    if (whole * 64 == count) return;
    uint8_t padded[64];
    memset(padded, ' ', sizeof padded);
    memcpy(padded, bytes + whole * 64, count - whole * 64);
    full(padded, 1, out + whole);
}

#if defined(__x86_64__)

static void narrow_blocks(const uint8_t *bytes, size_t blocks, nw_block_bits *out) {
    const __m128i lt = _mm_set1_epi8('<'), bracket = _mm_set1_epi8('['), tick = _mm_set1_epi8('`'),
                  tilde = _mm_set1_epi8('~'), one = _mm_set1_epi8(1), space = _mm_set1_epi8(0x20),
                  newline = _mm_set1_epi8('\n');
    for (size_t b = 0; b < blocks; b++) {
        uint64_t marks = 0, usual = 0;
        for (int k = 0; k < 4; k++) {
            __m128i v = _mm_loadu_si128((const __m128i *)(bytes + b * 64 + k * 16));
            __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, bracket)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, tick), _mm_cmpeq_epi8(v, tilde)));
            // Printable ASCII plus one is 0x21–0x7F, the signed bytes above 0x20 (DEL and beyond wrap below).
            __m128i ok = _mm_or_si128(_mm_cmpgt_epi8(_mm_add_epi8(v, one), space), _mm_cmpeq_epi8(v, newline));
            marks |= (uint64_t)(uint16_t)_mm_movemask_epi8(m) << (k * 16);
            usual |= (uint64_t)(uint16_t)_mm_movemask_epi8(ok) << (k * 16);
        }
        out[b].marks = marks;
        out[b].unusual = ~usual;
    }
}

__attribute__((target("avx2")))
static void wide_blocks(const uint8_t *bytes, size_t blocks, nw_block_bits *out) {
    const __m256i lt = _mm256_set1_epi8('<'), bracket = _mm256_set1_epi8('['), tick = _mm256_set1_epi8('`'),
                  tilde = _mm256_set1_epi8('~'), one = _mm256_set1_epi8(1), space = _mm256_set1_epi8(0x20),
                  newline = _mm256_set1_epi8('\n');
    for (size_t b = 0; b < blocks; b++) {
        uint64_t marks = 0, usual = 0;
        for (int k = 0; k < 2; k++) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(bytes + b * 64 + k * 32));
            __m256i m = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, lt), _mm256_cmpeq_epi8(v, bracket)),
                                        _mm256_or_si256(_mm256_cmpeq_epi8(v, tick), _mm256_cmpeq_epi8(v, tilde)));
            __m256i ok = _mm256_or_si256(_mm256_cmpgt_epi8(_mm256_add_epi8(v, one), space), _mm256_cmpeq_epi8(v, newline));
            marks |= (uint64_t)(uint32_t)_mm256_movemask_epi8(m) << (k * 32);
            usual |= (uint64_t)(uint32_t)_mm256_movemask_epi8(ok) << (k * 32);
        }
        out[b].marks = marks;
        out[b].unusual = ~usual;
    }
}

static int has_avx2(void) {
    static int known = -1;
    int value = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (value < 0) {
#ifdef NW_HAS_GLIBC_CPU_FEATURES
        value = CPU_FEATURE_ACTIVE(AVX2) ? 1 : 0;
#else
        __builtin_cpu_init();
        value = __builtin_cpu_supports("avx2") ? 1 : 0;
#endif
        __atomic_store_n(&known, value, __ATOMIC_RELAXED);
    }
    return value;
}

void nw_block_bits_fill_narrow(const uint8_t *bytes, size_t count, nw_block_bits *out) {
    narrow_blocks(bytes, count / 64, out);
    fill_tail(bytes, count, out, narrow_blocks);
}

void nw_block_bits_fill(const uint8_t *bytes, size_t count, nw_block_bits *out) {
    if (!has_avx2()) {
        nw_block_bits_fill_narrow(bytes, count, out);
        return;
    }
    wide_blocks(bytes, count / 64, out);
    fill_tail(bytes, count, out, wide_blocks);
}

#else

void nw_block_bits_fill_narrow(const uint8_t *bytes, size_t count, nw_block_bits *out) {
    nw_block_bits_fill_bytewise(bytes, count, out);
}

void nw_block_bits_fill(const uint8_t *bytes, size_t count, nw_block_bits *out) {
    nw_block_bits_fill_bytewise(bytes, count, out);
}

#endif
