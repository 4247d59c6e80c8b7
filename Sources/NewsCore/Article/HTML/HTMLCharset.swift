/// Decides a web page's character set and turns its bytes into UTF-8 for the parser.
///
/// The order follows the HTML standard's encoding sniffing: a byte-order mark wins, then the
/// charset the server sent (the caller's hint), then a `<meta charset>` or `http-equiv`
/// declaration near the top of the page; a page that declares nothing is UTF-8 when it is valid
/// UTF-8, else Windows-1252. As the standard says, the labels `iso-8859-1`, `latin1` and
/// `us-ascii` all mean Windows-1252.
enum HTMLCharset {
    /// The page as UTF-8, or the bytes as they are with the label libxml2 should decode.
    struct Prepared {
        var bytes: [UInt8]
        /// The encoding name handed to the parser: "UTF-8", or another label for libxml2's own
        /// converters (iconv) when it is neither UTF-8 nor Windows-1252.
        var encoding: String
        var warnings: [String]
    }

    /// How far into the page a `<meta>` declaration is looked for. The standard says 1024 bytes,
    /// but real pages put it after long inline scripts; later declarations are still honest.
    static let prescanBytes = 64 << 10

    static func prepare(_ input: [UInt8], hint: String?) -> Prepared {
        var bytes = input
        var warnings: [String] = []
        if let nul = bytes.firstIndex(of: 0), !startsWithUTF16BOM(bytes) {
            let count = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
            bytes.removeAll { $0 == 0 }
            warnings.append("\(count) NUL byte\(count == 1 ? "" : "s") left out (first at offset \(nul))")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(bytes.dropFirst(3)), declared: true, warnings: warnings)
        }
        if startsWithUTF16BOM(bytes) {
            let decoded = (try? TextDecoding.decode(bytes))?.text ?? ""
            return Prepared(bytes: Array(decoded.utf8), encoding: "UTF-8", warnings: warnings)
        }
        let label = (hint.flatMap(normalised) ?? declaredCharset(bytes)).map { $0 }
        switch label {
        case nil:
            return utf8(bytes, declared: false, warnings: warnings)
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return utf8(bytes, declared: true, warnings: warnings)
        case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii",
             "x-cp1252", "iso-8859-15", "iso8859-15":
            let text = TextDecoding.decodeWindows1252(bytes)
            return Prepared(bytes: Array(text.utf8), encoding: "UTF-8", warnings: warnings)
        case let other?:
            return Prepared(bytes: bytes, encoding: other, warnings: warnings)
        }
    }

    /// UTF-8 bytes made valid: a page that is not valid UTF-8 keeps its valid sequences and has
    /// each stray byte read as Windows-1252 (pages mix the two far more often than whole files do).
    private static func utf8(_ bytes: [UInt8], declared: Bool, warnings: [String]) -> Prepared {
        guard let first = TextDecoding.firstInvalidUTF8(bytes[...]) else {
            return Prepared(bytes: bytes, encoding: "UTF-8", warnings: warnings)
        }
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                repaired.append(lead)
                index += 1
                continue
            }
            let rest = bytes[index...]
            if let length = validSequenceLength(rest) {
                repaired.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                repaired.append(contentsOf: TextDecoding.decodeWindows1252([lead]).utf8)
                index += 1
            }
        }
        let what = declared ? "declared UTF-8 but" : "no character set declared and"
        return Prepared(
            bytes: repaired, encoding: "UTF-8",
            warnings: warnings + [
                "\(what) not valid UTF-8 (first bad byte at offset \(first)); stray bytes read as Windows-1252"
            ])
    }

    /// The length of the valid UTF-8 sequence at the start of `bytes`, if there is one.
    private static func validSequenceLength(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let (length, minimum) = TextDecoding.utf8Sequence(lead: bytes.first!), bytes.count >= length
        else { return nil }
        var value = UInt32(bytes.first!) & (0xFF >> (length + 1))
        for byte in bytes.dropFirst().prefix(length - 1) {
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return length
    }

    private static func startsWithUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// A charset label lower-cased and trimmed of quotes and spaces, or nil when empty.
    static func normalised(_ label: String) -> String? {
        let trimmed = label.lowercased().trimmingCharacters(in: " \t\r\n\"'")
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The charset a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` declares
    /// within the first `prescanBytes` of the page: the byte scan the HTML standard prescribes
    /// for this one job, since the parser cannot run before the encoding is known.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let window = bytes.prefix(prescanBytes)
        let meta = Array("<meta".utf8)
        var index = window.startIndex
        while index + meta.count < window.endIndex {
            if window[index] == UInt8(ascii: "<"), matchesLowercased(window, at: index, meta) {
                let end = window[index...].firstIndex(of: UInt8(ascii: ">")) ?? window.endIndex
                if let label = charsetValue(in: window[index..<end]) { return label }
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The value after `charset=` in one tag's bytes.
    private static func charsetValue(in tag: ArraySlice<UInt8>) -> String? {
        let key = Array("charset".utf8)
        var index = tag.startIndex
        while index + key.count < tag.endIndex {
            if matchesLowercased(tag, at: index, key) {
                var cursor = index + key.count
                while cursor < tag.endIndex, tag[cursor] == 0x20 { cursor += 1 }
                guard cursor < tag.endIndex, tag[cursor] == UInt8(ascii: "=") else { index += 1; continue }
                cursor += 1
                while cursor < tag.endIndex, [0x20, 0x22, 0x27].contains(tag[cursor]) { cursor += 1 }
                let start = cursor
                while cursor < tag.endIndex, isLabelByte(tag[cursor]) { cursor += 1 }
                guard cursor > start else { return nil }
                return normalised(String(decoding: tag[start..<cursor], as: UTF8.self))
            }
            index += 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"),
             UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    private static func matchesLowercased(_ bytes: ArraySlice<UInt8>, at index: Int, _ word: [UInt8]) -> Bool {
        guard index + word.count <= bytes.endIndex else { return false }
        for offset in word.indices where bytes[index + offset] | 0x20 != word[offset] { return false }
        return true
    }
}
