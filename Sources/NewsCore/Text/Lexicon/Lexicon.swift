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

    /// Reads the lines of one list file into entries.
    static func parse(_ contents: String, name: String) -> [Entry] {
        var entries: [Entry] = []
        var tag: String?
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = Substring(rawLine)
            if let comment = line.range(of: " # ") { line = line[..<comment.lowerBound] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count > 2 {
                tag = String(trimmed.dropFirst().dropLast())
                continue
            }
            if let equals = trimmed.range(of: " = ") ?? (trimmed.hasSuffix(" =") ? trimmed.range(of: " =") : nil) {
                let key = trimmed[..<equals.lowerBound].trimmingCharacters(in: .whitespaces)
                var value = trimmed[equals.upperBound...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
                entries.append(Entry(text: key, value: value, tag: tag))
            } else {
                entries.append(Entry(text: trimmed, value: nil, tag: tag))
            }
        }
        return entries
    }

    /// The text of list `name`. A missing list is a packaging fault, not bad input: the lists
    /// ship inside the program's resource bundle, so stop with a message naming the file.
    private static func contents(of name: String) -> String {
        let url = Bundle.module.bundleURL.appendingPathComponent("Lexicon/\(name).txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            preconditionFailure("newsdesk: word list Lexicon/\(name).txt is missing from the resource bundle "
                                + "\(Bundle.module.bundlePath); reinstall newsdesk with its resources beside it")
        }
        return text
    }
}
