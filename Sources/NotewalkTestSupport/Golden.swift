import Foundation
import XCTest

/// Compares text with a golden file; writes the file when it is missing or `NOTEWALK_RECORD=1`.
public func assertGolden(_ actual: String, named name: String, in directory: String,
                         file: StaticString = #filePath, line: UInt = #line) {
    let path = directory + "/" + name + ".txt"
    let record = ProcessInfo.processInfo.environment["NOTEWALK_RECORD"] == "1"
    guard !record, let existing = try? String(contentsOfFile: path, encoding: .utf8) else {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? (actual + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("golden file \(name).txt was missing; it has been written, commit it", file: file, line: line)
        }
        return
    }
    let expected = String(existing.dropLast(existing.hasSuffix("\n") ? 1 : 0))
    guard expected != actual else { return }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report = "screen differs from \(name).txt (NOTEWALK_RECORD=1 rewrites it):\n"
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? String(e[i]) : "<none>", al = i < a.count ? String(a[i]) : "<none>"
        if el != al { report += String(format: "%3d expected |%@|\n    actual   |%@|\n", i, el, al) }
    }
    XCTFail(report, file: file, line: line)
}

/// `../shared` beside the project, when it is there.
public func sharedDirectory(file: String = #filePath) -> String? {
    var url = URL(fileURLWithPath: file)
    for _ in 0..<6 {
        url.deleteLastPathComponent()
        let candidate = url.appendingPathComponent("../shared/vaults").standardized.path
        if FileManager.default.fileExists(atPath: candidate) {
            return url.appendingPathComponent("../shared").standardized.path
        }
    }
    return nil
}

/// The folder of the calling test file.
public func directory(of file: String = #filePath) -> String {
    URL(fileURLWithPath: file).deletingLastPathComponent().path
}

/// Thrown by test helpers when what they look for is not there: the test fails with this message.
public struct TestFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
