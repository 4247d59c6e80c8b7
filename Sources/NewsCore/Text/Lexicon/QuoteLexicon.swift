/// Words the quotations analyzer reads: verbs of saying, the words that make quoted text a
/// name or a title rather than speech, and the nouns that make a phrase an organisation that
/// can speak.
///
/// Kept apart from the rules in `Analysis/Quotes/`, so a desk can grow the lists without
/// touching the code. Every entry is lower case.
enum QuoteLexicon {
    /// Verbs that attribute words to a speaker, in the forms news copy uses them around a
    /// quotation ("…,” she said", "said Smith", "he insisted", "saying:").
    static let speechVerbs: Set<String> = PeopleLexicon.speechVerbs.union([
        "assured", "assures", "maintained", "maintains", "countered", "retorted", "contended",
        "charged", "alleged", "reported", "recalls", "explains", "adds", "insist", "warn",
        "branded", "brands", "termed", "terms", "labelled", "labeled", "characterised",
        "characterized", "describes", "calls", "dismisses", "mocked", "lamented", "laments",
        "conceded", "concedes", "agreed", "remarked", "hinted", "cautioned", "estimated",
        "exclaimed", "wondered", "told", "tweeted", "wrote", "put", "sighs", "scoffed", "shrugged",
        "laughed", "smiled", "said", "telling", "saying", "adding", "insisting", "warning",
        "arguing", "explaining", "noting", "claiming", "describing", "calling", "urging",
        "stressing", "declaring", "announcing", "asking", "replying", "writing", "recalling",
        "acknowledging", "admitting", "denying", "promising", "vowing", "maintaining",
        "confirming", "suggesting", "branding", "dismissing", "pleading", "joking",
        "texted", "emailed", "offered", "fumed", "raged", "gushed", "beamed", "sobbed", "yelled",
        "screamed", "chuckled", "grumbled", "protested", "objected", "interjected", "begged",
        "demanded", "elaborated", "reflected", "reasoned", "marvelled", "marveled", "pointed",
        "continues", "concludes", "recounts", "observes", "acknowledges", "concedes", "reckons",
        "reckoned", "ventured", "shouts", "cries", "jokes", "quips", "muses",
    ])

    /// Verbs that open reported speech with its content after them ("X said (that) …",
    /// "X warned that …"), for `quotes --all`.
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "warned", "warns", "insisted",
        "insists", "confirmed", "confirms", "announced", "announces", "claimed", "claims",
        "argued", "argues", "explained", "noted", "stated", "declared", "denied", "admitted",
        "acknowledged", "conceded", "suggested", "predicted", "reported", "estimated",
        "maintained", "maintains", "stressed", "emphasised", "emphasized", "revealed",
        "indicated", "believes", "alleged", "testified", "recalled", "cautioned", "assured",
        "promised", "pledged", "vowed",
    ]

    /// Present participles of saying that hand the sentence's subject to what follows
    /// ("…, saying:", "…, insisting that …").
    static let participles: Set<String> = [
        "saying", "adding", "telling", "insisting", "warning", "arguing", "explaining", "noting",
        "claiming", "describing", "calling", "urging", "stressing", "declaring", "announcing",
        "asking", "replying", "writing", "recalling", "acknowledging", "admitting", "denying",
        "promising", "vowing", "maintaining", "confirming", "suggesting", "branding",
        "dismissing", "pleading", "joking",
    ]

    /// Verbs that take an object and then a quoted label for it ("called the walkout
    /// “irresponsible”", "described automation as “…”"): the label is the subject's words.
    static let labellingVerbs: Set<String> = [
        "called", "calls", "calling", "described", "describes", "describing", "branded", "brands",
        "branding", "termed", "terms", "labelled", "labeled", "characterised", "characterized",
        "dismissed", "dismisses", "dismissing",
    ]

    /// Nouns for something said ("Smith's claim that …", "her warning that …"): quoted words
    /// after one are the words of its owner, not of the sentence's subject.
    static let speechNouns: Set<String> = [
        "claim", "claims", "remark", "remarks", "comment", "comments", "accusation", "accusations",
        "assertion", "warning", "promise", "pledge", "statement", "insistence", "suggestion",
        "argument", "description", "words", "allegation", "allegations", "charge", "boast",
        "complaint", "demand", "vow", "plea", "prediction", "characterisation", "characterization",
    ]

    /// Words just before the quotation marks that make the quoted words a name, a nickname or
    /// a term rather than anyone's speech ("known as “the Bathtub”", "the so-called “deal”").
    static let termCues: Set<String> = [
        "nicknamed", "dubbed", "titled", "entitled", "named", "so-called", "word", "words",
        "term", "terms", "phrase", "slogan", "motto", "hashtag", "headline", "banner", "label",
        "brand", "codenamed", "code-named", "alias", "aka", "moniker", "nickname", "byname",
        "reading", "reads", "sign", "placard", "poster", "caption", "inscription", "tattoo",
        "t-shirt", "shirt", "sticker", "plaque", "logo", "spelled", "spelt", "pronounced",
    ]

    /// Verbs that, a few words before "as", make the quoted words a name ("known to fans as
    /// “the Wall”", "referred to as “the Bathtub”").
    static let namingVerbs: Set<String> = ["known", "nicknamed", "dubbed", "referred", "billed", "styled", "remembered"]

    /// Nouns for works whose titles are quoted ("the book “…”", "a report titled “…”").
    static let workNouns: Set<String> = [
        "book", "novel", "memoir", "film", "movie", "song", "album", "single", "track", "play",
        "musical", "series", "show", "programme", "program", "documentary", "report", "study",
        "exhibition", "poem", "essay", "article", "column", "podcast", "opera", "painting",
        "campaign", "operation", "project", "initiative", "bill", "act", "policy", "strategy",
        "game", "app", "episode", "sitcom", "drama", "newsletter", "manifesto", "speech",
    ]

    /// "'em", "'til", "'cause": dropped letters written with an apostrophe, never an opening
    /// mark.
    static let elisions: Set<String> = ["em", "til", "cause", "n", "tis", "twas", "bout", "round", "s", "t", "ll", "re", "ve", "d", "m"]

    /// Head nouns of phrases that name a speaking organisation or an unnamed official ("the
    /// embassy said", "a spokesperson for Sahel Mobile said", "police said").
    static let organisationHeads: Set<String> = [
        "embassy", "consulate", "ministry", "government", "company", "companies", "firm", "group",
        "regulator", "watchdog", "authority", "authorities", "council", "union", "police",
        "army", "military", "agency", "court", "committee", "commission", "department", "office",
        "spokesperson", "spokesman", "spokeswoman", "statement", "bank", "board", "airline",
        "carrier", "operator", "prosecutors", "officials", "official", "administration",
        "kremlin", "presidency", "cabinet", "party", "campaign", "federation", "association",
        "organisers", "organizers", "club", "team", "hospital", "university", "school", "charity",
        "network", "broadcaster", "newspaper", "channel", "service", "services", "ministry's",
        "delegation", "mission", "secretariat", "employers", "unions", "source", "sources",
        "experts", "analysts", "researchers", "scientists", "engineers", "witnesses", "residents",
        "rescuers", "doctors", "lawyers", "investigators", "agencies", "centre", "center",
        "institute", "foundation", "trust", "management", "organisation", "organization",
        "representative", "representatives", "staff", "workers", "people", "familiar",
        "critics", "opponents", "supporters", "protesters", "campaigners", "activists",
        "economists", "observers", "diplomats", "lawmakers", "ministers", "leaders", "parents",
        "teachers", "fans", "villagers", "locals", "neighbours", "neighbors", "survivors",
        "families", "relatives", "victims", "organisers", "prosecution", "defence", "defense",
        "utility", "provider", "insurer", "lender", "retailer", "manufacturer", "maker",
        "developer", "business", "brand", "studio", "publisher", "label", "chain", "startup",
        "exchange", "regulators", "airport", "port", "railway", "council's",
    ]

    /// Heads that "the company" style phrases share: any named business in the last few
    /// sentences may be what they mean, when it is the only one.
    static let businessHeads: Set<String> = [
        "company", "firm", "group", "utility", "provider", "insurer", "lender", "retailer",
        "manufacturer", "maker", "developer", "business", "carrier", "airline", "operator", "bank",
        "chain", "startup", "publisher",
    ]

    /// Last words of business names ("Kestrel Telecom", "Harbor Energy", "Vesta Motors").
    static let businessCues: Set<String> = [
        "inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "group", "holdings",
        "telecom", "telecoms", "mobile", "energy", "electric", "power", "oil", "gas", "motors",
        "airlines", "airways", "air", "bank", "capital", "securities", "partners", "systems",
        "technologies", "technology", "labs", "pharmaceuticals", "pharma", "industries", "foods",
        "brands", "logistics", "shipping", "lines", "insurance", "finance", "financial", "media",
        "networks", "terminals", "infra", "stores", "markets", "ventures", "investments",
    ]

    /// Heads meaning "a person speaking for an organisation": the organisation is the speaker
    /// ("a spokesperson for Sahel Mobile" speaks for Sahel Mobile).
    static let spokespersonHeads: Set<String> = ["spokesperson", "spokesman", "spokeswoman", "representative", "statement"]

    /// Heads of phrases for one unnamed person ("a senior official", "a source close to the
    /// talks"): a speaker the analyzer cannot name, whatever organisation stands beside them.
    static let unnamedPersonHeads: Set<String> = [
        "official", "source", "aide", "adviser", "advisor", "insider", "executive", "diplomat",
        "negotiator", "resident", "witness", "worker", "employee", "member", "person", "man",
        "woman", "officer",
    ]

    /// Words that, opening a paragraph before a colon or dash, mark an interviewer's question.
    static let questionLabels: Set<String> = ["q", "question", "interviewer"]
    /// Labels for the interviewee's answers when the interview does not name them per answer.
    static let answerLabels: Set<String> = ["a", "answer"]

    /// Subject pronouns that can name a speaker ("she said", "said he").
    static let subjectPronouns: Set<String> = ["he", "she"]
    /// Pronouns that start a reported clause ("said it would …", "told them they were …").
    static let clausePronouns: Set<String> = ["i", "we", "you", "he", "she", "it", "they", "there", "this", "that"]

    /// Words that mark a finite verb in a reported clause (auxiliaries and modals).
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
        "should", "can", "may", "might", "must", "did", "does", "do", "shall",
    ]
}
