import Testing

@testable import NewsCore

private func event(_ date: String?, _ text: String, relation: TimelineAnalysis.Relation = .on) -> TimelineAnalysis.Event {
    TimelineAnalysis.Event(date: date, value: date, description: text, sentence: 0, timex: 0, relation: relation,
                           paragraph: 1)
}

private func timeline(_ events: [TimelineAnalysis.Event]) -> TimelineAnalysis {
    let timex = TimelineAnalysis.Timex(text: "then", range: 0..<4, type: "DATE", value: "2025", mod: nil, sentence: 0,
                                       paragraph: 1)
    return TimelineAnalysis(reference: CalendarDate(iso: "2025-03-14"), timexes: [timex], events: events)
}

@Suite("One timeline across stories")
struct StoryChronologyTests {
    @Test("events of several stories go in date order, partial dates by their start, ties by story")
    func merged() {
        let chronology = StoryChronology([
            InStory(DeskStories.label(1), timeline([event("2025-03", "a month"), event("2025-03-13", "a day")])),
            InStory(DeskStories.label(2), timeline([event("2024", "last year"), event("2025-02-27", "late February"),
                                                    event("2025-W11", "the week of the 10th")])),
        ])
        let order = chronology.entries.map { chronology.event($0).description }
        #expect(order == ["last year", "late February", "a month", "the week of the 10th", "a day"])
        #expect(chronology.entries.map(\.story.number) == [2, 2, 1, 2, 1])
    }

    @Test("a story's own order is kept: an undated event stays after the event it follows")
    func storyOrderKept() {
        let chronology = StoryChronology([
            InStory(DeskStories.label(1), timeline([event("2025-03-10", "talks"), event(nil, "after the talks", relation: .after),
                                                    event("2025-03-20", "vote")])),
            InStory(DeskStories.label(2), timeline([event("2025-03-15", "strike")])),
        ])
        let order = chronology.entries.map { chronology.event($0).description }
        #expect(order == ["talks", "after the talks", "strike", "vote"])
    }

    @Test("stories with no dated event come last")
    func undatedLast() {
        let chronology = StoryChronology([
            InStory(DeskStories.label(1), timeline([event(nil, "someday")])),
            InStory(DeskStories.label(2), timeline([event("1990", "long ago")])),
        ])
        #expect(chronology.entries.map(\.story.number) == [2, 1])
    }

    @Test("ISO weeks, quarters and decades start where they begin")
    func dateStarts() {
        #expect(DateStart.of("2025-W09") == "2025-02-24")
        #expect(DateStart.of("2026-W01") == "2025-12-29")
        #expect(DateStart.of("2025-Q2") == "2025-04-01")
        #expect(DateStart.of("199") == "1990-01-01")
        #expect(DateStart.of("2025-06") == "2025-06-01")
        #expect(DateStart.of("2025-06-18T14:00") == "2025-06-18T14:00")
    }

    @Test("timeline --every names each event's story, in text and in JSON")
    func command() throws {
        let session = DeskStories.session([DeskStories.release, DeskStories.border, DeskStories.library])
        let result = try #require(try DeskStories.run("timeline --every", session) as? EveryTimelineResult)
        let text = result.text(.plain)
        #expect(text.contains("[1] Belarus frees 52 prisoners"))
        #expect(text.contains("[2] Lithuania receives 50 prisoners"))
        let dates = result.chronology.entries.compactMap { result.chronology.event($0).date }
        #expect(dates == dates.sorted())
        #expect(result.chronology.entries.first?.story.number == 3)
        guard case .array(let events)? = result.json.member("events") else { Issue.record("no events"); return }
        #expect(events.count == result.chronology.entries.count)
        #expect(events.allSatisfy { $0.member("number") != nil && $0.member("title") != nil })
    }
}

@Suite("--every")
struct EveryOptionTests {
    @Test("with no article loaded, every --every command and brief give one error saying how to load some")
    func noArticles() {
        for line in ["quotes --every", "people --every", "figures --every", "timeline --every", "brief"] {
            #expect(throws: CommandError.self) { try DeskStories.run(line, Session()) }
            do {
                _ = try DeskStories.run(line, Session())
            } catch {
                #expect(error.message.contains("no articles loaded"))
                #expect(error.message.contains("load PATH"))
                #expect(!error.message.contains("\n"))
            }
        }
    }

    @Test("quotes --every --by gathers one person's quotations from every story, each naming its article")
    func quotesBy() throws {
        let session = DeskStories.session([DeskStories.release, DeskStories.border, DeskStories.library])
        let result = try #require(try DeskStories.run("quotes --every --by lukashenko", session) as? EveryQuotesResult)
        let found = result.stories.flatMap { story in story.value.quotations.map { (story.story.number, $0) } }
        #expect(found.map(\.0) == [1, 1, 2])
        #expect(found.allSatisfy { $0.1.speaker?.lowercased().contains("lukashenko") == true })
        let text = result.text(.plain)
        #expect(text.contains("[1] Belarus frees 52 prisoners"))
        #expect(text.contains("[2] Lithuania receives 50 prisoners"))
        #expect(!text.contains("[3]"))
        guard case .array(let articles)? = result.json.member("articles") else { Issue.record("no articles"); return }
        #expect(articles.map { $0.member("number") } == [.int(1), .int(2), .int(3)])
        #expect(articles.allSatisfy { $0.member("quotes") != nil && $0.member("title") != nil })
    }

    @Test("the --every JSON of a command holds, per article, exactly that command's own JSON")
    func sameShapeAsOneArticle() throws {
        let session = DeskStories.session([DeskStories.release, DeskStories.border])
        let every = try DeskStories.run("figures --every", session).json
        var single = session
        _ = single.use(1)
        let one = try DeskStories.run("figures", single).json
        guard case .array(let articles)? = every.member("articles"), case .object(let first) = articles[0],
              case .object(let own) = one else { Issue.record("shapes"); return }
        #expect(first.map(\.0) == ["number", "title"] + own.map(\.0))
        #expect(JSONValue.object(Array(first.dropFirst(2))) == one)
    }

    @Test("a long title is cut at a word for the short label")
    func shortTitle() {
        let label = StoryLabel(number: 3, title: "Dockworkers at the port of Rotterdam walked off the job on Thursday")
        #expect(label.shortTitle(30) == "Dockworkers at the port of…")
        #expect(label.tag(30) == "[3] Dockworkers at the port of…")
        #expect(StoryLabel(number: 1, title: "Short").tag() == "[1] Short")
    }
}
