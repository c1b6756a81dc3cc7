import NoteKit
import NotewalkTestSupport

/// A small vault: a long note linking to others, a note with sections, and an unresolved link.
enum BrowserFixtures {
    static let longBody = (1...60).map { "Paragraph \($0) says something about the topic at some length." }.joined(separator: "\n\n")

    static let vault = TestVault([
        "start.md": TestVault.note(title: "Start", body: """
        From: [[channel]] <br/>

        Go to [[second_note | the second note]] or [[Third Note#Part Two | part two]] <a class="yt-timestamp" data-t="00:01:05">[00:01:05]</a>.
        A [[missing_note | missing note]] and [[https://example.org | a site]].

        \(longBody)

        Last line links to [[second_note]].
        """),
        "second_note.md": TestVault.note(title: "Second note", videoID: nil, body: "Back to [[start]].\n\n\(longBody)"),
        "sub/third_note.md": TestVault.note(title: "Third note", body: """
        ## Part One

        \(longBody)

        ## Part Two

        Here <a class="yt-timestamp" data-t="12:00">[12:00]</a>.
        """),
        "channel.md": "---\ntitle: channel\n---\n### [Video](https://www.youtube.com/watch?v=AaZxjsIoXE0)\n- [[start | Start]]\n",
    ])
}
