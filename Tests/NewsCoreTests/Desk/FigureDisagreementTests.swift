import Testing

@testable import NewsCore

/// A count of `of` as a figure, optionally with a qualifier or an upper end.
private func count(_ value: Double, _ of: String, qualifier: String? = nil, high: Double? = nil,
                   kind: Figure.Kind = .count, at start: Int = 0) -> Figure {
    Figure(range: start..<(start + 2), text: String(Int(value)), value: value, high: high, kind: kind, of: of,
           qualifier: qualifier, amount: value, numberRange: start..<(start + 2))
}

private func find(_ stories: [[Figure]]) -> [FigureDisagreement] {
    FigureDisagreements.find(stories.enumerated().map { InStory(DeskStories.label($0.offset + 1), $0.element) })
}

@Suite("Figures that disagree")
struct FigureDisagreementTests {
    @Test("52 prisoners in one story and 50 in another disagree")
    func differentCounts() throws {
        let found = find([[count(52, "prisoners")], [count(50, "prisoners")]])
        let only = try #require(found.first)
        #expect(found.count == 1)
        #expect(only.thing == "prisoners")
        #expect(only.kind == .count)
        #expect(only.claims.map(\.story.number) == [1, 2])
        #expect(only.claims.map { $0.value.map(\.value) } == [[52], [50]])
    }

    @Test("numbers that can be the same amount agree")
    func compatibleNumbers() {
        #expect(find([[count(52, "prisoners")], [count(52, "prisoners")]]).isEmpty)
        #expect(find([[count(52, "prisoners")], [count(50, "prisoners", qualifier: "about")]]).isEmpty)
        #expect(find([[count(45, "prisoners")], [count(40, "prisoners", qualifier: "more than")]]).isEmpty)
        #expect(find([[count(35, "prisoners")], [count(40, "prisoners", qualifier: "up to")]]).isEmpty)
        #expect(find([[count(125, "people")], [count(120, "people", high: 150)]]).isEmpty)
        // A story that gives the other story's number among its own agrees with it.
        #expect(find([[count(52, "prisoners"), count(14, "prisoners")], [count(52, "prisoners")]]).isEmpty)
    }

    @Test("bounds and approximations that cannot hold the other number disagree")
    func incompatibleBounds() {
        #expect(find([[count(35, "prisoners")], [count(40, "prisoners", qualifier: "more than")]]).count == 1)
        #expect(find([[count(60, "prisoners")], [count(50, "prisoners", qualifier: "about")]]).count == 1)
    }

    @Test("the same thing is the same kind counting the same noun, articles, possessives and plurals aside")
    func sameThing() {
        #expect(find([[count(52, "the prisoners")], [count(50, "Belarus's prisoners")]]).count == 1)
        #expect(find([[count(1, "prisoner")], [count(50, "prisoners")]]).count == 1)
        #expect(find([[count(52, "prisoners")], [count(50, "political prisoners")]]).isEmpty)
        #expect(find([[count(52, "prisoners")], [count(50, "prisoners", kind: .percent)]]).isEmpty)
        #expect(find([[count(2024, "prisoners", kind: .year)], [count(2025, "prisoners", kind: .year)]]).isEmpty)
    }

    @Test("different numbers inside one story are not flagged")
    func oneStory() {
        #expect(find([[count(400, "pupils"), count(150, "pupils")]]).isEmpty)
    }

    @Test("stories about unrelated news are not compared, and are left out of a flag between related ones")
    func unrelatedStories() throws {
        let stories = [InStory(DeskStories.label(1), [count(52, "prisoners")]),
                       InStory(DeskStories.label(2), [count(50, "prisoners")]),
                       InStory(DeskStories.label(3), [count(40, "prisoners")])]
        let related: (StoryLabel, StoryLabel) -> Bool = { $0.number != 3 && $1.number != 3 }
        let found = FigureDisagreements.find(stories, related: related)
        #expect(found.count == 1)
        #expect(try #require(found.first).claims.map(\.story.number) == [1, 2])
        #expect(FigureDisagreements.find(Array(stories.dropFirst()), related: related).isEmpty)
    }

    @Test("with sentence words given, figures are compared only when their sentences share a word")
    func sentenceContext() {
        let stories = [InStory(DeskStories.label(1), [count(52, "people")]), InStory(DeskStories.label(2), [count(50, "people")])]
        let unrelated: [[Set<String>]] = [[["quake", "killed"]], [["concert", "attended"]]]
        #expect(FigureDisagreements.find(stories, contexts: unrelated).isEmpty)
        let shared: [[Set<String>]] = [[["quake", "killed"]], [["killed", "nepal"]]]
        #expect(FigureDisagreements.find(stories, contexts: shared).count == 1)
    }

    @Test("a figure's context is its sentence's content words, without the counted noun and number words")
    func contextWords() throws {
        let article = ArticleParser.parse("Strike\n\nBelarus freed 52 prisoners on Thursday, officials said.\n",
                                          format: .text, source: "x.txt")
        let figures = FigureFinder.analyze(article)
        let words = FigureContext.words(of: figures, in: article)
        let index = try #require(figures.firstIndex { $0.value == 52 })
        #expect(words[index].contains("thursday"))
        #expect(words[index].contains("freed"))
        #expect(!words[index].contains("prisoner"))
    }

    @Test("stories are kin when they share a person or a headline word")
    func kinship() {
        let stories = [DeskStories.label(1, "Belarus frees 52 prisoners after US talks"),
                       DeskStories.label(2, "Lithuania receives 50 prisoners freed by Belarus"),
                       DeskStories.label(3, "Harbour town library reopens after repairs"),
                       DeskStories.label(4, "Minister quits over budget")]
        let person = PersonAcrossStories(name: "Ann Smith", title: nil, appearances: [
            .init(story: stories[2], name: "Ann Smith", title: nil, mentions: 1, quotes: 1),
            .init(story: stories[3], name: "Ann Smith", title: nil, mentions: 1, quotes: 0),
        ])
        let kinship = StoryKinship(stories: stories, people: [person])
        #expect(kinship.related(stories[0], stories[1]))
        #expect(!kinship.related(stories[0], stories[2]))
        #expect(kinship.related(stories[2], stories[3]))
    }

    @Test("figures --every lists every story's figures with its article and flags the disagreement")
    func command() throws {
        let session = DeskStories.session([DeskStories.release, DeskStories.border, DeskStories.library])
        let result = try #require(try DeskStories.run("figures --every", session) as? EveryFiguresResult)
        #expect(result.stories.map(\.story.number) == [1, 2, 3])
        let flag = try #require(result.disagreements.first)
        #expect(result.disagreements.count == 1)
        #expect(flag.thing == "prisoners")
        #expect(flag.claims.map(\.story.number) == [1, 2])
        let text = result.text(.plain)
        #expect(text.contains("Figures that disagree"))
        #expect(text.contains("52 in [1] Belarus frees 52 prisoners"))
        #expect(text.contains("50 in [2] Lithuania receives 50"))
        for line in text.split(separator: "\n") where line.contains("  count  ") {
            #expect(line.hasPrefix("[1]") || line.hasPrefix("[2]") || line.hasPrefix("[3]"))
        }
        guard case .object(let members) = result.json else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["articles", "disagreements"])
    }
}
