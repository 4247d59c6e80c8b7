import Foundation

/// TAB completion for a command line, worked out from the command table so that each command's
/// options and arguments complete the way its spec says.
public enum Completion {
    /// Something TAB could put in place of the word being typed.
    public struct Candidate: Sendable, Equatable {
        /// The word to insert.
        public var value: String
        /// How it is listed when there are several ("2  Belarus frees 52 prisoners").
        public var display: String
        /// Directories complete with "/" and no space, so the user can go on typing.
        public var isDirectory: Bool

        public init(_ value: String, display: String? = nil, isDirectory: Bool = false) {
            self.value = value
            self.display = display ?? value
            self.isDirectory = isDirectory
        }
    }

    /// What to do with the line: replace from `wordStart` (a scalar offset into the text before
    /// the cursor) to the cursor with `replacement`, and list `candidates` if more than one.
    public struct Result: Sendable, Equatable {
        public var wordStart: Int
        public var replacement: String
        public var candidates: [Candidate]
    }

    /// Completes `line`, the text before the cursor.
    public static func complete(
        _ line: String, table: CommandTable, session: Session,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> Result? {
        let parsed = CommandWords.partial(line)
        var words = parsed.words
        let lineLength = line.unicodeScalars.count
        if parsed.endsInSpace { words.append(CommandWords.Word(text: "", range: lineLength..<lineLength)) }
        guard let current = words.last else { return nil }
        let candidates: [Candidate]
        if words.count == 1 {
            candidates = table.commands.filter(\.isAvailable).flatMap { [$0.name] + $0.aliases }
                .filter { $0.hasPrefix(current.text) }.map { Candidate($0) }
        } else {
            guard let spec = table.command(named: words[0].text) else { return nil }
            let previous = words[words.count - 2].text
            let source: CompletionSource
            if let option = optionTakingValue(previous, in: spec) {
                source = option.completion
            } else if current.text.hasPrefix("-") {
                let options = (spec.options + CommandTable.commonOptions).map { Candidate("--" + $0.name, display: $0.usage) }
                candidates = options.filter { $0.value.hasPrefix(current.text) }
                return result(for: current, candidates: candidates, openQuote: parsed.openQuote)
            } else {
                source = spec.operands.completion
            }
            candidates = Self.candidates(
                from: source, prefix: current.text, session: session, table: table,
                workingDirectory: workingDirectory)
        }
        return result(for: current, candidates: candidates, openQuote: parsed.openQuote)
    }

    private static func optionTakingValue(_ word: String, in spec: CommandSpec) -> OptionSpec? {
        if word.hasPrefix("--") { return spec.options.first { "--" + $0.name == word && $0.valueName != nil } }
        if word.count == 2, word.hasPrefix("-") {
            return spec.options.first { $0.short == word.last && $0.valueName != nil }
        }
        return nil
    }

    static func candidates(
        from source: CompletionSource, prefix: String, session: Session, table: CommandTable,
        workingDirectory: String
    ) -> [Candidate] {
        switch source {
        case .none:
            return []
        case .commands:
            return table.commands.map(\.name).filter { $0.hasPrefix(prefix) }.map { Candidate($0) }
        case .words(let words):
            return words.filter { $0.hasPrefix(prefix) }.map { Candidate($0) }
        case .articles:
            return session.entries.enumerated().map { index, entry in
                Candidate(
                    String(index + 1), display: "\(index + 1)  \(TerminalSafety.escape(entry.article.metadata.title))")
            }.filter { $0.value.hasPrefix(prefix) }
        case .computed(let compute):
            return compute(session).filter { $0.value.lowercased().hasPrefix(prefix.lowercased()) }
        case .paths(let extensions):
            return paths(prefix: prefix, extensions: extensions, workingDirectory: workingDirectory)
        }
    }

    /// Entries of the directory named by `prefix` whose names start with its last component.
    static func paths(prefix: String, extensions: Set<String>?, workingDirectory: String) -> [Candidate] {
        let slash = prefix.lastIndex(of: "/")
        let directoryPart = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        if prefix == "~" { return [Candidate("~/", isDirectory: true)] }
        let expanded = ArticleLoader.expandTilde(directoryPart.isEmpty ? "." : directoryPart)
        let directory =
            expanded.hasPrefix("/") ? expanded : (workingDirectory as NSString).appendingPathComponent(expanded)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var candidates: [Candidate] = []
        for name in names.sorted() where name.hasPrefix(namePrefix) {
            if name.hasPrefix("."), !namePrefix.hasPrefix(".") { continue }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            if isDirectory.boolValue {
                candidates.append(Candidate(directoryPart + name + "/", display: name + "/", isDirectory: true))
            } else if extensions.map({ $0.contains((name as NSString).pathExtension.lowercased()) }) ?? true {
                candidates.append(Candidate(directoryPart + name, display: name))
            }
        }
        return candidates
    }

    private static func result(for word: CommandWords.Word, candidates: [Candidate], openQuote: Character?) -> Result? {
        guard !candidates.isEmpty else { return nil }
        let replacement: String
        if candidates.count == 1, let only = candidates.first {
            let closing = only.isDirectory ? "" : (openQuote.map { String($0) } ?? "") + " "
            replacement = escape(only.value, openQuote: openQuote) + closing
        } else {
            replacement = escape(commonPrefix(candidates.map(\.value)), openQuote: openQuote)
        }
        return Result(
            wordStart: word.range.lowerBound, replacement: (openQuote.map { String($0) } ?? "") + replacement,
            candidates: candidates)
    }

    /// A word written so the command-line splitter reads it back unchanged.
    private static func escape(_ text: String, openQuote: Character?) -> String {
        // Inside single quotes nothing is special but the quote itself: close, escape, reopen.
        if openQuote == "'" { return text.replacingOccurrences(of: "'", with: "'\\''") }
        var output = ""
        for character in text {
            if openQuote == "\"" {
                if character == "\"" || character == "\\" { output.append("\\") }
            } else if " \t'\"\\#".contains(character) {
                output.append("\\")
            }
            output.append(character)
        }
        return output
    }

    static func commonPrefix(_ values: [String]) -> String {
        guard var prefix = values.first else { return "" }
        for value in values.dropFirst() {
            while !value.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
