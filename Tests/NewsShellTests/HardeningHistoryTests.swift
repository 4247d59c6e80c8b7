import Foundation
import Testing

@testable import NewsShell

private func scratch() throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsdesk-history-hardening-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func inode(_ path: String) -> ino_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_ino : nil
}

/// Lets many threads start appending at once.
private final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var open = false
    func wait() { condition.lock(); while !open { condition.wait() }; condition.unlock() }
    func release() { condition.lock(); open = true; condition.broadcast(); condition.unlock() }
}

@Suite("hardening: the history file under concurrency and crashes")
struct HardeningHistoryTests {
    @Test("eight writers appending at once lose no line and write none twice")
    func concurrentWriters() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = HistoryStore(path: base + "/newsdesk/history")
        let gate = Gate()
        let group = DispatchGroup()
        for writer in 0..<8 {
            group.enter()
            Thread.detachNewThread {
                gate.wait()
                for line in 0..<40 { _ = try? store.append("writer \(writer) line \(line)") }
                group.leave()
            }
        }
        gate.release()
        group.wait()
        let lines = store.load()
        #expect(lines.count == 320)
        #expect(Set(lines).count == 320)
        for writer in 0..<8 {
            #expect(lines.filter { $0.hasPrefix("writer \(writer) ") } == (0..<40).map { "writer \(writer) line \($0)" },
                    "each writer's lines stay in its own order")
        }
    }

    @Test("each save replaces the file by rename (a new inode), so a reader never sees half a file")
    func replacedByRename() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = HistoryStore(path: base + "/history")
        try store.append("articles")
        let before = try #require(inode(store.path))
        let handle = try #require(FileHandle(forReadingAtPath: store.path))
        defer { try? handle.close() }
        try store.append("show")
        #expect(inode(store.path) != before)
        #expect(String(decoding: handle.readDataToEndOfFile(), as: UTF8.self) == "articles\n",
                "a reader holding the old file still reads it whole")
        #expect(store.load() == ["articles", "show"])
    }

    @Test("a temporary file left by a killed save is ignored and the history goes on")
    func leftoverTemporaryFile() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = HistoryStore(path: base + "/history")
        try store.append("articles")
        try "articles\nsho".write(toFile: base + "/.history-abc123", atomically: false, encoding: .utf8)
        #expect(store.load() == ["articles"])
        try store.append("summary")
        #expect(store.load() == ["articles", "summary"])
    }

    @Test("a damaged history file (invalid UTF-8, NUL, CR, no final newline) loads what it can and stays usable")
    func damagedFile() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = HistoryStore(path: base + "/history")
        try Data([0x61, 0x72, 0x74, 0xFF, 0x0A, 0x00, 0x0A, 0x73, 0x68, 0x6F, 0x77, 0x0D, 0x0A, 0x75, 0x73, 0x65])
            .write(to: URL(fileURLWithPath: store.path))
        #expect(store.load() == ["art\u{FFFD}", "\u{0}", "show", "use"], "CRLF ends one line, not two lines merged")
        let entries = try store.append("people")
        #expect(entries.last == "people")
        #expect(entries.count == 5)
        #expect(store.load() == entries)
    }

    @Test("a history path that is not a directory is reported, not crashed on")
    func blockedDirectory() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        try "not a directory".write(toFile: base + "/newsdesk", atomically: true, encoding: .utf8)
        let store = HistoryStore(path: base + "/newsdesk/history")
        #expect(throws: HistoryError.self) { try store.append("articles") }
        #expect(store.load().isEmpty)
    }
}
