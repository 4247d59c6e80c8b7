/// `people`: who is in the current article.
enum PeopleCommand {
    static let spec = CommandSpec(
        name: "people",
        synopsis: "people [--every]",
        summary: "The people in the story: name, role, mentions, quotations.",
        details: """
        Lists the people the story names, most mentioned first, each once under the fullest \
        form of their name, with the role the story gives them ("U.S. President", "a \
        journalist", "of Freedom House"). People are found from context (titles, roles, \
        appositives, verbs of saying), not from a list of names, and places, organisations \
        and nationalities are left out. Mentions count the full name, the surname or first \
        name alone, "the judge"-style references and pronouns; a pronoun is counted only when \
        the text makes clear who it means. Bylines, date lines and boilerplate such as \
        "READ ALSO" lines are not read.

        The quotes column counts the direct and partial quotations attributed to each person \
        (as `quotes` lists them; reported speech is not counted).

        --every lists the people of every loaded article, each person once: two stories' \
        people are one person when they have the same full name, or the same surname with a \
        role sharing a word ("Lukashenko, President of Belarus" and "Alexander Lukashenko, \
        Belarusian President") and no clashing first names. A surname alone is not enough. \
        The Stories column shows in which articles each appears ([N]), how often each \
        mentions them (×) and how many quotations each gives them.

        Examples:
          people
          people --every
          newsdesk --json -c people story.txt
        """,
        options: [EveryArticle.option],
        run: { invocation, context throws(CommandError) in
            if invocation.flags.contains("every") {
                let reports = try EveryArticle.reports(for: "people --every", context)
                let stories = StoryWork.map(reports) { InStory($0.story, $0.value.people()) }
                let merged = PeopleMerger.merge(stories.map { InStory($0.story, $0.value.rows) })
                return CommandOutput(EveryPeopleResult(stories: stories, people: merged))
            }
            let entry = try context.currentArticle(for: "people")
            return CommandOutput(context.session.report(of: entry).people())
        }
    )
}
