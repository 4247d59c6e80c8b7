/// Scores what an analyzer found on a page against a `FigureTimelineGold`: figures by exact span (with
/// value, kind, unit and counted noun on the matched ones), time expressions by TempEval-3's strict
/// and relaxed span match, and events by whether one was placed inside the gold clause with the
/// gold date. Pure: the measuring tool maps NewsCore's results to the plain `Found…` values.
public enum FigureTimelineScoring {
    /// A figure as found: its span and reading.
    public struct FoundFigure: Sendable, Equatable {
        public var range: Range<Int>
        public var value: Double
        public var high: Double?
        public var kind: String
        public var unit: String?
        public var of: String?

        public init(
            range: Range<Int>, value: Double, high: Double? = nil, kind: String, unit: String? = nil,
            of: String? = nil
        ) {
            self.range = range; self.value = value; self.high = high
            self.kind = kind; self.unit = unit; self.of = of
        }
    }

    /// A time expression as found.
    public struct FoundTimex: Sendable, Equatable {
        public var range: Range<Int>
        public var type: String
        public var value: String

        public init(range: Range<Int>, type: String, value: String) {
            self.range = range; self.type = type; self.value = value
        }
    }

    /// An event as found: its date and the span of the expression it is placed by.
    public struct FoundEvent: Sendable, Equatable {
        public var date: String?
        public var anchor: Range<Int>

        public init(date: String?, anchor: Range<Int>) {
            self.date = date; self.anchor = anchor
        }
    }

    /// One difference, at a span of the page, for `--verbose`.
    public struct Note: Sendable, Equatable {
        public var range: Range<Int>
        public var message: String

        public init(range: Range<Int>, message: String) {
            self.range = range; self.message = message
        }
    }

    /// Figure counts, summed over pages.
    public struct FigureTally: Sendable, Equatable {
        public var gold = 0, found = 0, matched = 0, overlapping = 0
        public var valueRight = 0, kindRight = 0, unitRight = 0, ofGold = 0, ofRight = 0, ofHeadRight = 0

        public init() {}

        public static func += (lhs: inout FigureTally, rhs: FigureTally) {
            lhs.gold += rhs.gold; lhs.found += rhs.found; lhs.matched += rhs.matched
            lhs.overlapping += rhs.overlapping; lhs.valueRight += rhs.valueRight; lhs.kindRight += rhs.kindRight
            lhs.unitRight += rhs.unitRight; lhs.ofGold += rhs.ofGold; lhs.ofRight += rhs.ofRight
            lhs.ofHeadRight += rhs.ofHeadRight
        }
    }

    /// Time expression and event counts, summed over pages.
    public struct TimelineTally: Sendable, Equatable {
        public var gold = 0, found = 0, strict = 0, relaxed = 0, typeRight = 0, valueRight = 0
        public var goldEvents = 0, foundEvents = 0, eventsFound = 0, eventsDatedRight = 0

        public init() {}

        public static func += (lhs: inout TimelineTally, rhs: TimelineTally) {
            lhs.gold += rhs.gold; lhs.found += rhs.found; lhs.strict += rhs.strict; lhs.relaxed += rhs.relaxed
            lhs.typeRight += rhs.typeRight; lhs.valueRight += rhs.valueRight; lhs.goldEvents += rhs.goldEvents
            lhs.foundEvents += rhs.foundEvents; lhs.eventsFound += rhs.eventsFound
            lhs.eventsDatedRight += rhs.eventsDatedRight
        }
    }

    /// Precision, recall and F1 of `right` items among `found` and `gold` (0 when a count is 0).
    public static func prf(_ right: Int, found: Int, gold: Int) -> (p: Double, r: Double, f1: Double) {
        let p = found == 0 ? 0 : Double(right) / Double(found)
        let r = gold == 0 ? 0 : Double(right) / Double(gold)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    /// Two values agree when they differ by at most 0.01 or 0.01% of the gold value; two absent
    /// values agree.
    public static func close(_ found: Double?, _ gold: Double?) -> Bool {
        switch (found, gold) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= max(0.01, abs(y) * 1e-4)
        default: return false
        }
    }

    /// A counted noun compared loosely: lower case, a leading article dropped.
    public static func normalisedOf(_ text: String?) -> String? {
        guard var words = text?.lowercased().split(separator: " ").map(String.init), !words.isEmpty else {
            return nil
        }
        if ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The head noun of a counted-noun label: the last word before a following "of", "who",
    /// "that", "in", "with", "for" or "aged", without a plural or possessive ending ("crates of
    /// apples" → "crate", "the bank's London-listed bonds" → "bond").
    public static func headNoun(_ text: String?) -> String? {
        guard let text else { return nil }
        let stops: Set<String> = ["of", "who", "that", "in", "with", "for", "aged", "which"]
        let words = text.lowercased().split { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" }.map(String.init)
        var head: String?
        for word in words {
            if stops.contains(word), head != nil { break }
            head = word
        }
        guard var noun = head else { return nil }
        for ending in ["'s", "’s"] where noun.hasSuffix(ending) { noun.removeLast(2) }
        if noun.hasSuffix("s"), noun.count > 3, !noun.hasSuffix("ss") { noun.removeLast() }
        return noun
    }

    /// Figures of one page: a found figure matches a gold one with exactly its span; `overlapping`
    /// counts gold figures that some found figure overlaps (for telling span errors from misses).
    /// The counted noun is checked for counts and percentages, exactly (after `normalisedOf`) and by
    /// head noun.
    public static func figures(
        _ gold: [FigureTimelineGold.Figure], _ found: [FoundFigure]
    ) -> (FigureTally, [Note]) {
        var tally = FigureTally()
        var notes: [Note] = []
        tally.gold = gold.count
        tally.found = found.count
        var used = Set<Int>()
        for item in gold {
            let span = item.start..<item.end
            if found.contains(where: { $0.range.overlaps(span) }) { tally.overlapping += 1 }
            guard let index = found.indices.first(where: { !used.contains($0) && found[$0].range == span }) else {
                let near = found.first { $0.range.overlaps(span) }
                let instead = near.map { " · found \($0.range) instead" } ?? ""
                notes.append(Note(range: span, message: "missed (\(item.kind))" + instead))
                continue
            }
            used.insert(index)
            let figure = found[index]
            tally.matched += 1
            if close(figure.value, item.value) && close(figure.high, item.high) {
                tally.valueRight += 1
            } else {
                let message = "value \(show(figure.value, figure.high)), gold \(show(item.value, item.high))"
                notes.append(Note(range: span, message: message))
            }
            if figure.kind == item.kind {
                tally.kindRight += 1
            } else {
                notes.append(Note(range: span, message: "kind \(figure.kind), gold \(item.kind)"))
            }
            if figure.unit == item.unit {
                tally.unitRight += 1
            } else {
                notes.append(Note(range: span, message: "unit \(figure.unit ?? "null"), gold \(item.unit ?? "null")"))
            }
            if item.kind == "count" || item.kind == "percent" {
                tally.ofGold += 1
                if normalisedOf(figure.of) == normalisedOf(item.of) { tally.ofRight += 1 }
                if headNoun(figure.of) == headNoun(item.of) {
                    tally.ofHeadRight += 1
                } else {
                    notes.append(
                        Note(range: span, message: "of \(quoted(figure.of)), gold \(quoted(item.of))"))
                }
            }
        }
        for (index, figure) in found.enumerated() where !used.contains(index) {
            let message = "extra (\(figure.kind) \(show(figure.value, figure.high)))"
            notes.append(Note(range: figure.range, message: message))
        }
        return (tally, notes.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }

    /// Time expressions of one page, TempEval-3 style: each gold expression takes the first unused
    /// found one with its exact span, else the first unused one overlapping it (relaxed match);
    /// type and value are compared on every relaxed match.
    public static func timexes(
        _ gold: [FigureTimelineGold.Timex], _ found: [FoundTimex], into tally: inout TimelineTally
    ) -> [Note] {
        var notes: [Note] = []
        tally.gold += gold.count
        tally.found += found.count
        var used = Set<Int>()
        for item in gold {
            let span = item.start..<item.end
            let exact = found.indices.first { !used.contains($0) && found[$0].range == span }
            let overlapping = found.indices.first { !used.contains($0) && found[$0].range.overlaps(span) }
            guard let index = exact ?? overlapping else {
                notes.append(Note(range: span, message: "timex missed (\(item.type) \(item.value))"))
                continue
            }
            used.insert(index)
            let timex = found[index]
            tally.relaxed += 1
            if timex.range == span {
                tally.strict += 1
            } else {
                notes.append(Note(range: span, message: "timex span \(timex.range) for gold \(span)"))
            }
            if timex.type == item.type { tally.typeRight += 1 }
            if timex.value == item.value {
                tally.valueRight += 1
            } else {
                let message = "timex \(timex.type) \(timex.value), gold \(item.type) \(item.value)"
                notes.append(Note(range: span, message: message))
            }
        }
        for (index, timex) in found.enumerated() where !used.contains(index) {
            notes.append(Note(range: timex.range, message: "timex extra (\(timex.type) \(timex.value))"))
        }
        return notes
    }

    /// Events of one page: a gold event is found when some unused found event is placed by an
    /// expression inside the gold clause (overlapping it); among several, one with the gold date
    /// is taken. It is dated right when the dates are equal.
    public static func events(
        _ gold: [FigureTimelineGold.Event], _ found: [FoundEvent], into tally: inout TimelineTally
    ) -> [Note] {
        var notes: [Note] = []
        tally.goldEvents += gold.count
        tally.foundEvents += found.count
        var used = Set<Int>()
        for item in gold {
            let span = item.start..<item.end
            let candidates = found.indices.filter { !used.contains($0) && found[$0].anchor.overlaps(span) }
            guard let index = candidates.first(where: { found[$0].date == item.date }) ?? candidates.first else {
                notes.append(Note(range: span, message: "event missed (\(item.date))"))
                continue
            }
            used.insert(index)
            tally.eventsFound += 1
            if found[index].date == item.date {
                tally.eventsDatedRight += 1
            } else {
                let message = "event dated \(found[index].date ?? "null"), gold \(item.date)"
                notes.append(Note(range: span, message: message))
            }
        }
        return notes
    }

    static func show(_ value: Double, _ high: Double?) -> String {
        func number(_ x: Double) -> String {
            x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
        }
        return number(value) + (high.map { "–" + number($0) } ?? "")
    }

    static func quoted(_ text: String?) -> String {
        text.map { "'\($0)'" } ?? "null"
    }
}
