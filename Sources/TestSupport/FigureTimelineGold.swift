import Foundation

/// One hand-annotated real news page (`Fixtures/real/figures-timeline/ID.json`): the figures,
/// time expressions and events an editor marked in a body of the shared article-extraction set.
///
/// The file holds offsets and labels only, never the page's text (the body stays in
/// `../shared/data/article-extraction/ground-truth.json`), so the shapes are CONTRACT.md's
/// without their `text` fields. Offsets are Unicode scalar offsets into the body, `end` exclusive.
public struct FigureTimelineGold: Codable, Sendable, Equatable {
    /// A figure as CONTRACT.md's `figures` command gives it, less its text.
    public struct Figure: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var value: Double
        public var high: Double?
        public var kind: String
        public var unit: String?
        public var of: String?

        public init(
            start: Int, end: Int, value: Double, high: Double? = nil, kind: String, unit: String? = nil,
            of: String? = nil
        ) {
            self.start = start; self.end = end; self.value = value; self.high = high
            self.kind = kind; self.unit = unit; self.of = of
        }
    }

    /// A TIMEX3 time expression: its span, type and value.
    public struct Timex: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String

        public init(start: Int, end: Int, type: String, value: String) {
            self.start = start; self.end = end; self.type = type; self.value = value
        }
    }

    /// An event: the clause that says what happened (it includes the expression that dates it)
    /// and the resolved ISO date or partial date.
    public struct Event: Codable, Sendable, Equatable {
        public var date: String
        public var start: Int
        public var end: Int

        public init(date: String, start: Int, end: Int) {
            self.date = date; self.start = start; self.end = end
        }
    }

    /// The page id (the key of `ground-truth.json`).
    public var id: String
    /// The data set the body comes from (`article-extraction`).
    public var source: String
    /// The page's own publication date (`YYYY-MM-DD`), the reference date for relative times.
    public var date: String
    public var figures: [Figure]
    public var timexes: [Timex]
    public var events: [Event]

    public init(
        id: String, source: String = "article-extraction", date: String, figures: [Figure] = [],
        timexes: [Timex] = [], events: [Event] = []
    ) {
        self.id = id; self.source = source; self.date = date
        self.figures = figures; self.timexes = timexes; self.events = events
    }

    /// The kinds CONTRACT.md allows for a figure.
    public static let figureKinds: Set<String> = [
        "count", "percent", "money", "quantity", "duration", "year", "date", "ordinal",
    ]

    /// The TIMEX3 types.
    public static let timexTypes: Set<String> = ["DATE", "TIME", "DURATION", "SET"]

    /// Words that make a span a number expression even without a digit.
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
        "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "half",
        "tens", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ]

    /// Everything wrong with this gold file against `body`, the page text it was marked on; empty
    /// when the file is well-formed. Checks spans in bounds and not empty, figure spans holding a
    /// digit or a number word ("a week" for a duration), kinds and types from their sets, values
    /// consistent with a range, and dates in ISO form.
    public func problems(body: String) -> [String] {
        let scalars = Array(body.unicodeScalars)
        var problems: [String] = []
        func slice(_ start: Int, _ end: Int) -> String? {
            guard start >= 0, start < end, end <= scalars.count else { return nil }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            return String(text)
        }
        if !Self.isISODay(date) { problems.append("page date '\(date)' is not YYYY-MM-DD") }
        for (index, figure) in figures.enumerated() {
            let name = "figure \(index) at \(figure.start)"
            guard let text = slice(figure.start, figure.end) else {
                problems.append("\(name): span \(figure.start)..<\(figure.end) outside 0..<\(scalars.count)")
                continue
            }
            if !Self.figureKinds.contains(figure.kind) { problems.append("\(name): kind '\(figure.kind)'") }
            let words = text.lowercased().split { !$0.isLetter }.map(String.init)
            let hasNumber = text.contains { $0.isNumber } || words.contains { Self.numberWords.contains($0) }
                || (figure.kind == "duration" && ["a", "an"].contains(words.first ?? ""))
            if !hasNumber { problems.append("\(name): '\(text)' has no digit or number word") }
            if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
                problems.append("\(name): '\(text)' begins or ends with white space")
            }
            if let high = figure.high, high < figure.value {
                problems.append("\(name): high \(high) below value \(figure.value)")
            }
            if figure.kind == "percent" && figure.unit != "%" { problems.append("\(name): a percent's unit is '%'") }
        }
        for (index, timex) in timexes.enumerated() {
            let name = "timex \(index) at \(timex.start)"
            if slice(timex.start, timex.end) == nil { problems.append("\(name): span outside the body") }
            if !Self.timexTypes.contains(timex.type) { problems.append("\(name): type '\(timex.type)'") }
            if timex.value.isEmpty { problems.append("\(name): empty value") }
        }
        for (index, event) in events.enumerated() {
            let name = "event \(index) at \(event.start)"
            if slice(event.start, event.end) == nil { problems.append("\(name): span outside the body") }
            if !Self.isISODate(event.date) { problems.append("\(name): date '\(event.date)' is not ISO") }
        }
        return problems
    }

    /// `YYYY-MM-DD` with a real month and day number.
    public static func isISODay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// An ISO date or partial date as TIMEX3 writes one: a century or decade (`13`, `202`), a year,
    /// a month, a day, an ISO week (`2019-W47`, `2019-W46-WE`) or a season (`2020-SU`).
    public static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func digits(_ part: String, _ count: Int) -> Bool {
            part.count == count && part.allSatisfy { $0.isASCII && $0.isNumber }
        }
        guard let first = parts.first, (2...4).contains(first.count), digits(first, first.count) else { return false }
        if parts.count == 1 { return true }
        guard first.count == 4 else { return false }
        switch parts.count {
        case 2:
            if ["SP", "SU", "FA", "WI"].contains(parts[1]) { return true }
            if parts[1].hasPrefix("W") { return digits(String(parts[1].dropFirst()), 2) }
            return digits(parts[1], 2) && (1...12).contains(Int(parts[1]) ?? 0)
        case 3:
            if parts[1].hasPrefix("W") { return digits(String(parts[1].dropFirst()), 2) && parts[2] == "WE" }
            return isISODay(text)
        default:
            return false
        }
    }
}

/// The article bodies of the shared article-extraction set, by page id.
public enum ArticleExtractionBodies {
    /// `../shared/data/article-extraction/ground-truth.json` beside a checkout at `root`.
    public static func defaultPath(root: String) -> String {
        (((root as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("shared/data/article-extraction/ground-truth.json"))
    }

    /// Reads `{id: {"articleBody", "url"}}` into `[id: body]`; nil when the file cannot be read
    /// or is not that shape.
    public static func load(_ path: String) -> [String: String]? {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        var bodies: [String: String] = [:]
        for (id, page) in object {
            guard let body = (page as? [String: Any])?["articleBody"] as? String else { return nil }
            bodies[id] = body
        }
        return bodies
    }

    /// Every gold file in `directory` (`*.json`, by name), decoded; the names that would not decode
    /// are returned apart so a caller can say which.
    public static func goldFiles(in directory: String) -> (pages: [FigureTimelineGold], unreadable: [String])? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        var pages: [FigureTimelineGold] = []
        var unreadable: [String] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = (directory as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: path),
                let page = try? JSONDecoder().decode(FigureTimelineGold.self, from: data)
            {
                pages.append(page)
            } else {
                unreadable.append(name)
            }
        }
        return (pages, unreadable)
    }
}
