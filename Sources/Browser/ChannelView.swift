import NoteKit

/// `c`: the channel this note comes from (its `From: [[channel]]` line), or this note if it is a
/// channel index.
func openChannel(_ state: inout BrowserState) -> [Effect] {
    guard let page = state.page else { return [] }
    if !ChannelIndex(page.note.document).videos.isEmpty, let path = page.path {
        showChannel(&state, path: path, note: page.note)
        return []
    }
    guard let link = ChannelIndex.channelLink(of: page.note.document) else {
        state.status = StatusMessage("This note names no channel (no “From: [[channel]]” line)")
        return []
    }
    guard let channel = state.vault.resolve(link.target, from: page.noteIndex).note else {
        state.status = StatusMessage("The channel index “\(link.target)” is not in the vault", isError: true)
        return []
    }
    return [.loadChannel(path: state.vault.path(of: channel))]
}

/// Builds the channel tree from its index note: every video expanded.
func showChannel(_ state: inout BrowserState, path: String, note: Note) {
    let index = ChannelIndex(note.document)
    guard !index.videos.isEmpty else {
        state.status = StatusMessage("\(note.title) lists no videos (### [Title](youtube URL) headings)")
        return
    }
    var citationsByVideo: [String: Int] = [:]
    for entry in state.vault.notes {
        if let id = entry.videoID { citationsByVideo[id, default: 0] += entry.timestampCount }
    }
    let tree = ChannelTree(path: path, title: note.title, index: index, collapsed: [],
                           citations: index.videos.map { video in video.videoID.flatMap { citationsByVideo[$0] } ?? 0 })
    var picker = Picker(kind: .channel, title: channelTitle(tree), rows: channelRows(tree, state: state), emptyText: "No videos")
    picker.channel = tree
    state.overlay = .picker(picker)
}

/// The channel index, which videos are folded, and how often each video is cited in the vault.
public struct ChannelTree: Sendable, Equatable {
    public var path: String
    public var title: String
    public var index: ChannelIndex
    public var collapsed: Set<Int>
    public var citations: [Int]
}

func channelTitle(_ tree: ChannelTree) -> String {
    "\(tree.title) · \(tree.index.videos.count) videos · Enter folds a video or opens a note · o opens the video"
}

/// One row per video (▾ open, ▸ folded), and under each open video a row per note.
func channelRows(_ tree: ChannelTree, state: BrowserState) -> [PickerRow] {
    let from = state.vault.noteIndex(forAbsolutePath: tree.path)
    var rows: [PickerRow] = []
    for (i, video) in tree.index.videos.enumerated() {
        let folded = tree.collapsed.contains(i)
        let count = tree.citations[i]
        let open = OpenRequest(url: video.url, seconds: 0, videoID: video.videoID ?? "")
        rows.append(PickerRow(text: "\(folded ? "▸" : "▾") \(video.title)  ·  \(video.notes.count) notes · \(count) citations",
                              action: .video(i, open)))
        guard !folded else { continue }
        for topic in video.notes {
            let target = state.vault.resolve(topic.link.target, from: from).note
            let request = target.map { LoadRequest(path: state.vault.path(of: $0), transition: .visit, heading: topic.link.heading) }
                ?? LoadRequest(location: .missing(name: topic.link.target), transition: .visit)
            rows.append(PickerRow(text: "    " + topic.label + (target == nil ? "  (missing)" : ""), action: .open(request)))
        }
    }
    return rows
}

/// Enter on a video row folds or unfolds it, keeping the cursor on that video.
func toggleVideo(_ state: inout BrowserState, _ picker: inout Picker, _ video: Int) {
    guard var tree = picker.channel else { return }
    if tree.collapsed.contains(video) { tree.collapsed.remove(video) } else { tree.collapsed.insert(video) }
    picker.channel = tree
    picker.rows = channelRows(tree, state: state)
    picker.cursor = picker.rows.firstIndex { if case .video(video, _) = $0.action { return true }; return false } ?? 0
}
