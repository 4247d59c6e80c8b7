import Foundation

/// The shell's history file: what a reporter typed, kept private and never lost.
///
/// The file lives in `$XDG_STATE_HOME/newsdesk/history` (default `~/.local/state/newsdesk/history`),
/// one command per line, created 0600 in a 0700 directory. Each new line is merged into the file
/// as it is on disk at that moment (under a lock), written to a temporary file and renamed over
/// the old one: a crash or kill mid-save leaves the old file whole, and two shells running at
/// once keep each other's lines.
public struct HistoryStore: Sendable {
    public static let defaultLimit = 1000
    public let path: String
    public let limit: Int

    public init(path: String, limit: Int = HistoryStore.defaultLimit) {
        self.path = path
        self.limit = limit
    }

    /// The history path for an environment, following the XDG base directory rules.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/newsdesk/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/newsdesk/history"
    }

    /// Whether a typed line belongs in history: not blank, not starting with a space (the
    /// usual way to keep a line private), not the same as the line before.
    public static func shouldRecord(_ line: String, after previous: String?) -> Bool {
        guard let first = line.unicodeScalars.first, first != " ", first != "\t" else { return false }
        guard !line.allSatisfy(\.isWhitespace) else { return false }
        return line != previous
    }

    /// The entries on disk, oldest first (empty if there is no file yet).
    public func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        // Split on the newline byte itself: as a Character, "\r\n" is not "\n", and a file
        // edited elsewhere with CRLF ends would otherwise come back as one long line.
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).compactMap {
            line -> String? in
            let body = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            return body.isEmpty ? nil : String(decoding: body, as: UTF8.self)
        }
        return Array(lines.suffix(limit))
    }

    /// Appends `line` to the file (merging with what other shells wrote) and returns the
    /// entries now on disk.
    @discardableResult
    public func append(_ line: String) throws -> [String] {
        let directory = (path as NSString).deletingLastPathComponent
        try Self.makePrivateDirectory(directory)
        let lock = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer {
            if lock >= 0 { flock(lock, LOCK_UN); close(lock) }
        }
        var entries = load()
        let clean = line.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        if entries.last != clean { entries.append(clean) }
        entries = Array(entries.suffix(limit))
        try write(entries, in: directory)
        return entries
    }

    private func write(_ entries: [String], in directory: String) throws {
        var template = Array((directory + "/.history-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw HistoryError("cannot create a temporary file in \(directory): \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(fd, 0o600)
        let body = Array((entries.joined(separator: "\n") + (entries.isEmpty ? "" : "\n")).utf8)
        var written = 0
        while written < body.count {
            let result = body[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress!, $0.count) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                close(fd)
                unlink(temporary)
                throw HistoryError("cannot write history: \(String(cString: strerror(errno)))")
            }
            written += result
        }
        fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw HistoryError("cannot replace \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Creates `directory` and its parents; a directory it creates is 0700.
    static func makePrivateDirectory(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw HistoryError("\(directory) is not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw HistoryError("cannot create \(directory): \(error.localizedDescription)")
        }
        chmod(directory, 0o700)
    }
}

/// A history file problem, reported as a warning: the shell goes on without saving.
public struct HistoryError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
