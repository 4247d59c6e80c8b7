/// Finds every figure of a story: counts, percentages, money, quantities, durations, years,
/// dates and ordinals, normalised and classified, each with what it counts where the text says.
///
/// Reads story and heading paragraphs only (boilerplate, bylines, date lines and the dateline
/// are skipped), one paragraph at a time, in one linear pass over its tokens.
public enum FigureFinder {
    /// The figures of an article in text order. Worked out once per article and then taken
    /// from its `analyses`, so the summary's use of them costs nothing in the pipeline.
    public static func analyze(_ article: Article) -> [Figure] {
        article.analyses.value(FigureReading.self) { FigureReading(figures: find(article)) }.figures
    }

    /// What one reading gives, as kept in the article's analysis cache.
    private struct FigureReading: Sendable {
        let figures: [Figure]
    }

    private static func find(_ article: Article) -> [Figure] {
        let layer = article.tokens
        let facts = FigureWords.facts(layer)
        let dollar = dollarCurrency(article, facts: facts)
        var figures: [Figure] = []
        var sentenceCursor = 0
        for paragraph in article.paragraphs
        where !paragraph.isBoilerplate && (paragraph.role == .body || paragraph.role == .heading) {
            var range = paragraph.range
            if let dateline = article.metadata.dateline, dateline.overlaps(range) {
                range = range.starting(at: dateline.upperBound)
            }
            guard !range.isEmpty else { continue }
            let atoms = AtomRun(layer, atoms: layer.atoms(in: range), text: article.analysisText)
            var scanner = FigureScanner(text: article.analysisText, tokens: atoms, dollar: dollar, facts: facts)
            for var figure in scanner.scan() {
                figure.text = article.text[figure.range]
                if let ofRange = figure.ofRange { figure.of = article.text[ofRange] }
                figure.paragraph = paragraph.number
                while sentenceCursor < article.sentences.count,
                    article.sentences[sentenceCursor].upperBound <= figure.range.lowerBound
                {
                    sentenceCursor += 1
                }
                if sentenceCursor < article.sentences.count,
                    article.sentences[sentenceCursor].contains(figure.range.lowerBound)
                {
                    figure.sentence = sentenceCursor
                }
                figures.append(figure)
            }
        }
        return inheritCountedNouns(figures)
    }

    /// The figures of a span of text, without article structure (measuring tools use this on
    /// one-line cases). `dollar` is the code a bare "$" stands for.
    public static func find(in text: ScalarText, range: Range<Int>? = nil, dollar: String = "USD") -> [Figure] {
        let layer = TokenLayer(text: text, range: range)
        let atoms = AtomRun(layer, atoms: 0..<layer.atoms.count, text: text)
        var scanner = FigureScanner(text: text, tokens: atoms, dollar: dollar, facts: FigureWords.facts(layer))
        return scanner.scan()
    }

    /// The currency a bare "$" means in this story: the dollar of a country the story names
    /// (Canada, Australia, …) unless it also names the United States; else USD. `facts` are
    /// the article's `FigureWords.facts`, which tell the country names without a look-up.
    static func dollarCurrency(_ article: Article, facts: [FigureWordFacts]) -> String {
        var counts: [String: Int] = [:]
        var unitedStates = 0
        let layer = article.tokens
        for paragraph in article.paragraphs where paragraph.isStory || paragraph.role == .heading {
            // Only capitalised words can name a country ("Canada", "U.S."), so only those are read.
            for index in layer.atoms(in: paragraph.range) {
                let atom = layer.atoms[index]
                guard atom.kind == .word, atom.has(.capitalised),
                    !facts[Int(atom.word)].isDisjoint(with: [.dollarCountry, .unitedStates])
                else { continue }
                let lower = layer.bare(atom)
                if let code = CurrencyLexicon.dollarCountries[lower] { counts[code, default: 0] += 1 }
                if CurrencyLexicon.unitedStatesWords.contains(lower) { unitedStates += 1 }
            }
        }
        guard unitedStates == 0,
            let best = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })
        else {
            return "USD"
        }
        return best.key
    }

    /// A bare count with nothing counted after it ("passed by 17 votes to eight", "had 400
    /// pupils, now has fewer than 150") counts what the count before it in the sentence counts;
    /// so does a percentage joined to an earlier one ("went from 9% to 23%").
    static func inheritCountedNouns(_ figures: [Figure]) -> [Figure] {
        var result = figures
        for index in result.indices where result[index].of == nil && result[index].high == nil {
            let kind = result[index].kind
            guard kind == .count || kind == .percent, let sentence = result[index].sentence,
                result[index].inheritsCountedNoun
            else { continue }
            var back = index - 1
            while back >= 0, result[back].sentence == sentence {
                if result[back].kind == kind, let of = result[back].of {
                    result[index].of = of
                    break
                }
                back -= 1
            }
        }
        return result
    }
}
