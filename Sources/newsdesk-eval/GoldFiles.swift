import Foundation

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
}
