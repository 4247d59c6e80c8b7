import Testing

@testable import NewsCore

/// A pipeline record or standard input comes without a file name: only its first non-blank line
/// may make it Markdown, and only when that line is an ATX heading.
@Suite("sniffing the format of a text without a name")
struct ArticleFormatSniffingTests {
    @Test("a first line that is an ATX heading makes the text Markdown", arguments: [
        "# Port strike ends after nine days\n\nDockworkers returned on Monday.",
        "\n\n   ## Council votes to close the library\nThe vote was 7-2.",
        "\u{FEFF}# Flood warnings lifted",
        "\r\n\r\n### 2026 budget passes",
        "\u{2028}# Ferry service resumes",
    ])
    func heading(_ text: String) {
        #expect(Article.Format.sniff(text) == .markdown)
    }

    @Test("anything else stays plain text", arguments: [
        "#MeToo marches drew thousands on Saturday.",
        "####### Seven marks are no heading",
        "#   \nBody text follows.",
        "The mayor spoke first.\n# A later line that looks like a heading",
        "   \n\t\n",
        "",
    ])
    func plain(_ text: String) {
        #expect(Article.Format.sniff(text) == .text)
    }
}
