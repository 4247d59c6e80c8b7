/// Turns a result into the text of one output format: the one place that knows all four views.
public enum ResultRenderer {
    /// The result in `format`. Text uses `style` (plain for files); CSV needs a tabular result.
    public static func render(_ result: any CommandResult, as format: OutputFormat,
                              style: TextStyle = .plain) throws(CommandError) -> String {
        switch format {
        case .text: return result.text(style)
        case .json: return result.json.serialized
        case .markdown: return MarkdownWriter.render(result)
        case .csv:
            guard let tabular = result as? any TabularResult else {
                throw CommandError("this result is not a table, so it has no CSV view; write it to a .txt, .md or .json file")
            }
            return CSVWriter.render(tabular.table)
        }
    }
}
