/// Small string helpers the readers of metadata and page furniture share.
extension String {
    /// Whether `needle` occurs in the string, compared byte for byte (no locale, no folding):
    /// a plain search that stays fast when run on every line of a large file.
    func containsBytes(of needle: String) -> Bool {
        let pattern = needle.utf8
        guard let first = pattern.first else { return true }
        var rest = utf8[...]
        while let start = rest.firstIndex(of: first) {
            let candidate = rest[start...]
            if candidate.starts(with: pattern) { return true }
            rest = candidate.dropFirst()
        }
        return false
    }

    /// The string without surrounding white space and list or emphasis marks.
    func trimmingSpacesAndMarks() -> String {
        trimmingCharacters(in: " \t\r\n*_#>-•|")
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
}
