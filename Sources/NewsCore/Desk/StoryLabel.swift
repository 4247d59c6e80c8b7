/// An article as results across the session name it: its number in the session and its title.
///
/// Every result of a command run with `--every`, and every line of `brief`, carries one, so a
/// reader can tell which story a quotation, a figure or an event came from.
public struct StoryLabel: Sendable, Hashable {
    /// The article's number, as `articles` lists it (1-based).
    public var number: Int
    /// The article's title as loaded (its headline, or the start of its lead).
    public var title: String

    public init(number: Int, title: String) {
        self.number = number
        self.title = title
    }

    /// The title on one line, cut at a word boundary to at most `width` columns, ending in "…"
    /// when cut, so a long headline still fits beside a result.
    public func shortTitle(_ width: Int = 40) -> String {
        // Each word measured once: a brief over hundreds of stories labels thousands of lines.
        var kept = ""
        var keptWidth = 0
        var cut = false
        for word in title.split(whereSeparator: \.isWhitespace) {
            let wordWidth = TextLayout.width(String(word))
            let next = keptWidth + (kept.isEmpty ? 0 : 1) + wordWidth
            if next > width {
                cut = true
                break
            }
            if !kept.isEmpty { kept += " " }
            kept += word
            keptWidth = next
        }
        guard cut else { return kept }
        // Room for the "…": drop words until it fits.
        while keptWidth > width - 1, let space = kept.lastIndex(of: " ") {
            kept = String(kept[..<space])
            keptWidth = TextLayout.width(kept)
        }
        // A first word longer than the width is cut inside the word.
        if keptWidth > width - 1 || kept.isEmpty {
            return TextLayout.truncate(title.split(whereSeparator: \.isWhitespace).joined(separator: " "), width: width)
        }
        while let last = kept.last, ",;:-–—".contains(last) { kept.removeLast() }
        return kept + "…"
    }

    /// "[3] Dockworkers strike at Rotterdam…": the number and short title together.
    public func tag(_ width: Int = 40) -> String {
        "[\(number)] " + shortTitle(width)
    }
}

/// One article's result of some analysis, with the article it belongs to.
public struct InStory<Value: Sendable>: Sendable {
    public var story: StoryLabel
    public var value: Value

    public init(_ story: StoryLabel, _ value: Value) {
        self.story = story
        self.value = value
    }
}
