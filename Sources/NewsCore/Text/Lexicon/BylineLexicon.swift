/// Words that follow a byline's names without being names ("By Jane Roe, Staff Writer").
enum BylineLexicon {
    static let roleWords: Set<String> = [
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
        "editor", "editors", "news", "press", "agency", "bureau", "desk", "contributor",
        "contributing", "special", "senior", "chief", "political", "foreign", "business",
        "sports", "health", "science", "technology", "economics", "associated", "reuters", "afp",
        "ap", "bloomberg", "team", "the", "our", "in", "for", "with", "from", "at", "photos",
        "photographer", "video", "updated", "published", "analysis", "opinion",
    ]

    /// Lower-case particles allowed inside a personal name ("Ludwig van Beethoven").
    static let nameParticles: Set<String> = [
        "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin",
        "bint", "al", "el", "ibn", "dos", "das", "y", "ter", "ten", "st",
    ]
}
