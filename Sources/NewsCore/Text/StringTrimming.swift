/// Small string helpers the readers of metadata and page furniture share.
extension String {
    /// Whether `needle` occurs in the string, compared byte for byte (no locale, no folding):
    /// a plain search that stays fast when run on every line of a large file.
    func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { text in
            pattern.withUTF8 { wanted in
                guard let first = wanted.first else { return true }
                guard wanted.count <= text.count else { return false }
                var index = 0
                let last = text.count - wanted.count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < wanted.count, text[index + offset] == wanted[offset] { offset += 1 }
                        if offset == wanted.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// The string without any of `characters` at either end.
    func trimmingCharacters(in characters: String) -> String {
        // The sets are a handful of marks: a linear look-up beats building a Set on every call.
        let set = characters.unicodeScalars
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        if scalars.count == unicodeScalars.count { return self }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The string in lower case, without allocating when it is plain ASCII already in lower case
    /// (most words of a story): the analyzers lower-case every token they read.
    var lowercasedQuickly: String {
        var hasUpper = false
        for byte in utf8 {
            if byte >= 0x80 { return lowercased() }
            if byte >= 0x41, byte <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return self }
        return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
