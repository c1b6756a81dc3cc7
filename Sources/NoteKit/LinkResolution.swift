/// Where a wikilink leads.
public struct LinkResolution: Sendable, Equatable {
    /// The note chosen, an index into `VaultIndex.notes`; nil when unresolved.
    public var note: Int?
    /// Every note that matched on the winning rung, best first; more than one is a tie.
    public var candidates: [Int]
    /// The rung of the ladder that matched (1 exact stem … 4 punctuation dropped), 0 when unresolved.
    public var rung: Int

    public static let unresolved = LinkResolution(note: nil, candidates: [], rung: 0)

    public var isResolved: Bool { note != nil }
    public var isAmbiguous: Bool { candidates.count > 1 }
}
