import CZlib

/// Inflates gzip-compressed articles (`.html.gz`, `.txt.gz`, a page served gzipped) through
/// zlib, never producing more than a given number of bytes: a small "gzip bomb" that would
/// expand to gigabytes is refused as soon as it passes the article size limit.
enum GzipInflater {
    /// Why compressed bytes gave no article.
    enum Failure: Error, Equatable {
        /// The expanded data would pass the limit (the limit in bytes).
        case tooLarge(limit: Int)
        /// Not gzip data, or damaged (zlib's message).
        case corrupt(String)
    }

    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed bytes of one or more concatenated gzip members, at most `limit` of them.
    static func inflate(_ bytes: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 15 window bits plus 32: accept a gzip or zlib header, as found.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        let total = input.count
        var consumed = 0
        while true {
            let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
                chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_in = inBuffer.baseAddress! + consumed
                    stream.avail_in = UInt32(total - consumed)
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    consumed = total - Int(stream.avail_in)
                    return status
                }
            }
            let produced = chunk.count - Int(stream.avail_out)
            if output.count + produced > limit { throw .tooLarge(limit: limit) }
            output.append(contentsOf: chunk[0..<produced])
            switch status {
            case Z_STREAM_END:
                // Another member may follow (concatenated gzip files); trailing zeros may not.
                let rest = input[consumed...]
                guard rest.count >= 2, rest.first == 0x1F else { return output }
                guard inflateReset(&stream) == Z_OK else { return output }
            case Z_OK:
                if consumed == total && produced == 0 { throw .corrupt("truncated gzip data") }
            case Z_BUF_ERROR:
                if consumed == total { throw .corrupt("truncated gzip data") }
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "not gzip data"
                throw .corrupt(message)
            }
        }
    }
}
