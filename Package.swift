// swift-tools-version:6.0
import PackageDescription

// newsdesk: a newsroom assistant for the terminal.
//
// NewsCore holds every piece of article handling, analysis and the command table; it never
// touches a terminal. NewsShell is the libedit line editor; `newsdesk` wires the command line to
// the shell, the batch runner or the pipeline. No package dependencies, only Debian system
// libraries (libedit, libxml2, zlib): see README "Dependencies".
let package = Package(
    name: "newsdesk",
    products: [
        .executable(name: "newsdesk", targets: ["newsdesk"]),
        .library(name: "NewsCore", targets: ["NewsCore"]),
    ],
    targets: [
        .target(name: "NewsCore", dependencies: ["CLibXML2", "CZlib", "CurlLoader"], resources: [.copy("Resources/Lexicon")]),
        // libxml2's HTML parser reads saved and fetched web pages (Article/HTML/); zlib inflates
        // gzip-compressed articles. Both are Debian system libraries, as libedit is.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libcurl opened with dlopen on the first web page, so runs without one never load it.
        .target(name: "CurlLoader", linkerSettings: [.linkedLibrary("dl")]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "EditLineShim", dependencies: ["CEditLine"]),
        .target(name: "NewsShell", dependencies: ["NewsCore", "EditLineShim"]),
        .executableTarget(name: "newsdesk", dependencies: ["NewsCore", "NewsShell"]),
        // Measuring tool behind Scripts/eval-* and Scripts/bench: runs the core over public
        // suites and gold files, and makes the bench corpora.
        .executableTarget(name: "newsdesk-eval", dependencies: ["NewsCore", "TestSupport"]),
        // Helpers for the tests and the bench only (a seeded random generator); no product
        // carries them, so NewsCore's public API holds nothing that serves measuring alone.
        .target(name: "TestSupport"),
        .target(name: "PTYSupport", path: "Tests/PTYSupport", linkerSettings: [.linkedLibrary("util")]),
        .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore", "TestSupport"]),
        .testTarget(name: "NewsShellTests", dependencies: ["NewsShell", "NewsCore"]),
        .testTarget(
            name: "NewsdeskEndToEndTests",
            dependencies: ["newsdesk", "PTYSupport", "NewsCore", "TestSupport"]
        ),
    ]
)
