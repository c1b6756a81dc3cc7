@testable import notewalk
import XCTest

final class OpenerTemplateTests: XCTestCase {
    func testSplitsLikeAShellWithoutOne() throws {
        let template = try OpenerTemplate(#"mpv --start={seconds} "{url}" --title='a b' x\ y"#)
        XCTAssertEqual(template.words, ["mpv", "--start={seconds}", "{url}", "--title=a b", "x y"])
        XCTAssertEqual(template.arguments(url: "https://u?v=1&t=5s", seconds: 5, videoID: "ID"),
                       ["mpv", "--start=5", "https://u?v=1&t=5s", "--title=a b", "x y"])
    }

    func testURLIsAppendedWhenNotNamed() throws {
        XCTAssertEqual(try OpenerTemplate("firefox --new-tab").arguments(url: "U", seconds: 0, videoID: ""), ["firefox", "--new-tab", "U"])
        XCTAssertEqual(try OpenerTemplate("yt {videoId}").arguments(url: "U", seconds: 0, videoID: "ID"), ["yt", "ID"])
    }

    func testShellCharactersStayLiteral() throws {
        let args = try OpenerTemplate("echo {url}").arguments(url: "a; rm -rf / $(x) `y`", seconds: 0, videoID: "")
        XCTAssertEqual(args, ["echo", "a; rm -rf / $(x) `y`"], "a URL is one argument, never shell text")
    }

    func testBadTemplates() {
        XCTAssertThrowsError(try OpenerTemplate("mpv 'unclosed"))
        XCTAssertThrowsError(try OpenerTemplate("   "))
    }
}
