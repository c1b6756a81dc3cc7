@testable import NoteKit
import NotewalkTestSupport
import XCTest

/// The index reads clean UTF-8 notes as bytes; these tests hold that path to the decoded one.
final class ByteFastPathTests: XCTestCase {
    /// A small deterministic generator, so failures can be replayed.
    private struct Bytes {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func sample() -> [UInt8] {
            let pieces: [[UInt8]] = [Array("plain text ".utf8), Array("é".utf8), Array("日本".utf8), Array("😀".utf8),
                                     [0x0A], [0x09], [0x0D], [0x1B], [0x1F], [0x7E], [0x7F], [0xC2, 0x85], [0xC2, 0xA0], [0xC3],
                                     [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC0, 0xAF]]
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 12) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            return bytes
        }
    }

    func testCleanUTF8AgreesWithDecodingAndCleaning() {
        var generator = Bytes(state: 42)
        for _ in 0..<5000 {
            // Each sample also sits at some offset in a long run of printable ASCII and newlines, so
            // that it falls in the 64-byte steps, across their edges, and in the tail after them.
            let filler = Array(String(repeating: "Some text,\n", count: 20).utf8)
            let offset = Int(generator.next() % 150)
            let sample = generator.sample()
            let bytes = generator.next() % 2 == 0 ? sample : Array(filler[..<offset]) + sample + Array(filler[offset...])
            let decoded = String(validating: bytes, as: UTF8.self)
            // Not `TextSanitizer.clean`, which asks `isCleanUTF8` first.
            let expected = decoded.map { !$0.unicodeScalars.contains(where: TextSanitizer.isControl) } ?? false
            let clean = bytes.withUnsafeBufferPointer { ByteSearch.isCleanUTF8($0) }
            XCTAssertEqual(clean, expected, "\(bytes)")
        }
    }

    /// The sixteen-byte search for any of three bytes finds what looking at each byte finds, at
    /// every offset and across the steps.
    func testFirstOfThreeBytesAgreesWithALoop() {
        var generator = Bytes(state: 7)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 80)
            let bytes = (0..<count).map { _ in [UInt8(ascii: "["), UInt8(ascii: "<"), 0x0A, 0x61, 0x62, 0x20, 0xC3][Int(generator.next() % 7)] }
            let from = count == 0 ? 0 : Int(generator.next() % UInt64(count))
            let to = from + (count == from ? 0 : Int(generator.next() % UInt64(count - from + 1)))
            let expected = (from..<to).first { [UInt8(ascii: "["), UInt8(ascii: "<"), 0x0A].contains(bytes[$0]) } ?? to
            let found = bytes.withUnsafeBufferPointer {
                ByteSearch.first(of: UInt8(ascii: "["), UInt8(ascii: "<"), 0x0A, in: $0, from: from, to: to)
            }
            XCTAssertEqual(found, expected, "\(bytes) from \(from) to \(to)")
        }
    }

    func testPlainFrontMatterReadsAsYamsDoes() {
        let plain = [
            "title: Accountability Pandemic (and Why It Matters)\nvideoId: 46w6a9vcWu8\n",
            "title: \"Quoted: with a colon\"\nvideoId: 'AaZxjsIoXE0'\n",
            "Title: Upper-case key\nvideo_id: AaZxjsIoXE0\naliases: One, Two ,\n",
            "title: a:b c\"d\" [x] {y}\nother-key: 12\n",
            "title:\nvideoId: not-an-id\n",
            "title: Straße 日本 😀\n\nvideoId: AaZxjsIoXE0\n",
            "title: -5 degrees\nvideoId: -qKDIxM6Wdd\n",
            "title: --dashes-- and -.inf\nvideoId: -1\n",
            "title: ---\n",
        ]
        let declined = [
            "title: Broken: colon\n",
            "title: trailing colon:\n",
            "title: a # comment\n",
            "title: [Flow, List]\n",
            "aliases:\n  - One\n  - Two\n",
            "title: folded\n  continued\n",
            "title: 'It''s'\n",
            "title: \"esc\\u0041\"\n",
            "title: &anchor x\n",
            "title: x\ntitle: y\n",
            "# comment\ntitle: x\n",
            "title:\tx\n",
            "title: x\u{2028}y\n",
            "just a scalar\n",
            "title: - item\n",
            "title: -\n",
            // More keys than the plain reader keeps track of.
            (1...17).map { "key\($0): \($0)\n" }.joined() + "title: Many keys\n",
        ]
        for yaml in plain + declined {
            let bytes = Array(yaml.utf8)
            let fast = bytes.withUnsafeBufferPointer { FrontMatter.parse($0, 0..<$0.count) }
            XCTAssertEqual(fast, FrontMatter.parseWithYams(Substring(yaml)), yaml)
            XCTAssertEqual(FrontMatter.parse(Substring(yaml)), fast, yaml)
            let accepted = bytes.withUnsafeBufferPointer { PlainYAML.pairs($0, 0..<$0.count) { _, _ in } }
            XCTAssertEqual(accepted, plain.contains(yaml), "read without Yams: \(yaml)")
        }
    }

    func testSummaryFromBytesMatchesTheDecodedNote() throws {
        var texts = [
            TestVault.note(title: "T", body: "[[a | A]] [[b#H]] [[ c ]] [00:01:02, 1:03] <a class=\"yt-timestamp\" data-t=\"1\">[1]</a>"),
            "\u{FEFF}---\ntitle: BOM\n---\nbody [[x]]",
            "---\ntitle: CRLF\r\n---\r\n[[y]]\r\n",
            "---\ntitle: control \u{1B}[31m\n---\n[[z\u{7}]]",
            "no front matter [[q]] ```not a fence``` \n```\n[[fenced]]\n```\n[[after]]",
            "---\ntitle: [unclosed\n---\n[[w]]",
            "[[ Café #Sección | alias ]] [[plain#h]] [[  spaced \t]] [[e\u{301}tude]] [[#only heading]]",
        ]
        if let shared = sharedDirectory() {
            for folder in ["seeds", "opsi"] {
                let root = shared + "/vaults/" + folder
                for path in try VaultScanner.scan(root: root).notes {
                    texts.append(try String(contentsOfFile: root + "/" + path, encoding: .utf8))
                }
            }
        }
        for text in texts {
            var bytes = Array(text.utf8)
            let fromBytes = VaultNote.summarize(bytes: bytes, path: "/v/n.md", relativePath: "n.md")
            let decoded = VaultNote.summarize(NoteFile.decode(bytes, path: "/v/n.md"), relativePath: "n.md")
            XCTAssertEqual(fromBytes, decoded, String(text.prefix(80)))
            bytes.append(0xFF)
            XCTAssertNotNil(VaultNote.summarize(bytes: bytes, path: "/v/n.md", relativePath: "n.md").problem)
        }
    }

    /// The index counts citations as the Markdown parser finds them, for anchors written the vaults'
    /// way (read without searching) and any other way.
    func testCitationCountsAgreeWithTheParser() {
        let anchors = [
            #"<a class="yt-timestamp" data-t="00:21:52">[00:21:52]</a>"#,
            #"<a class="yt-timestamp" data-t="1:02:03">[1:02:03]</a> and <a class="yt-timestamp" data-t="45">[45]</a>"#,
            #"<a class="yt-timestamp" data-t="99:99:99:99">[bad]</a>"#,
            #"<a class="yt-timestamp" data-t="00:01:02" >[x]</a>"#,
            #"<a class="yt-timestamp" data-t="00:01:02">no close"#,
            #"<a class="yt-timestamp" data-t="00:01:02">[a long label that runs past the quick look]</a>"#,
            #"<a class="yt-timestamp" data-t=" 00:01:02 ">[spaced]</a>"#,
            #"<a href="https://x" data-t="00:01:02">[linked]</a>"#,
            #"<a data-t='00:01:02' class='yt-timestamp'>[single]</a>"#,
            #"<a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a>[00:03:04]"#,
            #"<a class="yt-timestamp" data-t="00:01:02">[00:01:02]<b>x</b></a>"#,
            #"<a class="yt-timestamp" data-t="0a:01:02">[x]</a>"#,
            // Each byte of the time wrong in its own way (a colon for a digit, a semicolon, a slash, beyond ASCII).
            #"<a class="yt-timestamp" data-t="00::1:02">[00::1:02]</a>"#, #"<a class="yt-timestamp" data-t="00;01:02">[00;01:02]</a>"#,
            #"<a class="yt-timestamp" data-t="00:01:0/">[00:01:0/]</a>"#, #"<a class="yt-timestamp" data-t="00:01:0\#u{E9}">[x]</a>"#,
            #"<a class="yt-timestamp" data-t="00:01:02'>[00:01:02]</a>"#, #"<a class="yt-timestamp" data-t="00:01:02">[00:0\#n1:02]</a>"#,
            #"<a class="yt-timestamp" data-t="00:01:02">"#,
            #"<a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a"#,
        ]
        for anchor in anchors {
            let text = "---\nvideoId: AaZxjsIoXE0\n---\n\nSaid here " + anchor + " then more.\n"
            let summary = VaultNote.summarize(bytes: Array(text.utf8), path: "/v/n.md", relativePath: "n.md")
            let parsed = Note.parse(NoteFile(path: "n.md", text: text))
            XCTAssertEqual(summary.timestampCount, Citations.extract(parsed.document).count, anchor)
        }
        // The scan goes on right after the anchor's first `</a>`, even when another follows soon.
        let text = #"<a class="yt-timestamp" data-t="00:01:02">[</a>[[a]]</a> then [[b]]"#
        XCTAssertEqual(LinkScanner.scan(text).links.map(\.target), ["a", "b"])
    }

    /// The scan that jumps between `<`, `[` and fence characters finds what reading every line byte by
    /// byte finds: the same links and citations, fences skipped alike.
    func testScanAgreesWithReadingEachLine() {
        func lineByLine(_ text: String, bareCitations: Bool) -> LinkScanner.Summary {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { bytes in
                var summary = LinkScanner.Tally(links: LinkList.Builder())
                var inFence = false
                var lineStart = 0
                while lineStart < bytes.count {
                    let lineEnd = (lineStart..<bytes.count).first { bytes[$0] == 0x0A } ?? bytes.count
                    var first = lineStart
                    while first < lineEnd, bytes[first] == 0x20 { first += 1 }
                    let line = String(decoding: bytes[first..<lineEnd], as: UTF8.self)
                    if line.hasPrefix("```") || line.hasPrefix("~~~") {
                        inFence.toggle()
                    } else if !inFence {
                        var i = first
                        while i < lineEnd {
                            if bytes[i] == UInt8(ascii: "<") || bytes[i] == UInt8(ascii: "[") {
                                i = LinkScanner.construct(bytes, at: i, lineEnd: lineEnd, bareCitations: bareCitations, into: &summary)
                            } else {
                                i += 1
                            }
                        }
                    }
                    lineStart = lineEnd + 1
                }
                return LinkScanner.Summary(links: summary.links.build(), timestampCount: summary.timestampCount)
            }
        }
        let pieces = [
            "text ", "\n", "  ", "\t", "[[a]]", "[[b | B]]", "[[c#H]]", "[[", "]]", "[", "]", "<", ">", "</a>", "`", "~", "``", "```",
            "~~~", "   ```", "\t```", "[00:01:02]", "[1:02, 3:04]", #"<a class="yt-timestamp" data-t="00:21:52">[00:21:52]</a>"#,
            #"<a class="yt-timestamp" data-t="00:21:52">[00:2\#n1:52]</a>"#, #"<a class="yt-timestamp" data-t="00:21:52">"#,
            #"<a class="yt-timestamp" data-t="00:21:52">[00:<1:52]</a>"#, #"<a class="yt-timestamp" data-t="00:21:52">[\#n[[a]]xy]</a>"#,
            #"<a data-t='5'>[5]</a>"#, "<b>", "é", "[[x\ny]]",
            // Times that are not HH:MM:SS, each byte wrong in its own way.
            #"<a class="yt-timestamp" data-t="0a:21:52">[0a:21:52]</a>"#, #"<a class="yt-timestamp" data-t="00;21:52">[00;21:52]</a>"#,
            #"<a class="yt-timestamp" data-t="00:21:5/">[00:21:5/]</a>"#, #"<a class="yt-timestamp" data-t="é0:21:52">[0:21:52]</a>"#,
            #"<a class="yt-timestamp" data-t="00:21:52'>[00:21:52]</a>"#, #"<a class="yt-timestamp" data-t="1:21:52">[1:21:52]</a>"#,
        ]
        var generator = Bytes(state: 11)
        for _ in 0..<4000 {
            let text = (0..<(generator.next() % 24)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            for bare in [false, true] {
                XCTAssertEqual(LinkScanner.scan(text, bareCitations: bare), lineByLine(text, bareCitations: bare), text)
            }
        }
    }

    func testHTMLTagsReadAsBytes() {
        let anchor = HTMLTag(#"<a class="yt-timestamp" data-t="00:01:02">"#)
        XCTAssertEqual(anchor?.name, "a")
        XCTAssertEqual(anchor?.attributes, ["class": "yt-timestamp", "data-t": "00:01:02"])
        XCTAssertEqual(anchor?.timestamp, Timestamp(parsing: "00:01:02"))
        func read(_ raw: String) -> String? {
            HTMLTag(raw).map { "\($0.isClosing ? "/" : "")\($0.name) " + $0.attributes.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: ",") }
        }
        XCTAssertEqual(read("</a>"), "/a ")
        XCTAssertEqual(read(" <br/>\n"), "br ")
        XCTAssertEqual(read("<A HREF = 'x y' data-t=5 disabled\r\ntitle=\"café\">"), "a data-t=5,disabled=,href=x y,title=café")
        XCTAssertEqual(HTMLTag(#"<a data-t="unclosed>"#)?.attributes, ["data-t": "unclosed"])
        for notATag in ["<!-- x -->", "<?xml?>", "<>", "< a>", "text", "<", "</>"] { XCTAssertNil(HTMLTag(notATag), notATag) }
        // Names lower-cased (non-ASCII ones too), the last of a repeated attribute wins, classes are words.
        XCTAssertEqual(read("<A Data-T=1 DATA-t=2 ÉTÉ=x>"), "a data-t=2,été=x")
        XCTAssertEqual(HTMLTag(#"<a class="big yt-timestamp" data-t="1:05">"#)?.timestamp, Timestamp(parsing: "1:05"))
        XCTAssertNil(HTMLTag(#"<a class="yt-timestamps" data-t="1:05" href="x">"#)?.timestamp)
        XCTAssertEqual(HTMLTag(#"<a data-t="1:05">"#)?.timestamp, Timestamp(parsing: "1:05"), "no link: still a moment")
    }
}
