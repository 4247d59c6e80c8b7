import Testing
@testable import NewsCore

/// The Porter stemmer against the examples the 1980 paper gives for each step.
@Suite("Porter stemmer")
struct PorterStemmerTests {
    static let step1: [(String, String)] = [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"),
        ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
        ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
        ("filing", "file"), ("happy", "happi"), ("sky", "sky"),
    ]

    static let step2: [(String, String)] = [
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("valenci", "valenc"),
        ("hesitanci", "hesit"), ("digitizer", "digit"), ("conformabli", "conform"), ("radicalli", "radic"),
        ("differentli", "differ"), ("vileli", "vile"), ("analogousli", "analog"), ("vietnamization", "vietnam"),
        ("predication", "predic"), ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"),
        ("hopefulness", "hope"), ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"),
        ("sensibiliti", "sensibl"),
    ]

    static let steps3to5: [(String, String)] = [
        ("triplicate", "triplic"), ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"),
        ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"), ("revival", "reviv"),
        ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"), ("gyroscopic", "gyroscop"),
        ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"), ("replacement", "replac"),
        ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"), ("homologou", "homolog"),
        ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"), ("homologous", "homolog"),
        ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"), ("rate", "rate"),
        ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
    ]

    @Test("step 1: plurals, -ed, -ing and y", arguments: step1)
    func stepOne(_ pair: (String, String)) {
        #expect(PorterStemmer.stem(pair.0) == pair.1)
    }

    @Test("step 2: double suffixes", arguments: step2)
    func stepTwo(_ pair: (String, String)) {
        #expect(PorterStemmer.stem(pair.0) == pair.1)
    }

    @Test("steps 3 to 5: -ic-, -full, -ness, -ant, -ence, final e and ll", arguments: steps3to5)
    func laterSteps(_ pair: (String, String)) {
        #expect(PorterStemmer.stem(pair.0) == pair.1)
    }

    @Test("the paper's multi-step examples and news words that should meet")
    func wholeWords() {
        #expect(PorterStemmer.stem("generalizations") == "gener")
        #expect(PorterStemmer.stem("oscillators") == "oscil")
        let forms = ["released", "releases", "releasing", "release"].map(PorterStemmer.stem)
        #expect(Set(forms).count == 1, "\(forms)")
        #expect(PorterStemmer.stem("sanctions") == PorterStemmer.stem("sanctioned"))
    }

    @Test("short words, digits and non-ASCII words are left alone")
    func leftAlone() {
        #expect(PorterStemmer.stem("is") == "is")
        #expect(PorterStemmer.stem("2021") == "2021")
        #expect(PorterStemmer.stem("café") == "café")
    }
}
