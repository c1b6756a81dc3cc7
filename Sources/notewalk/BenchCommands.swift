import ArgumentParser
import Browser
import Foundation
import Layout
import NoteKit

/// `notewalk bench …`: timings measured inside the process, for `scripts/bench` (not shown in help).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Internal timings for scripts/bench.", shouldDisplay: false,
        subcommands: [BenchIndex.self, BenchSwitcher.self, BenchKeys.self, BenchStartup.self])
}

/// Milliseconds taken by `body`, median of `runs`.
func medianMilliseconds(runs: Int, _ body: () -> Void) -> Double {
    var samples: [Double] = []
    for _ in 0..<max(1, runs) {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return samples.sorted()[samples.count / 2]
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Full index: every note read, links resolved into backlinks, citations counted.
struct BenchIndex: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index")
    @Argument var vault: String
    @Option(help: "Index this many times in a row and report the fastest of each phase (for comparing builds).")
    var times: Int = 1
    @Flag(help: "Print each round's phases as well.")
    var eachRound = false

    func run() throws {
        guard let root = FileSystem.realPath(vault) else { fail("\(vault): no such folder") }
        func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
        /// CPU time all threads have spent so far: in the program, in the kernel.
        func cpu() -> (user: UInt64, system: UInt64) {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            func ns(_ t: timeval) -> UInt64 { UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_usec) * 1000 }
            return (ns(usage.ru_utime), ns(usage.ru_stime))
        }
        var phases = [UInt64](repeating: .max, count: 3)
        var index = VaultIndex(root: root, notes: [])
        var graph: LinkGraph?
        for _ in 0..<max(1, times) {
            // The previous round's index is freed before the clock starts.
            index = VaultIndex(root: root, notes: [])
            graph = nil
            let start = now(), cpuStart = cpu()
            // As `notewalk check` and a browser started on a note do it: one core reads notes while
            // another walks the folders.
            let early = EarlyReader(root: root)
            do { index = VaultIndex(root: root, scan: try early.scan()) } catch { fail(error.description) }
            let scanned = now(), cpuScanned = cpu()
            index.fill(VaultIndex.readAll(index, early: early.finish()))
            let read = now(), cpuRead = cpu()
            // The lookup tables and the graph, as `prepare` builds them: the graph builds the tables.
            graph = LinkGraph(index: index)
            let end = now(), cpuEnd = cpu()
            let took = [scanned - start, read - scanned, end - read]
            for (i, ns) in took.enumerated() { phases[i] = min(phases[i], ns) }
            if eachRound {
                // Wall time of each phase, then the CPU time all threads spent in it, in the program and in the kernel.
                let marks = [cpuStart, cpuScanned, cpuRead, cpuEnd]
                let user = (0..<3).map { marks[$0 + 1].user - marks[$0].user }
                let system = (0..<3).map { marks[$0 + 1].system - marks[$0].system }
                func text(_ values: [UInt64]) -> String { values.map { String(format: "%.1f", Double($0) / 1e6) }.joined(separator: " ") }
                print("round_ms \(text(took)) user_ms \(text(user)) system_ms \(text(system))")
            }
        }
        guard let graph else { return }
        let seconds = Double(phases.reduce(0, +)) / 1e9
        func ms(_ phase: Int) -> String { String(format: "%.1f", Double(phases[phase]) / 1e6) }
        print("index_phases_ms scan \(ms(0)) read \(ms(1)) links \(ms(2))")
        let bytes = index.notes.indices.reduce(0) { total, i in
            var info = stat()
            return total + (stat(index.path(of: i), &info) == 0 ? Int(info.st_size) : 0)
        }
        let citations = index.notes.reduce(0) { $0 + $1.timestampCount }
        let backlinks = graph.backlinks.reduce(0) { $0 + $1.count }
        print(String(format: "index_seconds %.3f", seconds))
        print(String(format: "index_mb_per_s %.1f", Double(bytes) / 1_048_576 / seconds))
        print(String(format: "peak_rss_mb %.1f", peakRSSMegabytes()))
        print("vault_mb \(bytes / 1_048_576) notes \(index.notes.count) citations \(citations) backlinks \(backlinks)")
    }
}

/// The switcher's work for each keystroke of a query typed one letter at a time.
struct BenchSwitcher: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "switcher")
    @Argument var vault: String
    @Argument var query: String

    func run() throws {
        let index = loadIndex(vault)
        // As the app does before it hands the index over.
        index.prepare()
        // Typed one letter at a time, as a person does: each keystroke narrows the previous matches.
        var times: [Double] = []
        for _ in 0..<3 {
            var previous: QueryMatches?
            for length in 1...max(1, query.count) {
                let prefix = String(query.prefix(length))
                times.append(medianMilliseconds(runs: 1) { previous = Switcher.rows(for: prefix, in: index, after: previous).matches })
            }
        }
        print(String(format: "switcher_ms_per_key %.2f", times.sorted()[times.count / 2]))
        // While the first index runs: a chunk of notes arrives before each keystroke, as in the app
        // (which builds the names when the scan is in, keeps them while chunks arrive, and matches
        // every note again at each keystroke, as titles change under it).
        var live = VaultIndex(root: index.root, scan: VaultScanner.Result(notes: index.notes.map(\.relativePath), problems: []))
        live.prepareScanned()
        var during: [Double] = []
        for length in 1...max(1, query.count) {
            let chunk = ((length - 1) * 256)..<min(index.notes.count, length * 256)
            live.update(chunk.map { ($0, index.notes[$0]) }, whileIndexing: true)
            let prefix = String(query.prefix(length))
            during.append(medianMilliseconds(runs: 1) { _ = Switcher.rows(for: prefix, in: live) })
        }
        print(String(format: "switcher_ms_per_key_while_indexing %.2f", during.sorted()[during.count / 2]))
        print(String(format: "switcher_ms_worst_key %.2f", times.max() ?? 0))
    }
}

/// Key to frame in the browser for a note: open, scroll, follow a link, back (load, layout, render).
struct BenchKeys: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys")
    @Argument var note: String
    @Option var columns = 120
    @Option var rows = 40

    func run() throws {
        let (index, path) = loadNote(note, vault: nil)
        // As the app does in the background before it hands the index over.
        index.prepare()
        var state = BrowserState(vault: index, columns: columns, rows: rows)
        let cache = NoteCache()
        func send(_ action: Action) {
            var queue = [action]
            while !queue.isEmpty {
                for effect in reduce(&state, queue.removeFirst()) {
                    if case let .load(request) = effect, let path = request.location.path, let note = try? cache.load(path) {
                        queue.append(.loaded(request, note))
                    }
                }
            }
            _ = Renderer.render(state)
        }
        // First times: nothing is cached yet, as when a person opens, follows and goes back once.
        let open = medianMilliseconds(runs: 1) { send(.open(LoadRequest(path: path, transition: .replace))) }
        let scroll = medianMilliseconds(runs: 50) { send(.key(.char("j"))) }
        let page = medianMilliseconds(runs: 20) { send(.key(.char(" "))) }
        send(.key(.char("g")))
        var follow = 0.0, back = 0.0
        let target = state.page?.rendered.items.firstIndex {
            if case .wikilink(_, true) = $0.kind { return true }
            return false
        }
        if let target {
            let before = state.page?.title
            state.page?.selection = target
            follow = medianMilliseconds(runs: 1) { send(.key(.enter)) }
            guard state.page?.title != before else { fail("bench: following the first link did not open another note") }
            back = medianMilliseconds(runs: 1) { send(.key(.char("H"))) }
            guard state.page?.title == before else { fail("bench: back did not return") }
        }
        print(String(format: "open_ms %.2f", open))
        print(String(format: "scroll_ms %.3f", scroll))
        print(String(format: "page_ms %.3f", page))
        print(String(format: "follow_ms %.2f", follow))
        print(String(format: "back_ms %.2f", back))
    }
}

/// What happens before the first frame, step by step.
struct BenchStartup: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "startup")
    @Argument var note: String

    func run() throws {
        let root = VaultLocator.enclosingVault(of: note)
        var scan: VaultScanner.Result?
        print(String(format: "scan_ms %.1f", medianMilliseconds(runs: 3) { scan = try? VaultScanner.scan(root: root) }))
        guard let scan else { return }
        var index = VaultIndex(root: root, scan: scan)
        print(String(format: "title_order_ms %.1f", medianMilliseconds(runs: 5) { _ = NameCorpus.titleRanks(index.notes) }))
        print(String(format: "state_ms %.1f", medianMilliseconds(runs: 3) { _ = BrowserState(vault: index, columns: 120, rows: 40) }))
        print(String(format: "lookup_ms %.1f", medianMilliseconds(runs: 1) { _ = index.resolve("x") }))
        index.update([])
        var parsed: Note?
        print(String(format: "parse_ms %.2f", medianMilliseconds(runs: 3) { parsed = try? Note.load(note) }))
        guard let parsed else { return }
        print(String(format: "layout_ms %.2f", medianMilliseconds(runs: 3) {
            _ = TextLayoutEntry.layout(parsed, index: index)
        }))
    }
}

import TextLayout
enum TextLayoutEntry {
    static func layout(_ note: Note, index: VaultIndex) -> RenderedNote {
        NoteLayout.layout(note, width: 120) { index.resolve($0.target).isResolved }
    }
}
