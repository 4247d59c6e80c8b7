/// Words the quotations analyzer reads: verbs of saying, the words that make quoted text a
/// name or a title rather than speech, and the nouns that make a phrase an organisation that
/// can speak.
///
/// Kept apart from the rules in `Analysis/Quotes/`, so a desk can grow the lists without
/// touching the code. Every entry is lower case.
enum QuoteLexicon {
    /// Verbs that attribute words to a speaker, in the forms news copy uses them around a
    /// quotation ("…,” she said", "said Smith", "he insisted", "saying:").
    static let speechVerbs: Set<String> = Lexicon.set("speech-verbs")

    /// Verbs that open reported speech with its content after them ("X said (that) …",
    /// "X warned that …"), for `quotes --all`.
    static let reportingVerbs: Set<String> = Lexicon.set("speech-verbs", tags: ["reporting"])

    /// Present participles of saying that hand the sentence's subject to what follows
    /// ("…, saying:", "…, insisting that …").
    static let participles: Set<String> = Lexicon.set("speech-verbs", tags: ["participle"])

    /// Verbs that take an object and then a quoted label for it ("called the walkout
    /// “irresponsible”", "described automation as “…”"): the label is the subject's words.
    static let labellingVerbs: Set<String> = Lexicon.set("quote/labelling-verbs")

    /// Nouns for something said ("Smith's claim that …", "her warning that …"): quoted words
    /// after one are the words of its owner, not of the sentence's subject.
    static let speechNouns: Set<String> = Lexicon.set("quote/speech-nouns")

    /// Words just before the quotation marks that make the quoted words a name, a nickname or
    /// a term rather than anyone's speech ("known as “the Bathtub”", "the so-called “deal”").
    static let termCues: Set<String> = Lexicon.set("quote/term-cues")

    /// Verbs that, a few words before "as", make the quoted words a name ("known to fans as
    /// “the Wall”", "referred to as “the Bathtub”").
    static let namingVerbs: Set<String> = Lexicon.set("quote/naming-verbs")

    /// Documents that speak for whoever issued them ("the IMF report stated", "a Homeland
    /// Security memo put it").
    static let documentNouns: Set<String> = Lexicon.set("quote/document-nouns")

    /// Nouns for works whose titles are quoted ("the book “…”", "a report titled “…”").
    static let workNouns: Set<String> = Lexicon.set("quote/work-nouns")

    /// "'em", "'til", "'cause": dropped letters written with an apostrophe, never an opening
    /// mark.
    static let elisions: Set<String> = Lexicon.set("quote/elisions")

    /// Head nouns of phrases that name a speaking organisation or an unnamed official ("the
    /// embassy said", "a spokesperson for Sahel Mobile said", "police said").
    static let organisationHeads: Set<String> = Lexicon.set("quote/organisation-heads")

    /// Heads that "the company" style phrases share: any named business in the last few
    /// sentences may be what they mean, when it is the only one.
    static let businessHeads: Set<String> = Lexicon.set("quote/business-heads")

    /// Last words of business names ("Kestrel Telecom", "Harbor Energy", "Vesta Motors").
    static let businessCues: Set<String> = Lexicon.set("quote/business-cues")

    /// Heads meaning "a person speaking for an organisation": the organisation is the speaker
    /// ("a spokesperson for Sahel Mobile" speaks for Sahel Mobile).
    static let spokespersonHeads: Set<String> = Lexicon.set("quote/spokesperson-heads")

    /// Heads of phrases for one unnamed person ("a senior official", "a source close to the
    /// talks"): a speaker the analyzer cannot name, whatever organisation stands beside them.
    static let unnamedPersonHeads: Set<String> = Lexicon.set("quote/unnamed-person-heads")

    /// Words that, opening a paragraph before a colon or dash, mark an interviewer's question.
    static let questionLabels: Set<String> = Lexicon.set("quote/question-labels")
    /// Labels for the interviewee's answers when the interview does not name them per answer.
    static let answerLabels: Set<String> = Lexicon.set("quote/answer-labels")

    /// Subject pronouns that can name a speaker ("she said", "said he").
    static let subjectPronouns: Set<String> = Lexicon.set("quote/subject-pronouns")
    /// Pronouns that start a reported clause ("said it would …", "told them they were …").
    static let clausePronouns: Set<String> = Lexicon.set("quote/clause-pronouns")

    /// Words that mark a finite verb in a reported clause (auxiliaries and modals).
    static let auxiliaries: Set<String> = Lexicon.set("quote/auxiliaries")
}
