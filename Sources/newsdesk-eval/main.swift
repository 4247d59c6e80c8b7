// newsdesk-eval: measures NewsCore against public suites and gold files.
//
// One subcommand per measured piece; Scripts/eval-* build this tool and call it. Each
// subcommand prints what failed and ends with one summary line.

import Foundation
import NewsCore

/// The command line: a subcommand and its arguments.
enum EvalTool {
    static let usage = """
        usage: newsdesk-eval COMMAND [ARGS]

        commands:
          sentences FILE [--decode-escapes]
              Split each input of a Golden Rules JSON Lines file (fields rule, name, input,
              sentences) and compare with the expected sentences. --decode-escapes reads the
              backslash escapes \\n, \\t, \\" and \\\\ in inputs as the characters they stand for.
          people DIR [--verbose]
              For every DIR/gold/NAME.json with a "people" key, analyse DIR/articles/NAME.txt (or
              .md) and compare: people (names match ignoring case, or one is the other's first or
              last words), mentions (exact span, same person) and pronouns (gold pronoun mentions
              resolved to the right person; unresolved ones counted apart). --verbose lists every
              mention missed or added.
          people --real GOLD_DIR GROUND_TRUTH [--verbose] | quotes --real GOLD_DIR GROUND_TRUTH [--verbose]
              Real news: for every GOLD_DIR/<id>.json (Fixtures/real/quotes-people), load the article
              body <id> of the article-extraction GROUND_TRUTH as a .txt article and compare. people:
              precision and recall of people (same name, or one name inside the other or same surname
              and initial with an overlapping mention), title accuracy, mention recall (pronouns apart)
              and precision. quotes: span P/R/F1 exact and by overlap, speaker accuracy over quotations
              with a named speaker, kind accuracy, end-to-end F1. --verbose lists every error.
          summary DIR|FILE.jsonl [--words N] [--background] [--verbose] [--set NAME=V,...] [--sweep NAME=V1/V2]
              Summarize every article with a reference summary and print ROUGE-1/2/L F-measure
              (Porter-stemmed) and words per summary for newsdesk, TextRank and Lead-3, averaged.
              DIR: the gold files with a "summary" key (DIR/gold/NAME.json, DIR/articles/NAME.txt
              or .md); FILE.jsonl: a development set, one {"id", "title", "text", "reference"} a
              line, the title read as the headline. --words N cuts every system's summary to N
              words (each gives its best sentences until it has N) and adds newsdesk's own
              whole-sentence --words N. --background weighs terms against all the articles;
              --verbose prints every article's scores; --set tries other summary weights and
              --sweep prints newsdesk's scores for each value of one weight.
          timeline [DIR] [--tbaq FILE] [--recognizers FILE] [--verbose]
              For every DIR/gold/NAME.json with a "timexes" key, analyse the article against its
              own date and print TempEval-3's measures (strict and relaxed span P/R/F1, type and
              value accuracy, value P/R/F1) and how many gold events were found and dated right.
              --recognizers reads the Recognizers-Text DateTime-DateTimeModel.json cases, each
              against its reference date, and prints the pass rate and the cases set aside.
              --tbaq scores the TempEval-3 TBAQ JSON Lines set (each document against its own
              date) and breaks the misses down by class; without DIR only it runs.
              --text TEXT [--date YYYY-MM-DD] prints the expressions found in TEXT and stops.
              --verbose lists every difference.
          figures gold DIR [--verbose] | figures suite DIR [--verbose] | figures time FILE
          figures show TEXT
              gold: for every DIR/gold/NAME.json with a "figures" key, find the figures of the
              article beside it and print span precision and recall, and for matched spans how
              often value (and high), kind, unit and "of" agree. suite: run the finder over the
              Recognizers-Text English cases in DIR and print the pass rate per file (span and
              value both right), listing every case set aside and why. --verbose lists misses.
              time: how long the finder takes on one article (best of ten runs).
              show: the figures of one paragraph of TEXT, one a line (kind, value, unit, of).
          quotes DIR [--verbose]
              For every DIR/gold/NAME.json with a "quotes" key, find the quotations of
              DIR/articles/NAME.txt (or .md) and compare: span precision, recall and F1 by exact
              span (and F1 by overlap), speaker accuracy and kind accuracy over exact matches.
              --verbose lists every quotation missed or added and every wrong speaker or kind.
          extract DIR [--metadata FILE] [--verbose]
              Load every DIR/html/ID.html.gz of the article-extraction benchmark, join the body
              paragraphs and score them against DIR/ground-truth.json with the benchmark's shingle
              measure: precision, recall, F1, accuracy and the ten worst pages with why. With
              --metadata, also score headline, byline and date against that gold file.
          quotes --polnear FILE [--review REVIEW] [--verbose]
              Find the quotations of every article of a PolNeAR JSON Lines file (id, text,
              quotes with start, end, segments, kind, mention, speaker) and print span P/R/F1 by
              overlap and exact, mention and kind accuracy, speaker accuracy over quotations with
              a gold speaker (surnames match short names), end-to-end F1 (span overlaps and
              speaker right) and the errors by class. --verbose lists every error. When REVIEW
              (default Fixtures/real/polnear-speakers/review.json) is readable, one more line
              gives speaker accuracy and end-to-end F1 with its hand-reviewed speakers in place
              of the set's silver ones; the figures above stay the set's own.
          real figures|timeline DIR GROUND-TRUTH.json [--verbose]
              Real news pages annotated by hand (DIR/ID.json: figures, timexes, events as offsets
              into the bodies of the article-extraction GROUND-TRUTH.json), each analysed against
              its own publication date. figures: span P/R/F1, value, kind, unit and counted-noun
              agreement; timeline: strict and relaxed timex F1, value accuracy, and the share of
              gold events found in their clause with the gold date. --verbose lists every miss.
          quotes --bench FILE
              Times the people layer and the quotations finder on one article (best of five).
        """ + "\n" + BenchTool.usage

    static func main(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else { return fail(usage) }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "sentences":
            return SentenceEval.run(rest)
        case "people":
            if rest.first == "--real" { return RealPagesEval.run(.people, Array(rest.dropFirst())) }
            return PeopleEval.run(rest)
        case "summary":
            return SummaryEval.run(rest)
        case "timeline":
            return TimelineEval.run(rest)
        case "figures":
            return FigureEval.run(rest)
        case "quotes":
            if rest.first == "--real" { return RealPagesEval.run(.quotes, Array(rest.dropFirst())) }
            return QuoteEval.run(rest)
        case "extract":
            return ExtractEval.run(rest)
        case "real":
            return FigureTimelineEval.run(rest)
        case "bench":
            return BenchTool.run(rest)
        case "-h", "--help", "help":
            print(usage)
            return 0
        default:
            return fail("newsdesk-eval: unknown command '\(command)'\n\n\(usage)")
        }
    }

    /// Prints `message` to standard error and returns the usage-error status.
    static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return 2
    }
}

exit(EvalTool.main(Array(CommandLine.arguments.dropFirst())))
