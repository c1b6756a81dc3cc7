// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Notewalk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "notewalk", targets: ["notewalk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // No pkg-config: its `-L/usr/lib/x86_64-linux-gnu` would come first on the link line and
        // keep scripts/build-release from linking ncurses' static archives (see there).
        .systemLibrary(name: "CNcursesw"),
        .systemLibrary(name: "CMD4C"),
        // The index's one vector pass over a note's bytes (AVX2 where the processor has it).
        .target(name: "ByteClasses"),
        .target(name: "NoteKit", dependencies: ["CMD4C", "ByteClasses", "Yams"]),
        .target(name: "TextLayout", dependencies: ["NoteKit"]),
        .target(name: "Browser", dependencies: ["NoteKit", "TextLayout"]),
        .target(name: "Layout", dependencies: ["Browser", "TextLayout", "NoteKit"]),
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "Layout", "TextLayout"]),
        .executableTarget(
            name: "notewalk",
            dependencies: [
                "NoteKit", "Browser", "Layout", "TextLayout", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("DemoVault")]
        ),
        .target(name: "NotewalkTestSupport", dependencies: ["NoteKit", "Browser"]),
        .testTarget(name: "NoteKitTests", dependencies: ["NoteKit", "NotewalkTestSupport"]),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout", "NoteKit", "NotewalkTestSupport"]),
        .testTarget(name: "BrowserTests", dependencies: ["Browser", "NoteKit", "TextLayout", "NotewalkTestSupport"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "Browser", "NoteKit", "TextLayout", "NotewalkTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Layout", "Browser"]),
        .testTarget(name: "AppTests", dependencies: ["notewalk", "NotewalkTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["notewalk", "NotewalkTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
