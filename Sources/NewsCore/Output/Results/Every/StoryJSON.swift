/// The JSON CONTRACT.md gives every `--every` command: `{"articles": [{"number", "title",
/// RESULT...}]}`, each article's own result object with its number and title in front.
enum StoryJSON {
    /// The `articles` member built from each story's own result.
    static func articles(_ stories: [(StoryLabel, JSONValue)]) -> (String, JSONValue) {
        ("articles", .array(stories.map { story, result in
            var members: [(String, JSONValue)] = [("number", .int(story.number)), ("title", .string(story.title))]
            if case .object(let own) = result { members += own }
            return .object(members)
        }))
    }

    /// `{"number", "title"}` naming one story inside a merged view.
    static func label(_ story: StoryLabel) -> [(String, JSONValue)] {
        [("number", .int(story.number)), ("title", .string(story.title))]
    }
}

/// How text views across stories name a story: "[3] Dockworkers strike at…", escaped.
extension StoryLabel {
    func shown(_ width: Int = 40) -> String {
        TerminalSafety.escape(tag(width))
    }
}
