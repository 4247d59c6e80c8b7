/// What an approximation or bound word says about a figure: "about 40" is near 40, "more than
/// 40" lies above it, "up to 40" at or below it.
public enum FigureBound: Sendable, Equatable {
    case approximate
    case exactly
    /// Above the figure; `inclusive` when the figure itself is allowed ("at least 40").
    case above(inclusive: Bool)
    /// Below the figure; `inclusive` when the figure itself is allowed ("up to 40").
    case below(inclusive: Bool)

    /// The bound a qualifier as `Figure.qualifier` holds it expresses ("more than" → above,
    /// "or less" → below, inclusive); parts joined by " … " are read left to right and a
    /// trailing "or equal" makes the bound inclusive.
    public static func of(_ qualifier: String) -> FigureBound {
        var bound = FigureBound.approximate
        for part in qualifier.components(separatedBy: " … ") {
            if !part.hasPrefix("or equal"), let found = table[part] { bound = found }
            if part.hasPrefix("or equal") {
                switch bound {
                case .above: bound = .above(inclusive: true)
                case .below: bound = .below(inclusive: true)
                default: bound = .exactly
                }
            }
        }
        return bound
    }

    /// Qualifiers written before a figure, each with its bound. Longest patterns are tried first.
    static let prefixes: [([String], FigureBound)] = {
        let above = FigureBound.above(inclusive: false), atLeast = FigureBound.above(inclusive: true)
        let below = FigureBound.below(inclusive: false), atMost = FigureBound.below(inclusive: true)
        let list: [(String, FigureBound)] = [
            ("greater than or equal to", atLeast), ("more than or equal to", atLeast),
            ("equal to or more than", atLeast),
            ("equal to or greater than", atLeast), ("at least or equal to", atLeast), ("bigger or equal than", atLeast),
            ("higher or equal than", atLeast), ("larger or equal than", atLeast), ("greater or equal than", atLeast),
            ("less than or equal to", atMost), ("equal to or less than", atMost), ("equal to or fewer than", atMost),
            ("smaller or equal than", atMost), ("lower or equal than", atMost), ("less or equal than", atMost),
            ("no more than", atMost), ("no less than", atLeast), ("no fewer than", atLeast), ("not more than", atMost),
            ("not less than", atLeast), ("as many as", atMost), ("as much as", atMost), ("in excess of", above),
            ("as few as", .approximate), ("as little as", .approximate), ("as high as", atMost), ("as low as", atLeast),
            ("more than", above), ("greater than", above), ("higher than", above), ("larger than", above),
            ("bigger than", above), ("less than", below), ("fewer than", below), ("lower than", below),
            ("smaller than", below), ("up to", atMost), ("at least", atLeast), ("at most", atMost),
            ("just over", above), ("just under", below), ("close to", .approximate), ("plus or minus", .approximate),
            ("an estimated", .approximate),
            ("equal to", .exactly), ("equals to", .exactly), ("equaling to", .exactly), ("equals", .exactly),
            ("exceeding", above), ("exceed", above), ("exceeds", above), ("exceeded", above), ("surpass", above),
            ("surpasses", above), ("surpassed", above), ("surpassing", above), ("topping", above),
            ("almost", .approximate), ("about", .approximate), ("around", .approximate), ("roughly", .approximate),
            ("approximately", .approximate), ("nearly", .approximate), ("some", .approximate),
            ("over", above), ("under", below), ("above", above), ("below", below), ("estimated", .approximate),
            ("approx", .approximate), ("circa", .approximate), ("~", .approximate),
            ("> =", atLeast), ("< =", atMost), (">", above), ("<", below), ("=", .exactly), ("≥", atLeast),
            ("≤", atMost),
        ]
        return list.map { (phrase, bound) in (phrase.split(separator: " ").map(String.init), bound) }
            .sorted { $0.0.count > $1.0.count }
    }()

    /// `prefixes` grouped by their last word, each group in the order of `prefixes`: a
    /// qualifier ending before a figure is looked up by the one word before it.
    static let prefixesByLastWord = grouped(prefixes) { $0[$0.count - 1] }
    /// `prefixes` grouped by their first word, each group in the order of `prefixes`.
    static let prefixesByFirstWord = grouped(prefixes) { $0[0] }
    /// `suffixes` grouped by their first word, each group in the order of `suffixes`.
    static let suffixesByFirstWord = grouped(suffixes) { $0[0] }

    private static func grouped(
        _ table: [([String], FigureBound)],
        by word: ([String]) -> String
    ) -> [String: [([String], FigureBound)]] {
        var groups: [String: [([String], FigureBound)]] = [:]
        for entry in table { groups[word(entry.0), default: []].append(entry) }
        return groups
    }

    /// Bounds written after a figure ("50 or more", "500 or less").
    static let suffixes: [([String], FigureBound)] = {
        let atLeast = FigureBound.above(inclusive: true), atMost = FigureBound.below(inclusive: true)
        let list: [(String, FigureBound)] = [
            ("or greater than", atLeast), ("or more than", atLeast), ("or less than", atMost),
            ("or more", atLeast), ("and more", atLeast), ("or greater", atLeast), ("or above", atLeast),
            ("and above", atLeast), ("or higher", atLeast), ("or over", atLeast), ("or less", atMost),
            ("or fewer", atMost), ("or below", atMost), ("and below", atMost), ("or lower", atMost),
            ("or under", atMost), ("or equal to", .exactly), ("or equal", .exactly),
        ]
        return list.map { (phrase, bound) in (phrase.split(separator: " ").map(String.init), bound) }
            .sorted { $0.0.count > $1.0.count }
    }()

    static let table: [String: FigureBound] = {
        var table: [String: FigureBound] = [:]
        for (words, bound) in prefixes + suffixes { table[words.joined(separator: " ")] = bound }
        return table
    }()

    /// True for bounds that keep values above the figure.
    var isLower: Bool { if case .above = self { return true } else { return false } }
    /// True for bounds that keep values below the figure.
    var isUpper: Bool { if case .below = self { return true } else { return false } }
}
