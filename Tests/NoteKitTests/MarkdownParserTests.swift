import NoteKit
import XCTest

final class MarkdownParserTests: XCTestCase {
    private func blocks(_ markdown: String, video: Bool = true) -> [Block] {
        MarkdownParser.parse(markdown, bareCitations: video).blocks
    }

    private func inlines(_ markdown: String, video: Bool = true) -> [Inline] {
        guard case let .paragraph(content)? = blocks(markdown, video: video).first else {
            XCTFail("not a paragraph: \(markdown)")
            return []
        }
        return content
    }

    func testHeadingsAndParagraphs() {
        XCTAssertEqual(blocks("## Two\n\ntext\n\n### Three"), [
            .heading(level: 2, content: [.text("Two")]),
            .paragraph([.text("text")]),
            .heading(level: 3, content: [.text("Three")]),
        ])
    }

    func testTimestampAnchorBecomesTimestamp() {
        XCTAssertEqual(inlines(#"fronts <a class="yt-timestamp" data-t="00:21:52">[00:21:52]</a>."#), [
            .text("fronts "), .timestamp(Timestamp(seconds: 1312), label: "[00:21:52]"), .text("."),
        ])
    }

    func testTimestampAnchorUsesDataTNotItsLabel() {
        XCTAssertEqual(inlines(#"<a class="yt-timestamp" data-t="08:07:00">[08:07:07]</a>"#),
                       [.timestamp(Timestamp(seconds: 29220), label: "[08:07:07]")])
    }

    func testTimestampInShortForms() {
        XCTAssertEqual(inlines(#"<a class="yt-timestamp" data-t="06:30">[06:30]</a>"#),
                       [.timestamp(Timestamp(seconds: 390), label: "[06:30]")])
        XCTAssertEqual(inlines(#"<a class="yt-timestamp" data-t="95">x</a>"#),
                       [.timestamp(Timestamp(seconds: 95), label: "x")])
    }

    func testBareCitationsOnlyInNotesWithAVideo() {
        XCTAssertEqual(inlines("said so [00:12:40].", video: true), [
            .text("said so "), .text("["), .timestamp(Timestamp(seconds: 760), label: "00:12:40"), .text("]"), .text("."),
        ])
        XCTAssertEqual(inlines("[00:01:02, 00:01:05]"), [
            .text("["), .timestamp(Timestamp(seconds: 62), label: "00:01:02"), .text(", "),
            .timestamp(Timestamp(seconds: 65), label: "00:01:05"), .text("]"),
        ])
        XCTAssertEqual(inlines("said so [00:12:40].", video: false), [.text("said so [00:12:40].")])
        XCTAssertEqual(inlines("a [note] and [1, 2]"), [.text("a [note] and [1, 2]")])
    }

    func testWikilinkAliasIsTrimmed() {
        XCTAssertEqual(inlines("see [[challenges_in | challenges in]] now"), [
            .text("see "), .wikilink(Wikilink(target: "challenges_in"), content: [.text("challenges in")]), .text(" now"),
        ])
    }

    func testWikilinkWithoutAliasShowsTargetAndHeading() {
        XCTAssertEqual(inlines("[[Note#Part]]"), [.wikilink(Wikilink(target: "Note", heading: "Part"), content: [.text("Note › Part")])])
        XCTAssertEqual(inlines("[[Note]]"), [.wikilink(Wikilink(target: "Note"), content: [.text("Note")])])
    }

    func testExternalWikilinkIsALink() {
        XCTAssertEqual(inlines("[[https://example.org | Example]]"), [.link(url: "https://example.org", content: [.text("Example")])])
    }

    func testLongWikilinkThatMd4cLeavesAsTextIsStillALink() {
        let target = String(repeating: "very_long_target_", count: 8)
        XCTAssertEqual(inlines("a [[\(target) | x]] b"), [
            .text("a "), .wikilink(Wikilink(target: target), content: [.text("x")]), .text(" b"),
        ])
    }

    func testLineBreaksAndOtherTags() {
        XCTAssertEqual(inlines("From: [[chan]] <br/> "), [.text("From: "), .wikilink(Wikilink(target: "chan"), content: [.text("chan")]), .text(" "), .lineBreak])
        XCTAssertEqual(inlines("<span style=\"x\">kept</span> <b>bold</b>"), [.text("kept bold")])
        XCTAssertEqual(inlines(#"<a href="https://x.org">site</a>"#), [.link(url: "https://x.org", content: [.text("site")])])
    }

    func testHTMLBlockIsReadLikeInlineHTML() {
        let parsed = blocks("<div>\n<a class=\"yt-timestamp\" data-t=\"00:00:05\">[00:00:05]</a> hello\n</div>\n")
        XCTAssertEqual(parsed, [.paragraph([.timestamp(Timestamp(seconds: 5), label: "[00:00:05]"), .text(" hello")])])
    }

    func testEmphasisCodeAndEntities() {
        XCTAssertEqual(inlines("**b** *i* ~~s~~ `c` &amp; &#x2014; &bogus;"), [
            .strong([.text("b")]), .text(" "), .emphasis([.text("i")]), .text(" "), .strikethrough([.text("s")]),
            .text(" "), .code("c"), .text(" & — &bogus;"),
        ])
    }

    func testNestedListsKeepTheirParagraphs() {
        let parsed = blocks("*   one\n*   two:\n    - inner\n")
        guard case let .list(list)? = parsed.first else { return XCTFail("\(parsed)") }
        XCTAssertFalse(list.ordered)
        XCTAssertEqual(list.items.count, 2)
        XCTAssertEqual(list.items[1].blocks.count, 2, "the text and the nested list, once each")
        XCTAssertEqual(list.items[1].blocks[0], .paragraph([.text("two:")]))
    }

    func testOrderedListStartAndTasks() {
        guard case let .list(list)? = blocks("3. a\n4. b").first else { return XCTFail() }
        XCTAssertTrue(list.ordered)
        XCTAssertEqual(list.start, 3)
        guard case let .list(tasks)? = blocks("- [ ] todo\n- [x] done").first else { return XCTFail() }
        XCTAssertEqual(tasks.items.map(\.task), [false, true])
    }

    func testQuoteCodeRuleAndTable() {
        let parsed = blocks("> quoted\n\n```swift\nlet x = 1\n```\n\n---\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n")
        XCTAssertEqual(parsed[0], .quote([.paragraph([.text("quoted")])]))
        XCTAssertEqual(parsed[1], .code(language: "swift", text: "let x = 1"))
        XCTAssertEqual(parsed[2], .rule)
        XCTAssertEqual(parsed[3], .table(Table(alignments: [.left, .right], header: [[.text("a")], [.text("b")]],
                                               rows: [[[.text("1")], [.text("2")]]])))
    }

    func testChannelIndexHeadingsHoldLinks() {
        let parsed = blocks("### [Innovation Playbook](https://www.youtube.com/watch?v=MymoO7zOk24)\n- [[innovation_strategies | Innovation strategies]]\n")
        XCTAssertEqual(parsed[0], .heading(level: 3, content: [
            .link(url: "https://www.youtube.com/watch?v=MymoO7zOk24", content: [.text("Innovation Playbook")]),
        ]))
    }

    func testOutlineAndHeadingLookup() {
        let document = MarkdownParser.parse("## Challenges to Cross-Border Innovation\n\ntext\n\n### Cultural Differences\n")
        let outline = Outline.entries(of: document)
        XCTAssertEqual(outline.map(\.title), ["Challenges to Cross-Border Innovation", "Cultural Differences"])
        XCTAssertEqual(outline.map(\.level), [2, 3])
        XCTAssertEqual(outline.map(\.blockIndex), [0, 2])
        XCTAssertEqual(Outline.find("cultural differences", in: outline)?.blockIndex, 2)
        XCTAssertEqual(Outline.find("Challenges to Cross Border Innovation", in: outline)?.blockIndex, 0)
        XCTAssertNil(Outline.find("Missing", in: outline))
    }

    func testControlCharactersNeverSurvive() {
        let file = NoteFile.decode(Array("a\u{1B}[31mred\u{07}\u{9B}2J\r\nb".utf8), path: "/x.md")
        XCTAssertEqual(file.text, "a[31mred2J\nb")
        XCTAssertFalse(file.hadInvalidUTF8)
    }

    func testInvalidUTF8BecomesReplacementCharacters() {
        let file = NoteFile.decode([0x61, 0xFF, 0xFE, 0x62], path: "/x.md")
        XCTAssertEqual(file.text, "a\u{FFFD}\u{FFFD}b")
        XCTAssertTrue(file.hadInvalidUTF8)
        XCTAssertTrue(Note.parse(file).problems.contains { $0.contains("invalid UTF-8") })
    }

    func testCitationsFindTheirSentence() {
        let document = MarkdownParser.parse(#"First claim here <a class="yt-timestamp" data-t="00:00:10">[00:00:10]</a> <a class="yt-timestamp" data-t="00:00:12">[00:00:12]</a>. Second **claim** <a class="yt-timestamp" data-t="00:00:20">[00:00:20]</a>."#)
        let citations = Citations.extract(document)
        XCTAssertEqual(citations.map(\.timestamp.seconds), [10, 12, 20])
        XCTAssertEqual(citations[0].sentence, "First claim here.")
        XCTAssertEqual(citations[1].sentence, "First claim here.")
        XCTAssertEqual(citations[2].sentence, "Second claim.")
    }

    func testCitationSentencesCloseTheGapsCitationsLeave() {
        let document = MarkdownParser.parse("Twice radial [00:05:12], which is why boards stay flat [00:05:40, 00:05:58]. Next.",
                                            bareCitations: true)
        XCTAssertEqual(Citations.extract(document).map(\.sentence), [
            "Twice radial", "Twice radial, which is why boards stay flat.", "Twice radial, which is why boards stay flat.",
        ])
    }
}
