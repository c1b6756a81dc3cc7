import Foundation
import Layout
import NotewalkTestSupport
import TextLayout
import XCTest

final class ThemeTests: XCTestCase {
    private var themes: String { directory() + "/../../Themes" }

    func testShippedThemesParseAndCoverEveryRole() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: themes).filter { $0.hasSuffix(".theme") }
        XCTAssertTrue(Set(files).isSuperset(of: ["default.theme", "light.theme", "dusk-256.theme"]))
        for file in files {
            let text = try String(contentsOfFile: themes + "/" + file, encoding: .utf8)
            let theme = try ThemeParser.parse(text, name: file, file: file)
            XCTAssertEqual(Set(theme.styles.keys), Set(StyleRole.allCases), "\(file) styles every role")
        }
        let basic = try ThemeParser.parse(String(contentsOfFile: themes + "/default.theme", encoding: .utf8), name: "d", file: "d")
        XCTAssertLessThan(basic.highestColor, 8, "default uses only the 8 basic colours")
        let rich = try ThemeParser.parse(String(contentsOfFile: themes + "/dusk-256.theme", encoding: .utf8), name: "d", file: "d")
        XCTAssertGreaterThan(rich.highestColor, 15)
    }

    func testParsesColoursAndAttributes() throws {
        let theme = try ThemeParser.parse("# c\ncolor link bright-cyan 236 underline bold\ncolor text default -\n", name: "t", file: "t")
        XCTAssertEqual(theme.style(.link), RoleStyle(foreground: .indexed(14), background: .indexed(236), attributes: [.underline, .bold]))
        XCTAssertEqual(theme.style(.timestamp), theme.style(.text), "missing roles look like text")
    }

    func testReadsWindowsLineEndsAndComments() throws {
        let theme = try ThemeParser.parse("# é comment\r\ncolor link red default bold # trailing\r\n\r\ncolor text default -\r\n",
                                          name: "t", file: "t")
        XCTAssertEqual(theme.style(.link), RoleStyle(foreground: .indexed(1), background: .terminalDefault, attributes: [.bold]))
        XCTAssertEqual(Set(theme.styles.keys), [.link, .text])
    }

    func testErrorsNameTheFileAndLine() {
        XCTAssertThrowsError(try ThemeParser.parse("color text default default\ncolor linky red default", name: "t", file: "x.theme")) {
            XCTAssertTrue("\($0)".hasPrefix("x.theme:2: unknown role `linky`"), "\($0)")
        }
        XCTAssertThrowsError(try ThemeParser.parse("color link purple default", name: "t", file: "x.theme")) {
            XCTAssertTrue("\($0)".contains("unknown colour `purple`"))
        }
        XCTAssertThrowsError(try ThemeParser.parse("colour link red default", name: "t", file: "x.theme"))
        XCTAssertThrowsError(try ThemeParser.parse("color link 300 default", name: "t", file: "x.theme"))
    }

    func testNoColorKeepsAttributesOnly() throws {
        let theme = try ThemeParser.parse("color selection black yellow bold\ncolor link cyan default", name: "t", file: "t")
        let plain = theme.withoutColors
        XCTAssertEqual(plain.style(.selection), RoleStyle(attributes: [.bold, .reverse]))
        XCTAssertEqual(plain.style(.link), RoleStyle(attributes: [.underline]))
        for role in [StyleRole.titleBar, .breadcrumb, .statusBar, .message, .error] {
            XCTAssertTrue(plain.style(role).attributes.contains(.reverse), "\(role) stays a bar without colour")
        }
    }
}
