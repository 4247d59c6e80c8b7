/// Cues to the tense of a clause, which decides whether "on Thursday" or "in January" points
/// back from the reference date or forward from it.
enum TenseLexicon {
    /// Auxiliaries that put a clause in the future ("will", and "would" in reported speech).
    static let futureAuxiliaries: Set<String> = Lexicon.set("tense/future-auxiliaries")

    /// Words that put a clause in the future when "to" follows ("is due to", "plans to").
    static let futureBeforeTo: Set<String> = Lexicon.set("tense/future-before-to")

    /// Participles of arranging ("scheduled", "set"): after "is" or "has" the time they govern
    /// lies ahead.
    static let schedulingParticiples: Set<String> = Lexicon.set("tense/scheduling-participles")

    /// Auxiliaries of past or perfect clauses.
    static let pastAuxiliaries: Set<String> = Lexicon.set("tense/past-auxiliaries")

    /// Auxiliaries of present clauses.
    static let presentAuxiliaries: Set<String> = Lexicon.set("tense/present-auxiliaries")

    /// Irregular past-tense verbs common in news copy (regular ones end in "-ed").
    static let irregularPast: Set<String> = Lexicon.set("tense/irregular-past")

    /// Verbs of saying, after which a clause reports what someone said ("Poland said it shot
    /// down drones"): the reported clause is the event.
    static let sayingVerbs: Set<String> = Lexicon.set("speech-verbs", tags: ["reporting", "crediting"])

    /// Words ending in "-ed" that are not past-tense verbs.
    static let notVerbsInEd: Set<String> = Lexicon.set("tense/not-verbs-in-ed")

    /// Pronouns that can stand as the subject of a reported clause.
    static let subjectPronouns: Set<String> = Lexicon.set("tense/subject-pronouns")

    /// Words that open a new clause inside a sentence.
    static let clauseOpeners: Set<String> = Lexicon.set("tense/clause-openers")

    /// Prepositions that end the object of a short event description.
    static let prepositions: Set<String> = Lexicon.set("tense/prepositions")

    /// Particles that belong to the verb they follow ("shot down", "walked off").
    static let particles: Set<String> = Lexicon.set("tense/particles")

    /// Words that introduce an undated event placed relative to its anchor: what follows
    /// "ahead of" comes after the anchor, what follows "following" came before it.
    static let relationCues: [String: Bool] = {
        var cues: [String: Bool] = [:]
        for word in Lexicon.set("tense/relation-cues", tags: ["later"]) { cues[word] = true }
        for word in Lexicon.set("tense/relation-cues", tags: ["earlier"]) { cues[word] = false }
        return cues
    }()

    /// Auxiliaries and modals that open a verb group; `linkingAuxiliaries` are those that also
    /// open a second verb phrase after "and" or "but".
    static let auxiliaries: Set<String> = Lexicon.set("tense/auxiliaries")
    static let linkingAuxiliaries: Set<String> = Lexicon.set("tense/auxiliaries", tags: ["linking"])

    /// Words that may stand between an auxiliary and the main verb ("has also been").
    static let verbFillers: Set<String> = Lexicon.set("tense/verb-fillers")

    /// Adverbs that stay out of an event's description ("Belarus later confirmed …").
    static let eventAdverbs: Set<String> = Lexicon.set("tense/event-adverbs")

    /// Determiners, after which a past form is an adjective ("the closed plant").
    static let determiners: Set<String> = Lexicon.set("tense/determiners")
}
