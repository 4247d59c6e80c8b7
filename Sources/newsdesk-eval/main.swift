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
          quotes DIR [--verbose]
              For every DIR/gold/NAME.json with a "quotes" key, find the quotations of
              DIR/articles/NAME.txt (or .md) and compare: span precision, recall and F1 by exact
              span (and F1 by overlap), speaker accuracy and kind accuracy over exact matches.
              --verbose lists every quotation missed or added and every wrong speaker or kind.
          quotes --bench FILE
              Times the people layer and the quotations finder on one article (best of five).
        """

    static func main(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else { return fail(usage) }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "sentences":
            return SentenceEval.run(rest)
        case "people":
            return PeopleEval.run(rest)
        case "quotes":
            return QuoteEval.run(rest)
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
