/// Numbers written as words, as news copy spells them ("fifty-two", "a dozen", "three decades",
/// "the third"). Shared by every analyzer that reads numbers, so that figures and dates agree on
/// what "fourteen" is worth.
public enum NumberWords {
    /// Lower-cased cardinal words below one hundred, with their values.
    static let units: [String: Int] = Lexicon.integers("numbers/units")

    static let tens: [String: Int] = Lexicon.integers("numbers/tens")

    /// Words that multiply what comes before them ("two hundred", "5 million", "1.2bn").
    public static let magnitudes: [String: Double] = Lexicon.numbers("numbers/magnitudes")

    /// Lower-cased ordinal words with their values ("first" = 1, "twenty-first" = 21).
    static let ordinalUnits: [String: Int] = Lexicon.integers("numbers/ordinal-units")

    /// Lower-case first letters of the cardinal words (and of "dozen"), as ASCII bytes.
    private static let cardinalInitials: Set<UInt8> = Set("zotfsend".utf8)
    /// Lower-case first letters of the ordinal words, as ASCII bytes.
    private static let ordinalInitials: Set<UInt8> = Set("fstenhmb".utf8)

    /// The value of one cardinal word or hyphenated compound ("fourteen", "fifty-two",
    /// "a dozen" is read by callers as "dozen"); nil for anything else. Case-insensitive.
    public static func cardinal(_ word: String) -> Int? {
        // Called on every token by the figure and date readers: turn most words away by their
        // length and first letter before any look-up.
        guard let first = word.utf8.first, word.utf8.count >= 3, word.utf8.count <= 24,
            cardinalInitials.contains(first | 0x20)
        else { return nil }
        let lower = word.lowercasedQuickly
        if let value = units[lower] ?? tens[lower] { return value }
        if lower == "dozen" { return 12 }
        guard lower.utf8.contains(UInt8(ascii: "-")) else { return nil }
        // An ASCII word's Characters are its bytes: split by byte, the same parts.
        let parts =
            lower.utf8.allSatisfy { $0 < 0x80 }
            ? lower.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            : lower.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, let ten = tens[parts[0]], let unit = units[parts[1]], unit > 0, unit < 10 {
            return ten + unit
        }
        return nil
    }

    /// The value of one ordinal word ("third", "twenty-first") or numeric ordinal ("15th",
    /// "2nd"); nil for anything else. Case-insensitive.
    public static func ordinal(_ word: String) -> Int? {
        guard let first = word.utf8.first, word.utf8.count >= 3, word.utf8.count <= 24,
            (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || ordinalInitials.contains(first | 0x20)
        else { return nil }
        let lower = word.lowercasedQuickly
        if let value = ordinalUnits[lower] { return value }
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return asciiOrdinal(lower) }
        if lower.utf8.contains(UInt8(ascii: "-")) {
            let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 2, let ten = tens[String(parts[0])], let unit = ordinalUnits[String(parts[1])], unit < 10
            {
                return ten + unit
            }
        }
        for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) {
            let digits = lower.dropLast(2)
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) { return Int(digits) }
        }
        return nil
    }

    /// `ordinal(_:)` past its word look-up for an ASCII word, whose Characters are its bytes:
    /// the same compound and suffix tests on bytes, without splitting into Characters or
    /// building a list of suffixes per call.
    private static func asciiOrdinal(_ lower: String) -> Int? {
        let bytes = lower.utf8
        let hyphen = UInt8(ascii: "-")
        if bytes.contains(hyphen) {
            let parts = bytes.split(separator: hyphen, omittingEmptySubsequences: false)
            if parts.count == 2, let ten = tens[String(decoding: parts[0], as: UTF8.self)],
                let unit = ordinalUnits[String(decoding: parts[1], as: UTF8.self)], unit < 10
            {
                return ten + unit
            }
        }
        guard bytes.count >= 2 else { return nil }
        let ending = (bytes[bytes.index(bytes.endIndex, offsetBy: -2)], bytes[bytes.index(before: bytes.endIndex)])
        switch ending {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
            (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
            let digits = bytes.dropLast(2)
            guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else { return nil }
            return Int(String(decoding: digits, as: UTF8.self))
        default:
            return nil
        }
    }

    /// The value of a run of number words read left to right ("two hundred and fifty",
    /// "three million", "fifty-two"), and how many of `words` it used; nil when the first word
    /// is not a number word. "and" is taken only between a hundred and what follows it.
    public static func cardinal(words: [String]) -> (value: Double, count: Int)? {
        var total = 0.0, group = 0.0, used = 0, sawNumber = false
        var index = 0
        while index < words.count {
            let lower = words[index].lowercased()
            if let value = cardinal(lower) {
                group += Double(value)
                sawNumber = true
            } else if lower == "hundred", sawNumber {
                group = max(group, 1) * 100
            } else if let scale = magnitudes[lower], scale >= 1_000, sawNumber {
                total += max(group, 1) * scale
                group = 0
            } else if lower == "and", sawNumber, index + 1 < words.count, cardinal(words[index + 1]) != nil,
                group.truncatingRemainder(dividingBy: 100) == 0, group > 0
            {
                index += 1
                continue
            } else {
                break
            }
            index += 1
            used = index
        }
        return sawNumber ? (total + group, used) : nil
    }
}
