/// The state of one pass over an article: expressions so far, the day the story is talking
/// about, and the events placed.
struct TimelineBuilder {
    let article: Article
    var normalizer: TimexNormalizer
    var timexes: [TimelineAnalysis.Timex] = []
    var placed: [EventOrderer.Placed] = []
    /// The last single day the story named, which "the day before" and "10 a.m." refer to.
    var focus: ResolvedTime?
    /// Where the current day was named (scalar offset), to tell a clock time in the same clause.
    var focusOffset: Int?
    /// True when that day was named inside a quotation: a speaker's own account ("He sent me to
    /// Mexico on May 2") sets the day for the rest of the quotation, not for the narrative.
    var focusInQuote = false
    /// The timex and placed event of that day.
    var focusTimex: Int?
    var focusEvent: Int?
    /// Token ranges of the expressions in the paragraph being read.
    var paragraphTimexes: [Range<Int>] = []
    /// The durations among them: the word after one ("a day after") is its signal.
    var paragraphDurations: [Range<Int>] = []
    /// Who "he" or "she" is, so an event's subject can be named.
    let people: LazyPeople
    /// The article's token layer, and the forms of its tokens with their facts.
    let layer: TokenLayer
    var vocabulary: TimeVocabulary

    init(article: Article, normalizer: TimexNormalizer, people: LazyPeople) {
        self.article = article
        self.normalizer = normalizer
        self.people = people
        layer = article.tokens
        vocabulary = TimeVocabulary(layer)
    }

    mutating func read(_ paragraph: Paragraph) {
        let allTokens = TimeWords(layer, atoms: layer.atoms(in: paragraph.range), vocabulary: &vocabulary)
        let allMentions = TimexFinder.find(allTokens)
        // The dateline ("LEEDS, May 2 (Newsline) –") dates the story but is no part of its
        // events: events read the tokens after it (the layer flags the dateline's tokens), with
        // the mentions' token indices moved to match, so an agency's name can never become an
        // event's subject.
        let shift = allTokens.prefix { $0.inDateline }.count
        let tokens = shift == 0 ? allTokens : allTokens.dropping(first: shift)
        let forEvents = paragraph.isStory
        let storyMentions = allMentions.filter { $0.tokens.lowerBound >= shift }.map { mention in
            var moved = mention
            moved.tokens = (mention.tokens.lowerBound - shift)..<(mention.tokens.upperBound - shift)
            return moved
        }
        let covered = storyMentions.map(\.tokens)
        paragraphTimexes = covered
        paragraphDurations = storyMentions.filter { $0.meaning.type == "DURATION" }.map(\.tokens)
        for original in allMentions {
            let inStory = original.tokens.lowerBound >= shift
            var mention = original
            if inStory { mention.tokens = (original.tokens.lowerBound - shift)..<(original.tokens.upperBound - shift) }
            let context = inStory ? tokens : allTokens
            let tense = ClauseTense.of(context, around: mention.tokens)
            let sentence = Self.sentence(context[mention.tokens.lowerBound])
            let clause = ClauseBounds.segment(context, around: mention.tokens)
            let near = focusOffset.map { offset in clause.contains { tokens[$0].range.lowerBound == offset } } ?? false
            let dayInView = focusInQuote && !context[mention.tokens.lowerBound].inQuote ? nil : focus
            let resolved = normalizer.resolve(mention.meaning, tense: tense, focus: dayInView, focusIsNear: near)
            normalizer.note(
                mention.meaning, resolved, tense: tense,
                fiscal: mention.tokens.contains { context.lower($0) == "fiscal" })
            let index = timexes.count
            timexes.append(
                TimelineAnalysis.Timex(
                    text: article.text[mention.range], range: mention.range, type: mention.meaning.type,
                    value: resolved.value,
                    mod: mention.mod, sentence: sentence, paragraph: paragraph.number))
            let inDateline = !inStory || (article.metadata.dateline.map { $0.overlaps(mention.range) } ?? false)
            // A speaker's own dated account of the past is an event too ("I boarded a flight on
            // May 15"); what a quotation says of now or later ("no sentence I pass today") is not.
            guard forEvents, !inDateline,
                !tokens[mention.tokens.lowerBound].inQuote || (tense == .past && mention.meaning != .relativeDay(0))
            else {
                if forEvents, !inDateline, resolved.isDay, mention.meaning.type == "DATE" {
                    focusOffset = mention.range.lowerBound; focus = resolved
                    focusInQuote = tokens[mention.tokens.lowerBound].inQuote; focusTimex = index
                }
                continue
            }
            addEvents(for: mention, resolved, timex: index, tense: tense, tokens: tokens, paragraph: paragraph)
        }
        if forEvents { addLaterEvents(tokens, covered: covered, paragraph: paragraph) }
    }

    private mutating func addEvents(
        for mention: TimexMention, _ resolved: ResolvedTime, timex: Int, tense: ClauseTense,
        tokens: TimeWords, paragraph: Paragraph
    ) {
        // "last year's increase": the possessive ending goes with the expression.
        var skip = mention.tokens
        if skip.upperBound < tokens.count, tokens[skip.upperBound].kind == .possessive {
            skip = skip.lowerBound..<(skip.upperBound + 1)
        }
        // "the 2009-2010 slump", "the 1957-58 flu": each year of a range dates the event, and
        // the description leaves out the whole range, not half of it.
        if skip.upperBound + 1 < tokens.count, Self.isRangeDash(tokens, skip.upperBound),
            tokens[skip.upperBound + 1].isNumber
        {
            skip = skip.lowerBound..<(skip.upperBound + 2)
        } else if skip.lowerBound >= 2, Self.isRangeDash(tokens, skip.lowerBound - 1),
            tokens[skip.lowerBound - 2].isNumber
        {
            skip = (skip.lowerBound - 2)..<skip.upperBound
        }
        // "The 2019 vote took place on Friday", "a 2024 review found …": a year written inside a
        // noun phrase describes the noun. It dates no event when its clause has a date of its
        // own, and otherwise stays in the description, which would read "a review found" without it.
        let modifierYear = Self.isModifierYear(mention, tokens)
        if modifierYear {
            let clause = ClauseBounds.segment(tokens, around: mention.tokens)
            if paragraphTimexes.contains(where: { $0 != mention.tokens && clause.contains($0.lowerBound) }) { return }
            skip = 0..<0
        }
        var describer = EventDescriber(t: tokens, text: article.text, skip: skip)
        describer.nameForPronoun = { [people] range in people.name(forPronounAt: range) }
        let sentence = Self.sentence(tokens[mention.tokens.lowerBound]) ?? 0
        switch mention.meaning {
        case .duration(let value):
            // "a day after Poland said it shot down drones": that event, the day(s) before.
            let next = mention.tokens.upperBound
            if next < tokens.count, let days = Self.days(in: value), ["after", "before"].contains(tokens.lower(next)) {
                let direction = tokens.lower(next) == "after" ? -1 : 1
                let target = describer.clause(around: (next + 1)..<(next + 2))
                var plain = describer
                plain.skip = 0..<0
                if let anchorDay = focus, let text = plain.describe(segment: (next + 1)..<target.upperBound) {
                    let time = normalizer.shift(anchorDay, by: direction * days)
                    add(
                        TimelineAnalysis.Event(
                            date: time.date, value: time.value, description: text, sentence: sentence, timex: timex,
                            relation: .on, paragraph: paragraph.number), time: time, anchor: nil, tense: .past)
                }
                addRelated(
                    tokens, around: mention.tokens, anchorEvent: focusEvent, anchorTimex: focusTimex ?? timex,
                    paragraph: paragraph)
                return
            }
            // "who has ruled Belarus for over three decades": began that long before the reference.
            if let start = sinceStart(value, mention, tokens), let text = describer.describe(around: mention.tokens) {
                add(
                    TimelineAnalysis.Event(
                        date: start.date, value: start.value, description: text, sentence: sentence, timex: timex,
                        relation: .since,
                        paragraph: paragraph.number), time: start, anchor: nil, tense: .past)
            }
        case .reference, .set:
            return
        default:
            // "up 5% from a year earlier", "higher than last year", "compared with 2024": a
            // comparison's base dates no event (a range "from 2014 to 2022" still does).
            let first = mention.tokens.lowerBound
            if first > 0, ["from", "than", "with"].contains(tokens.lower(first - 1)),
                !(mention.tokens.upperBound < tokens.count
                    && ["to", "until", "through", "till"].contains(tokens.lower(mention.tokens.upperBound)))
            {
                return
            }
            guard let text = describer.describe(around: mention.tokens) else {
                if resolved.isDay, mention.meaning.type == "DATE" {
                    focusOffset = mention.range.lowerBound; focus = resolved
                    focusInQuote = tokens[mention.tokens.lowerBound].inQuote; focusTimex = timex
                }
                return
            }
            let eventIndex = add(
                TimelineAnalysis.Event(
                    date: resolved.date, value: resolved.value, description: text, sentence: sentence, timex: timex,
                    relation: .on, paragraph: paragraph.number),
                time: resolved, anchor: nil, tense: tense)
            if resolved.isDay, mention.meaning.type == "DATE" {
                focusOffset = mention.range.lowerBound; focus = resolved
                focusInQuote = tokens[mention.tokens.lowerBound].inQuote
                focusTimex = timex
                focusEvent = eventIndex
            }
            addRelated(
                tokens, around: mention.tokens, anchorEvent: eventIndex, anchorTimex: timex, paragraph: paragraph)
        }
    }

    /// A hyphen or en dash joining the two ends of a range ("2009-2010", "1957–58"); an em
    /// dash sets off an aside instead.
    static func isRangeDash(_ tokens: TimeWords, _ i: Int) -> Bool {
        tokens[i].isMark && ["-", "–"].contains(tokens.lower(i))
    }

    /// True for a bare year between a determiner or possessive and a lower-case noun ("the
    /// 2019 vote", "his 2007 campaign", "Kopp's 1987 car").
    static func isModifierYear(_ mention: TimexMention, _ tokens: TimeWords) -> Bool {
        guard case .calendar(_?, nil, nil) = mention.meaning, mention.tokens.count == 1 else { return false }
        let first = mention.tokens.lowerBound, after = mention.tokens.upperBound
        guard first > 0, after < tokens.count, tokens[after].isWord, !tokens[after].isCapitalised else { return false }
        let before = tokens[first - 1]
        return before.kind == .possessive || (before.isWord && before.has(.determiner)) || tokens.lower(first - 1) == "a"
    }

    /// Events named after "following", "after", "ahead of" or "before" in the sentence of a dated
    /// event, placed just before or after it, undated.
    private mutating func addRelated(
        _ tokens: TimeWords, around range: Range<Int>, anchorEvent: Int?, anchorTimex: Int,
        paragraph: Paragraph
    ) {
        guard let anchorEvent else { return }
        var start = range.lowerBound, end = range.upperBound
        while start > 0, !Self.endsSentence(tokens[start - 1]) { start -= 1 }
        while end < tokens.count, !Self.endsSentence(tokens[end]) { end += 1 }
        let describer = EventDescriber(t: tokens, text: article.text)
        var i = start
        while i < end {
            defer { i += 1 }
            // "a day after": the word after a duration is its signal, not a new relation.
            guard tokens[i].has(.relationCue), !range.contains(i),
                !paragraphDurations.contains(where: { $0.upperBound == i })
            else { continue }
            var first = i + 1
            if tokens.lower(i) == "ahead" {
                guard first < end, tokens.lower(first) == "of" else { continue }; first += 1
            }
            guard first < end, tokens[first].isWord, !paragraphTimexes.contains(where: { $0.lowerBound == first })
            else { continue }
            var last = first
            while last < end, !ClauseBounds.isBreak(tokens[last]), last - first < 9,
                !(last > first && ["and", "while", "as", "but"].contains(tokens.lower(last)) && last + 1 < end
                    && ["ahead", "after", "before", "following"].contains(tokens.lower(last + 1)))
            {
                last += 1
            }
            guard last > first, !tokens[first].isNumber else { continue }
            // An event with a date of its own is dated by it, not placed by this one.
            if paragraphTimexes.contains(where: { $0.lowerBound >= first && $0.lowerBound < last }) { continue }
            let text = describer.describe(segment: first..<last) ?? describer.words(first..<last)
            let isAfter = tokens[i].has(.cueForLater)
            let sentence = Self.sentence(tokens[first]) ?? 0
            add(
                TimelineAnalysis.Event(
                    date: nil, value: nil, description: text, sentence: sentence, timex: anchorTimex,
                    relation: isAfter ? .after : .before, paragraph: paragraph.number),
                time: nil, anchor: anchorEvent, tense: .unknown)
            i = last
        }
    }

    /// "Belarus later confirmed the release": an undated event after the story's current day.
    private mutating func addLaterEvents(_ tokens: TimeWords, covered: [Range<Int>], paragraph: Paragraph) {
        guard let anchor = focusEvent ?? placed.indices.last, let timex = focusTimex ?? placed.last?.event.timex else {
            return
        }
        // "later" is listed among the event adverbs: the bit turns every other word away
        // before its form is compared.
        for i in tokens.indices where tokens[i].has(.eventAdverb) {
            let token = tokens[i]
            guard tokens.lower(i) == "later", !token.inQuote else { continue }
            if covered.contains(where: { $0.contains(i) || $0.lowerBound == i + 1 }) { continue }
            if i > 0, tokens[i - 1].isNumber || tokens.facts(i - 1).unit != nil { continue }
            let segment = ClauseBounds.segment(tokens, around: i..<(i + 1))
            if covered.contains(where: { segment.contains($0.lowerBound) }) { continue }
            let describer = EventDescriber(t: tokens, text: article.text, skip: i..<(i + 1))
            guard let text = describer.describe(around: i..<(i + 1)) else { continue }
            add(
                TimelineAnalysis.Event(
                    date: nil, value: nil, description: text, sentence: Self.sentence(token) ?? 0, timex: timex,
                    relation: .after, paragraph: paragraph.number), time: nil, anchor: anchor, tense: .unknown)
        }
    }

    @discardableResult
    private mutating func add(
        _ event: TimelineAnalysis.Event, time: ResolvedTime?, anchor: Int?, tense: ClauseTense
    ) -> Int {
        // Two expressions in one clause for one day ("On 12 May … at 6pm") tell one event: keep
        // the first. A range ("between 2014 and 2022") keeps both ends.
        if let same = placed.suffix(8).lastIndex(where: { other in
            other.event.sentence == event.sentence && other.event.description == event.description
                && (other.event.date == nil || event.date == nil
                    || other.event.date.map { event.date!.hasPrefix($0) || $0.hasPrefix(event.date!) } == true)
        }) {
            return same
        }
        // "will begin proceedings later this year": within a period that holds the reference
        // date, a future event sorts after that date and a past one before it.
        var time = time
        if let days = time?.days, let today = normalizer.reference?.dayNumber, days.contains(today), days.count > 1 {
            if tense == .future { time?.days = today...days.upperBound }
            if tense == .past { time?.days = days.lowerBound...today }
        }
        placed.append(
            EventOrderer.Placed(
                event: event, time: time, anchor: anchor, isFuture: tense == .future, order: placed.count))
        return placed.count - 1
    }

    /// The start of a state that has lasted `value` up to the reference date, when the clause
    /// is in the present perfect ("has ruled … for", "have lived … for").
    private func sinceStart(_ value: String, _ mention: TimexMention, _ tokens: TimeWords) -> ResolvedTime? {
        let before = mention.tokens.lowerBound
        var prep = before - 1
        if prep >= 0, tokens[prep].has(.modifier), mention.mod != nil { prep -= 1 }
        guard prep >= 0, tokens.lower(prep) == "for" || tokens.lower(prep) == "over" else { return nil }
        let segment = ClauseBounds.segment(tokens, around: mention.tokens)
        guard (segment.lowerBound..<before).contains(where: { ["has", "have"].contains(tokens.lower($0)) }) else {
            return nil
        }
        guard value.hasPrefix("P"), !value.hasPrefix("PT"), value.hasSuffix("Y"),
            let years = Int(value.dropFirst().dropLast())
        else { return nil }
        guard let reference = normalizer.reference else {
            return ResolvedTime(value: "XXXX", offsets: (-365 * years - 182)...(-365 * years + 182))
        }
        let year = reference.year - years
        return ResolvedTime(value: TimexFormat.pad(year, 4), days: TimexFormat.days(ofYear: year))
    }

    /// Whole days in a duration value (`P1D` = 1, `P2W` = 14), or nil.
    static func days(in value: String) -> Int? {
        guard value.hasPrefix("P"), !value.hasPrefix("PT"), let unit = value.last,
            let n = Int(value.dropFirst().dropLast())
        else { return nil }
        switch unit {
        case "D": return n
        case "W": return 7 * n
        default: return nil
        }
    }

    private static func endsSentence(_ token: TimeWord) -> Bool {
        token.kind == .mark && token.has(.sentenceEnd)
    }

    /// The index of the sentence a token stands in, nil outside every sentence.
    static func sentence(_ token: TimeWord) -> Int? {
        token.sentence >= 0 ? Int(token.sentence) : nil
    }
}
