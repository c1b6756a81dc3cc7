import NoteKit
import TextLayout
let note = try Note.load(CommandLine.arguments[1])
let r = NoteLayout.layout(note, width: Int(CommandLine.arguments[2]) ?? 80, isResolved: { $0.target.hasPrefix("o") })
print(r.plainText)
print(r.items.prefix(5))
