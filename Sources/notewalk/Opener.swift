/// Opens URLs with `--opener`, `NOTEWALK_OPENER`, `$BROWSER` or `xdg-open`, detached.
struct Opener {
    let template: OpenerTemplate?
    let source: String

    init(option: String?) {
        if let text = option ?? FileSystem.environment("NOTEWALK_OPENER") {
            template = try? OpenerTemplate(text)
            source = text
        } else if let browser = FileSystem.environment("BROWSER") {
            // $BROWSER may list several commands separated by ':'; the first is used.
            let first = String(browser.split(separator: ":").first ?? "")
            template = try? OpenerTemplate(first)
            source = first
        } else {
            template = try? OpenerTemplate("xdg-open")
            source = "xdg-open"
        }
    }

    /// Starts the opener; returns its process id or a message for the status line.
    func open(url: String, seconds: Int, videoID: String) -> Result<Int32, ProcessSpawner.Failure> {
        guard let template else {
            return .failure(ProcessSpawner.Failure(message: "cannot use opener “\(source)”: check its quotes"))
        }
        do {
            return .success(try ProcessSpawner.spawn(template.arguments(url: url, seconds: seconds, videoID: videoID)))
        } catch let failure as ProcessSpawner.Failure {
            return .failure(ProcessSpawner.Failure(message: failure.message + " (set --opener or NOTEWALK_OPENER)"))
        } catch {
            return .failure(ProcessSpawner.Failure(message: "\(error)"))
        }
    }
}
