/// A result as rows and columns: one row per thing the command found (a figure, a quotation, a
/// person), with a header naming each column. CSV files and Markdown tables are written from it.
///
/// Cells hold plain values as the JSON view gives them (offsets and numbers as digits, null as
/// an empty cell), so a spreadsheet can sort and sum them.
public struct ResultTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }
}

/// A result that can be laid out as one table (`figures`, `quotes`, `people`, `articles`...).
/// Results that are not tables (help, a date) have no CSV view.
public protocol TabularResult: CommandResult {
    /// The command's table: one row per result, columns in a fixed order.
    var table: ResultTable { get }
}

/// A result with its own Markdown view (a morning brief with headings, say). Results without one
/// are shown as a Markdown table when they are tabular, else as their text in a code block.
public protocol MarkdownRepresentable {
    /// The result as a Markdown document, ending without a newline.
    func markdown() -> String
}
