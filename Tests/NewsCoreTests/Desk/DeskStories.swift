@testable import NewsCore

/// Small stories for the tests across articles: two on one prisoner release that give different
/// numbers for it and quote the same two people under different names, and one unrelated story
/// that counts the same noun.
enum DeskStories {
    static let release = """
        Belarus frees 52 prisoners after US talks
        By Anna Reed
        September 11, 2025

        VILNIUS, Sept. 11 (Wirewatch) - Belarus freed 52 prisoners on Thursday, President Alexander Lukashenko said, a day after talks with a US envoy.

        "We have shown goodwill, and we expect the same in return," said Lukashenko, the President of Belarus. "Now it is their turn."

        Opposition leader Sviatlana Tsikhanouskaya said: "This is a small step, and hundreds more are still behind bars."
        """

    static let border = """
        Lithuania receives 50 prisoners freed by Belarus
        By Tom Gray
        September 12, 2025

        Lithuania received 50 prisoners from Belarus on Friday, border officials said.

        Belarusian President Lukashenko said: "This is a gesture, not a concession to anyone."

        Tsikhanouskaya, the opposition leader, said: "Every prisoner must go free, not only the ones who make headlines."
        """

    static let library = """
        Harbour town library reopens after repairs
        By Jo Banks
        September 10, 2025

        The library in Port Ellis reopened on Wednesday with 40 prisoners of war memorial books on display, librarian Ann Smith said.

        "We waited two years for this," said Smith, the town librarian.
        """

    /// A session holding `texts` in order (the last current).
    static func session(_ texts: [String]) -> Session {
        var session = Session()
        session.add(texts.enumerated().map { ArticleParser.parse($0.element + "\n", format: .text, source: "story\($0.offset + 1).txt") })
        return session
    }

    /// Runs `line` (a command and its options, split at spaces) on `session`.
    static func run(_ line: String, _ session: Session) throws(CommandError) -> any CommandResult {
        let words = line.split(separator: " ").map(String.init)
        var context = CommandContext(session: session, loader: ArticleLoader(), table: .standard)
        let spec = CommandTable.standard.command(named: words[0])!
        return try spec.run(try CommandTable.parse(words, for: spec), &context).result
    }

    /// A label for tests that build results by hand.
    static func label(_ number: Int, _ title: String = "Story") -> StoryLabel {
        StoryLabel(number: number, title: title)
    }
}
