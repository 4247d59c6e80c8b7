import Foundation

/// A file results are written to, checked before anything is written and replaced atomically:
/// the text goes to a temporary file beside it, which is then renamed over it, so a reader never
/// sees half a file and a failed write leaves the old file as it was.
///
/// A path that is a device or pipe (`/dev/null`, `/dev/stderr`, `/dev/full`) cannot be replaced
/// and is written in place instead; its write errors are reported like any other.
public struct AtomicFile: Sendable, Equatable {
    /// The path as the user gave it, for messages.
    public var path: String
    /// The absolute path written to (symbolic links followed).
    public var resolved: String
    /// True for a device, pipe or socket: written in place, never replaced.
    public var isDevice: Bool

    /// Checks that `path` can be written and works out where: the directory must exist and be
    /// writable, and the path must not be a directory. Throws one message naming what is wrong.
    public init(path: String, workingDirectory: String) throws(CommandError) {
        guard !path.isEmpty else { throw CommandError("no file name given") }
        self.path = path
        let expanded = ArticleLoader.expandTilde(path)
        var full = expanded.hasPrefix("/") ? expanded : Self.join(workingDirectory, expanded)
        if path.hasSuffix("/") { throw CommandError("cannot write \(path): is a directory") }
        var info = stat()
        if lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let real = realpath(full, nil) {
            full = String(cString: real)
            free(real)
        }
        if stat(full, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw CommandError("cannot write \(path): is a directory")
            case S_IFREG: isDevice = false
            default: isDevice = true
            }
            guard access(full, W_OK) == 0 else {
                throw CommandError("cannot write \(path): \(Self.describe(errno))")
            }
        } else {
            isDevice = false
        }
        resolved = full
        guard !isDevice else { return }
        let parent = Self.parent(of: full)
        var parentInfo = stat()
        guard stat(parent, &parentInfo) == 0 else {
            throw CommandError("cannot write \(path): no such directory \(Self.shown(parent, for: path))")
        }
        guard (parentInfo.st_mode & S_IFMT) == S_IFDIR else {
            throw CommandError("cannot write \(path): \(Self.shown(parent, for: path)) is not a directory")
        }
        guard access(parent, W_OK | X_OK) == 0 else {
            throw CommandError("cannot write \(path): \(Self.describe(errno)) in \(Self.shown(parent, for: path))")
        }
    }

    /// Replaces the file's contents with `text` (a device gets `text` written to it). On failure
    /// the file is as it was and the temporary file is gone.
    public func write(_ text: String) throws(CommandError) {
        let bytes = Array(text.utf8)
        if isDevice {
            let fd = open(resolved, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw failure(errno) }
            defer { close(fd) }
            if let code = Self.writeAll(fd, bytes) { throw failure(code) }
            return
        }
        let directory = Self.parent(of: resolved)
        let name = String(resolved[resolved.index(after: resolved.lastIndex(of: "/") ?? resolved.startIndex)...])
        var template = Array((directory + "/." + name + ".newsdesk-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        if let code = Self.writeAll(fd, bytes) {
            close(fd)
            throw failure(code)
        }
        // The file keeps the mode of the one it replaces; a new one gets the usual 0666 less umask.
        var existing = stat()
        let mode: mode_t
        if stat(resolved, &existing) == 0 {
            mode = existing.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        fchmod(fd, mode)
        if fsync(fd) != 0, errno != EINVAL {
            let code = errno
            close(fd)
            throw failure(code)
        }
        guard close(fd) == 0 else { throw failure(errno) }
        guard rename(temporary, resolved) == 0 else { throw failure(errno) }
        ok = true
    }

    private func failure(_ code: Int32) -> CommandError {
        CommandError("cannot write \(path): \(Self.describe(code))")
    }

    /// Writes every byte, retrying after signals; the error number when it cannot.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ENOSPC: return "no space left on device"
        case EROFS: return "read-only file system"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// The directory as the user would recognise it: relative when the path was relative.
    private static func shown(_ directory: String, for path: String) -> String {
        let expanded = ArticleLoader.expandTilde(path)
        guard expanded.contains("/") else { return directory }
        return parent(of: expanded)
    }

    /// Everything before the last "/" ("/" for a file at the root, "." for a bare name). Plain
    /// string work: file names typed by the user can be anything, and NSString's path methods
    /// trap on some of them.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
