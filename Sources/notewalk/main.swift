import NoteKit
let note = try Note.load(CommandLine.arguments[1])
print(note.title, note.videoID ?? "-", note.problems)
for b in note.document.blocks.prefix(Int(CommandLine.arguments[2]) ?? 5) { print(b) }
let idx = try VaultIndex.build(root: "/work/shared/vaults/opsi")
var unres = 0, total = 0
for (i, n) in idx.notes.enumerated() { for l in n.links { total += 1; if !idx.resolve(l.target, from: i).isResolved { unres += 1 } } }
print(idx.notes.count, total, unres)
