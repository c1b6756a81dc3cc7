/// Where a movement command takes a position among `count` lines or rows, `page` at a time;
/// nil for commands that do not move. The caller clamps.
func moved(_ position: Int, by command: Command, page: Int, count: Int) -> Int? {
    switch command {
    case .lineDown: return position + 1
    case .lineUp: return position - 1
    case .pageDown: return position + max(1, page)
    case .pageUp: return position - max(1, page)
    case .top: return 0
    case .bottom: return count - 1
    default: return nil
    }
}
