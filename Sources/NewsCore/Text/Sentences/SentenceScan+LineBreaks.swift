/// The boundary rules for line breaks: a line without a stop ends its sentence (a headline, a
/// byline, a list line) unless its block is prose hard-wrapped to a width.
extension SentenceScan {
    // MARK: Line breaks

    /// The decision for a line break after a line that does not end in a stop: a headline,
    /// byline or list line ends there; a wrapped line or one that runs on does not.
    mutating func lineBreakEndsSentence(lineEnd: Int, gap: Gap) -> Bool {
        guard gap.end < upper else { return false }
        if gap.isParagraph { return true }
        if scalars[lineEnd - 1].continuesLine { return false }
        if SentenceLexicon.lineContinuations.contains(lastWord(endingAt: lineEnd)) { return false }
        let next = lookahead(at: gap.end)
        if isSoftBreak(lineEnd: lineEnd, next: next) { return false }
        guard next.kind == .lower else { return true }
        return sentenceLeadsLine && sentenceOpensLowercase
    }

    /// Whether the line ending at `lineEnd` was wrapped to fit a width: its block looks
    /// hard-wrapped and the next word would not have fitted on the line.
    mutating func isSoftBreak(lineEnd: Int, next: Lookahead) -> Bool {
        let shape = blockShape()
        guard shape.looksWrapped else { return false }
        return (lineEnd - lineStart) + 1 + next.length > shape.width - shape.width / 10
    }

    mutating func blockShape() -> BlockShape {
        if let measuredBlock, measuredBlock.start == blockStart { return measuredBlock.shape }
        let shape = measureBlock(from: blockStart)
        measuredBlock = (blockStart, shape)
        return shape
    }

    /// The lines from `index` to the next blank line: how long each is and whether it ends
    /// in a stop.
    func measureBlock(from index: Int) -> BlockShape {
        var lines: [(length: Int, stopped: Bool)] = []
        var first: Int?
        var last = index
        var cursor = index
        scanning: while cursor < upper {
            let scalar = scalars[cursor]
            if !scalar.isSpace {
                if first == nil { first = cursor }
                last = cursor + 1
            } else if scalar.breaksLine {
                if let lineFirst = first {
                    lines.append((last - lineFirst, endsInStop(lineFirst..<last)))
                    first = nil
                } else if !lines.isEmpty {
                    break scanning
                }
                if scalar.breaksParagraph { break scanning }
                if scalar == "\r", cursor + 1 < upper, scalars[cursor + 1] == "\n" { cursor += 1 }
            }
            cursor += 1
        }
        if let lineFirst = first { lines.append((last - lineFirst, endsInStop(lineFirst..<last))) }
        return BlockShape(lines: lines)
    }

    /// Whether `line` ends in a stop, perhaps followed by closing marks.
    func endsInStop(_ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, line.upperBound - end < 3, scalars[end - 1].isCloser {
            end -= 1
        }
        return end > line.lowerBound && scalars[end - 1].isStop
    }
}
