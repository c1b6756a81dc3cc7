// Classes of bytes in a note's text, 64 bytes a block, for the index's one pass over each note.
#ifndef NOTEWALK_BYTE_CLASSES_H
#define NOTEWALK_BYTE_CLASSES_H

#include <stddef.h>
#include <stdint.h>

/// One 64-byte block: bit i of `marks` is set when byte i starts a construct or a fence (`<`, `[`,
/// a backtick, a tilde); bit i of `unusual` when byte i is neither printable ASCII (0x20–0x7E) nor a
/// newline.
typedef struct {
    uint64_t marks;
    uint64_t unusual;
} nw_block_bits;

/// The number of blocks `count` bytes take.
static inline size_t nw_block_count(size_t count) { return (count + 63) / 64; }

/// Fills `out` (`nw_block_count(count)` entries) with the bits of each block of `bytes`; the bits of
/// the last block beyond `count` are clear. Uses AVX2 where the processor has it.
void nw_block_bits_fill(const uint8_t *bytes, size_t count, nw_block_bits *out);

/// The same one byte at a time (the reference the vector versions are tested against), and with
/// 16-byte vectors only (what `nw_block_bits_fill` does without AVX2).
void nw_block_bits_fill_bytewise(const uint8_t *bytes, size_t count, nw_block_bits *out);
void nw_block_bits_fill_narrow(const uint8_t *bytes, size_t count, nw_block_bits *out);

#endif
