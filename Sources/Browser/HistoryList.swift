/// The back and forward history as a list, the current place marked.
enum HistoryList {
    static func picker(_ state: BrowserState) -> Picker {
        var rows: [PickerRow] = []
        let back = state.history.back, forward = state.history.forward
        for (i, entry) in back.enumerated() {
            rows.append(PickerRow(text: entry.title, detail: "\(back.count - i) back", action: .revisit(entry)))
        }
        var cursor = 0
        if let current = state.currentEntry {
            cursor = rows.count
            rows.append(PickerRow(text: "▸ " + current.title, detail: "here", action: .revisit(current)))
        }
        for (i, entry) in forward.reversed().enumerated() {
            rows.append(PickerRow(text: entry.title, detail: "\(i + 1) forward", action: .revisit(entry)))
        }
        var picker = Picker(kind: .history, title: "History · \(back.count) back, \(forward.count) forward", rows: rows,
                            emptyText: "Nowhere yet")
        picker.cursor = cursor
        return picker
    }
}
