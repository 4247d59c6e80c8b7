/// Splits a command line into words the way a POSIX shell would: white space separates words,
/// single quotes keep everything literally, double quotes allow `\"` and `\\`, a backslash
/// outside quotes escapes the next character, and `#` at the start of a word begins a comment.
///
/// The same rules serve the shell, scripts, `-c` and completion, so a line means the same
/// everywhere.
public enum CommandWords {
    /// A word and where it stood in the line (scalar offsets, quotes included).
    public struct Word: Sendable, Equatable {
        public var text: String
        public var range: Range<Int>
    }

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case unterminatedQuote(Character)
        case danglingBackslash

        public var description: String {
            switch self {
            case .unterminatedQuote(let mark): return "unterminated quote (\(mark)) in command line"
            case .danglingBackslash: return "command line ends with a lone backslash"
            }
        }
    }

    /// The words of a complete line.
    public static func split(_ line: String) throws(Failure) -> [Word] {
        let scan = scan(line)
        if let failure = scan.failure { throw failure }
        return scan.words
    }

    /// The words of a line being typed, tolerating an open quote at the end: the partial last
    /// word is returned as if the quote were closed. `openQuote` tells which quote is open.
    public static func partial(_ line: String) -> (words: [Word], openQuote: Character?, endsInSpace: Bool) {
        let scan = scan(line)
        var open: Character? = nil
        if case .unterminatedQuote(let mark) = scan.failure { open = mark }
        let endsInSpace =
            open == nil && (line.unicodeScalars.last.map { $0 == " " || $0 == "\t" } ?? false)
            && !line.hasSuffix("\\ ")
        return (scan.words, open, endsInSpace || line.isEmpty)
    }

    private static func scan(_ line: String) -> (words: [Word], failure: Failure?) {
        let scalars = Array(line.unicodeScalars)
        var words: [Word] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count,
                scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\r" || scalars[index] == "\n"
            { index += 1 }
            guard index < scalars.count else { break }
            if scalars[index] == "#" { break }
            let start = index
            var text = String.UnicodeScalarView()
            while index < scalars.count,
                !(scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\r" || scalars[index] == "\n")
            {
                let scalar = scalars[index]
                switch scalar {
                case "'":
                    index += 1
                    while index < scalars.count, scalars[index] != "'" { text.append(scalars[index]); index += 1 }
                    guard index < scalars.count else {
                        words.append(Word(text: String(text), range: start..<index))
                        return (words, .unterminatedQuote("'"))
                    }
                    index += 1
                case "\"":
                    index += 1
                    while index < scalars.count, scalars[index] != "\"" {
                        if scalars[index] == "\\", index + 1 < scalars.count,
                            scalars[index + 1] == "\"" || scalars[index + 1] == "\\"
                        {
                            index += 1
                        }
                        text.append(scalars[index])
                        index += 1
                    }
                    guard index < scalars.count else {
                        words.append(Word(text: String(text), range: start..<index))
                        return (words, .unterminatedQuote("\""))
                    }
                    index += 1
                case "\\":
                    guard index + 1 < scalars.count else {
                        words.append(Word(text: String(text), range: start..<(index + 1)))
                        return (words, .danglingBackslash)
                    }
                    text.append(scalars[index + 1])
                    index += 2
                default:
                    text.append(scalar)
                    index += 1
                }
            }
            words.append(Word(text: String(text), range: start..<index))
        }
        return (words, nil)
    }

    /// `word` quoted so that `split` gives it back unchanged (for completion and history).
    public static func quote(_ word: String) -> String {
        let special = " \t\n\r'\"\\#"
        guard word.contains(where: { special.contains($0) }) || word.isEmpty else { return word }
        if !word.contains("'") { return "'" + word + "'" }
        var output = ""
        for character in word {
            if special.contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
