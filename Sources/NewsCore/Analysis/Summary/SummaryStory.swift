/// A sentence of the story body, as a summary may show it.
struct SummaryStorySentence: Sendable, Equatable {
    /// Index into `Article.sentences`.
    var index: Int
    /// The words shown: the layer's story sentence (dateline already cut off) trimmed, with an
    /// agency credit ("(CNN) —") or an interview's speaker label ("Okafor:", "Q —") taken off
    /// the front, so the summary reads as prose and its offsets still point at exactly the text
    /// shown.
    var range: Range<Int>
    /// The words of `range`, as indices into `TokenLayer.words`.
    var words: Range<Int>
    /// The paragraph's number, as `show` prints it.
    var paragraph: Int
    /// True for the first sentence of its paragraph.
    var opensParagraph: Bool
}

/// Which sentences of an article are summary material: the token layer's story sentences that
/// are body text (headlines, bylines, date lines and "READ ALSO"-style lines never are), less
/// the credits and labels a summary should not repeat.
enum SummaryStory {
    static func storySentences(of article: Article) -> [SummaryStorySentence] {
        let layer = article.tokens
        let text = article.analysisText
        let labels = interviewLabels(article)
        var story: [SummaryStorySentence] = []
        var lastParagraph = -1
        for sentence in layer.storySentences where !sentence.isHeading {
            let paragraph = article.paragraphs[sentence.paragraph]
            let opens = paragraph.number != lastParagraph
            var words = sentence.words
            if story.isEmpty, let start = wireDatelineEnd(layer, text, words) ?? agencyCreditEnd(layer, text, words) {
                words = start..<words.upperBound
            }
            if opens, let start = speakerLabelEnd(layer, text, words),
               labels.contains(labelKey(layer, text, words.lowerBound..<start)) {
                words = start..<words.upperBound
            }
            let lower = words.lowerBound == sentence.words.lowerBound ? sentence.range.lowerBound
                : words.isEmpty ? sentence.range.upperBound : layer.words[words.lowerBound].range.lowerBound
            let range = (lower..<sentence.range.upperBound).trimmed(in: text)
            guard !range.isEmpty else { continue }
            story.append(SummaryStorySentence(index: sentence.sentence, range: range, words: words,
                                              paragraph: paragraph.number, opensParagraph: opens))
            lastParagraph = paragraph.number
        }
        return story
    }

    /// The first word after an agency credit opening the lead: "(CNN) --", "(AP) —",
    /// "(Reuters) -", a parenthesised name of at most three words followed by a dash and more
    /// text. Nil otherwise.
    static func agencyCreditEnd(_ layer: TokenLayer, _ text: ScalarText, _ words: Range<Int>) -> Int? {
        guard words.count > 3, isMark(layer, text, words.lowerBound, "(") else { return nil }
        var index = words.lowerBound + 1
        var spaces = 0
        while index < words.upperBound, !isMark(layer, text, index, ")") {
            let token = layer.words[index]
            guard token.isWordLike || isMark(layer, text, index, ".") else { return nil }
            if token.has(.spaceBefore), index > words.lowerBound + 1 { spaces += 1 }
            guard spaces < 3 else { return nil }
            index += 1
        }
        index += 1
        let firstDash = index
        while index < words.upperBound, isDash(layer, text, index),
              index == firstDash || !layer.words[index].has(.spaceBefore) {
            index += 1
        }
        guard index > firstDash, index < words.upperBound, layer.words[index].has(.spaceBefore) else { return nil }
        return index
    }

    /// The first word after a wire dateline the token layer left on the lead: a place in capitals
    /// ("LONDON", "NEW YORK, Dec 3"), then an agency credit ("(AP) —", "(Reuters) -") or a dash
    /// with space on both sides. Nil otherwise, so every lead is shown without its dateline alike.
    static func wireDatelineEnd(_ layer: TokenLayer, _ text: ScalarText, _ words: Range<Int>) -> Int? {
        guard words.count > 3, isCapitalsWord(layer, text, words.lowerBound) else { return nil }
        var index = words.lowerBound + 1
        // The rest of the place and date: capitalised words, numbers, commas and stops, at most
        // eight tokens.
        while index < words.upperBound, index < words.lowerBound + 8 {
            let token = layer.words[index]
            if token.kind == .number || (token.kind == .word && token.has(.capitalised))
                || isMark(layer, text, index, ",") || isMark(layer, text, index, ".") {
                index += 1
                continue
            }
            break
        }
        guard index < words.upperBound else { return nil }
        if isMark(layer, text, index, "(") { return agencyCreditEnd(layer, text, index..<words.upperBound) }
        guard isDash(layer, text, index), layer.words[index].has(.spaceBefore), index + 1 < words.upperBound,
              layer.words[index + 1].has(.spaceBefore) else { return nil }
        return index + 1
    }

    /// A word of two or more letters, all capitals ("LONDON", not "London" or "A").
    private static func isCapitalsWord(_ layer: TokenLayer, _ text: ScalarText, _ index: Int) -> Bool {
        let token = layer.words[index]
        guard token.kind == .word, token.end - token.start >= 2 else { return false }
        return (Int(token.start)..<Int(token.end)).allSatisfy { offset in
            let scalar = text.scalars[offset]
            return !scalar.properties.isLowercase
        }
    }

    /// The first word after a speaker label opening an interview paragraph: one to four
    /// capitalised words ("Okafor", "Q", "Jane Roe") followed by a colon, or by a dash with
    /// space on both sides, then more text. Nil when the sentence opens otherwise.
    static func speakerLabelEnd(_ layer: TokenLayer, _ text: ScalarText, _ words: Range<Int>) -> Int? {
        var index = words.lowerBound
        for _ in 0..<4 {
            guard index < words.upperBound, layer.words[index].isWord, layer.words[index].has(.capitalised),
                  index + 1 < words.upperBound else { return nil }
            let next = index + 1
            let after = next + 1 < words.upperBound ? layer.words[next + 1] : nil
            if isMark(layer, text, next, ":"), !layer.words[next].has(.spaceBefore) {
                return after?.has(.spaceBefore) == true ? next + 1 : nil
            }
            guard layer.words[next].has(.spaceBefore) else { return nil }
            if isDash(layer, text, next), after?.has(.spaceBefore) == true { return next + 1 }
            index = next
        }
        return nil
    }

    /// The speaker labels of an interview: labels that open two or more paragraphs ("Okafor:"
    /// on each answer), and "Q" and "A" wherever they stand. A label-like opening seen once
    /// ("Star Wars Jedi: Fallen Order is …", "The IAAF - athletics' body …") is the sentence's
    /// own subject, not a label.
    static func interviewLabels(_ article: Article) -> Set<String> {
        let layer = article.tokens
        let text = article.analysisText
        var counts: [String: Int] = [:]
        var lastParagraph = -1
        for sentence in layer.storySentences where !sentence.isHeading {
            defer { lastParagraph = sentence.paragraph }
            guard sentence.paragraph != lastParagraph,
                  let end = speakerLabelEnd(layer, text, sentence.words) else { continue }
            counts[labelKey(layer, text, sentence.words.lowerBound..<end), default: 0] += 1
        }
        return Set(counts.filter { $0.value >= 2 || $0.key == "q" || $0.key == "a" }.keys)
    }

    /// A label's words in lower case, its colon or dash left out: "okafor", "jane roe".
    static func labelKey(_ layer: TokenLayer, _ text: ScalarText, _ words: Range<Int>) -> String {
        words.filter { layer.words[$0].isWord }.map { index in
            let token = layer.words[index]
            return String(String.UnicodeScalarView(text.scalars[Int(token.start)..<Int(token.end)])).lowercased()
        }.joined(separator: " ")
    }

    /// The headings of an article (its headline, Markdown headings), for spotting a headline
    /// repeated as the first line of text.
    static func headings(of article: Article) -> [Range<Int>] {
        article.paragraphs.filter { $0.role == .heading && !$0.isBoilerplate }.map(\.range)
    }

    private static func isMark(_ layer: TokenLayer, _ text: ScalarText, _ index: Int, _ mark: Unicode.Scalar) -> Bool {
        let token = layer.words[index]
        return token.isMark && text.scalars[Int(token.start)] == mark
    }

    /// A hyphen or dash standing as a mark of its own ("(AP) —", "Q - ").
    private static func isDash(_ layer: TokenLayer, _ text: ScalarText, _ index: Int) -> Bool {
        let token = layer.words[index]
        guard token.isMark else { return false }
        let scalar = text.scalars[Int(token.start)]
        return scalar.isHyphen || scalar.isDash
    }
}
