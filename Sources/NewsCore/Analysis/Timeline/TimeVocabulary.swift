/// The word forms of one article as the timeline reads them, each with its `TimeFacts`: the
/// token layer's vocabulary, plus the few forms the timeline's grouping makes that the layer
/// has no single token for ("6.5" out of "6.5bn"). Facts are worked out once per form, the
/// first time a token with that form is made, and kept densely: only forms the timeline has
/// met take room.
struct TimeVocabulary {
    /// Per form id, the index of its facts in `facts`, or -1 before they are worked out.
    private var factIndex: [Int32]
    private(set) var facts: [TimeFacts] = []
    /// The form of each entry of `facts`.
    private(set) var factForms: [String] = []
    /// The forms past the layer's own, indexed from the layer's vocabulary count.
    private var extraForms: [String] = []
    private var extras: [String: WordID] = [:]
    /// The article's vocabulary: its forms are looked up in `listedTable` by their interned
    /// scalars, without hashing a string, and read in place rather than copied.
    private let vocabulary: Vocabulary
    private let layerCount: Int
    /// `TimeFacts.listedTable`, read once per article rather than through its lazy global.
    private let listedTable = TimeFacts.listedTable
    /// The form ids of the two hyphens that join the parts of a compound, "-" and "\u{2010}"
    /// (-1 when the article has none), so a token is tested by its id, not its string.
    let hyphenIDs: (WordID, WordID)

    init(_ layer: TokenLayer) {
        vocabulary = layer.vocabulary
        layerCount = layer.vocabulary.count
        hyphenIDs = (layer.vocabulary.id(of: "-") ?? -1, layer.vocabulary.id(of: "\u{2010}") ?? -1)
        factIndex = Array(repeating: -1, count: layerCount)
        facts.reserveCapacity(min(layerCount, 1024))
        factForms.reserveCapacity(min(layerCount, 1024))
    }

    /// The lower-case form of `id`.
    func form(_ id: WordID) -> String {
        Int(id) < layerCount ? vocabulary.form(id) : extraForms[Int(id) - layerCount]
    }

    /// The id of a form the layer does not hold, adding it when new.
    mutating func intern(_ form: String) -> WordID {
        if let id = extras[form] { return id }
        let id = WordID(layerCount + extraForms.count)
        extras[form] = id
        extraForms.append(form)
        factIndex.append(-1)
        return id
    }

    /// The index in `facts` of the facts of form `id`, working them out when new.
    mutating func facts(of id: WordID) -> Int32 {
        let index = factIndex[Int(id)]
        if index >= 0 { return index }
        return addFacts(of: id)
    }

    private mutating func addFacts(of id: WordID) -> Int32 {
        let new = Int32(facts.count)
        let form = form(id)
        if Int(id) < layerCount {
            // The listed look-up and the shape test read the interned scalars in place; only a
            // form of a shape `TimeFacts.of` reads goes on to it.
            let table = listedTable
            let (listed, plain) = vocabulary.withScalars(of: id) { scalars, hash in
                (table.value(scalars, hash: hash), TimeFacts.isPlainShape(scalars))
            }
            facts.append(plain ? listed ?? TimeFacts() : TimeFacts.of(form, listed: listed))
        } else {
            facts.append(TimeFacts.of(form, listed: TimeFacts.listed[form]))
        }
        factForms.append(form)
        factIndex[Int(id)] = new
        return new
    }
}
