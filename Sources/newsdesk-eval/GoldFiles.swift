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
            guard
                let data = FileManager.default.contents(
                    atPath: (goldDirectory as NSString).appendingPathComponent(name)),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let items = object[key] as? [[String: Any]]
            else { return nil }
            return GoldFile(name: String(name.dropLast(5)), object: object, items: items)
        }
    }

    /// The article beside gold file `name` (`DIR/articles/NAME.txt` or `.md`), loaded; nil,
    /// with a line saying why, when it cannot be.
    static func article(_ directory: String, _ name: String) -> Article? {
        let articles = (directory as NSString).appendingPathComponent("articles")
        let candidates = ["txt", "md"].map { (articles as NSString).appendingPathComponent("\(name).\($0)") }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            print("\(name): no article beside the gold file")
            return nil
        }
        do {
            return try ArticleLoader().loadFile(path)
        } catch {
            print("\(name): \(error)")
            return nil
        }
    }
}
