import Foundation
import NewsCore

/// Reads newline-separated lines from a file descriptor in large chunks, holding at most one
/// line (up to `maximumLine` bytes) and one chunk in memory. A longer line is skipped and
/// reported by its length, so a stray 1 GB line cannot exhaust memory.
final class LineReader {
    private let fd: Int32
    private let maximumLine: Int
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var chunkStart = 0
    private var chunkEnd = 0
    private var atEnd = false
    /// How much of an over-long line is kept, for its `id`.
    static let headKept = 4096
    /// Bytes consumed so far, newlines included.
    private(set) var bytesRead = 0
    /// Set when reading failed (not at the end of input); the message says why.
    private(set) var failure: String?

    init(fd: Int32, maximumLine: Int) {
        self.fd = fd
        self.maximumLine = maximumLine
    }

    /// The next line without its newline (and without a CR before it), or nil at the end.
    func next() -> PipelineRunner.Line? {
        let offset = bytesRead
        var line: [UInt8] = []
        var length = 0
        var sawAny = false
        while true {
            if chunkStart == chunkEnd {
                guard refill() else { break }
            }
            sawAny = true
            let available = chunkEnd - chunkStart
            let newline = chunk.withUnsafeBufferPointer { buffer -> Int? in
                guard let found = memchr(buffer.baseAddress! + chunkStart, 0x0A, available) else { return nil }
                return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            let end = newline ?? chunkEnd
            let piece = end - chunkStart
            if length + piece <= maximumLine {
                line.append(contentsOf: chunk[chunkStart..<end])
            } else if line.count > Self.headKept {
                // Too long to keep: hold on to its first bytes only, where the "id" usually is.
                line = Array(line.prefix(Self.headKept))
            } else if line.isEmpty, length == 0 {
                line.append(contentsOf: chunk[chunkStart..<min(end, chunkStart + Self.headKept)])
            }
            length += piece
            bytesRead += piece
            chunkStart = end
            if newline != nil {
                chunkStart += 1
                bytesRead += 1
                break
            }
        }
        guard sawAny else { return nil }
        if length > maximumLine {
            return PipelineRunner.Line(.tooLong(bytes: length, head: Array(line.prefix(Self.headKept))), offset: offset)
        }
        if line.last == 0x0D { line.removeLast() }
        return PipelineRunner.Line(.text(line), offset: offset)
    }

    private func refill() -> Bool {
        guard !atEnd else { return false }
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if count > 0 {
                chunkStart = 0
                chunkEnd = count
                return true
            }
            if count < 0, errno == EINTR { continue }
            if count < 0 { failure = String(cString: strerror(errno)) }
            atEnd = true
            return false
        }
    }
}
