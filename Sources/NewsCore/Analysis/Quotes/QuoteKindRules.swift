/// Decides what a stretch of quoted text is: a quotation set off on its own (direct), a few
/// quoted words inside the reporter's sentence (partial), or not speech at all (a name, a
/// nickname, a title of a work, a term).
enum QuoteKindRules {
    /// Function words a title of a work may leave in lower case ("Pride and Prejudice").
    static let titleMinorWords: Set<String> = Lexicon.set("quote/title-minor-words")

    /// Whether the quotation opening at `open` stands on its own: at the start of its paragraph
    /// or sentence, after a colon or dash, or after a verb of saying and a comma ("said,
    /// “The price …”"), with a capital or a figure first.
    static func isDirect(_ span: QuotedSpan, in text: QuoteText) -> Bool {
        let scalars = text.scalars
        var first = span.content.lowerBound
        while first < span.content.upperBound, scalars[first].isSpaceLike || QuoteMarkScanner.isMark(scalars[first]) {
            first += 1
        }
        // "[W]e will": a capital the reporter restored in brackets still opens a sentence.
        if first + 1 < span.content.upperBound, scalars[first] == "[" { first += 1 }
        guard first < span.content.upperBound else { return false }
        let opener = scalars[first]
        let capitalised = opener.isUppercaseLetter || ("0"..."9").contains(opener)
        // What stands before the opening mark.
        let paragraph = text.article.paragraphs[span.firstParagraph].range
        var before = span.open - 1
        // A doubled opening mark ('' for a double one) belongs to the opening.
        while before >= paragraph.lowerBound, QuoteMarkScanner.isMark(scalars[before]) { before -= 1 }
        while before >= paragraph.lowerBound, scalars[before].isSpaceLike { before -= 1 }
        // Opening its paragraph, a quotation is set off whatever its first word ("…and then
        // it fell,” she said" carries a quotation on).
        guard before >= paragraph.lowerBound else { return true }
        let mark = scalars[before]
        // "Robert C. “Bobby” Scott": the stop of a middle initial ends no sentence.
        if mark == ".", before - 2 >= paragraph.lowerBound, scalars[before - 1].isUppercaseLetter,
            scalars[before - 2].isSpaceLike
        {
            return false
        }
        if ".!?".unicodeScalars.contains(mark) || (QuoteMarkScanner.isMark(mark) && before > paragraph.lowerBound
            && ".!?,".unicodeScalars.contains(scalars[before - 1])) {
            return capitalised
        }
        if ":—–([".unicodeScalars.contains(mark) { return capitalised }
        if mark == "," {
            // "said, “The price …”": a comma after a verb of saying.
            guard let token = text.lastToken(endingBy: before) else { return false }
            let word = text.tokens[token]
            if capitalised, word.isWord, word.is(.anySpeechVerb) { return true }
            // "says of Clinton, “If …”", "said in a statement on Monday, “We …”": a verb of
            // saying a few words before the comma, with no other break between.
            if capitalised {
                var index = token
                let start = text.sentenceWords(of: token).lowerBound
                while index >= start, token - index < 7 {
                    let candidate = text.tokens[index]
                    if candidate.kind == .mark, !text.isPunctuation(index, "."), index != token { break }
                    if text.quoted[index] { break }
                    if candidate.isWord, candidate.is(.anySpeechVerb), !candidate.is(.speechNoun) { return true }
                    index -= 1
                }
            }
            // "According to Smith, “The …”": a credit and a comma before a whole sentence.
            let sentence = text.sentenceWords(of: token)
            return capitalised && sentence.count > 2 && text.isWord(sentence.lowerBound, "according")
                && text.isWord(sentence.lowerBound + 1, "to")
        }
        return false
    }

    /// True when quoted words are a name, a nickname, a title or a term that nobody is saying:
    /// "known to fans as “the Wall”", "the so-called “deal”", "the film “Heat”", Title Case
    /// words with no verb of saying near them, a nickname between a first name and a surname.
    static func isTerm(_ span: QuotedSpan, in text: QuoteText, hasSpeechVerb: Bool) -> Bool {
        let openToken = text.firstToken(atOrAfter: span.open)
        guard openToken < text.tokens.count else { return false }
        let sentence = text.sentenceWords(of: openToken)
        var previous = openToken - 1
        while previous >= sentence.lowerBound, text.tokens[previous].kind == .mark,
              !text.isPunctuation(previous, ",:") {
            previous -= 1
        }
        // "his 2002 book, “Make Your Kid a Millionaire,”": a work noun, a comma, the title.
        if previous > sentence.lowerBound, text.isPunctuation(previous, ","),
            text.tokens[previous - 1].isWord, QuoteLexicon.workNouns.contains(text.tokens[previous - 1].key),
            isTitleCase(span, in: text)
        {
            return true
        }
        if previous >= sentence.lowerBound, text.tokens[previous].isWord {
            let word = text.tokens[previous].key
            if QuoteLexicon.termCues.contains(word) { return true }
            // "The crowd sang “Sweet Caroline”": a song's title, though singing credits lyrics.
            if ["sang", "sings", "sing", "singing"].contains(word), isTitleCase(span, in: text) { return true }
            // "the film “Heat”" is a title; "called the report “deeply flawed”" is a label.
            if QuoteLexicon.workNouns.contains(word) {
                let window = max(sentence.lowerBound, previous - 3)..<previous
                let labelled = window.contains { text.isWord($0, .labellingVerb) }
                if !labelled { return true }
            }
            // "called “X”", "named “X”" with no object between: a name, not a label. But
            // "what the council called “a clear threat”" gives "called" its own subject: the
            // lower-case words are that subject's label, quoted from it.
            if ["called", "named"].contains(word), !isLabelAfterWhat(span, called: previous, in: text) { return true }
            if word == "as" {
                var index = previous - 1
                while index >= sentence.lowerBound, previous - index <= 6 {
                    let key = text.tokens[index].key
                    if QuoteLexicon.namingVerbs.contains(key) { return true }
                    if QuoteLexicon.labellingVerbs.contains(key) || QuoteLexicon.speechVerbs.contains(key) { break }
                    index -= 1
                }
            }
        }
        // "MSNBC’s “Morning Joe”", "said on “Face the Nation”": Title Case words after a
        // possessive or "on" name a programme or a work, whoever is speaking in the sentence.
        let titlePosition = previous >= sentence.lowerBound
            && (text.tokens[previous].kind == .possessive || text.isWord(previous, .article)
                || Self.titlePrepositions.contains(text.tokens[previous].key))
        if titlePosition, isTitleCase(span, in: text) { return true }
        let afterClose = text.firstToken(atOrAfter: (span.close ?? span.content.upperBound) + 1)
        let content = QuoteFinder.trimmed(span.content, text.scalars, trailing: ".,;:!?")
        let single: Bool
        if content.isEmpty {
            single = false
        } else if case let words = foldedWords(content, text.article.text.scalars, upTo: 1), words.exact {
            single = words.atLeast < 2
        } else {
            single = !text.text(content).contains(" ")
        }
        // "an episode of “DWTS”", "the “Pose” actor": one capitalised word after "of", "on"
        // or an article is a name of a work, a show or a brand.
        if single, titlePosition, text.scalars[content.lowerBound].isUppercaseLetter { return true }
        // "a “skinny” trade deal", "an “irregular” channel": a word or two in marks between an
        // article and the noun they modify are a label, not speech.
        // The noun phrase must go on after the marks: nothing closes it inside them ("a “nasty
        // guy,”") and no function word follows them ("a “crazy system” during the rally").
        let untrimmed = QuoteFinder.trimmed(span.content, text.scalars, trailing: "")
        if previous >= sentence.lowerBound, text.isWord(previous, .article), afterClose < sentence.upperBound,
            untrimmed == content, text.tokens[afterClose].isWord, !text.tokens[afterClose].isCapitalised,
            text.text(content).split(separator: " ").count <= 2,
            !Self.phraseEnders.contains(text.tokens[afterClose].key),
            !text.tokens[afterClose].is([.anySpeechVerb, .preposition, .clauseBreaker, .auxiliary, .filler])
        {
            return true
        }
        // "his “Keepin’ It Real” radio show": Title Case words before a noun for a work.
        let after = text.firstToken(atOrAfter: (span.close ?? span.content.upperBound) + 1)
        if after < sentence.upperBound, text.tokens[after].isWord,
            QuoteLexicon.workNouns.contains(text.tokens[after].key) || after + 1 < sentence.upperBound
                && text.tokens[after + 1].isWord && QuoteLexicon.workNouns.contains(text.tokens[after + 1].key)
                && !text.tokens[after].isCapitalised,
            isTitleCase(span, in: text)
        {
            return true
        }
        let afterName = previous >= sentence.lowerBound && text.tokens.isCapitalised(previous)
            && !text.tokens.words[previous].has(.sentenceStart)
        // Neither rule below can hold: spare splitting the quotation into words.
        if !afterName, hasSpeechVerb { return false }
        // A nickname between a first name and a surname: Dwayne “The Rock” Johnson.
        if afterName, span.content.isEmpty
            || text.text(span.content).split(whereSeparator: { $0 == " " }).count <= 4
        {
            let after = text.firstToken(atOrAfter: (span.close ?? span.content.upperBound) + 1)
            if after < sentence.upperBound, text.tokens[after].isCapitalised { return true }
        }
        // A title of a work: every word capitalised bar short function words.
        if !hasSpeechVerb, isTitleCase(span, in: text) { return true }
        return false
    }

    /// True for "what it called “…”", "what multiple lawmakers called “…”": "what", a subject
    /// of up to three words, then the verb of labelling, with quoted words in lower case.
    static func isLabelAfterWhat(_ span: QuotedSpan, called verb: Int, in text: QuoteText) -> Bool {
        let content = QuoteFinder.trimmed(span.content, text.scalars, trailing: "")
        guard !content.isEmpty, text.scalars[content.lowerBound].properties.isLowercase else { return false }
        let sentence = text.sentenceWords(of: verb)
        var index = verb - 1
        while index >= sentence.lowerBound, verb - index <= 4 {
            guard text.tokens[index].isWord, !text.quoted[index] else { return false }
            if text.isWord(index, "what") { return index < verb - 1 }
            index -= 1
        }
        return false
    }

    /// Function words that show a noun phrase has ended before them.
    static let phraseEnders: Set<String> = [
        "during", "for", "in", "on", "at", "with", "by", "from", "to", "that", "which", "who", "and", "or", "but",
        "as", "of", "than", "after", "before", "since", "about", "is", "was", "are", "were", "be", "will", "would",
    ]

    /// Words after which Title Case quoted words name a programme, an event or a work
    /// ("a broadcast of “Fox News Sunday”", "taking part in “Harbor Day”").
    static let titlePrepositions: Set<String> = ["on", "of", "in", "at", "during", "for"]

    /// True when a quotation is a heading or a stage direction, not speech: the whole paragraph
    /// is the quoted words, and they are Title Case ("‘Coal Is Not the Enemy.’" as a section
    /// heading) or one bracketed note ("(CROSSTALK.)").
    static func isHeading(_ span: QuotedSpan, in text: QuoteText) -> Bool {
        let scalars = text.scalars
        // "(CROSSTALK.)", "[Applause]": a stage direction wholly in brackets is nobody's words,
        // even where a transcript left its mark unclosed.
        let bare = QuoteFinder.trimmed(span.content, scalars, trailing: ".")
        if bare.count >= 3, "([".unicodeScalars.contains(scalars[bare.lowerBound]),
            ")]".unicodeScalars.contains(scalars[bare.upperBound - 1]),
            !text.text(bare).dropFirst().dropLast().contains(where: { "()[]".contains($0) }),
            text.text(bare).split(separator: " ").count <= 3
        {
            return true
        }
        guard span.firstParagraph == span.lastParagraph, let close = span.close else { return false }
        let paragraph = text.article.paragraphs[span.firstParagraph].range
        let isOutside: (Int) -> Bool = { scalars[$0].isSpaceLike || QuoteMarkScanner.isMark(scalars[$0]) }
        // "3. “Not some irregular channel”": a list number may stand in front.
        var start = paragraph.lowerBound
        while start < span.open, ("0"..."9").contains(scalars[start]) { start += 1 }
        if start > paragraph.lowerBound, start < span.open, scalars[start] == "." { start += 1 }
        let content = QuoteFinder.trimmed(span.content, scalars, trailing: ".!?")
        guard !content.isEmpty, (start..<span.open).allSatisfy(isOutside) else { return false }
        var trimmedSpan = span
        trimmedSpan.content = content
        let titleCase = isTitleCase(trimmedSpan, in: text)
        let after = (close + 1)..<paragraph.upperBound
        guard after.allSatisfy(isOutside) else {
            // "‘We Got Her!’ Video Shows Rescue of Girl": a promoted headline, Title Case
            // inside and out.
            guard titleCase, span.open == paragraph.lowerBound else { return false }
            var rest = span
            rest.content = QuoteFinder.trimmed(after, scalars, trailing: ".!?")
            return isTitleCase(rest, in: text, most: 16)
        }
        if scalars[content.lowerBound] == "(", scalars[content.upperBound - 1] == ")" { return true }
        // A heading repeating a quotation ("“My fears have been realized”"): a few words
        // with no closing punctuation of a sentence, which quoted speech set off alone has.
        let last = scalars[QuoteFinder.trimmed(span.content, scalars, trailing: "").upperBound - 1]
        let unpunctuated = !".!?,;:…—–-".unicodeScalars.contains(last)
        guard !titleCase else { return true }
        guard unpunctuated else { return false }
        // "“… prevent the evacuation of the civilians from the camp”": a fragment opened by an
        // ellipsis and set off alone is an excerpt shown as a heading, even a longer one.
        let words = text.text(content).split(separator: " ")
        let fragment = words.first.map { $0.hasPrefix("…") || $0.hasPrefix("...") } ?? false
        return words.count <= (fragment ? 20 : 10)
    }

    /// True when Title Case words in marks that open a sentence, with no punctuation of their
    /// own at the end, go on into the reporter's sentence as its subject or object ("“Wild Rose”
    /// is now available on DVD", "“Glasgow Nights” opens on Friday"): a title that happens to
    /// open a sentence, not a quotation set off on its own. A verb of saying or a pronoun after
    /// the marks ("“Stop The Vote” chanted the crowd") leaves it speech.
    static func isTitleSubject(_ span: QuotedSpan, in text: QuoteText) -> Bool {
        guard span.firstParagraph == span.lastParagraph, let close = span.close,
            let last = span.content.last(where: { !text.scalars[$0].isSpaceLike }),
            !".,;:!?…—–-".unicodeScalars.contains(text.scalars[last])
        else { return false }
        let after = text.firstToken(atOrAfter: close + 1)
        guard after < text.tokens.count, text.sentenceWords(of: text.firstToken(atOrAfter: span.open)).contains(after),
            text.tokens[after].isWord, !text.tokens[after].isCapitalised,
            !text.tokens[after].is([.anySpeechVerb, .subjectPronoun])
        else { return false }
        // Only a quotation standing where a set-off one would: "called her “Miss Piggy” and …"
        // is a label somebody gave, for the partial rules to weigh.
        return isTitleCase(span, in: text) && isDirect(span, in: text)
    }

    /// Two to eight words, each capitalised bar short function words ("Face the Nation");
    /// a sign standing for a word ("War & Peace", "Law + Order") counts as neither.
    static func isTitleCase(_ span: QuotedSpan, in text: QuoteText, most: Int = 8) -> Bool {
        // Most quotations are sentences: their word count rules them out before their text is
        // built and split into Characters.
        let count = foldedWords(span.content, text.article.text.scalars, upTo: most)
        if count.atLeast > most || count.exact && count.atLeast < 2 { return false }
        let folded = span.content.isEmpty ? "" : text.text(span.content)
        let words: [Substring]
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: every Character is one byte (bar "\r\n", which is no space), so the bytes
            // split at spaces as the Characters would, without a grapheme-break test per letter.
            words = folded.utf8.split(separator: UInt8(ascii: " ")).map { folded[$0.startIndex..<$0.endIndex] }
        } else {
            words = folded.split(whereSeparator: { $0 == " " })
        }
        let lettered = words.filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
        return lettered.count >= 2 && words.count <= most
            && lettered.allSatisfy { word in
                guard let scalar = word.unicodeScalars.first else { return true }
                return scalar.isUppercaseLetter || titleMinorWords.contains(word.lowercased())
            }
    }

    /// True when quoted words are titles listed in brackets after a name: "filmmaker Ana Ruiz
    /// (“The Harbor,” “Salt Flats”)", "(“Tides”, 2019)". Inside the brackets stand only quoted
    /// words, commas, "and", "or" and years, and these quoted words are Title Case or one
    /// capitalised word: a filmography or a bibliography, not speech, though the marks open
    /// after a bracket as a set-off quotation's would.
    static func isBracketedTitle(_ span: QuotedSpan, in text: QuoteText) -> Bool {
        guard span.firstParagraph == span.lastParagraph, let close = span.close else { return false }
        let openToken = text.firstToken(atOrAfter: span.open)
        let paragraph = text.paragraph(ofToken: openToken)
        // Out from the quotation to the brackets, at most a few titles' worth of words either way.
        var before = openToken - 1
        while before >= 0, openToken - before <= 40, text.paragraph(ofToken: before) == paragraph,
            !text.isPunctuation(before, "()")
        {
            guard isListFiller(before, in: text) else { return false }
            before -= 1
        }
        guard before >= 0, text.isPunctuation(before, "(") else { return false }
        var after = text.firstToken(atOrAfter: close + 1)
        while after < text.tokens.count, after - openToken <= 40, text.paragraph(ofToken: after) == paragraph,
            !text.isPunctuation(after, "()")
        {
            guard isListFiller(after, in: text) else { return false }
            after += 1
        }
        guard after < text.tokens.count, text.isPunctuation(after, ")") else { return false }
        // The brackets hold a list: now the quoted words themselves must read as a title.
        let content = QuoteFinder.trimmed(span.content, text.scalars, trailing: ".,;:")
        guard !content.isEmpty else { return false }
        let single = !text.text(content).contains(" ") && text.scalars[content.lowerBound].isUppercaseLetter
        return single || isTitleCase(span, in: text)
    }

    /// Words a bracketed list of titles may hold besides the titles: quoted words, marks,
    /// "and", "or" and figures (a year).
    private static func isListFiller(_ index: Int, in text: QuoteText) -> Bool {
        let token = text.tokens[index]
        if text.quoted[index] || token.kind == .mark { return true }
        if text.isWord(index, "and") || text.isWord(index, "or") { return true }
        return token.kind == .number
    }

    /// The words of `range` as its folded text (`ScalarText.folded`) splits into them at
    /// spaces, counted from the scalars without building the text, up to `limit` + 1.
    ///
    /// A space is cut at when it is a Character of its own: when no combining mark (or other
    /// scalar that extends a Character) follows it and no prefix scalar stands before it, which
    /// holds for every scalar below U+0300 after it and below U+0600 before it. `atLeast`
    /// counts the words split at such spaces, a lower bound of the Character split's count;
    /// `exact` says every space was one, so the count is the Character split's.
    static func foldedWords(_ range: Range<Int>, _ scalars: [Unicode.Scalar], upTo limit: Int)
        -> (atLeast: Int, exact: Bool)
    {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var words = 0
        var exact = true
        var inWord = false
        var previous: UInt32 = 0
        for offset in lower..<upper {
            let scalar = scalars[offset]
            if scalar.isSpaceLike {
                inWord = false
                continue
            }
            if !inWord {
                inWord = true
                if words == 0 || scalar.value < 0x300 && previous < 0x600 {
                    words += 1
                    if words > limit { return (words, exact) }
                } else {
                    exact = false
                }
            }
            previous = scalar.value
        }
        return (words, exact)
    }
}
