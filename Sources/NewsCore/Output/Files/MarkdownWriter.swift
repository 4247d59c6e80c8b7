/// Markdown for results: pipe tables for tabular results, a code block for the rest, and the
/// escaping every Markdown view needs. Results with a view of their own (`MarkdownRepresentable`)
/// use these helpers to build it.
public enum MarkdownWriter {
    /// The Markdown view of any result: its own if it has one, else a table, else its plain
    /// text in a fenced block so columns stay aligned.
    public static func render(_ result: any CommandResult) -> String {
        if let own = result as? MarkdownRepresentable { return own.markdown() }
        if let tabular = result as? any TabularResult { return table(tabular.table) }
        return codeBlock(result.text(.plain))
    }

    /// A GitHub-flavoured pipe table with a header row; numeric-looking columns align right.
    public static func table(_ table: ResultTable) -> String {
        guard !table.columns.isEmpty else { return "" }
        let numeric = table.columns.indices.map { index in
            !table.rows.isEmpty && table.rows.allSatisfy { row in
                index < row.count && (row[index].isEmpty || Double(row[index]) != nil)
            }
        }
        var lines = ["| " + table.columns.map(cell).joined(separator: " | ") + " |"]
        lines.append("| " + numeric.map { $0 ? "---:" : "---" }.joined(separator: " | ") + " |")
        for row in table.rows {
            let cells = table.columns.indices.map { index in index < row.count ? cell(row[index]) : "" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// Text inside a fence longer than any run of backticks in it.
    public static func codeBlock(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + TerminalSafety.escape(text, keepLayout: true) + "\n" + fence
    }

    /// A table cell: one line, pipes escaped, control characters shown escaped.
    public static func cell(_ value: String) -> String {
        let oneLine = value.split(whereSeparator: \.isNewline).joined(separator: " ")
        return inline(oneLine).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Running text with Markdown's emphasis and link characters escaped, so article words
    /// ("*", "_", "[") print as written; control characters shown escaped.
    public static func inline(_ text: String) -> String {
        var output = ""
        for character in TerminalSafety.escape(text) {
            if "\\`*_[]<>".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
