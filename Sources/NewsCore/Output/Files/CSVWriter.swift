/// Writes tables as CSV by RFC 4180: fields separated by commas, records by CRLF, a field quoted
/// when it holds a comma, a quotation mark, a CR or LF (or starts or ends with a space), and a
/// quotation mark inside a quoted field doubled.
public enum CSVWriter {
    /// The table with its header row first; every record, the last included, ends in CRLF.
    public static func render(_ table: ResultTable) -> String {
        var output = record(table.columns)
        for row in table.rows {
            var cells = row
            // A row never has more or fewer fields than the header (RFC 4180 §2.4).
            if cells.count < table.columns.count {
                cells += Array(repeating: "", count: table.columns.count - cells.count)
            }
            output += record(Array(cells.prefix(table.columns.count)))
        }
        return output
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when it must be. Control characters other than line breaks and tabs are
    /// shown escaped (`\e`), so a spreadsheet or `cat` never receives an escape sequence.
    static func field(_ value: String) -> String {
        let safe = TerminalSafety.escape(value, keepLayout: true)
        let needsQuotes = safe.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || safe.hasPrefix(" ") || safe.hasSuffix(" ")
        guard needsQuotes else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
