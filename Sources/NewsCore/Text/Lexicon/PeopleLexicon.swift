/// Words that tell the people finder a capitalised name belongs to a person, or does not.
///
/// Kept apart from the rules in `Analysis/People/` so that a desk can grow the lists without
/// touching the code. Every entry is lower case; multi-word entries are not used here (the rules
/// read one word at a time and chain them).
enum PeopleLexicon {
    /// Titles written capitalised in front of a name ("President Alexander Lukashenko",
    /// "Judge Eleanor Whitcombe", "Gen. Ann Smith"). Abbreviations are listed without their stop.
    static let titles: Set<String> = [
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator",
        "sen", "congressman", "congresswoman", "representative", "rep", "governor", "gov", "mayor",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "judge", "justice",
        "magistrate", "commissioner", "ambassador", "envoy", "king", "queen", "prince", "princess",
        "emperor", "sheikh", "sultan", "emir", "pope", "cardinal", "archbishop", "bishop",
        "reverend", "rev", "rabbi", "imam", "father", "sister", "brother", "general", "gen",
        "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt",
        "corporal", "admiral", "adm", "commander", "cmdr", "marshal", "inspector", "insp",
        "superintendent", "supt", "detective", "det", "constable", "officer", "coach", "professor",
        "prof", "doctor", "dr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady",
        "chairman", "chairwoman", "chair", "speaker", "chief", "deputy", "dean", "mufti",
        "ayatollah", "pastor", "sheriff", "attorney", "prosecutor", "director", "mp", "mep",
        "msp", "lawmaker",
    ]

    /// Honorifics that mark the gender of the name they stand before.
    static let masculineHonorifics: Set<String> = ["mr", "sir", "lord", "king", "prince", "emperor", "sultan", "emir", "sheikh", "father", "brother", "pope"]
    static let feminineHonorifics: Set<String> = ["ms", "mrs", "miss", "dame", "lady", "queen", "princess", "sister"]

    /// Courtesy titles: they tell gender (or nothing), never a role.
    static let courtesyTitles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "dr"]

    /// Abbreviated titles and post-nominals that are written with a full stop ("Dr.", "Jr.").
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "maj", "adm", "cmdr", "insp", "supt", "det", "prof", "rev", "hon", "st", "jr", "sr", "fr",
    ]

    /// Letters written after a name that are not part of it ("Rachel Osei KC").
    static let postNominals: Set<String> = ["kc", "qc", "mp", "mep", "msp", "jr", "sr", "phd", "obe", "mbe", "cbe", "md", "esq"]

    /// Nouns naming what a person is or does ("a journalist", "opposition leader", "head of").
    static let roleNouns: Set<String> = [
        "journalist", "reporter", "editor", "writer", "author", "columnist", "correspondent",
        "photographer", "blogger", "spokesperson", "spokesman", "spokeswoman", "leader", "head",
        "chief", "executive", "officer", "director", "manager", "chairman", "chairwoman", "chair",
        "chairperson", "president", "minister", "secretary", "governor", "mayor", "councillor",
        "councilor", "senator", "lawmaker", "legislator", "politician", "diplomat", "ambassador",
        "envoy", "official", "adviser", "advisor", "aide", "laureate", "activist", "campaigner",
        "dissident", "lawyer", "barrister", "solicitor", "attorney", "prosecutor", "judge",
        "defendant", "witness", "analyst", "economist", "strategist", "scientist", "researcher",
        "professor", "lecturer", "teacher", "student", "doctor", "nurse", "surgeon", "physician",
        "engineer", "architect", "farmer", "owner", "founder", "co-founder", "entrepreneur",
        "investor", "banker", "trader", "broker", "striker", "goalkeeper", "defender",
        "midfielder", "forward", "winger", "captain", "coach", "player", "athlete", "runner",
        "champion", "substitute", "referee", "umpire", "singer", "actor", "actress", "artist",
        "musician", "director", "producer", "novelist", "poet", "historian", "priest", "bishop",
        "pastor", "rabbi", "imam", "commander", "general", "colonel", "soldier", "officer",
        "inspector", "detective", "mediator", "negotiator", "coordinator", "administrator",
        "commissioner", "chancellor", "premier", "candidate", "nominee", "hydrologist",
        "geologist", "seismologist", "meteorologist", "epidemiologist", "virologist",
        "climatologist", "psychologist", "sociologist", "pilot", "driver", "worker", "resident",
        "pensioner", "retiree", "veteran", "survivor", "victim", "prisoner", "detainee", "hostage",
        "refugee", "migrant", "volunteer", "organiser", "organizer", "consultant", "auditor",
        "accountant", "treasurer", "trustee", "deputy", "representative", "delegate", "member",
        "partner", "shopkeeper", "chef", "baker", "manager", "supervisor", "presenter", "host",
        "commentator", "critic", "historian", "expert", "specialist", "chemist", "physicist",
        "biologist", "mathematician", "superintendent", "sheriff", "firefighter", "paramedic",
        "constable", "sergeant", "lieutenant", "major", "admiral", "marshal", "mufti", "cleric",
        "monk", "nun", "princess", "prince", "king", "queen", "heir", "speaker", "whip",
        "magistrate", "justice", "clerk", "curator", "principal", "headteacher", "headmaster",
        "headmistress", "dean", "provost", "rector", "fellow", "economist", "pollster",
        "protester", "protestor", "striker", "inventor", "designer", "chairperson", "ceo", "cfo",
        "coo", "cto",
    ]

    /// Nouns for how one person stands to another: evidence of a person, but not a role to show
    /// ("her husband, Walter", "a close ally of ...").
    static let relationNouns: Set<String> = [
        "husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "uncle",
        "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather",
        "grandmother", "widow", "widower", "fiance", "fiancee", "partner", "friend", "colleague",
        "ally", "rival", "neighbour", "neighbor", "boss", "deputy", "successor", "predecessor",
        "mentor", "girlfriend", "boyfriend", "stepson", "stepdaughter", "in-law",
    ]

    /// Words that stand before a role noun inside a title ("former", "opposition", "chief").
    static let roleModifiers: Set<String> = [
        "former", "ex", "acting", "interim", "deputy", "vice", "assistant", "associate", "senior",
        "junior", "chief", "head", "lead", "principal", "general", "executive", "managing",
        "opposition", "state", "foreign", "interior", "defence", "defense", "finance", "home",
        "health", "justice", "trade", "economy", "labour", "labor", "education", "energy",
        "environment", "transport", "culture", "sports", "retired", "late", "veteran", "prominent",
        "leading", "independent", "regional", "local", "national", "federal", "county", "city",
        "district", "party", "union", "army", "police", "military", "navy", "air", "prime",
        "presidential", "royal", "nobel", "peace", "prize", "award-winning", "political",
        "investigative", "freelance", "staff", "telecoms", "investment", "climate", "emergency",
        "team", "club", "first", "second", "new", "outgoing", "incoming", "elected",
        "democratic", "republican", "conservative", "liberal", "socialist", "green", "high",
        "supreme", "court", "crown", "appeals", "trial", "defence", "defense", "vice-president",
    ]

    /// Head nouns that make a name an organisation, a place or a thing when they stand just
    /// before it ("state news agency Belta", "the carrier Belavia") or head its appositive
    /// ("Calloway Bend, a town ...", "Vantara Infra, the Indian tower company").
    static let nonPersonHeads: Set<String> = [
        "agency", "carrier", "airline", "company", "firm", "group", "union", "party", "ministry",
        "government", "council", "committee", "board", "bank", "network", "newspaper", "paper",
        "broadcaster", "channel", "station", "website", "magazine", "outlet", "operator",
        "consortium", "conglomerate", "regulator", "watchdog", "authority", "organisation",
        "organization", "charity", "foundation", "institute", "university", "school", "college",
        "hospital", "club", "team", "side", "league", "court", "town", "city", "village",
        "country", "nation", "state", "province", "region", "district", "county", "capital",
        "island", "river", "port", "airport", "terminal", "brand", "maker", "manufacturer",
        "producer", "supplier", "retailer", "chain", "lender", "insurer", "fund", "platform",
        "app", "service", "ship", "vessel", "tanker", "aircraft", "plane", "jet", "drug",
        "vaccine", "product", "model", "suburb", "neighbourhood", "neighborhood", "area",
        "province", "territory", "enclave", "republic", "kingdom", "monarchy", "militia",
        "movement", "coalition", "alliance", "bloc", "association", "federation", "exchange",
        "index", "market", "startup", "subsidiary", "unit", "division", "studio", "label",
        "publisher", "daily", "weekly", "tabloid", "programme", "program", "show", "festival",
        "event", "summit", "treaty", "operation", "hurricane", "storm", "typhoon", "cyclone",
        "venue", "stadium", "arena", "restaurant", "hotel", "shop", "store", "business",
    ]

    /// Last words of organisation names ("Freedom House", "Kestrel Telecom", "World Bank").
    static let organisationCues: Set<String> = [
        "inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "companies", "group",
        "holdings", "agency", "party", "ministry", "department", "house", "union", "council",
        "committee", "commission", "university", "college", "school", "academy", "institute",
        "institution", "airlines", "airline", "airways", "air", "bank", "telecom", "telecoms",
        "mobile", "court", "office", "authority", "board", "trust", "fund", "foundation", "society",
        "association", "federation", "league", "club", "athletic", "athletics", "rovers", "united",
        "city", "fc", "securities", "capital", "partners", "bureau", "service", "services",
        "centre", "center", "hospital", "clinic", "church", "cathedral", "mosque", "temple",
        "army", "navy", "police", "force", "forces", "guard", "brigade", "battalion", "regiment",
        "times", "post", "news", "press", "herald", "journal", "tribune", "gazette", "television",
        "radio", "network", "media", "networks", "systems", "technologies", "technology", "labs",
        "motors", "energy", "power", "oil", "gas", "petroleum", "pharmaceuticals", "pharma",
        "industries", "industry", "international", "global", "worldwide", "exchange", "reserve",
        "treasury", "parliament", "congress", "senate", "assembly", "cabinet", "government",
        "administration", "nations", "states", "kingdom", "republic", "emirates", "alliance",
        "coalition", "movement", "front", "organisation", "organization", "watch", "initiative",
        "programme", "program", "project", "prize", "award", "awards", "cup", "championship",
        "games", "olympics", "festival", "terminals", "terminal", "infra", "infrastructure",
        "hardware", "software", "stores", "markets", "foods", "brands", "logistics", "shipping",
        "lines", "railways", "railway", "rail", "transport", "trading", "ventures", "investments",
        "insurance", "assurance", "finance", "financial", "realty", "estates", "properties",
        "hotel", "hotels", "resort", "studios", "pictures", "records", "publishing", "books",
        "institute", "council", "centre", "secretariat", "tribunal", "directorate", "command",
        "corps", "squad", "team", "band", "orchestra", "choir", "museum", "gallery", "library",
        "zoo", "stadium", "arena", "hall", "tower", "towers", "building", "palace", "castle",
        "embassy", "consulate", "mission", "delegation", "summit", "conference", "forum",
        "accord", "treaty", "act", "bill", "law", "constitution", "declaration", "charter",
        "plan", "report", "review", "index", "fc", "sc", "ac",
    ]

    /// Last words of place names ("Front Street", "Ohio River", "Cape Town").
    static let placeCues: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "square", "place",
        "park", "bridge", "river", "lake", "sea", "ocean", "bay", "gulf", "strait", "channel",
        "island", "islands", "mountain", "mountains", "mount", "hill", "hills", "valley", "bend",
        "end", "town", "city", "village", "county", "province", "region", "district", "state",
        "coast", "beach", "harbour", "harbor", "port", "airport", "station", "peninsula",
        "desert", "forest", "canyon", "falls", "heights", "gardens", "green", "common", "quay",
        "wharf", "dock", "docks", "terrace", "crescent", "close", "court", "way", "drive",
        "highway", "motorway", "border", "corridor", "basin", "delta", "plain", "plains", "field",
        "fields", "square", "market", "strip", "bank", "glacier", "volcano", "reef",
    ]

    /// Words that come first in place names ("Mount Kenya", "Lake Chad", "Port Harcourt").
    static let placePrefixes: Set<String> = ["mount", "lake", "port", "cape", "fort", "saint", "st", "san", "santa", "los", "las", "new", "north", "south", "east", "west", "upper", "lower", "greater"]

    /// Capitalised words that are never names of people on their own.
    static let notNames: Set<String> = [
        "god", "allah", "jesus", "christ", "lord", "christmas", "easter", "ramadan", "eid",
        "internet", "web", "covid", "covid-19", "parliament", "congress", "senate", "government",
        "state", "church", "western", "eastern", "northern", "southern", "central", "north",
        "south", "east", "west", "q", "a", "qa", "photo", "video", "read", "also", "advertisement",
        "ok", "okay", "yes", "no", "oh", "thank", "thanks", "please", "sorry", "hello", "mr",
        "mrs", "ms", "dr", "bc", "ad", "am", "pm", "gmt", "utc", "tv", "wifi", "i",
    ]

    /// Verbs of saying that follow (or precede) a speaker ("Trump urged", "said Lukashenko").
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "sighed", "insisted", "insists",
        "warned", "warns", "urged", "urges", "praised", "praises", "welcomed", "welcomes",
        "asked", "asks", "answered", "replied", "replies", "responded", "explained", "argued",
        "argues", "noted", "notes", "stated", "declared", "announced", "announces", "claimed",
        "claims", "admitted", "admits", "acknowledged", "conceded", "denied", "denies",
        "confirmed", "confirms", "recalled", "wrote", "writes", "tweeted", "posted", "joked",
        "whispered", "shouted", "cried", "pleaded", "vowed", "promised", "pledged", "predicted",
        "suggested", "suggests", "described", "called", "appealed", "criticised", "criticized",
        "condemned", "defended", "thanked", "blamed", "accused", "dismissed", "rejected",
        "complained", "continued", "concluded", "commented", "remarked", "observed", "emphasised",
        "emphasized", "stressed", "reiterated", "mused", "boasted", "quipped", "snapped",
        "muttered", "recounted", "testified", "spoke", "speaks",
    ]

    /// Verbs of doing and thinking: a person acts, but is not quoted ("Pruitt worries").
    static let actionVerbs: Set<String> = [
        "laughed", "smiled", "shrugged", "nodded", "refused", "declined", "dedicated", "hopes",
        "hoped", "believes", "believed", "thinks", "thought", "knows", "knew", "wants", "wanted",
        "worries", "worried", "fears", "feared", "agreed", "agrees", "disagreed", "signed",
        "resigned", "met", "visited", "travelled", "traveled", "arrived", "returned", "died",
        "married", "remembered", "decided", "questioned", "led", "leads", "chairs", "chaired",
        "runs", "ran", "founded", "joined", "left", "won", "lost", "scored", "saved", "flew",
    ]

    /// Verbs that introduce a quoted speaker after the verb ("quoted John Coale as saying").
    static let speakerIntroducers: Set<String> = ["quoted", "according", "interviewed", "asked"]

    /// Pronouns the resolver reads, with their gender.
    static let masculinePronouns: Set<String> = ["he", "him", "his", "himself"]
    static let femininePronouns: Set<String> = ["she", "her", "hers", "herself"]

    /// Role nouns that carry a gender ("spokeswoman", "chairman", "widow").
    static let masculineNouns: Set<String> = [
        "spokesman", "chairman", "councilman", "congressman", "businessman", "husband", "father",
        "son", "brother", "uncle", "nephew", "grandfather", "grandson", "widower", "boyfriend",
        "king", "prince", "emperor", "actor", "waiter", "monk", "priest", "headmaster", "sir",
        "lord", "man", "boy", "stepson", "fiance",
    ]
    static let feminineNouns: Set<String> = [
        "spokeswoman", "chairwoman", "councilwoman", "congresswoman", "businesswoman", "wife",
        "mother", "daughter", "sister", "aunt", "niece", "grandmother", "granddaughter", "widow",
        "girlfriend", "queen", "princess", "empress", "actress", "waitress", "nun",
        "headmistress", "dame", "lady", "woman", "girl", "stepdaughter", "fiancee",
    ]

    /// Surname endings that, in Slavic and Baltic names, are only borne by women.
    static let feminineSurnameEndings: [String] = [
        "ova", "eva", "skaya", "ska", "cka", "ová", "ská", "ienė", "iene", "aitė", "aite", "ytė",
        "yte", "iūtė", "iute",
    ]
    /// Surname endings that, in the same naming systems, are only borne by men.
    static let masculineSurnameEndings: [String] = ["ov", "ev", "sky", "ski", "skiy", "vich"]

    /// Words in front of a single capitalised word that make it a date, not a name ("in May").
    static let datePrepositions: Set<String> = [
        "in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "early", "late",
        "mid", "this", "during", "before", "after", "through", "throughout", "between", "and",
        "or", "to", "every", "each",
    ]

    /// Prepositions that put a following name in a place ("in Vilnius", "from Lagos").
    static let placePrepositions: Set<String> = ["in", "at", "from", "to", "into", "near", "across", "across", "outside", "inside", "throughout", "toward", "towards", "via", "around", "over", "through", "within"]

    /// Words that, lower case, end an appositive's title before a relative clause or verb.
    static let clauseBreakers: Set<String> = [
        "who", "whom", "whose", "which", "that", "and", "but", "or", "was", "were", "is", "are",
        "has", "had", "have", "will", "would", "said", "says", "told", "as", "when", "while",
        "where", "after", "before", "since", "because",
    ]

    /// Prepositions that may continue a title after its head ("head of the U.S. delegation",
    /// "analyst at Crestline Securities", "spokeswoman for Havenbond").
    static let titlePrepositions: Set<String> = ["of", "for", "at", "in", "to", "with", "on"]

    /// Function words that stop a title read backwards from a name.
    static let titleStoppers: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "my", "his", "her", "our", "their",
        "your", "its", "and", "or", "but", "of", "to", "from", "with", "by", "for", "as", "at",
        "in", "on", "was", "were", "is", "are", "be", "been", "said", "says", "told", "when",
        "while", "after", "before", "since", "who", "which", "that", "than", "such", "like",
        "including", "among", "between", "through", "against", "if", "urged", "met", "quoted",
    ]
}
