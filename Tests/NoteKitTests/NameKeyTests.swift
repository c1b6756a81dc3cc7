@testable import NoteKit
import Foundation
import XCTest

final class NameKeyTests: XCTestCase {
    /// A key made from bytes is the key of the String they spell, whatever path the String takes.
    func testNameKeysAreTheText() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "B", "_", " ", "snake_case", "Title Case", "é", "e\u{301}", "\u{212A}", "K", ";", "\u{37E}", "日", "0123456789abcdef"]
        var seen: [String: NameKey] = [:]
        for _ in 0..<3000 {
            let name = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let key = NameKey(name)
            if let earlier = seen[name] { XCTAssertEqual(earlier, key, name) }
            seen[name] = key
            if name.utf8.allSatisfy({ $0 < 0x80 }) {
                XCTAssertEqual(Array(name.utf8).withUnsafeBufferPointer { NameKey(ascii: $0) }, key, name)
            }
        }
        // Different texts, different keys (Swift's Dictionary has already merged equal ones).
        XCTAssertEqual(Set(seen.values).count, seen.count)
    }

    /// Every byte of a name counts, at every length: names one byte apart have different keys.
    func testEveryByteCounts() {
        var keys = Set<NameKey>()
        var names = 0
        for length in 0...40 {
            let base = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            for place in -1..<length {
                var name = base
                if place >= 0 { name[place] = UInt8(ascii: "b") }
                keys.insert(name.withUnsafeBufferPointer { NameKey(ascii: $0) })
                names += 1
            }
        }
        XCTAssertEqual(keys.count, names)
    }

    /// Latin text keys from its bytes; it must key as its decomposed spelling does through `Hasher`.
    func testLatinNamesKeyAsTheirDecomposedSpelling() {
        let latin = (0x80..<0x300).compactMap(Unicode.Scalar.init).map(String.init)
        var compared = 0
        for (i, letter) in latin.enumerated() {
            let name = "a" + letter + latin[(i * 7) % latin.count] + " b\u{212A}"
            let decomposed = name.decomposedStringWithCanonicalMapping
            guard decomposed.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value != 0x212A }) else { continue }
            XCTAssertEqual(NameKey(decomposed), NameKey(name), name)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 300)
    }

    /// The key table against Dictionary: the same answers for every key, through several growths.
    func testKeyTableAgreesWithDictionary() {
        var table = KeyTable()
        var reference: [NameKey: Int32] = [:]
        for i in 0..<20_000 {
            let key = NameKey("name \(i % 7_000)")
            let (value, inserted) = table.value(key, inserting: Int32(i))
            XCTAssertEqual(inserted, reference[key] == nil)
            XCTAssertEqual(value, reference[key] ?? Int32(i))
            if reference[key] == nil { reference[key] = Int32(i) }
        }
        XCTAssertEqual(table.count, 7_000)
        for (key, value) in reference { XCTAssertEqual(table.value(key), value) }
        XCTAssertNil(table.value(NameKey("name 7000")))
        table.replace(NameKey("name 3"), with: -5)
        XCTAssertEqual(table.value(NameKey("name 3")), -5)
    }
}
