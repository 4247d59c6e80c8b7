/// The `--every` results as tables, so `once day.csv` after `figures --every` writes one CSV of
/// the whole day's copy: each story's own table, every row led by the story's number and title.
/// The timeline's rows follow the merged chronology rather than the stories' order.
enum StoryTable {
    /// `inner`'s columns after `article` and `article_title`, and its rows after each story's.
    static func joined<Value: TabularResult>(_ stories: [InStory<Value>]) -> ResultTable {
        let columns = stories.first?.value.table.columns ?? []
        var table = ResultTable(columns: ["article", "article_title"] + columns)
        for story in stories {
            let lead = [String(story.story.number), story.story.title]
            table.rows += story.value.table.rows.map { lead + $0 }
        }
        return table
    }
}

extension EveryQuotesResult: TabularResult {
    public var table: ResultTable { StoryTable.joined(stories) }
}

extension EveryFiguresResult: TabularResult {
    public var table: ResultTable { StoryTable.joined(stories) }
}

extension EveryPeopleResult: TabularResult {
    /// Each story's people as that story gives them; the merged list is in the JSON view.
    public var table: ResultTable { StoryTable.joined(stories) }
}

extension EveryTimelineResult: TabularResult {
    /// One row per event in the merged chronology, with the date that places it.
    public var table: ResultTable {
        let rowsByStory = chronology.stories.map { TimelineResult($0.value).table.rows }
        var table = ResultTable(columns: ["article", "article_title", "placed_by", "date", "event", "expression",
                                          "type", "value", "sentence", "paragraph"])
        for entry in chronology.entries {
            let rows = rowsByStory[entry.storyIndex]
            guard rows.indices.contains(entry.event) else { continue }
            table.rows.append([String(entry.story.number), entry.story.title, entry.placedBy ?? ""] + rows[entry.event])
        }
        return table
    }
}

extension BriefResult: MarkdownRepresentable {}

extension MarkdownView: MarkdownRepresentable {
    func markdown() -> String { result.markdown() }
}
