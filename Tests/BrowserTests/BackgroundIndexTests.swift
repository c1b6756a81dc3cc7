import Browser
import NoteKit
import NotewalkTestSupport
import XCTest

final class BackgroundIndexTests: XCTestCase {
    func testTheListFillsInAndSortsWhenDone() throws {
        let full = BrowserFixtures.vault.index
        let scan = VaultScanner.Result(notes: full.notes.map(\.relativePath), problems: [])
        var state = BrowserState(vault: VaultIndex(root: full.root, scan: scan), columns: 80, rows: 24)
        state.indexing = (0, full.notes.count)
        XCTAssertEqual(state.list.visible.map { state.vault.notes[$0].title }, ["channel", "second_note", "start", "third_note"],
                       "before reading, notes are listed by file name")
        _ = reduce(&state, .key(.down))
        let cursorNote = state.list.selectedNote
        _ = reduce(&state, .indexed([(3, full.notes[3])]))
        XCTAssertEqual(state.indexing?.done, 1)
        XCTAssertEqual(state.vault.notes[3].title, full.notes[3].title, "titles fill in as chunks arrive")
        let rest = (0..<3).map { (index: $0, note: full.notes[$0]) }
        _ = reduce(&state, .indexed(rest))
        _ = reduce(&state, .indexFinished(full))
        XCTAssertNil(state.indexing)
        XCTAssertEqual(state.list.visible.map { state.vault.notes[$0].title }, ["channel", "Second note", "Start", "Third note"])
        XCTAssertEqual(state.list.selectedNote, cursorNote, "the cursor stays on the same note")
        XCTAssertEqual(state.vault.resolve("Third Note").note, full.resolve("Third Note").note, "links resolve with the full index")
    }

    /// While the first index runs, the switcher keeps the names it had when the scan came in (they are
    /// not rebuilt for every chunk); it marks matched letters only in a title it matched as shown.
    func testTheSwitcherKeepsItsNamesWhileTheIndexRuns() throws {
        let full = BrowserFixtures.vault.index
        var live = VaultIndex(root: full.root, scan: VaultScanner.Result(notes: full.notes.map(\.relativePath), problems: []))
        live.prepareScanned()
        let second = try XCTUnwrap(full.note(atRelativePath: "second_note.md"))
        live.update([(second, full.notes[second])], whileIndexing: true)
        let during = Switcher.rows(for: "second", in: live).rows
        XCTAssertEqual(during.map(\.text), ["Second note"], "the title read so far is shown")
        XCTAssertEqual(during.first?.highlights, [], "the letters were matched in the file name, not in the title shown")
        live.update([])
        XCTAssertEqual(Switcher.rows(for: "second", in: live).rows.first?.highlights, [0, 1, 2, 3, 4, 5])
    }

    /// While the first index runs, link lookups built once are kept for a while instead of being
    /// rebuilt after every chunk (on the interface's thread): they may lack titles read since, never
    /// answer with a wrong note, and are rebuilt once an eighth of the notes have been read.
    func testLinkLookupsAreKeptForAWhileAsTheIndexRuns() throws {
        let count = 16
        let paths = (0..<count).map { "note_\($0).md" }
        var live = VaultIndex(root: "/v", scan: VaultScanner.Result(notes: paths, problems: []))
        XCTAssertEqual(live.resolve("note_5").note, 5)
        live.update([(3, VaultNote(relativePath: paths[3], title: "Special Title"))], whileIndexing: true)
        XCTAssertNil(live.resolve("Special Title").note, "the lookups built before this chunk are kept")
        XCTAssertEqual(live.resolve("note_3").note, 3, "a kept lookup still finds the note by its stem")
        live.update([(4, VaultNote(relativePath: paths[4], title: "Other Title"))], whileIndexing: true)
        XCTAssertEqual(live.resolve("Special Title").note, 3, "rebuilt once an eighth of the notes are read")
        XCTAssertEqual(live.resolve("other title").note, 4)
        live.update([(5, VaultNote(relativePath: paths[5], title: "Third Title"))])
        XCTAssertEqual(live.resolve("Third Title").note, 5, "outside the first index, every update brings fresh lookups")
    }

    /// A switcher left open while the index finishes shows the titles then, without another key.
    func testAnOpenSwitcherIsRankedAgainWhenTheIndexIsDone() throws {
        let full = BrowserFixtures.vault.index
        var state = BrowserState(vault: VaultIndex(root: full.root, scan: VaultScanner.Result(notes: full.notes.map(\.relativePath), problems: [])),
                                 columns: 80, rows: 24)
        state.indexing = (0, full.notes.count)
        _ = reduce(&state, .key(.ctrl("p")))
        for key in "third" { _ = reduce(&state, .key(.char(key))) }
        guard case let .picker(before)? = state.overlay else { return XCTFail("no switcher") }
        XCTAssertEqual(before.rows.map(\.text), ["third_note"])
        _ = reduce(&state, .indexFinished(full))
        guard case let .picker(after)? = state.overlay else { return XCTFail("the switcher closed") }
        XCTAssertEqual(after.rows.map(\.text), ["Third note"])
        XCTAssertEqual(after.query, "third")
    }

    func testAnOpenNoteResolvesItsLinksWhenTheIndexIsDone() throws {
        var driver = Driver.unread(titleVault)
        driver.open("a.md")
        func unresolved() -> [String] {
            driver.state.page!.rendered.items.compactMap { item in
                if case let .wikilink(link, false) = item.kind { return link.target }
                return nil
            }
        }
        XCTAssertEqual(unresolved(), [], "while notes are read, no link is called unresolved")
        driver.finishIndex()
        XCTAssertEqual(unresolved(), ["Nowhere"], "then the title link resolves and only the missing one is marked")
    }
}

/// Two notes, one linking to the other by its title only.
private let titleVault = TestVault([
    "a.md": TestVault.note(title: "A", body: "See [[Pretty Title]] and [[Nowhere]]."),
    "b.md": TestVault.note(title: "Pretty Title", body: "Here."),
])

extension Driver {
    /// A driver whose vault is scanned but not read yet, as at start-up.
    static func unread(_ vault: TestVault) -> Driver {
        var driver = Driver(vault)
        driver.state.vault = VaultIndex(root: vault.index.root,
                                        scan: VaultScanner.Result(notes: vault.index.notes.map(\.relativePath), problems: []))
        driver.state.indexing = (0, vault.index.notes.count)
        return driver
    }

    /// Delivers every note as the background index would, then says it is done.
    mutating func finishIndex() {
        send(.indexed(vault.index.notes.indices.map { ($0, vault.index.notes[$0]) }))
        send(.indexFinished(state.vault))
    }
}

final class DeferredCommandTests: XCTestCase {
    func testBacklinksWaitForTheIndex() throws {
        var driver = Driver.unread(titleVault)
        driver.open("b.md")
        driver.press(.char("B"))
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.status?.text, "Reading notes (0%)… this shows when every note is read")
        driver.send(.indexed(driver.vault.index.notes.indices.map { ($0, driver.vault.index.notes[$0]) }))
        driver.press(.char("B"))
        XCTAssertEqual(driver.state.status?.text, "Linking the notes… this shows in a moment", "every note read, links not yet")
        driver.finishIndex()
        guard case let .picker(picker)? = driver.state.overlay else { return XCTFail("backlinks did not open") }
        XCTAssertEqual(picker.rows.map(\.text), ["A"])
    }

    func testFollowingALinkNotYetResolvedWaits() {
        var driver = Driver.unread(titleVault)
        driver.open("a.md")
        driver.press(.tab, .tab, .enter)
        XCTAssertEqual(driver.title, "A", "not a missing-note page for a note that exists")
        driver.finishIndex()
        XCTAssertEqual(driver.title, "Pretty Title")
    }
}

final class NoteFirstTests: XCTestCase {
    /// Started on a note: the note shows before the vault is even scanned; links look like links
    /// until every note is read, then the unresolved ones change.
    func testTheNoteShowsBeforeTheScan() throws {
        let vault = BrowserFixtures.vault
        var state = BrowserState(vault: VaultIndex(root: vault.index.root, notes: []), columns: 80, rows: 24)
        state.indexing = (0, 0)
        var effects = reduce(&state, .visit(path: vault.path("start.md")))
        guard case let .load(request)? = effects.first, let note = vault.note(atPath: vault.path("start.md")) else {
            return XCTFail("no load")
        }
        effects = reduce(&state, .loaded(request, note))
        let page = try XCTUnwrap(state.page)
        XCTAssertEqual(page.title, "Start")
        XCTAssertNil(page.noteIndex)
        XCTAssertFalse(page.rendered.items.contains { if case .wikilink(_, false) = $0.kind { return true }; return false },
                       "nothing is called unresolved before the vault is read")
        let scan = VaultScanner.Result(notes: vault.index.notes.map(\.relativePath), problems: [])
        _ = reduce(&state, .scanned(VaultIndex(root: vault.index.root, scan: scan)))
        XCTAssertEqual(state.page?.noteIndex, vault.index.note(atRelativePath: "start.md"))
        XCTAssertEqual(state.indexing?.total, 4)
        XCTAssertEqual(state.list.visible.count, 4)
        _ = reduce(&state, .indexed(vault.index.notes.indices.map { ($0, vault.index.notes[$0]) }))
        _ = reduce(&state, .indexFinished(state.vault))
        let unresolved = state.page!.rendered.items.compactMap { item -> String? in
            if case let .wikilink(link, false) = item.kind { return link.target }
            return nil
        }
        XCTAssertEqual(unresolved, ["missing_note"], "after the index, the missing link is shown as missing")
    }
}

/// Files changed on disk while the browser runs.
final class VaultChangeTests: XCTestCase {
    private let vault = TestVault([
        "a.md": TestVault.note(title: "Alpha", body: (1...80).map { "Line \($0) of alpha, see [[b]]." }.joined(separator: "\n\n")),
        "b.md": TestVault.note(title: "Beta", body: "Back to [[a]]."),
    ])

    func testChangesWaitForTheIndexThenRefreshOnce() {
        var state = BrowserState(vault: vault.index, columns: 80, rows: 24)
        state.indexing = (0, 2)
        XCTAssertEqual(reduce(&state, .filesChanged(["a.md"])), [])
        XCTAssertEqual(reduce(&state, .filesChanged(["c.md"])), [])
        XCTAssertEqual(reduce(&state, .indexFinished(vault.index)), [.refreshVault(changed: ["a.md", "c.md"])])
        XCTAssertEqual(reduce(&state, .filesChanged(["b.md"])), [.refreshVault(changed: ["b.md"])])
    }

    func testTheNoteOnScreenIsReadAgainWhereItWas() throws {
        var driver = Driver(vault)
        driver.open("a.md")
        driver.press(.char(" "), .char(" "))
        let page = try XCTUnwrap(driver.state.page)
        XCTAssertGreaterThan(page.scroll, 0)
        let version = driver.state.indexVersion
        let grown = TestVault(vault.files.merging(["c.md": TestVault.note(title: "Gamma", body: "")]) { $1 })
        let effects = reduce(&driver.state, .vaultRefreshed(grown.index, changed: ["a.md"]))
        XCTAssertEqual(effects, [.load(LoadRequest(location: page.location, transition: .replace,
                                                   anchor: page.anchor(at: page.scroll), selection: page.selection))])
        XCTAssertEqual(driver.state.status?.text, "a.md changed on disk and was read again")
        XCTAssertEqual(driver.state.indexVersion, version + 1, "links are resolved again")
        XCTAssertEqual(driver.state.list.all.count, 3)
        XCTAssertEqual(driver.state.history.back.count, 1, "a reload is not a visit")

        let shrunk = TestVault(["b.md": vault.files["b.md"] ?? ""])
        XCTAssertEqual(reduce(&driver.state, .vaultRefreshed(shrunk.index, changed: ["a.md"])), [])
        XCTAssertEqual(driver.state.status?.text, "a.md was removed from the vault; this is the last version read")
        XCTAssertEqual(driver.state.page?.title, "Alpha", "the note stays on screen")
    }

    func testTheListKeepsItsFilterAndTheNoteUnderTheCursor() {
        var state = BrowserState(vault: vault.index, columns: 80, rows: 24)
        state.list.cursor = 1
        let selected = state.list.selectedNote.map { vault.index.notes[$0].relativePath }
        let grown = TestVault(vault.files.merging(["0.md": TestVault.note(title: "Aardvark", body: "")]) { $1 })
        _ = reduce(&state, .vaultRefreshed(grown.index, changed: ["0.md"]))
        XCTAssertEqual(state.list.selectedNote.map { grown.index.notes[$0].relativePath }, selected)
        XCTAssertEqual(state.list.all.count, 3)
    }
}
