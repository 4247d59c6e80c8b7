/// Words that follow a byline's names without being names ("By Jane Roe, Staff Writer").
enum BylineLexicon {
    static let roleWords: Set<String> = Lexicon.set("byline/role-words")

    /// Lower-case particles allowed inside a personal name ("Ludwig van Beethoven").
    static let nameParticles: Set<String> = Lexicon.set("byline/name-particles")
}
