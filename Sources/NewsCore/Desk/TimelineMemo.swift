import Foundation

/// An article's timelines kept by reference date, so that asking for the session's timeline
/// again (`brief`, `timeline --every`) reads no article twice for the same date. Kept in the
/// article's analysis cache: a date set later is simply another key.
final class TimelineMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var byReference: [String: TimelineAnalysis] = [:]

    /// The timeline of `report`'s article read against its reference date, worked out once.
    static func timeline(of report: ArticleReport) -> TimelineAnalysis {
        let memo = report.article.analyses.value(TimelineMemo.self) { TimelineMemo() }
        let key = report.reference?.iso ?? ""
        memo.lock.lock()
        if let known = memo.byReference[key] {
            memo.lock.unlock()
            return known
        }
        memo.lock.unlock()
        let made = report.timeline().analysis
        memo.lock.lock()
        memo.byReference[key] = made
        memo.lock.unlock()
        return made
    }
}
