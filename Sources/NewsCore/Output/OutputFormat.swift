/// The four views a result can be written in. `once FILE` and `output FILE` pick one from the
/// file's extension, as sqlite3's `.once` and `.output` do with their modes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case json
    case markdown
    case csv

    /// The format a file name asks for: `.json`, `.md` (or `.markdown`), `.csv`, else text.
    /// Case does not matter (`BRIEF.MD` is Markdown).
    public init(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            self = .text
            return
        }
        switch name[name.index(after: dot)...].lowercased() {
        case "json", "jsonl": self = .json
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        default: self = .text
        }
    }

    /// How the format is named to the user: "CSV", "Markdown", "JSON", "text".
    public var label: String {
        switch self {
        case .text: return "text"
        case .json: return "JSON"
        case .markdown: return "Markdown"
        case .csv: return "CSV"
        }
    }
}
