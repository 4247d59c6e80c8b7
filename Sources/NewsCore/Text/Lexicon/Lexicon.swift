import Foundation

/// The word lists every analyzer reads, kept as plain-text data files apart from the rules that
/// use them (as HeidelTime keeps its patterns and tables in resource files).
///
/// Each list is `Resources/Lexicon/GROUP/NAME.txt` in the core's resource bundle. The format is
/// one entry a line:
///
/// - blank lines and lines starting with `#` are skipped; ` # ` after an entry starts a comment;
/// - `[tag]` on a line of its own tags every entry after it, until the next `[tag]`, so one
///   file can hold a list with its sub-kinds (the speech verbs, say);
/// - `key = value` makes a table entry (a value in double quotes keeps its spaces, `""` is empty);
///   anything else is the entry as written, spaces included ("prime minister").
///
/// Lists are read when first asked for and never change after, so callers keep what they get in
/// a `static let` of their own; every entry is used as written (lists are kept lower case where
/// the rules compare lower-cased words).
public enum Lexicon {
    /// One line of a list: the entry, the value after ` = ` for tables, and its section's tag.
    public struct Entry: Sendable, Equatable {
        public var text: String
        public var value: String?
        public var tag: String?
    }

    /// The entries of list `name` ("quotes/speech-verbs") in file order.
    public static func entries(_ name: String) -> [Entry] {
        parse(contents(of: name), name: name)
    }

    /// The entries of a list, in file order; with `tags`, only entries under those sections.
    public static func list(_ name: String, tags: Set<String>? = nil) -> [String] {
        entries(name).filter { entry in tags.map { tagSet in entry.tag.map(tagSet.contains) ?? false } ?? true }
            .map(\.text)
    }

    /// The entries of a list as a set; with `tags`, only entries under those sections.
    public static func set(_ name: String, tags: Set<String>? = nil) -> Set<String> {
        Set(list(name, tags: tags))
    }

    /// A table list (`key = value` lines) as a dictionary; a later line wins over an earlier one.
    public static func table(_ name: String) -> [String: String] {
        var table: [String: String] = [:]
        for entry in entries(name) {
            guard let value = entry.value else { preconditionFailure("\(name): '\(entry.text)' has no value") }
            table[entry.text] = value
        }
        return table
    }

    /// A table whose values are whole numbers.
    public static func integers(_ name: String) -> [String: Int] {
        table(name).mapValues { value in
            guard let number = Int(value) else { preconditionFailure("\(name): '\(value)' is not a whole number") }
            return number
        }
    }

    /// A table whose values are numbers.
    public static func numbers(_ name: String) -> [String: Double] {
        table(name).mapValues { value in
            guard let number = Double(value) else { preconditionFailure("\(name): '\(value)' is not a number") }
            return number
        }
    }

    /// Reads the lines of one list file into entries, one pass over the UTF-8 bytes (every
    /// process reads its lists at start-up, so this stays cheap).
    static func parse(_ contents: String, name: String) -> [Entry] {
        var entries: [Entry] = []
        var tag: String?
        var contents = contents
        contents.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if let entry = entry(bytes, lineStart..<lineEnd, tag: &tag) { entries.append(entry) }
                lineStart = lineEnd + 1
            }
        }
        return entries
    }

    /// The entry on one line, or nil for a blank line, a comment or a `[tag]` line (which sets
    /// `tag` for the lines after it).
    private static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, tag: inout String?) -> Entry? {
        let space: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        var lower = line.lowerBound
        var upper = line.upperBound
        // A comment: '#' at the start, or " # " after an entry.
        var index = lower
        while index < upper {
            if bytes[index] == UInt8(ascii: "#"),
                index == lower
                    || (space(bytes[index - 1])
                        && (index + 1 == upper || space(bytes[index + 1])))
            {
                upper = index
                break
            }
            index += 1
        }
        while lower < upper, space(bytes[lower]) { lower += 1 }
        while upper > lower, space(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper, bytes[lower] != UInt8(ascii: "#") else { return nil }
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        if bytes[lower] == UInt8(ascii: "["), bytes[upper - 1] == UInt8(ascii: "]"), upper - lower > 2 {
            tag = text((lower + 1)..<(upper - 1))
            return nil
        }
        // "key = value", or "key =" for an empty value.
        var equals = lower + 1
        while equals < upper,
            !(bytes[equals] == UInt8(ascii: "=") && space(bytes[equals - 1])
                && (equals + 1 == upper || space(bytes[equals + 1])))
        {
            equals += 1
        }
        guard equals < upper else { return Entry(text: text(lower..<upper), value: nil, tag: tag) }
        var keyEnd = equals
        while keyEnd > lower, space(bytes[keyEnd - 1]) { keyEnd -= 1 }
        var valueStart = equals + 1
        while valueStart < upper, space(bytes[valueStart]) { valueStart += 1 }
        var valueEnd = upper
        if valueEnd - valueStart >= 2, bytes[valueStart] == UInt8(ascii: "\""),
            bytes[valueEnd - 1] == UInt8(ascii: "\"")
        {
            valueStart += 1
            valueEnd -= 1
        }
        return Entry(text: text(lower..<keyEnd), value: text(valueStart..<valueEnd), tag: tag)
    }

    /// The text of list `name`. A missing list is a packaging fault, not bad input: the lists
    /// ship inside the program's resource bundle, so stop with a message naming the file.
    private static func contents(of name: String) -> String {
        let path = directory + "/" + name + ".txt"
        guard let data = FileManager.default.contents(atPath: path) else {
            preconditionFailure(
                "newsdesk: word list \(path) is missing; reinstall newsdesk with its resource "
                    + "bundle (\(Bundle.module.bundleURL.lastPathComponent)) beside the program")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Where the lists are: `Lexicon/` in the core's resource bundle.
    static let directory = Bundle.module.bundleURL.appendingPathComponent("Lexicon").path

    /// The names of every list in the bundle ("quote/speech-nouns"), sorted: for checks that
    /// every list loads.
    public static func allNames() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        return walker.compactMap { ($0 as? String).flatMap { $0.hasSuffix(".txt") ? String($0.dropLast(4)) : nil } }
            .sorted()
    }
}
