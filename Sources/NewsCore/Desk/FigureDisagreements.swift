/// Two or more stories giving different numbers for the same thing: "52 prisoners" in one,
/// "50 prisoners" in another.
public struct FigureDisagreement: Sendable, Equatable {
    /// What is counted, as the first story writes it ("prisoners").
    public var thing: String
    public var kind: Figure.Kind
    public var unit: String?
    /// Every story that gives a figure for the thing and is related to another that does, in
    /// story order, each with its figures in text order.
    public var claims: [InStory<[Figure]>]

    public static func == (lhs: FigureDisagreement, rhs: FigureDisagreement) -> Bool {
        lhs.thing == rhs.thing && lhs.kind == rhs.kind && lhs.unit == rhs.unit
            && lhs.claims.map(\.story) == rhs.claims.map(\.story) && lhs.claims.map(\.value) == rhs.claims.map(\.value)
    }
}

/// Finds figures that disagree between stories.
///
/// Figures are about the same thing when they are of the same kind and unit and count the same
/// noun ("prisoners"; "the prisoners" and "Belarus's prisoners" too, since articles and
/// possessives in front do not change what is counted, and "1 prisoner" is the singular of
/// it). Two stories disagree when no figure one gives for the thing can be the figure the other
/// gives: equal values agree, ranges agree with what they hold, "about 50" agrees with anything
/// within a tenth of 50, "more than 50" with anything above it. Different numbers for one thing
/// inside one story (before and after, here and there) are the story's own business and are not
/// flagged. Years, dates and ordinals name times and places in a list, not amounts, and
/// figures without a counted noun cannot be matched at all, so neither is compared.
///
/// Only stories about the same news are compared (`related`, see `StoryKinship`): "120 people"
/// killed by a quake and "2,300 people" living in a river town count the same noun without
/// contradicting each other.
public enum FigureDisagreements {
    /// The disagreements among `stories`, in the order their things first appear; `related`
    /// says whether two stories are about the same news (every pair is, by default).
    ///
    /// `contexts`, when given, holds for each story the words of each figure's sentence (see
    /// `FigureContext`), aligned with its figures: then two figures are about the same thing
    /// only when their sentences also share a word besides the counted noun ("Belarus freed 52
    /// prisoners", "50 prisoners freed by Belarus"), so two stories' "people" in unrelated
    /// sentences are not compared.
    public static func find(_ stories: [InStory<[Figure]>], contexts: [[Set<String>]]? = nil,
                            related: (StoryLabel, StoryLabel) -> Bool = { _, _ in true }) -> [FigureDisagreement] {
        var groups: [Key: [InStory<[Figure]>]] = [:]
        var groupContexts: [Key: [[Set<String>]]] = [:]
        var order: [Key] = []
        var things: [Key: String] = [:]
        for (storyIndex, story) in stories.enumerated() {
            var mine: [Key: [Figure]] = [:]
            var mineContexts: [Key: [Set<String>]] = [:]
            var keyOrder: [Key] = []
            for (figureIndex, figure) in story.value.enumerated() {
                guard let key = Key(figure) else { continue }
                if mine[key] == nil { keyOrder.append(key) }
                mine[key, default: []].append(figure)
                mineContexts[key, default: []].append(contexts?[storyIndex][figureIndex] ?? [])
            }
            for key in keyOrder {
                if groups[key] == nil {
                    order.append(key)
                    things[key] = mine[key]![0].of
                }
                groups[key, default: []].append(InStory(story.story, mine[key]!))
                groupContexts[key, default: []].append(mineContexts[key]!)
            }
        }
        return order.compactMap { key in
            let group = groups[key]!
            guard group.count > 1 else { return nil }
            let involved = disagreeing(group, contexts == nil ? nil : groupContexts[key]!, related)
            guard !involved.isEmpty else { return nil }
            let claims = group.enumerated().filter { involved.contains($0.offset) }.map(\.element)
            return FigureDisagreement(thing: things[key] ?? key.noun, kind: key.kind, unit: key.unit, claims: claims)
        }
    }

    /// The claims to show of a group: those of stories in a related pair that gives no figure
    /// in common, and of the stories related to them (which agree with one side, and so say
    /// which figure more stories give). Empty when no related pair disagrees.
    static func disagreeing(_ group: [InStory<[Figure]>], _ contexts: [[Set<String>]]?,
                            _ related: (StoryLabel, StoryLabel) -> Bool) -> Set<Int> {
        // Figures become intervals once; numbers are compared before stories, the cheaper test.
        let intervals = group.map { $0.value.map(interval) }
        var involved: Set<Int> = []
        for i in group.indices {
            for j in group.indices where j > i {
                let agree = intervals[i].contains { x in intervals[j].contains { y in x.low <= y.high && y.low <= x.high } }
                guard !agree else { continue }
                if let contexts {
                    let shared = contexts[i].contains { a in contexts[j].contains { b in !a.isDisjoint(with: b) } }
                    guard shared else { continue }
                }
                if related(group[i].story, group[j].story) {
                    involved.insert(i)
                    involved.insert(j)
                }
            }
        }
        guard !involved.isEmpty else { return [] }
        var shown = involved
        for index in group.indices where !involved.contains(index) {
            if involved.contains(where: { related(group[$0].story, group[index].story) }) { shown.insert(index) }
        }
        return shown
    }

    /// True when both figures can describe the same amount.
    static func compatible(_ a: Figure, _ b: Figure) -> Bool {
        let x = interval(a), y = interval(b)
        return x.low <= y.high && y.low <= x.high
    }

    /// The values a figure allows, as written with its range and qualifier.
    static func interval(_ figure: Figure) -> (low: Double, high: Double) {
        let low = figure.value, high = figure.high ?? figure.value
        guard let qualifier = figure.qualifier else { return (low, high) }
        switch FigureBound.of(qualifier) {
        case .exactly: return (low, high)
        case .approximate:
            let margin = Swift.max(abs(low), abs(high)) * 0.1
            return (low - margin, high + margin)
        case .above(let inclusive): return (inclusive ? low : low.nextUp, .infinity)
        case .below(let inclusive): return (-.infinity, inclusive ? high : high.nextDown)
        }
    }

    /// What makes two figures about the same thing.
    struct Key: Hashable {
        var kind: Figure.Kind
        var unit: String?
        var noun: String

        init?(_ figure: Figure) {
            guard ![.year, .date, .ordinal].contains(figure.kind), let of = figure.of else { return nil }
            let noun = Self.normalize(of)
            guard !noun.isEmpty else { return nil }
            self.kind = figure.kind
            self.unit = figure.unit
            self.noun = noun
        }

        /// Lower case, straight apostrophes, leading articles and possessives dropped, the last
        /// word singular.
        static func normalize(_ phrase: String) -> String {
            var words = phrase.lowercased().replacingOccurrences(of: "’", with: "'")
                .split(whereSeparator: { $0.isWhitespace }).map(String.init)
            while let first = words.first, words.count > 1,
                  determiners.contains(first) || first.hasSuffix("'s") || first.hasSuffix("s'") {
                words.removeFirst()
            }
            if var last = words.popLast() {
                while let end = last.last, !end.isLetter, !end.isNumber { last.removeLast() }
                words.append(singular(last))
            }
            return words.joined(separator: " ")
        }

        static func singular(_ word: String) -> String {
            if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
            if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
                return String(word.dropLast())
            }
            return word
        }

        static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "of", "these",
                                               "those", "this", "that"]
    }
}
