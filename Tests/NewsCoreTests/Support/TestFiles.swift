import Foundation
import Testing

/// Where the tests find files of the checkout and, when it is there, the project's shared folder.
///
/// The package root is found by walking up from this file to the folder holding Package.swift,
/// so a test file can move between folders without counting path components.
enum TestFiles {
    /// The repository root (where Package.swift is).
    static let packageRoot: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// A path inside the checkout, e.g. `Fixtures/articles`.
    static func inPackage(_ relative: String) -> URL {
        packageRoot.appendingPathComponent(relative)
    }

    /// `../shared/seed/belarus-prisoners.txt`, the reference article beside the checkout
    /// (`$NEWSDESK_SHARED` replaces `../shared`, as the scripts read it). A fresh clone has no
    /// `../shared`: tests that read it carry `.enabled(if: TestFiles.seedIsPresent, …)`.
    static let seedArticle: String = {
        let shared = ProcessInfo.processInfo.environment["NEWSDESK_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return shared.appendingPathComponent("seed/belarus-prisoners.txt").path
    }()

    static let seedIsPresent = FileManager.default.isReadableFile(atPath: seedArticle)

    /// The reason a seed test gives when it is skipped.
    static let seedMissing: Comment = "needs ../shared/seed/belarus-prisoners.txt beside the checkout"
}
