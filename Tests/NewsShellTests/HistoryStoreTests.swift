import Foundation
import Testing

@testable import NewsShell

/// A fresh base directory under the system temporary directory.
private func makeBase() throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsdesk-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func permissions(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o777
}

private func fileLines(_ path: String) -> [String]? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
}

@Suite("HistoryStore")
struct HistoryStoreTests {
    @Test("append creates the directory 0700 and the file 0600, one line per command")
    func createsPrivateFiles() throws {
        let base = try makeBase()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let directory = base + "/state/newsdesk"
        let store = HistoryStore(path: directory + "/history")
        let entries = try store.append("load story.txt")
        #expect(entries == ["load story.txt"])
        #expect(permissions(directory) == 0o700)
        #expect(permissions(base + "/state") == 0o700, "parents it creates are private too")
        #expect(permissions(store.path) == 0o600)
        #expect(fileLines(store.path) == ["load story.txt"])
        #expect(store.load() == ["load story.txt"])
    }

    @Test("an existing directory is used as it is")
    func existingDirectory() throws {
        let base = try makeBase()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = HistoryStore(path: base + "/history")
        try store.append("articles")
        #expect(store.load() == ["articles"])
        #expect(permissions(store.path) == 0o600)
    }

    @Test("a line that repeats the one before it is not stored twice")
    func consecutiveDuplicates() throws {
        let base = try makeBase()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = HistoryStore(path: base + "/history")
        for line in ["show", "show", "summary", "show", "show"] { try store.append(line) }
        #expect(store.load() == ["show", "summary", "show"])
        #expect(fileLines(store.path) == ["show", "summary", "show"])
    }

    @Test("the limit keeps the newest lines")
    func limit() throws {
        let base = try makeBase()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = HistoryStore(path: base + "/history", limit: 3)
        var last: [String] = []
        for number in 1...6 { last = try store.append("use \(number)") }
        #expect(last == ["use 4", "use 5", "use 6"])
        #expect(fileLines(store.path) == ["use 4", "use 5", "use 6"])
        #expect(store.load() == ["use 4", "use 5", "use 6"])
    }

    @Test("two shells on the same file keep each other's lines")
    func twoShells() throws {
        let base = try makeBase()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let first = HistoryStore(path: base + "/history")
        let second = HistoryStore(path: base + "/history")
        try first.append("load a.txt")
        try second.append("load b.txt")
        try first.append("summary")
        let merged = try second.append("quotes")
        #expect(merged == ["load a.txt", "load b.txt", "summary", "quotes"])
        #expect(first.load() == merged)
    }

    @Test("a line with a line break is stored as one line")
    func lineBreaks() throws {
        let base = try makeBase()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = HistoryStore(path: base + "/history")
        try store.append("load a.txt\nquit")
        try store.append("show\r\n")
        #expect(store.load().count == 2)
        #expect(store.load().first?.hasPrefix("load a.txt") == true)
        #expect(fileLines(store.path)?.count == 2)
    }

    @Test("no file yet means no history")
    func missingFile() throws {
        let base = try makeBase()
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(HistoryStore(path: base + "/none/history").load().isEmpty)
    }

    @Test("blank lines, lines starting with a space and repeats are not recorded",
          arguments: [("", nil, false), ("   ", nil, false), ("\t", nil, false), (" secret", nil, false),
                      ("\tsecret", nil, false), ("show", "show", false), ("show", nil, true),
                      ("show", "summary", true), ("show ", "show", true)] as [(String, String?, Bool)])
    func shouldRecord(line: String, previous: String?, recorded: Bool) {
        #expect(HistoryStore.shouldRecord(line, after: previous) == recorded)
    }

    @Test("the default path follows XDG_STATE_HOME when absolute, else HOME/.local/state",
          arguments: [
              (["XDG_STATE_HOME": "/srv/state", "HOME": "/home/ann"], "/srv/state/newsdesk/history"),
              (["XDG_STATE_HOME": "relative/state", "HOME": "/home/ann"], "/home/ann/.local/state/newsdesk/history"),
              (["XDG_STATE_HOME": "", "HOME": "/home/ann"], "/home/ann/.local/state/newsdesk/history"),
              (["HOME": "/home/ann"], "/home/ann/.local/state/newsdesk/history"),
              (["XDG_STATE_HOME": "/srv/state"], "/srv/state/newsdesk/history"),
              ([:], nil),
              (["HOME": ""], nil),
          ] as [([String: String], String?)])
    func defaultPath(environment: [String: String], expected: String?) {
        #expect(HistoryStore.defaultPath(environment: environment) == expected)
    }

    @Test("a failed write throws and leaves the old file whole",
          .enabled(if: getuid() != 0, "root ignores file permissions"))
    func failedWriteKeepsOldFile() throws {
        let base = try makeBase()
        defer {
            chmod(base, 0o700)
            try? FileManager.default.removeItem(atPath: base)
        }
        let store = HistoryStore(path: base + "/history")
        try store.append("load a.txt")
        try store.append("summary")
        #expect(chmod(base, 0o500) == 0)
        #expect(throws: (any Error).self) { try store.append("quotes") }
        chmod(base, 0o700)
        #expect(fileLines(store.path) == ["load a.txt", "summary"])
        #expect(store.load() == ["load a.txt", "summary"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: base).filter { $0.hasPrefix(".history-") }
        #expect(leftovers.isEmpty, "no temporary file is left behind")
    }
}
