import Dispatch

/// Full-text search of one note's text as a reader sees it: no front matter, no HTML tags, wikilinks
/// as their visible text. Smart case and Unicode folding come from `TextSearch`; the query is a phrase.
public enum VaultSearch {
    /// The hits in one note: how many, and the first line that has one.
    public struct Result: Sendable, Equatable {
        public var note: Int
        public var count: Int
        /// 1-based line in the file.
        public var line: Int
        public var text: String
        /// Character ranges of the hits in `text`.
        public var ranges: [Range<Int>]
        /// The note's front matter title, as the file read for the search has it (nil without one):
        /// the index may not have read the note yet.
        public var title: String?

        public init(note: Int, count: Int, line: Int, text: String, ranges: [Range<Int>], title: String? = nil) {
            self.note = note
            self.count = count
            self.line = line
            self.text = text
            self.ranges = ranges
            self.title = title
        }
    }

    /// A query as typed: surrounding quotes are dropped (the whole query is one phrase).
    public static func phrase(_ query: String) -> String {
        var text = query.trimmingCharacters(in: " \t")
        if text.count >= 2, text.first == "\"", text.last == "\"" { text = String(text.dropFirst().dropLast()) }
        return text
    }

    /// Searches a note file as read from disk. Files that cannot hold the query are passed over
    /// unread; clean UTF-8 is searched as it is, other files are decoded and cleaned first.
    public static func search(_ search: TextSearch, bytes: [UInt8], path: @autoclosure () -> String, note: Int) -> Result? {
        bytes.withUnsafeBufferPointer { buffer in
            guard search.mayOccur(inUTF8: buffer) else { return nil }
            guard ByteSearch.isCleanUTF8(buffer) else { return Self.search(search, in: NoteFile.decode(bytes, path: path()), note: note) }
            return Self.search(search, text: buffer, note: note)
        }
    }

    /// Searches the text of a note file.
    public static func search(_ search: TextSearch, in file: NoteFile, note: Int) -> Result? {
        guard search.mayOccur(in: file.text) else { return nil }
        return ByteSearch.withBytes(of: file.text) { Self.search(search, text: $0, note: note) }
    }

    /// Searches the body of a note's text, line by line, as a reader sees each line.
    private static func search(_ search: TextSearch, text bytes: UnsafeBufferPointer<UInt8>, note: Int) -> Result? {
        let split = FrontMatter.split(bytes)
        var count = 0
        var first: (line: Int, text: String, ranges: [Range<Int>])?
        var line = split.bodyLineOffset + 1
        var start = split.bodyStart
        while start <= bytes.count {
            let end = ByteSearch.first(0x0A, in: bytes, from: start, to: bytes.count)
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if search.mayOccur(inUTF8: raw) {
                let visible = readable(raw)
                let ranges = search.matches(in: visible)
                count += ranges.count
                if first == nil, !ranges.isEmpty { first = (line, visible, ranges) }
            }
            line += 1
            start = end + 1
        }
        guard let first else { return nil }
        let title = split.yaml.flatMap { FrontMatter.parse(bytes, $0).title }
        return Result(note: note, count: count, line: first.line, text: first.text, ranges: first.ranges, title: title)
    }

    /// A line as a reader sees it: tags dropped, `[[target | alias]]` as its alias, `[text](url)` as its
    /// text, heading and list markers and `*` emphasis gone, trimmed. Works on the line's bytes.
    public static func readable(_ line: Substring) -> String {
        ByteSearch.withBytes(of: line) { readable($0) }
    }

    static func readable(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let end = bytes.count
        var i = 0
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while i < end, bytes[i] == UInt8(ascii: "#") { i += 1 }
        if i + 1 < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "*") || bytes[i] == UInt8(ascii: "+"),
           bytes[i + 1] == 0x20 {
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - i)
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), let close = tagEnd(bytes, at: i) {
                i = close + 1
            } else if b == UInt8(ascii: "["), let span = Wikilink.span(in: bytes, at: i, end: end) {
                let (link, alias) = Wikilink.parse(inner: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.inner]), as: UTF8.self))
                out += (alias ?? link.displayText).utf8.filter { $0 != UInt8(ascii: "*") }
                i = span.after
            } else if b == UInt8(ascii: "["), let middle = ByteSearch.range(of: "](", in: bytes, from: i, to: end),
                      ByteSearch.first(UInt8(ascii: ")"), in: bytes, from: middle.upperBound, to: end) < end,
                      ByteSearch.first(UInt8(ascii: "]"), in: bytes, from: i, to: middle.lowerBound) == middle.lowerBound {
                out += bytes[(i + 1)..<middle.lowerBound].filter { $0 != UInt8(ascii: "*") }
                i = ByteSearch.first(UInt8(ascii: ")"), in: bytes, from: middle.upperBound, to: end) + 1
            } else {
                if b != UInt8(ascii: "*") { out.append(b) }
                i += 1
            }
        }
        var lo = 0, hi = out.count
        while lo < hi, out[lo] == 0x20 || out[lo] == 0x09 { lo += 1 }
        while hi > lo, out[hi - 1] == 0x20 || out[hi - 1] == 0x09 { hi -= 1 }
        return String(decoding: out[lo..<hi], as: UTF8.self)
    }

    /// The `>` closing a tag that opens at `open` (what `HTMLTag` accepts: a name starting with a
    /// letter, digit or `-`, after an optional `/`), or nil.
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int) -> Int? {
        let close = ByteSearch.first(UInt8(ascii: ">"), in: bytes, from: open, to: bytes.count)
        guard close < bytes.count else { return nil }
        var j = open + 1
        if j < close, bytes[j] == UInt8(ascii: "/") { j += 1 }
        guard j < close else { return nil }
        let b = bytes[j]
        if b < 0x80 {
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            return letter || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") ? close : nil
        }
        let first = String(decoding: UnsafeBufferPointer(rebasing: bytes[j..<close]), as: UTF8.self).first
        return first.map { $0.isLetter || $0.isNumber } == true ? close : nil
    }
}

extension VaultSearch {
    /// Searches every note of `index` (or those of `notes`, in their order) on all cores, reporting
    /// results in that order, in batches as they are found; stops early when `isCancelled` says so.
    /// Returns how many notes were searched.
    @discardableResult
    public static func run(_ query: String, in index: VaultIndex, among notes: [Int]? = nil, chunk: Int = 64,
                           isCancelled: @escaping @Sendable () -> Bool,
                           report: @escaping @Sendable ([Result]) -> Void) -> Int {
        let search = TextSearch(query)
        let count = notes?.count ?? index.notes.count
        let chunks = (count + chunk - 1) / chunk
        let order = InOrder(report: report)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var results: [Result] = []
            var searched = 0
            for k in (c * chunk)..<min(count, (c + 1) * chunk) {
                if isCancelled() { break }
                let i = notes?[k] ?? k
                searched += 1
                guard let bytes = try? index.readBytes(of: i),
                      let result = VaultSearch.search(search, bytes: bytes, path: index.path(of: i), note: i) else { continue }
                results.append(result)
            }
            order.finished(chunk: c, results, searched: searched)
        }
        return order.searched
    }
}

extension VaultSearch {
    /// A hit in a folder searched without an index: the note's path in the folder and the hits.
    public struct FolderHit: Sendable {
        public var relativePath: String
        public var result: Result
        /// The front matter title, else the file name without its extension (as the index titles notes).
        public var title: String { result.title ?? NotePath.stem(relativePath) }
    }

    /// Scans `root` and searches each note as soon as the scan finds it, on all cores (for a folder
    /// that is not indexed, as on the command line). The hits come back in vault order; each
    /// result's `note` is the note's place in the scan's (sorted) list.
    public static func scanAndSearch(_ query: String, root: String) throws(VaultError) -> [FolderHit] {
        let search = TextSearch(query)
        let folder = FolderHandle(root)
        let feed = BatchFeed<PathList>()
        let hits = Gathered<FolderHit>()
        let workers = DispatchGroup()
        for _ in 0..<max(1, ProcessInfoLite.cores) {
            DispatchQueue.global().async(group: workers) {
                var found: [FolderHit] = []
                while let batch = feed.next() {
                    for path in batch {
                        guard let bytes = try? NoteFile.readBytes(path, in: folder),
                              let result = VaultSearch.search(search, bytes: bytes, path: NotePath.join(root, path), note: -1)
                        else { continue }
                        found.append(FolderHit(relativePath: path, result: result))
                    }
                }
                hits.add(found)
            }
        }
        let scan: VaultScanner.Result
        do {
            scan = try VaultScanner.scan(root: root, found: feed.add)
        } catch {
            feed.finish()
            workers.wait()
            throw error
        }
        feed.finish()
        workers.wait()
        // The scan's list is sorted: each hit's place is found by halving.
        return hits.all.sorted { $0.relativePath < $1.relativePath }.map { hit in
            var low = 0, high = scan.notes.count
            while low < high {
                let middle = (low + high) / 2
                if scan.notes[middle] < hit.relativePath { low = middle + 1 } else { high = middle }
            }
            var hit = hit
            hit.result.note = low
            return hit
        }
    }
}

/// Hands on the results of chunks searched in any order as they become complete in vault order.
private final class InOrder: @unchecked Sendable {
    private let lock = NSLockLite()
    private let report: @Sendable ([VaultSearch.Result]) -> Void
    private var waiting: [Int: [VaultSearch.Result]] = [:]
    private var next = 0
    private var total = 0

    init(report: @escaping @Sendable ([VaultSearch.Result]) -> Void) { self.report = report }

    func finished(chunk: Int, _ results: [VaultSearch.Result], searched: Int) {
        lock.locked {
            total += searched
            waiting[chunk] = results
            var ready: [VaultSearch.Result] = []
            while let results = waiting.removeValue(forKey: next) {
                ready += results
                next += 1
            }
            if !ready.isEmpty { report(ready) }
        }
    }

    var searched: Int { lock.locked { total } }
}
