/// The one table of commands that every front end uses.
public struct CommandTable: Sendable {
    public private(set) var commands: [CommandSpec]

    public init(_ commands: [CommandSpec]) {
        self.commands = commands
    }

    /// newsdesk's commands, in the order `help` lists them.
    public static let standard = CommandTable(BuiltinCommands.all)

    /// The command called `name` (or one of its aliases).
    public func command(named name: String) -> CommandSpec? {
        commands.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Every name and alias, for completion.
    public var allNames: [String] {
        commands.flatMap { [$0.name] + $0.aliases }
    }

    /// Names close to a mistyped one, best first: for "did you mean …?".
    public func suggestions(for name: String) -> [String] {
        Suggestions.closest(to: name, among: commands.map(\.name))
    }

    /// The name of the `--json` flag every command takes: in the shell, `people --json` shows
    /// the one JSON value a script run with `newsdesk --json` would get.
    public static let jsonFlag = "json"

    /// Options every command takes, besides its own.
    public static let commonOptions = [
        OptionSpec(jsonFlag, help: "print the result as one line of JSON, exactly as newsdesk --json does")
    ]

    /// Parses the words of a command line (the first word is the command name) into an
    /// invocation of `spec`, checking options and operand counts.
    public static func parse(_ words: [String], for spec: CommandSpec) throws(CommandError) -> Invocation {
        var invocation = Invocation(name: spec.name)
        var index = 1
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if !optionsEnded, word == "--" { optionsEnded = true; continue }
            guard !optionsEnded, word.hasPrefix("-"), word.count > 1, Int(word) == nil else {
                invocation.operands.append(word)
                continue
            }
            let (option, inlineValue) = try findOption(word, in: spec)
            invocation.usages[option.name] = option.usage
            if option.valueName == nil {
                if inlineValue != nil { throw CommandError("\(spec.name): \(option.usage) takes no value") }
                invocation.flags.insert(option.name)
                continue
            }
            if let inlineValue {
                invocation.values[option.name] = inlineValue
            } else if index < words.count {
                invocation.values[option.name] = words[index]
                index += 1
            } else {
                throw CommandError("\(spec.name): \(option.usage) needs a value (\(option.valueName!))")
            }
        }
        let count = invocation.operands.count
        if count < spec.operands.minimum {
            throw CommandError("\(spec.name): missing \(spec.operands.name) (usage: \(spec.synopsis))")
        }
        if count > spec.operands.maximum {
            let extra = invocation.operands[spec.operands.maximum]
            throw CommandError(
                spec.operands.maximum == 0
                    ? "\(spec.name): takes no arguments, got '\(extra)' (usage: \(spec.synopsis))"
                    : "\(spec.name): too many arguments from '\(extra)' (usage: \(spec.synopsis))")
        }
        return invocation
    }

    /// The option a word names: `--name`, `--name=value`, `-n`, `-nVALUE`.
    private static func findOption(_ word: String, in spec: CommandSpec) throws(CommandError) -> (OptionSpec, String?) {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            let value =
                body.contains("=")
                ? String(body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[1]) : nil
            if let option = (spec.options + commonOptions).first(where: { $0.name == name }) { return (option, value) }
            throw unknownOption(word, spec)
        }
        let letter = word.dropFirst().first!
        guard let option = spec.options.first(where: { $0.short == letter }) else { throw unknownOption(word, spec) }
        let rest = String(word.dropFirst(2))
        if rest.isEmpty { return (option, nil) }
        guard option.valueName != nil else { throw unknownOption(word, spec) }
        return (option, rest)
    }

    private static func unknownOption(_ word: String, _ spec: CommandSpec) -> CommandError {
        // Named as help names them, the common ones included, so every option mentioned is one
        // `help COMMAND` lists.
        let options = spec.options + commonOptions
        let names = options.map { "--" + $0.name }
        let hint = Suggestions.closest(to: word, among: names).first.map { "; did you mean \($0)?" } ?? ""
        let usage = spec.options.isEmpty ? "; usage: \(spec.synopsis)" : ""
        return CommandError(
            "\(spec.name): unknown option '\(word)'\(hint) (options: \(options.map(\.usage).joined(separator: ", "))\(usage))"
        )
    }
}

/// Finds the words closest to a mistyped one.
public enum Suggestions {
    /// Candidates within a small edit distance of `word`, or starting with it, best first.
    public static func closest(to word: String, among candidates: [String]) -> [String] {
        let lower = word.lowercased()
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = editDistance(lower, candidate.lowercased())
            let limit = max(1, min(2, candidate.count / 3))
            if distance <= limit { return (candidate, distance) }
            if lower.count >= 2, candidate.lowercased().hasPrefix(lower) { return (candidate, limit + 1) }
            return nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one ("artciles" is one step from "articles").
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
