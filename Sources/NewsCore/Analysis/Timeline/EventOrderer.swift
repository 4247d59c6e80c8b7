/// Puts events in time order.
///
/// Each event has a span of days: absolute when the reference date fixes it, else offsets from
/// the unknown reference date, which is then placed just after the latest absolute date the
/// story tells in the past (the story is written after what it reports). Partial dates sort by
/// their start ("2021" before "2025-09-10"); related events sit just before or after their
/// anchor; ties keep text order.
enum EventOrderer {
    struct Placed {
        var event: TimelineAnalysis.Event
        var time: ResolvedTime?
        /// For related events: the index (into the same list) of the event they are placed by.
        var anchor: Int?
        var isFuture: Bool
        var order: Int
    }

    static func order(_ placed: [Placed]) -> [TimelineAnalysis.Event] {
        let estimatedReference =
            (placed.compactMap { p -> Int? in
                guard !p.isFuture, p.anchor == nil, let days = p.time?.days else { return nil }
                return days.upperBound
            }.max() ?? 0) + 1
        func span(_ index: Int, depth: Int = 0) -> (Double, Double)? {
            let p = placed[index]
            if let anchor = p.anchor, depth < 4, let base = span(anchor, depth: depth + 1) {
                switch p.event.relation {
                case .before: return (base.0 - 0.5, base.0 - 0.5)
                default: return (base.1 + 0.5, base.1 + 0.5)
                }
            }
            if let days = p.time?.days { return (Double(days.lowerBound), Double(days.upperBound)) }
            if let offsets = p.time?.offsets {
                return (
                    Double(estimatedReference + offsets.lowerBound), Double(estimatedReference + offsets.upperBound)
                )
            }
            return nil
        }
        let keyed = placed.indices.map { ($0, span($0)) }
        let sorted = keyed.sorted { a, b in
            switch (a.1, b.1) {
            case let (x?, y?):
                if x.0 != y.0 { return x.0 < y.0 }
                if x.1 != y.1 { return x.1 < y.1 }
                return placed[a.0].order < placed[b.0].order
            case (_?, nil): return true
            case (nil, _?): return false
            default: return placed[a.0].order < placed[b.0].order
            }
        }
        return sorted.map { placed[$0.0].event }
    }
}
