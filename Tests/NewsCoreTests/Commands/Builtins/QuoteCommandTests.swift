import Foundation
import Testing

@testable import NewsCore

/// A session with one story in which three people are quoted.
private func storySession() -> Session {
    let text = """
    Harbour Board Backs New Ferry Terminal

    Harbour master Grace Okoye said the vote was "a long time coming" for the island.

    "We have waited twelve years for this," Okoye said. "Now we build."

    Councillor Piet Lindqvist, who voted against the plan, said: "The costs will double before the first ferry docks."

    Ferry operator Island Lines said the new terminal would open in 2028.
    """
    var session = Session()
    session.add([ArticleParser.parse(text + "\n", format: .text, source: "ferry.txt")])
    return session
}

private func run(_ line: String, session: Session) throws -> QuotesResult {
    var context = CommandContext(session: session, loader: ArticleLoader(), table: .standard)
    var invocation = Invocation(name: "quotes")
    let words = line.split(separator: " ").map(String.init)
    var index = 0
    while index < words.count {
        if words[index] == "--all" { invocation.flags.insert("all") }
        if words[index] == "--by", index + 1 < words.count { invocation.values["by"] = words[index + 1]; index += 1 }
        index += 1
    }
    let output = try QuotesCommand.spec.run(invocation, &context)
    return try #require(output.result as? QuotesResult)
}

@Suite("quotes command")
struct QuoteCommandTests {
    @Test("the command is available, not a planned stub")
    func available() throws {
        let spec = try #require(CommandTable.standard.command(named: "quotes"))
        #expect(spec.isAvailable)
    }

    @Test("quotes lists direct and partial quotations in story order with their speakers")
    func listing() throws {
        let result = try run("", session: storySession())
        #expect(result.quotations.map(\.speaker) == ["Grace Okoye", "Grace Okoye", "Grace Okoye", "Piet Lindqvist"])
        #expect(result.quotations.map(\.kind) == [.partial, .direct, .direct, .direct])
        #expect(result.quotations.allSatisfy { $0.kind != .indirect })
        let starts = result.quotations.map(\.range.lowerBound)
        #expect(starts == starts.sorted())
    }

    @Test("--all adds reported speech, --by filters by any part of the name in any case")
    func options() throws {
        let all = try run("--all", session: storySession())
        #expect(all.quotations.contains { $0.kind == .indirect && $0.speaker == "Island Lines" && $0.text == "the new terminal would open in 2028" })
        let byPart = try run("--by okoy", session: storySession())
        #expect(byPart.quotations.count == 3)
        #expect(byPart.quotations.allSatisfy { $0.speaker == "Grace Okoye" })
        let byFirst = try run("--by PIET", session: storySession())
        #expect(byFirst.quotations.map(\.speaker) == ["Piet Lindqvist"])
        let nobody = try run("--by Smith", session: storySession())
        #expect(nobody.quotations.isEmpty)
        #expect(nobody.text(.plain).contains("No quotations by 'Smith'"))
    }

    @Test("text view: numbered, speaker, kind and paragraph, quotation wrapped, tally by speaker")
    func textView() throws {
        let text = try run("", session: storySession()).text(TextStyle(width: 40))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("1  Grace Okoye") == true)
        #expect(lines.contains { $0.hasPrefix("4  Piet Lindqvist") })
        #expect(lines.contains { $0.contains("direct · paragraph 4") })
        #expect(lines.allSatisfy { TextLayout.width($0) <= 40 }, "wrapped to the width: \(lines)")
        let tally = lines.drop { !$0.hasPrefix("By speaker:") }.joined(separator: " ")
        #expect(tally == "By speaker: Grace Okoye 3, Piet Lindqvist 1")
    }

    @Test("JSON has the contract's keys, offsets into the text")
    func json() throws {
        let session = storySession()
        let result = try run("", session: session)
        guard case .object(let top) = result.json, case .array(let items)? = top.first?.1 else {
            Issue.record("not {quotes: [...]}")
            return
        }
        #expect(top.first?.0 == "quotes")
        let article = try #require(session.current?.article)
        for item in items {
            guard case .object(let fields) = item else { Issue.record("not an object"); continue }
            #expect(fields.map(\.0) == ["text", "start", "end", "speaker", "mention", "kind", "sentence"])
            if case .string(let text)? = fields.first(where: { $0.0 == "text" })?.1,
               case .int(let start)? = fields.first(where: { $0.0 == "start" })?.1,
               case .int(let end)? = fields.first(where: { $0.0 == "end" })?.1 {
                try #require(0 <= start && start <= end && end <= article.text.count,
                             "span \(start)..<\(end) lies in the text")
                #expect(article.text[start..<end] == text)
            }
        }
    }

    @Test("article text in the text view is escaped for the terminal")
    func escaping() throws {
        var session = Session()
        session.add([ArticleParser.parse("Headline\n\n\"Stop \u{1B}[2J now,\" said Mayor Ann Cole.\n", format: .text, source: "x.txt")])
        let text = try run("", session: session).text(.plain)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\\e[2J"))
    }

    @Test("TAB after --by completes speaker names, surname alone too")
    func completion() throws {
        let session = storySession()
        let surname = try #require(Completion.complete("quotes --by Lind", table: .standard, session: session, workingDirectory: "/"))
        #expect(surname.replacement == "Lindqvist ")
        let full = try #require(Completion.complete("quotes --by gra", table: .standard, session: session, workingDirectory: "/"))
        #expect(full.replacement == "Grace\\ Okoye ")
        #expect(Completion.complete("quotes --by Zed", table: .standard, session: session, workingDirectory: "/") == nil)
    }
}
