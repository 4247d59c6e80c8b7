import Foundation
import Testing

/// What one run of the built `newsdesk` binary did.
struct NewsdeskRun {
    var stdout: String
    var stderr: String
    var status: Int32

    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    /// Each stdout line parsed as a JSON object.
    func jsonLines() throws -> [[String: Any]] {
        try stdoutLines.map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw NewsdeskProcess.Problem("not a JSON object: \(line)")
            }
            return object
        }
    }
}

/// Runs the built `newsdesk` binary the way a user or a script would.
enum NewsdeskProcess {
    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The repository root (where Package.swift is).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/seed/belarus-prisoners.txt`, the reference article beside the checkout. A fresh
    /// clone has none: tests that read it carry `.enabled(if: NewsdeskProcess.seedIsPresent, …)`.
    static let seedArticle: String = {
        // `$NEWSDESK_SHARED` replaces `../shared`, as the scripts read it.
        let shared = ProcessInfo.processInfo.environment["NEWSDESK_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return shared.appendingPathComponent("seed/belarus-prisoners.txt").path
    }()

    static let seedIsPresent = FileManager.default.isReadableFile(atPath: seedArticle)

    /// The reason a seed test gives when it is skipped.
    static let seedMissing: Comment = "needs ../shared/seed/belarus-prisoners.txt beside the checkout"

    static let fixtures = packageRoot.appendingPathComponent("Fixtures").path

    /// A fixture article for tests that need some story loaded but not a particular one.
    static let fixtureArticle = fixtures + "/articles/court-fraud-sentencing.txt"

    /// The binary SwiftPM built beside the test bundle (the test target depends on it).
    static let binary: String = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("newsdesk").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/newsdesk").path
    }()

    /// A fresh directory for HOME, history and scratch files.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The environment tests run newsdesk in: a private HOME, no colour, UTF-8.
    static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8", "TERM": "xterm",
        ]
        environment.merge(extra) { $1 }
        return environment
    }

    /// Runs newsdesk with `arguments` from `directory` (the package root by default), feeding
    /// `stdin` to it, and waits for it to end.
    static func run(_ arguments: [String], stdin: String = "", stdinData: Data? = nil,
                    directory: URL = packageRoot, environment extra: [String: String] = [:]) throws -> NewsdeskRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(home: temporaryDirectory(), extra: extra)
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        // newsdesk may stop reading standard input early (an article over the size limit, an
        // endless line): the write then fails with EPIPE, which must not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        let payload = stdinData ?? Data(stdin.utf8)
        let writer = input.fileHandleForWriting
        let outputReader = output.fileHandleForReading
        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            try? writer.write(contentsOf: payload)
            try? writer.close()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            collected.set(outputReader.readDataToEndOfFile())
            group.leave()
        }
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return NewsdeskRun(stdout: String(decoding: collected.get(), as: UTF8.self),
                           stderr: String(decoding: errorData, as: UTF8.self),
                           status: process.terminationStatus)
    }

    /// Data handed from a reader thread to the test, behind a lock.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
        func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
    }
}
