/// Says when an article does not read as English. Every analyzer works from English word lists
/// and grammar, so on a story in Italian or German it finds "people" such as "Black Friday" and
/// quotations credited to "Il"; the reader is told when the article is loaded, rather than left
/// to trust those results.
///
/// The test is the share of the commonest English function words among the story's first words:
/// they make up roughly a quarter of English prose and almost none of other languages' (an
/// English name or loanword here and there does not lift it).
enum EnglishCheck {
    /// Words that carry no topic and fill any English text ("a" and "in", words of other
    /// languages too, are left out).
    static let functionWords: Set<String> = [
        "the", "of", "and", "to", "is", "that", "for", "it", "on", "was", "with", "he", "as",
        "at", "by", "this", "are", "be", "from", "have", "has", "had", "not", "but", "they", "his", "her",
        "she", "we", "you", "an", "or", "were", "which", "will", "would", "their", "said", "been", "who",
    ]

    /// How many words are read: enough for a stable share, few enough to cost nothing.
    static let sampleWords = 200
    /// Fewer words than this say too little to judge (a headline, a list).
    static let minimumWords = 60
    /// English prose stays well above this share; other languages well below.
    static let minimumShare = 0.06

    /// The function words packed as `packed` packs a word, so that a word of the text is matched
    /// without building a string; sorted for a binary search, as hashing every word would cost
    /// more than the rest of the check.
    static let packedFunctionWords: [UInt64] = functionWords.map { packed($0.unicodeScalars) }.sorted()

    /// True when `word`, packed, is one of the function words.
    static func isFunctionWord(_ word: UInt64) -> Bool {
        var low = 0, high = packedFunctionWords.count
        while low < high {
            let middle = (low + high) / 2
            if packedFunctionWords[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low < packedFunctionWords.count && packedFunctionWords[low] == word
    }

    /// Up to eight ASCII letters, one byte each; 0 for anything longer or not ASCII.
    static func packed<Letters: Sequence>(_ letters: Letters) -> UInt64 where Letters.Element == Unicode.Scalar {
        var value: UInt64 = 0
        var count = 0
        for letter in letters {
            guard letter.isASCII, count < 8 else { return 0 }
            value = value << 8 | UInt64(letter.value)
            count += 1
        }
        return value
    }

    /// Counts words and function words as the scalars come, one word at a time.
    private struct Tally {
        var words = 0
        var common = 0
        /// The word being read, packed as `packed` does; `plain` turns false for a letter
        /// outside ASCII or a ninth letter, which no function word has.
        var word: UInt64 = 0
        var letters = 0
        var plain = true

        mutating func finishWord() {
            guard letters > 0 else { return }
            words += 1
            if plain, letters <= 5, EnglishCheck.isFunctionWord(word) { common += 1 }
            dropWord()
        }

        mutating func dropWord() {
            word = 0
            letters = 0
            plain = true
        }
    }

    /// A warning for the article's reader, or nil when the story reads as English or is too short
    /// to tell.
    static func warning(_ text: ScalarText, paragraphs: [Paragraph]) -> String? {
        var tally = Tally()
        // Inside a web address ("amzn.to/…") letters are no words of the text.
        var inAddress = false
        let scalars = text.scalars
        paragraphs: for paragraph in paragraphs where paragraph.isStory {
            for index in paragraph.range {
                let scalar = scalars[index]
                var letter = scalar.value
                if letter == 0x2F || letter == 0x40 {  // "/" or "@"
                    inAddress = true
                    tally.dropWord()
                }
                if scalar.isSpaceLike { inAddress = false }
                if inAddress { continue }
                if (65...90).contains(letter) { letter += 32 }
                if (97...122).contains(letter) {
                    tally.word = tally.word << 8 | UInt64(letter)
                    tally.letters += 1
                    if tally.letters > 8 { tally.plain = false }
                } else if letter >= 128, scalar.properties.isAlphabetic {
                    tally.letters += 1
                    tally.plain = false
                } else {
                    tally.finishWord()
                    if tally.words >= sampleWords { break paragraphs }
                }
            }
            tally.finishWord()
            if tally.words >= sampleWords { break }
        }
        let words = tally.words, common = tally.common
        guard words >= minimumWords, Double(common) / Double(words) < minimumShare else { return nil }
        let percent = Int((Double(common) * 100 / Double(words)).rounded())
        return "this text does not read as English (\(percent)% of its first \(words) words are common English"
            + " words, against about 25% in English prose); newsdesk's analyses are built for English and may be"
            + " wrong here"
    }
}
