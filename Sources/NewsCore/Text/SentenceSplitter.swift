/// Splits text into sentences with exact scalar offsets.
///
/// Placeholder boundary rule (`.`, `!`, `?` followed by white space); the news-aware splitter
/// replaces it.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences inside `range` of `text`, trimmed of surrounding white space, in order.
    public func split(_ text: ScalarText, in range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = text.scalars[index]
            let next = index + 1 < range.upperBound ? text.scalars[index + 1] : " "
            if (scalar == "." || scalar == "!" || scalar == "?"), next.properties.isWhitespace {
                let sentence = (start..<(index + 1)).trimmed(in: text)
                if !sentence.isEmpty { sentences.append(sentence) }
                start = index + 1
            }
            index += 1
        }
        let last = (start..<range.upperBound).trimmed(in: text)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }
}
