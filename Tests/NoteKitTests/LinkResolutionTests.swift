@testable import NoteKit
import NotewalkTestSupport
import XCTest

final class LinkResolutionTests: XCTestCase {
    private func vault(_ paths: [String], titles: [String: String] = [:], aliases: [String: [String]] = [:]) -> VaultIndex {
        VaultIndex(root: "/v", notes: paths.map { VaultNote(relativePath: $0, title: titles[$0], aliases: aliases[$0] ?? []) })
    }

    private func resolved(_ index: VaultIndex, _ target: String, from: String? = nil) -> String? {
        let origin = from.flatMap { index.note(atRelativePath: $0) }
        return index.resolve(target, from: origin).note.map { index.notes[$0].relativePath }
    }

    func testRung1ExactStemPrefersTheLinkingFolder() {
        let index = vault(["a/topic.md", "b/topic.md", "b/origin.md", "a/origin.md"])
        XCTAssertEqual(resolved(index, "topic", from: "b/origin.md"), "b/topic.md")
        XCTAssertEqual(resolved(index, "topic", from: "a/origin.md"), "a/topic.md")
        XCTAssertEqual(index.resolve("topic").rung, 1)
    }

    func testRung2CaseInsensitiveStemTitleOrAlias() {
        let index = vault(["x/mrbeast.md", "t.md", "a.md"], titles: ["t.md": "The Role of Trust"], aliases: ["a.md": ["Faith"]])
        XCTAssertEqual(resolved(index, "MrBeast"), "x/mrbeast.md")
        XCTAssertEqual(resolved(index, "the role of TRUST"), "t.md")
        XCTAssertEqual(resolved(index, "faith"), "a.md")
        XCTAssertEqual(index.resolve("MrBeast").rung, 2)
    }

    func testRung3SpacesBecomeUnderscores() {
        let index = vault(["international_collaboration_on_governance_innovation.md"])
        let r = index.resolve("International Collaboration on Governance Innovation")
        XCTAssertEqual(r.rung, 3)
        XCTAssertEqual(r.note, 0)
        XCTAssertEqual(resolved(index, "International   Collaboration on  Governance Innovation"),
                       "international_collaboration_on_governance_innovation.md")
    }

    /// Names are matched as Swift compares text: an accent typed as one character or as a letter
    /// and a combining mark is the same name (the tables key names by a hash that keeps this).
    func testCanonicallyEquivalentSpellingsAreOneName() {
        let index = vault(["caf\u{E9}.md", "notes/r\u{E9}sum\u{E9}.md"], titles: ["notes/r\u{E9}sum\u{E9}.md": "R\u{E9}sum\u{E9} Tips"])
        XCTAssertEqual(index.resolve("cafe\u{301}").rung, 1)
        XCTAssertEqual(resolved(index, "CAFE\u{301}"), "caf\u{E9}.md")
        XCTAssertEqual(resolved(index, "re\u{301}sume\u{301} tips"), "notes/r\u{E9}sum\u{E9}.md")
        XCTAssertNil(index.resolve("cafe").note)
        // The Kelvin sign's canonical form is the letter K: Swift takes the two names as equal, and so
        // does the ladder, on the stem's rung and on the folded one.
        let kelvin = vault(["Kelvin.md"])
        XCTAssertEqual(kelvin.resolve("\u{212A}elvin").rung, 1)
        XCTAssertEqual(kelvin.resolve("\u{212A}ELVIN").rung, 2)
    }

    func testRung4DropsPunctuation() {
        let index = vault(["mrbeast.md", "impact_of_covid19_on_public_governance.md", "whats_new.md"])
        XCTAssertEqual(resolved(index, "@mrbeast"), "mrbeast.md")
        XCTAssertEqual(index.resolve("@mrbeast").rung, 4)
        XCTAssertEqual(resolved(index, "Impact of COVID-19 on Public Governance"), "impact_of_covid19_on_public_governance.md")
        XCTAssertEqual(resolved(index, "What's New?"), "whats_new.md")
    }

    func testEarlierRungWins() {
        let index = vault(["Topic.md", "deep/folder/topic.md"])
        XCTAssertEqual(resolved(index, "topic"), "deep/folder/topic.md", "rung 1 exact stem beats rung 2")
        XCTAssertEqual(resolved(index, "Topic"), "Topic.md")
    }

    func testTiesShortestPathThenAlphabetical() {
        let index = vault(["zz/long/name.md", "b/name.md", "a/name.md", "elsewhere/x.md"])
        let r = index.resolve("name", from: index.note(atRelativePath: "elsewhere/x.md"))
        XCTAssertTrue(r.isAmbiguous)
        XCTAssertEqual(r.candidates.map { index.notes[$0].relativePath }, ["a/name.md", "b/name.md", "zz/long/name.md"])
        // A note whose title and alias fold to the same key is one candidate, not two.
        let folded = vault(["x.md", "y.md", "z.md"], titles: ["x.md": "Topic", "y.md": "TOPIC"], aliases: ["x.md": ["topic"], "z.md": ["ToPiC"]])
        XCTAssertEqual(folded.resolve("tOPIC").candidates.map { folded.notes[$0].relativePath }, ["x.md", "y.md", "z.md"])
    }

    func testUnresolvedAndEmpty() {
        let index = vault(["a.md"])
        XCTAssertEqual(index.resolve("nothing like it"), .unresolved)
        XCTAssertEqual(index.resolve("   "), .unresolved)
        XCTAssertEqual(index.resolve("!!!"), .unresolved)
    }

    func testPathsAndExtensions() {
        let index = vault(["folder/note.md", "other/note.md"])
        XCTAssertEqual(resolved(index, "other/note"), "other/note.md")
        XCTAssertEqual(resolved(index, "folder/note.md"), "folder/note.md")
        XCTAssertEqual(resolved(index, "note.md", from: "other/note.md"), "other/note.md")
        XCTAssertEqual(resolved(index, "/folder/note"), "folder/note.md", "a leading slash names the vault's top")
        XCTAssertNil(resolved(index, "elsewhere/note"), "a folder that does not hold the note")
    }

    func testIndexSummarizesLinksAndTimestamps() {
        let vault = TestVault([
            "n.md": TestVault.note(title: "N", body: """
            From: [[chan]] <br/>
            Text [[a | A]] and [[b#H]] and [[https://x.org | web]] <a class="yt-timestamp" data-t="1">[1]</a>
            ```
            [[not_a_link_in_code]]
            ```
            """),
        ])
        let note = vault.index.notes[0]
        XCTAssertEqual(note.links.map(\.target), ["chan", "a", "b"])
        XCTAssertEqual(note.timestampCount, 1)
        XCTAssertEqual(note.title, "N")
        XCTAssertEqual(note.videoID, "AaZxjsIoXE0")
    }
}

final class LinkGraphTests: XCTestCase {
    private let vault = TestVault([
        "a.md": TestVault.note(title: "A", body: "To [[b]] and [[B | again]]. Also [[Missing Thing]] here."),
        "sub/b.md": TestVault.note(title: "B", body: "Back to [[a]]. See [[missing_thing | it]] too."),
        "c.md": TestVault.note(title: "Missing Things", body: "No links."),
        "d.md": TestVault.note(title: "D", body: "[[International Collaboration]] and [[@b]]"),
    ])

    func testBacklinksThroughEveryRung() {
        let graph = LinkGraph(index: vault.index)
        let b = vault.index.note(atRelativePath: "sub/b.md")!
        let from = graph.backlinks[b].map { vault.index.notes[$0.from].relativePath }
        XCTAssertEqual(from, ["a.md", "a.md", "d.md"], "exact stem, case-folded, and punctuation dropped all count")
    }

    /// Thousands of notes (several chunks resolved on different cores): every edge is where resolving
    /// its link one at a time puts it, in the order of the linking notes and their links.
    func testTheGraphAgreesWithResolvingEachLink() {
        var generator = SystemRandomNumberGenerator()
        let count = 3000
        let names = (0..<count).map { "note_\($0 % 2700)" }
        let targets = names.prefix(400) + ["Note 17", "NOTE_42", "note-99!", "nowhere \(1)", "Nowhere 1", "sub/note_5"]
        let notes = (0..<count).map { i in
            VaultNote(relativePath: (i % 7 == 0 ? "sub/" : "") + names[i] + (i >= 2700 ? "_\(i).md" : ".md"),
                      title: i % 5 == 0 ? "Title \(i)" : nil,
                      links: (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                          Wikilink(target: targets.randomElement(using: &generator) ?? "x")
                      })
        }
        let index = VaultIndex(root: "/nonexistent", notes: notes)
        let graph = LinkGraph(index: index)
        var expected = [[LinkGraph.Edge]](repeating: [], count: count)
        var missing: [String: [LinkGraph.Edge]] = [:]
        for (from, note) in notes.enumerated() {
            for (ordinal, link) in note.links.enumerated() {
                if let to = index.resolve(link.target, from: from).note {
                    expected[to].append(LinkGraph.Edge(from: from, link: ordinal))
                } else {
                    missing[LinkKey.stripped(link.target), default: []].append(LinkGraph.Edge(from: from, link: ordinal))
                }
            }
        }
        XCTAssertEqual(graph.backlinks.map { Array($0) }, expected)
        XCTAssertEqual(graph.missing, missing)
        XCTAssertEqual(graph.links(toMissing: "Nowhere (1)"), missing["nowhere_1"])
    }

    /// The link graph looks plain ASCII targets up from their bytes: it finds what the String path
    /// finds, on the same rung, and a missing target's stripped key — snake_case targets that match a
    /// spaced title only on the normalised rung included.
    func testByteLookupAgreesWithTheStringPath() {
        let names = ["foo bar", "Foo_Bar", "baz", "Qux Quux!", "a-b c", "x  y", "Mixed Case Title", "dup", "Dup", "café au lait"]
        let notes = names.enumerated().map { i, name in
            VaultNote(relativePath: "n\(i).md", title: name, aliases: i == 3 ? ["alias one"] : [])
        } + [VaultNote(relativePath: "sub/dup.md"), VaultNote(relativePath: "sub/foo_bar.md")]
        let index = VaultIndex(root: "/nonexistent", notes: notes)
        let tables = index.tables
        let pieces = ["foo", "bar", "Foo", "BAR", "_", " ", "  ", "\t", "!", "-", "baz", "qux", "quux", "alias", "one", "dup", "x", "y",
                      "mixed", "case", "title", ".", "/", "sub", "n0", ".md", "é", "a", "b", "c"]
        var generator = SystemRandomNumberGenerator()
        var fast = 0
        for round in 0..<6000 {
            let target = (0..<(round % 5 + 1)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let key = NameKey(target)
            var bytes = target
            let byBytes = bytes.withUTF8 { index.hits(forASCII: $0, key: key, in: tables) }
            guard let byBytes else { continue }
            fast += 1
            let byString = index.hits(for: target, key: key, in: tables)
            XCTAssertEqual(byBytes.hits.notes, byString.hits.notes, target)
            XCTAssertEqual(byBytes.rung, byString.rung, target)
            XCTAssertEqual(byBytes.stripped, byBytes.hits.notes.isEmpty ? LinkKey.key(target, .stripped) : nil, target)
        }
        XCTAssertGreaterThan(fast, 2000, "most targets take the byte path")
        for target in ["foo_bar", "Foo Bar", "qux_quux", "alias_one", "x y", "x_y", "DUP"] {
            var bytes = target
            let found = bytes.withUTF8 { index.hits(forASCII: $0, key: NameKey(target), in: tables) }
            XCTAssertFalse(found?.hits.notes.isEmpty ?? true, target)
            XCTAssertEqual(found?.rung, index.hits(for: target, in: tables).rung, target)
        }
        for target in [" foo", "foo ", "\tfoo", "a.md", "sub/dup", "café", ""] {
            var bytes = target
            XCTAssertNil(bytes.withUTF8 { index.hits(forASCII: $0, key: NameKey(target), in: tables) }, target)
        }
    }

    func testMissingNamesGroupSpellings() {
        let graph = LinkGraph(index: vault.index)
        let edges = graph.links(toMissing: "Missing Thing")
        XCTAssertEqual(edges.map { vault.index.notes[$0.from].relativePath }, ["a.md", "sub/b.md"])
        XCTAssertEqual(graph.missingByCount.first?.name, "Missing Thing")
        XCTAssertEqual(graph.missingByCount.first?.count, 2)
    }

    func testMissingNotePageListsLinksSentencesAndSuggestions() {
        let graph = LinkGraph(index: vault.index)
        let page = MissingNotePage.make(name: "missing_thing", index: vault.index, graph: graph, read: vault.note(at:))
        XCTAssertEqual(page.title, "missing_thing")
        XCTAssertEqual(page.path, "")
        let text = page.document.blocks.map { block -> String in
            switch block {
            case let .paragraph(inlines), let .heading(_, inlines): return inlines.plainText
            case let .list(list): return list.items.map { $0.blocks.map { if case let .paragraph(p) = $0 { return p.plainText }; return "" }.joined() }.joined(separator: "\n")
            default: return ""
            }
        }
        XCTAssertEqual(text[1], "Linked from 2 notes")
        XCTAssertEqual(text[2], "A: Also Missing Thing here.\nB: See it too.")
        XCTAssertEqual(text[3], "Did you mean")
        XCTAssertTrue(text[4].hasPrefix("Missing Things  (c.md)"), text[4])
    }

    func testSimilarity() {
        XCTAssertEqual(Similarity.score("Moisture Meters", "moisture_meters"), 1)
        XCTAssertGreaterThan(Similarity.score("Missing Thing", "Missing Things"), Similarity.score("Missing Thing", "D"))
    }
}

/// The keys of the ladder, held to their definitions on characters (the ASCII fast paths, and names
/// that are their own key, must come out the same).
final class LinkKeyTests: XCTestCase {
    private func normalized(_ text: String) -> String {
        var result = ""
        var inSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                if !inSpace { result.append("_") }
                inSpace = true
            } else {
                result.append(character)
                inSpace = false
            }
        }
        return result
    }

    func testKeysFollowTheirDefinitions() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "B", "_", " ", "  ", "\t", "-", "!", "1", "é", "É", "日", "snake_case", "Title Case",
                      "ß", "İ", "Ø", "ǅ", "ŉ", "²", "½", "\u{00A0}", "\u{0085}", "\r\n", "\r", "e\u{0301}", "Σ", "¿", "µ"]
        for _ in 0..<2000 {
            let name = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            XCTAssertEqual(LinkKey.folded(name), name.lowercased(), name)
            XCTAssertEqual(LinkKey.normalized(name), normalized(name), name)
            let kept = String(name.filter { $0.isLetter || $0.isNumber || $0 == "_" || $0.isWhitespace })
            XCTAssertEqual(LinkKey.stripped(name), normalized(kept), name)
            // Keys made without a String are the keys of these Strings.
            for (rung, text) in [(LinkKey.Rung.folded, LinkKey.folded(name)), (.normalized, LinkKey.normalized(name)), (.stripped, LinkKey.stripped(name))] {
                XCTAssertEqual(LinkKey.key(name, rung), text.isEmpty ? nil : NameKey(text), name)
            }
            // All three at once (a rung that changes nothing more shares the key before it) are the same keys.
            let all = LinkKey.keys(name)
            XCTAssertEqual(all.folded, LinkKey.key(name, .folded), name)
            XCTAssertEqual(all.normalized, LinkKey.key(name, .normalized), name)
            XCTAssertEqual(all.stripped, LinkKey.key(name, .stripped), name)
        }
    }

    /// Every character the Latin path takes, alone and between letters and spaces.
    func testEveryLatinCharacterFollowsTheDefinitions() {
        for value in 0..<0x250 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for name in [String(scalar), "A" + String(scalar) + "b", "x " + String(scalar) + " Y", "_\(scalar)\(scalar)_"] {
                XCTAssertEqual(LinkKey.folded(name), name.lowercased(), "U+\(String(value, radix: 16))")
                XCTAssertEqual(LinkKey.normalized(name), normalized(name), "U+\(String(value, radix: 16))")
                let kept = String(name.filter { $0.isLetter || $0.isNumber || $0 == "_" || $0.isWhitespace })
                XCTAssertEqual(LinkKey.stripped(name), normalized(kept), "U+\(String(value, radix: 16))")
            }
        }
    }
}
