/// `people --every`: the people of every loaded article, one person once however many stories
/// name them, with where and how often.
public struct EveryPeopleResult: CommandResult {
    /// Each story's own people, as `people` gives them.
    public var stories: [InStory<PeopleResult>]
    /// The same people merged across stories (see `PeopleMerger`).
    public var people: [PersonAcrossStories]

    public init(stories: [InStory<PeopleResult>], people: [PersonAcrossStories]) {
        self.stories = stories
        self.people = people
    }

    /// `{"articles": [{"number", "title", "people": [...]}], "people": [{"name", "title",
    /// "mentions", "quotes", "articles": [{"number", "title", "name", "role", "mentions",
    /// "quotes"}]}]}`: each story's people as `people` gives them, then the people merged.
    public var json: JSONValue {
        .object([
            StoryJSON.articles(stories.map { ($0.story, $0.value.json) }),
            ("people", .array(people.map(\.json))),
        ])
    }

    /// One row per person: name, role, mentions and quotations in all, and the stories that
    /// name them with how often each mentions and quotes them.
    public func text(_ style: TextStyle) -> String {
        guard !people.isEmpty else {
            return "No people found in \(stories.count == 1 ? "the 1 story" : "any of the \(stories.count) stories")."
        }
        var table = TextTable([.init("Name"), .init("Role"), .init("Mentions", alignRight: true),
                               .init("Quotes", alignRight: true), .init("Stories")])
        for person in people {
            let where_ = person.appearances.map { appearance in
                "[\(appearance.story.number)] \(appearance.mentions)×"
                    + ((appearance.quotes ?? 0) > 0 ? ", \(appearance.quotes!) quoted" : "")
            }.joined(separator: "; ")
            table.rows.append([person.name, person.title.map { TextLayout.truncate($0, width: 32) } ?? "-",
                               String(person.mentions), String(person.quotes), where_])
        }
        let several = people.filter { $0.appearances.count > 1 }.count
        let note = "\(people.count) \(people.count == 1 ? "person" : "people") in \(stories.count) "
            + "\(stories.count == 1 ? "story" : "stories"); \(several) in more than one. "
            + "Stories: [N] mentions×, quotations."
        return table.render(style) + "\n" + note
    }
}

extension PersonAcrossStories {
    public var json: JSONValue {
        .object([
            ("name", .string(name)), ("title", .optional(title)), ("mentions", .int(mentions)),
            ("quotes", .int(quotes)),
            ("articles", .array(appearances.map { appearance in
                .object(StoryJSON.label(appearance.story) + [
                    ("name", .string(appearance.name)), ("role", .optional(appearance.title)),
                    ("mentions", .int(appearance.mentions)), ("quotes", .optional(appearance.quotes)),
                ])
            })),
        ])
    }
}
