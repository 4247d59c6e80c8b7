import Foundation
import NewsCore

/// `sentences`: the sentence splitter on the Golden Rules.
enum SentenceEval {
    struct Rule {
        let number: Int
        let name: String
        let input: String
        let sentences: [String]
    }

    static func run(_ arguments: [String]) -> Int32 {
        var path: String?
        var decodeEscapes = false
        for argument in arguments {
            switch argument {
            case "--decode-escapes": decodeEscapes = true
            case _ where argument.hasPrefix("-"):
                return EvalTool.fail("newsdesk-eval sentences: unknown option '\(argument)'")
            case _ where path == nil: path = argument
            default: return EvalTool.fail(EvalTool.usage)
            }
        }
        guard let path else { return EvalTool.fail(EvalTool.usage) }
        let rules: [Rule]
        do {
            rules = try load(path)
        } catch {
            FileHandle.standardError.write(Data("newsdesk-eval: \(path): \(error)\n".utf8))
            return 1
        }
        let splitter = SentenceSplitter()
        var passed = 0
        for rule in rules {
            let input = decodeEscapes ? decoded(rule.input) : rule.input
            let text = ScalarText(input)
            let got = splitter.split(text, in: 0..<text.count).map { text[$0] }
            let expected = rule.sentences.map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if got == expected {
                passed += 1
            } else {
                print("Rule \(rule.number): \(rule.name)")
                print("  expected: \(quoted(expected))")
                print("  got:      \(quoted(got))")
            }
        }
        let percent = rules.isEmpty ? 0 : Double(passed) * 100 / Double(rules.count)
        let suffix = decodeEscapes ? ", escapes decoded" : ""
        print(
            "Golden Rules (English): \(passed)/\(rules.count) passed "
                + "(\(String(format: "%.1f", percent))%)\(suffix)")
        return 0
    }

    struct FormatError: Error, CustomStringConvertible {
        let line: Int
        var description: String { "line \(line): expected rule, name, input and sentences" }
    }

    /// The rules of a JSON Lines file, blank lines skipped.
    static func load(_ path: String) throws -> [Rule] {
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        var rules: [Rule] = []
        for (offset, line) in contents.split(separator: "\n").enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let fields = object as? [String: Any],
                let number = fields["rule"] as? Int,
                let name = fields["name"] as? String,
                let input = fields["input"] as? String,
                let sentences = fields["sentences"] as? [String]
            else { throw FormatError(line: offset + 1) }
            rules.append(Rule(number: number, name: name, input: input, sentences: sentences))
        }
        return rules
    }

    /// `text` with the backslash escapes \n, \t, \" and \\ read as the characters they stand
    /// for; any other backslash is kept.
    static func decoded(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"", "\\": result.append(character)
                default: result.append("\\\(character)")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// Sentences as a bracketed list of quoted strings, with line breaks shown as \n.
    static func quoted(_ sentences: [String]) -> String {
        "[" + sentences.map { $0.debugDescription }.joined(separator: ", ") + "]"
    }
}
