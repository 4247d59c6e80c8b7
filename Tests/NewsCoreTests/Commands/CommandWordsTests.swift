import Testing

@testable import NewsCore

struct SplitCase: Sendable, CustomTestStringConvertible {
    let name: String
    let line: String
    let words: [String]
    init(_ name: String, _ line: String, _ words: [String]) {
        self.name = name
        self.line = line
        self.words = words
    }
    var testDescription: String { name }
}

@Suite("CommandWords")
struct CommandWordsTests {
    static let splitCases: [SplitCase] = [
        SplitCase("spaces and tabs separate words", "load  a.txt\tb.md ", ["load", "a.txt", "b.md"]),
        SplitCase("double quotes keep spaces", #"load "my story.txt" b.md"#, ["load", "my story.txt", "b.md"]),
        SplitCase("single quotes keep spaces", "load 'my story.txt'", ["load", "my story.txt"]),
        SplitCase("single quotes keep backslashes and double quotes literally",
                  #"quotes --by 'a\b "c"'"#, ["quotes", "--by", #"a\b "c""#]),
        SplitCase("double quotes allow \\\" and \\\\ only",
                  #"x "say \"hi\" \\ \n""#, ["x", #"say "hi" \ \n"#]),
        SplitCase("a backslash escapes the next character outside quotes",
                  ##"load my\ story.txt \'q\' \#tag"##, ["load", "my story.txt", "'q'", "#tag"]),
        SplitCase("quoted parts join with the rest of the word", #"load dir/"my file".txt"#, ["load", "dir/my file.txt"]),
        SplitCase("an empty quoted word is still a word", "use ''", ["use", ""]),
        SplitCase("# at the start of a word begins a comment", "show # the whole article", ["show"]),
        SplitCase("# inside a word is not a comment", "load issue#5.txt", ["load", "issue#5.txt"]),
        SplitCase("a quoted # is not a comment", "quotes --by '#1 fan'", ["quotes", "--by", "#1 fan"]),
        SplitCase("a line that is only a comment has no words", "   # nothing here", []),
        SplitCase("an empty line has no words", "", []),
    ]

    @Test("splitting follows shell quoting rules", arguments: splitCases)
    func split(_ example: SplitCase) throws {
        #expect(try CommandWords.split(example.line).map(\.text) == example.words)
    }

    @Test("each word's range covers it in the line, quotes included")
    func wordRanges() throws {
        let line = #"load  "a b"  c\ d 'e'"#
        let words = try CommandWords.split(line)
        #expect(words.map(\.range) == [0..<4, 6..<11, 13..<17, 18..<21])
        let text = ScalarText(line)
        #expect(words.map { text[$0.range] } == ["load", #""a b""#, #"c\ d"#, "'e'"])
    }

    @Test("ranges count Unicode scalars, not bytes")
    func scalarRanges() throws {
        let words = try CommandWords.split("use café 2")
        #expect(words.map(\.range) == [0..<3, 4..<8, 9..<10])
    }

    @Test("an unterminated quote is an error naming the quote",
          arguments: [(#"load "my story"#, Character("\"")), ("load 'my story", Character("'")),
                      (#"quotes --by "Ann"#, Character("\""))])
    func unterminatedQuote(line: String, mark: Character) {
        #expect(throws: CommandWords.Failure.unterminatedQuote(mark)) {
            try CommandWords.split(line)
        }
    }

    @Test("a line ending in a lone backslash is an error")
    func danglingBackslash() {
        #expect(throws: CommandWords.Failure.danglingBackslash) {
            try CommandWords.split(#"load story\"#)
        }
        // An escaped backslash at the end is fine.
        #expect((try? CommandWords.split(#"load story\\"#))?.map(\.text) == ["load", #"story\"#])
    }

    @Test("partial lines report the open quote and the words so far")
    func partialOpenQuote() {
        let double = CommandWords.partial(#"load "my sto"#)
        #expect(double.openQuote == "\"")
        #expect(double.words.map(\.text) == ["load", "my sto"])
        #expect(double.words.last?.range.lowerBound == 5)
        #expect(!double.endsInSpace)

        let single = CommandWords.partial("quotes --by 'Ann L")
        #expect(single.openQuote == "'")
        #expect(single.words.last?.text == "Ann L")
        #expect(!single.endsInSpace, "a space inside an open quote is part of the word")
    }

    @Test("partial lines tell whether the cursor is after a separating space",
          arguments: [("load ", true), ("load", false), ("", true), (#"load my\ "#, false),
                      ("load a.txt\t", true), ("load 'a b' ", true)])
    func partialEndsInSpace(line: String, endsInSpace: Bool) {
        let result = CommandWords.partial(line)
        #expect(result.endsInSpace == endsInSpace)
        #expect(result.openQuote == nil)
    }

    @Test("quote gives back a word that split reads back unchanged",
          arguments: ["plain.txt", "my story.txt", "it's here", #"say "hi""#, #"back\slash"#, "#tag",
                      "", "tab\there", #"it's a "test" \ ok"#, "trailing ", "ümlaut café", "'", "\""])
    func quoteRoundTrip(word: String) throws {
        let quoted = CommandWords.quote(word)
        #expect(try CommandWords.split(quoted).map(\.text) == [word], "quoted as \(quoted)")
        #expect(try CommandWords.split("load " + quoted + " next").map(\.text) == ["load", word, "next"])
    }

    @Test("quote also protects line breaks, which split would otherwise take as separators",
          arguments: ["two\nlines.txt", "carriage\rreturn"])
    func quoteLineBreaks(word: String) throws {
        let quoted = CommandWords.quote(word)
        #expect(try CommandWords.split(quoted).map(\.text) == [word], "quoted as \(quoted)")
    }

    @Test("quote leaves ordinary words alone")
    func quotePlain() {
        #expect(CommandWords.quote("story.txt") == "story.txt")
        #expect(CommandWords.quote("2025-09-11") == "2025-09-11")
    }
}
