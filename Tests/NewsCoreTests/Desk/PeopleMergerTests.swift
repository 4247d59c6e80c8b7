import Testing

@testable import NewsCore

private func row(_ name: String, _ title: String? = nil, mentions: Int = 1, quotes: Int = 0) -> PeopleResult.Row {
    PeopleResult.Row(name: name, title: title, mentions: mentions, quotes: quotes)
}

@Suite("People across stories")
struct PeopleMergerTests {
    @Test("the same full name in two stories is one person, with each story's counts")
    func sameFullName() {
        let merged = PeopleMerger.merge([
            InStory(DeskStories.label(1), [row("Ann Smith", mentions: 3, quotes: 2)]),
            InStory(DeskStories.label(2), [row("Ann Smith", "librarian", mentions: 1, quotes: 0)]),
        ])
        #expect(merged.count == 1)
        #expect(merged[0].appearances.map(\.story.number) == [1, 2])
        #expect(merged[0].mentions == 4)
        #expect(merged[0].quotes == 2)
        #expect(merged[0].quotedIn.map(\.number) == [1])
        #expect(merged[0].title == "librarian")
    }

    @Test("a surname alone joins the full name when the roles share a word, and the fuller name is kept")
    func surnameWithRole() {
        let merged = PeopleMerger.merge([
            InStory(DeskStories.label(1), [row("Lukashenko", "Belarusian President")]),
            InStory(DeskStories.label(2), [row("Alexander Lukashenko", "President of Belarus")]),
        ])
        #expect(merged.count == 1)
        #expect(merged[0].name == "Alexander Lukashenko")
        #expect(merged[0].appearances.map(\.name) == ["Lukashenko", "Alexander Lukashenko"])
    }

    @Test("a shared surname without a shared role, or with clashing first names, stays two people")
    func surnameAloneIsNotEnough() {
        let noRole = PeopleMerger.merge([
            InStory(DeskStories.label(1), [row("Smith")]),
            InStory(DeskStories.label(2), [row("Ann Smith", "librarian")]),
        ])
        #expect(noRole.count == 2)
        let otherRole = PeopleMerger.merge([
            InStory(DeskStories.label(1), [row("Smith", "goalkeeper")]),
            InStory(DeskStories.label(2), [row("Ann Smith", "librarian")]),
        ])
        #expect(otherRole.count == 2)
        let clash = PeopleMerger.merge([
            InStory(DeskStories.label(1), [row("Tom Alder", "shop owner")]),
            InStory(DeskStories.label(2), [row("Ruth Alder", "shop owner")]),
        ])
        #expect(clash.count == 2)
        let initial = PeopleMerger.merge([
            InStory(DeskStories.label(1), [row("A. Lukashenko", "president")]),
            InStory(DeskStories.label(2), [row("Alexander Lukashenko", "President of Belarus")]),
        ])
        #expect(initial.count == 1)
    }

    @Test("two people of one story are never merged, even when a later story could join them")
    func oneStoryKeepsItsPeople() {
        let merged = PeopleMerger.merge([
            InStory(DeskStories.label(1), [row("Tom Alder", "pilot"), row("Alder", "pilot")]),
        ])
        #expect(merged.count == 2)
    }

    @Test("people named in more stories come first")
    func ordering() {
        let merged = PeopleMerger.merge([
            InStory(DeskStories.label(1), [row("Ann Smith", mentions: 9), row("Piet Lindqvist", mentions: 1)]),
            InStory(DeskStories.label(2), [row("Piet Lindqvist", mentions: 1)]),
        ])
        #expect(merged.map(\.name) == ["Piet Lindqvist", "Ann Smith"])
    }

    @Test("people --every merges the stories' people and names every story in text and JSON")
    func command() throws {
        let session = DeskStories.session([DeskStories.release, DeskStories.border, DeskStories.library])
        let result = try #require(try DeskStories.run("people --every", session) as? EveryPeopleResult)
        let lukashenko = try #require(result.people.first { $0.name == "Alexander Lukashenko" })
        #expect(lukashenko.appearances.map(\.story.number) == [1, 2])
        #expect(lukashenko.quotes == 3)
        #expect(result.people.contains { $0.name == "Sviatlana Tsikhanouskaya" && $0.appearances.count == 2 })
        #expect(!result.people.contains { $0.name == "Lukashenko" })
        let text = result.text(.plain)
        #expect(text.contains("[1] 2×, 2 quoted; [2] 1×, 1 quoted"))
        guard case .object(let members) = result.json, case .array(let articles) = members[0].1 else {
            Issue.record("not {articles: [...]}"); return
        }
        #expect(members.map(\.0) == ["articles", "people"])
        #expect(articles.count == 3)
        #expect(articles[1].member("number") == .int(2))
        #expect(articles[1].member("title") == .string("Lithuania receives 50 prisoners freed by Belarus"))
        #expect(articles[1].member("people") != nil)
    }
}
