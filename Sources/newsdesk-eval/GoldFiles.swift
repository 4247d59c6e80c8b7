import Foundation
import NewsCore

/// One gold file (FIXTURES.md) that carries the key being measured.
struct GoldFile {
    /// The article's name: `NAME` of `gold/NAME.json`.
    let name: String
    /// The whole gold object, for keys beside the measured one (such as `date`).
    let object: [String: Any]
    /// The items under the measured key.
    let items: [[String: Any]]
}

/// Why the article beside a gold file could not be read.
struct LoadProblem: Error {
    let reason: String
}

/// Reads the gold files of a fixtures folder, the one way every measuring subcommand does.
enum GoldFiles {
    /// `DIR [--verbose]`, the arguments most measures take; nil for anything else.
    static func directoryArgument(_ arguments: [String]) -> (directory: String, verbose: Bool)? {
        let operands = arguments.filter { $0 != "--verbose" }
        guard operands.count == 1, let directory = operands.first, !directory.hasPrefix("-") else { return nil }
        return (directory, arguments.contains("--verbose"))
    }

    /// Says that `DIR/gold` cannot be read, for measure `tool`, and gives the usage-error status.
    static func unreadable(_ directory: String, tool: String) -> Int32 {
        EvalTool.fail("newsdesk-eval \(tool): cannot read \((directory as NSString).appendingPathComponent("gold"))")
    }

    /// Every `DIR/gold/NAME.json` whose `key` holds a list, by name; nil when the folder cannot
    /// be read.
    static func load(_ directory: String, key: String) -> [GoldFile]? {
        let goldDirectory = (directory as NSString).appendingPathComponent("gold")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: goldDirectory) else { return nil }
        return names.sorted().filter { $0.hasSuffix(".json") }.compactMap { name in
            guard let data = FileManager.default.contents(atPath: (goldDirectory as NSString).appendingPathComponent(name)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let items = object[key] as? [[String: Any]] else { return nil }
            return GoldFile(name: String(name.dropLast(5)), object: object, items: items)
        }
    }

    /// The article beside gold file `name` (`DIR/articles/NAME.txt` or `.md`), loaded, or why
    /// it could not be.
    static func article(_ directory: String, _ name: String) -> Result<Article, LoadProblem> {
        let articles = (directory as NSString).appendingPathComponent("articles")
        let candidates = ["txt", "md"].map { (articles as NSString).appendingPathComponent("\(name).\($0)") }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return .failure(LoadProblem(reason: "no article beside the gold file"))
        }
        do {
            return .success(try ArticleLoader().loadFile(path))
        } catch {
            return .failure(LoadProblem(reason: error.description))
        }
    }
}
