import Testing

@testable import NewsCore

/// Markdown and what it should look like with every markup character replaced by a space.
struct MaskCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let expected: String
    init(_ name: String, _ input: String, _ expected: String) {
        self.name = name
        self.input = input
        self.expected = expected
    }
    var testDescription: String { name }
}

private func mask(_ input: String) -> (text: String, headings: [String], masked: MarkdownMasker.Masked) {
    let masked = MarkdownMasker.mask(ScalarText(input))
    let text = ScalarText(scalars: masked.scalars)
    return (text.string, masked.headingLines.map { text[$0] }, masked)
}

@Suite("MarkdownMasker")
struct MarkdownMaskerTests {
    static let inlineCases: [MaskCase] = [
        MaskCase("strong emphasis", "The **port** closed.", "The   port   closed."),
        MaskCase("emphasis with stars", "A *brief* stop.", "A  brief  stop."),
        MaskCase("emphasis with underscores", "A _brief_ stop.", "A  brief  stop."),
        MaskCase("inline code", "Run `load` now.", "Run  load  now."),
        MaskCase("link keeps its text, hides its target",
                 "See [the report](https://example.org/r) today.",
                 "See  the report                         today."),
        MaskCase("strong emphasis around a link closes after it",
                 "A **[new deal](https://e.org/d)** today.",
                 "A    new deal                     today."),
        MaskCase("a linked byline in bold",
                 "**By [Ana Diaz](https://e.org/a)**",
                 "  By  Ana Diaz                    "),
        MaskCase("image is hidden entirely",
                 "Before ![a ferry](ferry.jpg) after.",
                 "Before                       after."),
        MaskCase("blockquote marker", "> She said so.", "  She said so."),
        MaskCase("dash list marker", "- first point", "  first point"),
        MaskCase("star list marker", "* second point", "  second point"),
        MaskCase("numbered list marker", "12. twelfth point", "    twelfth point"),
        MaskCase("snake_case stays as written", "The snake_case_word stays.", "The snake_case_word stays."),
        MaskCase("arithmetic star stays", "It is 5 * 3 in all.", "It is 5 * 3 in all."),
        MaskCase("a hashtag without a space is no heading", "#NoHeading here", "#NoHeading here"),
    ]

    @Test("inline and block markup become spaces, everything else stays put", arguments: inlineCases)
    func masksMarkup(_ example: MaskCase) {
        let result = mask(example.input)
        #expect(result.text == example.expected)
        #expect(result.masked.scalars.count == example.input.unicodeScalars.count)
    }

    @Test("every scalar that is not markup keeps its offset")
    func offsetsPreserved() throws {
        let input = "## Ferry *strike* ends ##\n\n> **Crews** said [the deal](http://x.example/d) was _fair_.\n- Pay rises 5 * 3 per cent\n"
        let original = Array(input.unicodeScalars)
        let masked = MarkdownMasker.mask(ScalarText(input)).scalars
        try #require(masked.count == original.count)
        for (index, scalar) in masked.enumerated() where scalar != " " {
            #expect(scalar == original[index], "scalar \(index) moved or changed")
        }
        // Every word of the prose survives at its original offset.
        let text = ScalarText(scalars: masked)
        for word in ["Ferry", "strike", "ends", "Crews", "said", "the deal", "was", "fair", "Pay rises 5 * 3 per cent"] {
            let range = try #require(input.range(of: word))
            let start = input.unicodeScalars.distance(from: input.unicodeScalars.startIndex, to: range.lowerBound)
            let count = word.unicodeScalars.count
            #expect(text[start..<(start + count)] == word)
        }
    }

    @Test("ATX headings are reported as heading lines, hashes masked",
          arguments: [
              ("# Harbour Reopens", "Harbour Reopens", "  Harbour Reopens"),
              ("## Sub ##", "Sub", "   Sub   "),
              ("###   Spaced Out   ", "Spaced Out", "      Spaced Out   "),
              ("# Pay and *conditions*", "Pay and  conditions", "  Pay and  conditions "),
          ])
    func atxHeadings(input: String, heading: String, masked: String) {
        let result = mask(input)
        #expect(result.text == masked)
        #expect(result.headings == [heading])
    }

    @Test("setext headings: the line above === or --- is a heading, the underline masked",
          arguments: ["=====", "---"])
    func setextHeadings(underline: String) throws {
        let input = "Ferry Strike Ends\n\(underline)\nCrews went back on Monday."
        let result = mask(input)
        #expect(result.headings == ["Ferry Strike Ends"])
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count == 3)
        #expect(lines[0] == "Ferry Strike Ends")
        #expect(lines[1].allSatisfy { $0 == " " } && lines[1].count == underline.count)
        #expect(lines[2] == "Crews went back on Monday.")
    }

    @Test("a heading line with CRLF ends is reported without the carriage return")
    func headingWithCRLF() {
        let result = mask("# Title Here\r\nBody line.\r\n")
        #expect(result.headings == ["Title Here"])
        #expect(result.text == "  Title Here\r\nBody line.\r\n")
    }

    @Test("plain paragraphs are not headings")
    func noHeadings() {
        let result = mask("Crews walked out.\n\nThe port was shut.\n")
        #expect(result.headings.isEmpty)
        #expect(result.text == "Crews walked out.\n\nThe port was shut.\n")
    }

    @Test("code fences are masked and what is inside them is no heading",
          arguments: ["```", "~~~", "```swift"])
    func fencedCode(fence: String) throws {
        let input = "Before.\n\(fence)\n# not a heading\n```\nAfter."
            .replacingOccurrences(of: "```\nAfter", with: String(fence.prefix(3)) + "\nAfter")
        let result = mask(input)
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count == 5)
        #expect(lines[0] == "Before.")
        #expect(lines[1].allSatisfy { $0 == " " } && lines[1].count == fence.count)
        #expect(lines[2].contains("not a heading"))
        #expect(lines[3].allSatisfy { $0 == " " } && lines[3].count == 3)
        #expect(lines[4] == "After.")
        #expect(result.headings.isEmpty)
    }
}
