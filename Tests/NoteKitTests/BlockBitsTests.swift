import ByteClasses
@testable import NoteKit
import XCTest

/// The vector pass that marks a note's construct characters and unusual bytes agrees with reading
/// the bytes one at a time, at every length and alignment, with and without AVX2.
final class BlockBitsTests: XCTestCase {
    func testVectorPassesAgreeWithBytewise() {
        // Bytes near every boundary the pass tells apart, and some of anything.
        let chosen: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x3B, 0x3C, 0x3D, 0x5A, 0x5B, 0x5C, 0x5F,
                               0x60, 0x61, 0x7D, 0x7E, 0x7F, 0x80, 0xC2, 0xE2, 0xFF]
        // xorshift64*: deterministic, so a failure can be replayed.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
        for length in Array(0...200) + [255, 256, 257, 1000, 4099] {
            for round in 0..<3 {
                let bytes = (0..<length).map { _ -> UInt8 in
                    let r = next()
                    return round == 2 ? UInt8(truncatingIfNeeded: r) : (r % 4 == 0 ? chosen[Int(r / 4 % UInt64(chosen.count))] : 0x61)
                }
                // Starting one byte in as well: the vector loads do not depend on alignment.
                for offset in [0, 1] where offset <= bytes.count {
                    let expected = bits(bytes, offset, nw_block_bits_fill_bytewise)
                    XCTAssertTrue(expected == bits(bytes, offset, nw_block_bits_fill), "length \(length) offset \(offset)")
                    XCTAssertTrue(expected == bits(bytes, offset, nw_block_bits_fill_narrow), "length \(length) offset \(offset)")
                }
            }
        }
    }

    func testBytewiseMarksWhatItSays() {
        let text = Array("a<b[c`d~e\n\tf\u{7F}é".utf8) + [0x1B]
        let found = bits(text, 0, nw_block_bits_fill_bytewise)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].marks, 0b1010_1010)
        // The tab, DEL, both bytes of é and ESC; not the newline.
        XCTAssertEqual(found[0].unusual, 1 << 10 | 1 << 12 | 1 << 13 | 1 << 14 | 1 << 15)
    }

    func testMarksComeInOrderFromAnyPlace() {
        var text = [UInt8](repeating: 0x61, count: 300)
        let places = [0, 5, 63, 64, 65, 127, 128, 200, 299]
        for place in places { text[place] = UInt8(ascii: "[") }
        text.withUnsafeBufferPointer { bytes in
            BlockBits.of(bytes) { bits in
                for start in [0, 1, 63, 64, 66, 128, 129, 299] {
                    var marks = BlockBits.Marks(bits, from: start)
                    var seen: [Int] = []
                    while let mark = marks.next(from: start) { seen.append(mark) }
                    XCTAssertEqual(seen, places.filter { $0 >= start }, "from \(start)")
                }
                // Jumping ahead skips the marks passed over, within a block and across blocks.
                var marks = BlockBits.Marks(bits, from: 0)
                XCTAssertEqual(marks.next(from: 0), 0)
                XCTAssertEqual(marks.next(from: 6), 63)
                XCTAssertEqual(marks.next(from: 129), 200)
                XCTAssertEqual(marks.next(from: 300), nil)
            }
        }
    }

    /// A long text's bits are kept on the heap (not a worker thread's small stack) and read the same.
    func testLongTextsAreCheckedWhole() {
        var text = Array(String(repeating: "plain words [[a link]] and é ", count: 8_000).utf8)
        XCTAssertGreaterThan(text.count, 131_072)
        XCTAssertTrue(text.withUnsafeBufferPointer { ByteSearch.isCleanUTF8($0) })
        text[text.count - 3] = 0x1B
        XCTAssertFalse(text.withUnsafeBufferPointer { ByteSearch.isCleanUTF8($0) })
        XCTAssertEqual(LinkScanner.scan(String(repeating: "x [[a]] ", count: 20_000)).links.count, 20_000)
    }

    private struct Bits: Equatable {
        var marks: UInt64
        var unusual: UInt64
    }

    private func bits(_ bytes: [UInt8], _ offset: Int,
                      _ fill: (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<nw_block_bits>?) -> Void) -> [Bits] {
        bytes.withUnsafeBufferPointer { whole in
            let bytes = UnsafeBufferPointer(rebasing: whole[offset...])
            var out = [nw_block_bits](repeating: nw_block_bits(), count: nw_block_count(bytes.count))
            out.withUnsafeMutableBufferPointer { fill(bytes.baseAddress, bytes.count, $0.baseAddress) }
            return out.map { Bits(marks: $0.marks, unusual: $0.unusual) }
        }
    }
}
