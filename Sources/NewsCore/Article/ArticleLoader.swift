import Foundation

/// Reads article files from disk: single files, every article in a directory, or glob patterns.
///
/// This is the one place the core touches the file system for articles; everything after it
/// works on the decoded text.
public struct ArticleLoader: Sendable {
    /// Extensions read when a directory or glob is given.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "gz"]
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// Files larger than this are refused, so one stray dump cannot exhaust memory: analysis
    /// holds about 25 bytes per byte of article (README, "Memory."), so the 16 MB default stays
    /// near 420 MB at worst while any real story (5–50 KB) is far below it.
    public var maximumBytes: Int
    /// Relative paths are resolved against this directory.
    public var workingDirectory: String
    /// How `http://` and `https://` operands are fetched (see `ArticleLoader+Web`).
    public var web = WebSettings()

    public init(maximumBytes: Int = 16 << 20, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.maximumBytes = maximumBytes
        self.workingDirectory = workingDirectory
    }

    /// Why a path gave no article.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// What one `load` produced: the articles in order, and what went wrong with the rest.
    public struct Outcome: Sendable {
        public var articles: [Article] = []
        public var failures: [Failure] = []

        public init(articles: [Article] = [], failures: [Failure] = []) {
            self.articles = articles
            self.failures = failures
        }
    }

    /// Loads every path: files, directories (their article files, sorted by name), globs and web
    /// addresses (`scheme://…`, fetched by `loadPage`).
    public func load(_ paths: [String], shouldStop: () -> Bool = { false }) -> Outcome {
        var outcome = Outcome()
        for path in paths {
            if shouldStop() { break }
            if WebAddress.looksLikeAddress(path) {
                do {
                    outcome.articles.append(try loadPage(path, shouldStop: shouldStop))
                } catch {
                    outcome.failures.append(error)
                }
                continue
            }
            let files: [String]
            do {
                files = try expand(path)
            } catch {
                outcome.failures.append(error)
                continue
            }
            for file in files {
                if shouldStop() { break }
                do {
                    outcome.articles.append(try loadFile(file))
                } catch {
                    outcome.failures.append(error)
                }
            }
        }
        return outcome
    }

    /// Builds an article from bytes already read (standard input, a pipeline record).
    public func article(
        fromBytes bytes: [UInt8], source: String, format: Article.Format = .text
    ) throws(Failure) -> Article {
        guard bytes.count <= maximumBytes else {
            throw Failure(path: source, reason: tooLarge("\(bytes.count) bytes"))
        }
        let decoded: (text: ScalarText, warnings: [String])
        do {
            decoded = try TextDecoding.decodeScalars(bytes)
        } catch .binary(let offset) {
            throw Failure(path: source, reason: "binary file, not text (NUL byte at offset \(offset))")
        } catch {
            throw Failure(path: source, reason: "invalid UTF-16 text")
        }
        guard decoded.text.scalars.contains(where: { !$0.isSpaceLike }) else {
            throw Failure(path: source, reason: bytes.isEmpty ? "empty file" : "only white space, no text")
        }
        return ArticleParser.parse(decoded.text, format: format, source: source, warnings: decoded.warnings)
    }

    /// Reads one file: text, Markdown or a web page, each also gzip-compressed (`.gz`).
    public func loadFile(_ path: String) throws(Failure) -> Article {
        let full = resolve(path)
        var ext = (path as NSString).pathExtension.lowercased()
        let compressed = ext == "gz"
        if compressed { ext = ((path as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        var info = stat()
        guard stat(full, &info) == 0 else { throw Failure(path: path, reason: Self.describe(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(path: path, reason: "is a directory")
        }
        guard Int(info.st_size) <= maximumBytes else {
            throw Failure(path: path, reason: tooLarge("\(info.st_size) bytes"))
        }
        let fd = open(full, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, reason: Self.describe(errno)) }
        defer { close(fd) }
        var bytes: [UInt8]
        do {
            bytes = try readBounded(fd)
        } catch {
            throw Failure(path: path, reason: error.reason)
        }
        if Self.htmlExtensions.contains(ext) {
            return try article(fromHTML: bytes, source: path, charset: nil)
        }
        if compressed || GzipInflater.isGzip(bytes) { bytes = try inflatedIfCompressed(bytes, source: path) }
        let format: Article.Format = (ext == "md" || ext == "markdown") ? .markdown : .text
        return try article(fromBytes: bytes, source: path, format: format)
    }

    /// Builds an article from everything readable on `fd` (standard input for `-`), refusing
    /// input over the size limit without reading more than one byte past it.
    public func article(
        fromFileDescriptor fd: Int32, source: String, format: Article.Format = .text
    ) throws(Failure) -> Article {
        let bytes: [UInt8]
        do {
            bytes = try readBounded(fd)
        } catch {
            throw Failure(path: source, reason: error.reason)
        }
        return try article(fromBytes: bytes, source: source, format: format)
    }

    /// Reads `fd` to its end, but never more than one byte past `maximumBytes`: a pipe, a device
    /// (`/dev/zero`) or a file still growing cannot make newsdesk read without end. Too much
    /// input is refused with the same message as a file too large.
    public func readBounded(_ fd: Int32) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= maximumBytes {
            let wanted = min(chunk.count, maximumBytes + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: "", reason: "could not be read (\(Self.describe(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
        throw Failure(path: "", reason: tooLarge("more than \(maximumBytes) bytes"))
    }

    func tooLarge(_ size: String) -> String {
        "too large (\(size); the limit is \(maximumBytes), set NEWSDESK_MAX_ARTICLE_MB to raise it)"
    }

    /// The files a path names: itself, a directory's article files, or a glob's matches.
    public func expand(_ path: String) throws(Failure) -> [String] {
        let expanded = Self.expandTilde(path)
        if expanded.contains(where: { "*?[".contains($0) }), !FileManager.default.fileExists(atPath: resolve(expanded))
        {
            let matches = Self.glob(resolve(expanded)).map { Self.relativise($0, to: workingDirectory, like: expanded) }
            let articles = matches.filter { Self.isArticleFile($0) }
            guard !matches.isEmpty else {
                throw Failure(path: path, reason: "no such file or directory, and nothing matches it as a pattern")
            }
            guard !articles.isEmpty else { throw Failure(path: path, reason: "no article files match") }
            return articles
        }
        var isDirectory: ObjCBool = false
        let full = resolve(expanded)
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            throw Failure(path: path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [expanded] }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: full)
        } catch {
            throw Failure(path: path, reason: Self.describe(EACCES))
        }
        let files = entries.filter { !$0.hasPrefix(".") && Self.isArticleFile($0) }.sorted()
            .map { (expanded as NSString).appendingPathComponent($0) }
            .filter {
                var dir: ObjCBool = false;
                return FileManager.default.fileExists(atPath: resolve($0), isDirectory: &dir) && !dir.boolValue
            }
        guard !files.isEmpty else {
            throw Failure(
                path: path, reason: "no article files (.txt, .md, .html, or those gzip-compressed) in this directory")
        }
        return files
    }

    static func isArticleFile(_ name: String) -> Bool {
        let ext = (name as NSString).pathExtension.lowercased()
        guard ext == "gz" else { return articleExtensions.contains(ext) }
        let inner = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased()
        return inner != "gz" && articleExtensions.contains(inner)
    }

    func resolve(_ path: String) -> String {
        let expanded = Self.expandTilde(path)
        return expanded.hasPrefix("/") ? expanded : (workingDirectory as NSString).appendingPathComponent(expanded)
    }

    /// What identifies the article loaded from `source` across loads: a web page's address, or
    /// the file's real path (relative paths resolved, symbolic links followed), so `a.txt`,
    /// `./a.txt` and a link to it are one article. Nil for standard input.
    public func identity(of source: String) -> String? {
        if source == "<stdin>" || source == "-" { return nil }
        if WebAddress.looksLikeAddress(source) { return source }
        let full = resolve(source)
        guard let real = realpath(full, nil) else { return (full as NSString).standardizingPath }
        defer { free(real) }
        return String(cString: real)
    }

    /// `~` and `~/…` expanded to the home directory.
    public static func expandTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }

    /// Shows glob matches relative to the working directory when the pattern was relative.
    static func relativise(_ path: String, to directory: String, like pattern: String) -> String {
        guard !pattern.hasPrefix("/") else { return path }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
