import ArgumentParser
import NoteKit

/// `notewalk check VAULT`: unresolved and ambiguous links and unreadable files; exit 1 when any.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Report unresolved and ambiguous links and unreadable files; exit status 1 when there are any.")

    @Argument(help: "The vault folder.") var vault: String
    @Flag(help: "Print one JSON document.") var json = false

    struct Finding: Encodable {
        var kind: String, path: String, target: String? = nil, candidates: [String]? = nil, message: String
    }

    struct Report: Encodable {
        var notes: Int, links: Int, unresolved: Int, ambiguous: Int, problems: Int, findings: [Finding]
    }

    func run() throws {
        let index = loadIndex(vault)
        var findings: [Finding] = []
        var links = 0, unresolved = 0, ambiguous = 0, problems = 0
        for problem in index.scanProblems {
            problems += 1
            findings.append(Finding(kind: "problem", path: problem.path, message: problem.message))
        }
        for (i, note) in index.notes.enumerated() {
            if let problem = note.problem {
                problems += 1
                findings.append(Finding(kind: "problem", path: note.relativePath, message: problem))
            }
            for link in note.links {
                links += 1
                let resolution = index.resolve(link.target, from: i)
                if !resolution.isResolved {
                    unresolved += 1
                    findings.append(Finding(kind: "unresolved", path: note.relativePath, target: link.target,
                                            message: "[[\(link.target)]] matches no note"))
                } else if resolution.isAmbiguous {
                    ambiguous += 1
                    let names = resolution.candidates.map { index.notes[$0].relativePath }
                    findings.append(Finding(kind: "ambiguous", path: note.relativePath, target: link.target, candidates: names,
                                            message: "[[\(link.target)]] matches \(names.count) notes; chose \(names[0])"))
                }
            }
        }
        let report = Report(notes: index.notes.count, links: links, unresolved: unresolved, ambiguous: ambiguous,
                            problems: problems, findings: findings)
        if json {
            JSONOutput.print(report)
        } else {
            for finding in findings { print("\(finding.path): \(finding.kind): \(finding.message)") }
            print("\(report.notes) notes, \(links) links: \(unresolved) unresolved, \(ambiguous) ambiguous, \(problems) unreadable or broken")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
