/// Finds the calendar dates of a credit, date or dateline line through the one `DateReader`,
/// over the line's atoms: `2025-09-11`, `Sept. 11, 2025`, `September 11 2025`,
/// `11 September 2025`, `Thursday, 11 Sept. 2025` (the weekday is left to the caller), and,
/// without a year, `Sept. 11` (as datelines have it).
enum DateFinder {
    struct Match: Equatable {
        var date: PartialDate
        /// Item indices of the line's `AtomRun` the date covers.
        var tokens: Range<Int>
    }

    /// Every date in `line`, left to right, not overlapping.
    static func dates(in line: String) -> [Match] {
        dates(in: AtomRun(line: ScalarText(line)))
    }

    /// Every date in `run`, left to right, not overlapping.
    static func dates(in run: AtomRun) -> [Match] {
        let reader = DateReader(run)
        var matches: [Match] = []
        var index = 0
        while index < run.count {
            if let match = date(reader, at: index) {
                matches.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// The date that starts at item `index`, when the reader finds one naming its month.
    static func date(_ reader: DateReader<AtomRun>, at index: Int) -> Match? {
        guard let reading = reader.read(at: index), let month = reading.month else { return nil }
        return Match(date: PartialDate(year: reading.year, month: month, day: reading.day),
                     tokens: reading.start..<reading.end)
    }
}
