import Browser
import NoteKit
import NotewalkTestSupport
import XCTest

final class VaultSearchTests: XCTestCase {
    private let vault = TestVault([
        "a.md": TestVault.note(title: "Alpha", body: "Trust is built slowly.\n\nThe Straße of [[trust_note | public trust]] <a class=\"yt-timestamp\" data-t=\"1\">[00:00:01]</a>."),
        "b.md": TestVault.note(title: "Beta", body: "## Trust Matters\n\n- **Trust** again\nlast line says strasse"),
        "c.md": "---\ntitle: Gamma trust\n---\nNothing here.",
    ])

    private func search(_ query: String) -> [VaultSearch.Result] {
        vault.index.notes.indices.compactMap { i in
            let note = vault.index.notes[i]
            return VaultSearch.search(TextSearch(VaultSearch.phrase(query)),
                                      in: NoteFile(path: note.relativePath, text: vault.files[note.relativePath]!), note: i)
        }
    }

    func testSmartCaseAndNotFrontMatter() {
        XCTAssertEqual(search("trust").map(\.count), [2, 2], "front matter (Gamma's title) and link targets are not searched")
        XCTAssertEqual(search("Trust").map(\.count), [1, 2])
    }

    func testPhrasesFoldingAndTheLastLine() {
        XCTAssertEqual(search("\"public trust\"").map(\.note), [0], "a phrase, quotes optional")
        XCTAssertEqual(search("public trust").first?.text, "The Straße of public trust [00:00:01].", "wikilinks read as their text, tags dropped")
        let strasse = search("STRASSE")
        XCTAssertEqual(strasse.count, 0, "upper case makes case matter")
        let folded = search("strasse")
        XCTAssertEqual(folded.map(\.note), [0, 1], "ß folds to ss")
        XCTAssertEqual(folded[1].line, 9, "a hit on the last line of the file, by file line number")
        XCTAssertEqual(folded[1].text, "last line says strasse")
        XCTAssertEqual(search("markup class").count, 0)
        XCTAssertEqual(search("yt-timestamp").count, 0, "tag markup is not text")
    }

    func testReadableLines() {
        XCTAssertEqual(VaultSearch.readable("### [Video Title](https://x.y/z?v=1)"), "Video Title")
        XCTAssertEqual(VaultSearch.readable("*   **Bold** point [[a_b | alias]] and [[Plain]]"), "Bold point alias and Plain")
    }

    func testPickerStreamsOpensAtTheHitAndCancels() throws {
        var driver = Driver(vault)
        driver.press(.char("s"), .char("t"))
        XCTAssertEqual(driver.lastEffect, .cancelSearch, "one letter is too few to search")
        driver.press(.char("r"), .char("u"), .char("s"), .char("t"))
        guard case let .picker(picker)? = driver.state.overlay else { return XCTFail("no picker") }
        XCTAssertEqual(picker.kind, .search)
        XCTAssertFalse(picker.isRunning)
        XCTAssertEqual(picker.title, "“trust”: 4 hits in 2 of 3 notes")
        driver.press(.escape, .char("s"), .char("s"), .char("l"), .char("o"), .char("w"), .char("l"), .char("y"))
        guard case let .picker(one)? = driver.state.overlay else { return XCTFail("no picker") }
        XCTAssertEqual(one.title, "“slowly”: 1 hit in 1 of 3 notes")
        driver.press(.escape, .char("s"), .char("t"), .char("r"), .char("u"), .char("s"), .char("t"))
        XCTAssertEqual(picker.rows.map(\.text), ["Alpha  (2 hits)", "Beta  (2 hits)"])
        XCTAssertEqual(picker.rows[1].detail, "6: Trust Matters")
        driver.press(.down, .enter)
        let page = try XCTUnwrap(driver.state.page)
        XCTAssertEqual(page.title, "Beta")
        let search = try XCTUnwrap(page.search)
        XCTAssertEqual(search.query, "trust")
        XCTAssertEqual(search.hits.count, 2)
        XCTAssertEqual(search.current, 0, "the first hit is current and highlighted")
    }

    /// A search can run before the index has read a note (its title is then its file name): each
    /// result brings the title from the file it searched, and the list shows that.
    func testResultsBringTheirNotesTitles() {
        XCTAssertEqual(search("trust").map(\.title), ["Alpha", "Beta"])
        var driver = Driver(vault)
        driver.press(.char("s"), .char("t"), .char("r"), .char("u"))
        guard case let .picker(started)? = driver.state.overlay else { return XCTFail("no picker") }
        driver.send(.searchFound(generation: started.generation,
                                 [VaultSearch.Result(note: 2, count: 1, line: 1, text: "x", ranges: [], title: "Title read from the file")]))
        guard case let .picker(picker)? = driver.state.overlay else { return XCTFail("no picker") }
        XCTAssertTrue(picker.rows.contains { $0.text == "Title read from the file" }, "\(picker.rows.map(\.text))")
    }

    func testStaleResultsAreIgnored() {
        var driver = Driver(vault)
        driver.press(.char("s"), .char("t"), .char("r"))
        driver.send(.searchFound(generation: 1, [VaultSearch.Result(note: 2, count: 1, line: 1, text: "x", ranges: [])]))
        guard case let .picker(picker)? = driver.state.overlay else { return XCTFail("no picker") }
        XCTAssertEqual(picker.generation, 2)
        XCTAssertFalse(picker.rows.contains { $0.text == "Gamma trust" }, "results of an older query are dropped")
        driver.press(.escape)
        XCTAssertNil(driver.state.overlay)
    }

    func testExcerptKeepsTheHitInView() {
        let text = String(repeating: "word ", count: 20) + "needle here"
        let (excerpt, hits) = Browser.excerpt(text, around: [100..<106])
        XCTAssertTrue(excerpt.hasPrefix("…"))
        XCTAssertEqual(String(Array(excerpt)[hits[0]..<(hits[0] + 6)]), "needle")
    }
}

final class VaultSearchNarrowingTests: XCTestCase {
    private let vault = TestVault(Dictionary(uniqueKeysWithValues: (0..<30).map { i in
        ("n\(i).md", TestVault.note(title: "Note \(i)", body: ["Public trust grows.", "Public money.", "Trust falls."][i % 3]))
    }))

    private func rows(_ driver: Driver) throws -> [String] {
        try driver.picker().rows.map(\.text)
    }

    func testAPhraseThatContainsTheLastLooksOnlyAtItsNotes() throws {
        var driver = Driver(vault)
        driver.press(.char("s"))
        for c in "publ" { driver.press(.char(c)) }
        XCTAssertEqual(driver.searchedNotes.map(\.count), [30, 20, 20],
                       "“pu” reads every note, “pub” and “publ” only the 20 that have “pu”")
        XCTAssertEqual(try rows(driver).count, 20)
        for c in "ic t" { driver.press(.char(c)) }
        XCTAssertEqual(driver.searchedNotes.last?.count, 20, "then only the notes that had “publ”")
        XCTAssertEqual(try rows(driver).count, 10)
        var fresh = Driver(vault)
        fresh.press(.char("s"))
        for c in "public t" { fresh.press(.char(c)) }
        XCTAssertEqual(try rows(driver), try rows(fresh), "the same rows as a search of every note")
        guard case let .picker(picker)? = driver.state.overlay else { return XCTFail("no picker") }
        XCTAssertEqual(picker.title, "“public t”: 10 hits in 10 of 30 notes")

        driver.press(.ctrl("u"))
        for c in "tr" { driver.press(.char(c)) }
        XCTAssertEqual(driver.searchedNotes.last?.count, 30, "a phrase that does not contain the last one reads every note")
        for c in "ust" { driver.press(.char(c)) }
        XCTAssertEqual(try rows(driver).count, 20)
    }
}

