/// Decodes the character references left in metadata strings. The parser decodes entities in
/// page text; JSON-LD and some `<meta>` values arrive with them still escaped ("Q&amp;A",
/// "Trump&#8217;s").
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "hellip": "\u{2026}",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let end = scalars[index...].prefix(12).firstIndex(of: ";"),
               let scalar = reference(String(String.UnicodeScalarView(scalars[(index + 1)..<end]))) {
                result.append(scalar)
                index = end + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return HTMLText.fold(String(result))
    }

    private static func reference(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return named[name]
    }
}
