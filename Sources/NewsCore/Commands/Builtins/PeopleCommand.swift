/// `people`: who is in the current article.
enum PeopleCommand {
    static let spec = CommandSpec(
        name: "people",
        synopsis: "people",
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

        Examples:
          people
          newsdesk --json -c people story.txt
        """,
        run: { _, context throws(CommandError) in
            let entry = try context.currentArticle(for: "people")
            let people = PeopleFinder.analyze(entry.article)
            let quotations = QuoteFinder.analyze(entry.article, people: people, includeReported: false)
            return CommandOutput(PeopleResult(people, quotations: quotations))
        }
    )
}
