/// Measuring and laying out text in terminal columns: display width, wrapping, aligned tables.
public enum TextLayout {
    /// Columns a string takes on a terminal: wide East Asian characters and emoji take two,
    /// combining marks and zero-width characters none.
    public static func width(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        return total
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B || (0xFE00...0xFE0F).contains(value) { return 0 }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
        {
            return 2
        }
        return 1
    }

    /// `text` wrapped at word boundaries into lines of at most `width` columns (a word longer
    /// than the width gets a line of its own). No width means one line.
    public static func wrap(_ text: String, width: Int?) -> [String] {
        guard let width, width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = self.width(String(word))
            if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 { line += " "; lineWidth += 1 }
            line += word
            lineWidth += wordWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` cut to at most `width` columns, ending in "…" when cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard self.width(text) > width, width > 0 else { return text }
        var output = ""
        var used = 0
        for character in text {
            let w = self.width(String(character))
            if used + w > width - 1 { break }
            output.append(character)
            used += w
        }
        return output + "…"
    }

    /// `text` padded with spaces to `width` columns, on the right or (for numbers) the left.
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - self.width(text)))
        return right ? fill + text : text + fill
    }
}

/// A table of rows laid out in aligned columns; the last column takes what width is left and
/// wraps within it, so long titles stay readable on a narrow terminal.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var alignRight: Bool
        public init(_ header: String, alignRight: Bool = false) {
            self.header = header
            self.alignRight = alignRight
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []
    /// Rows to show dimmed (boilerplate, say), by index.
    public var dimmedRows: Set<Int> = []

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    public func render(_ style: TextStyle) -> String {
        guard !columns.isEmpty else { return "" }
        let safeRows = rows.map { $0.map { TerminalSafety.escape($0) } }
        var widths = columns.map { TextLayout.width($0.header) }
        for row in safeRows {
            for (index, cell) in row.enumerated() where index < widths.count - 1 {
                widths[index] = max(widths[index], TextLayout.width(cell))
            }
        }
        let lastHeader = TextLayout.width(columns[columns.count - 1].header)
        if let width = style.width {
            widths = Self.fit(widths, headers: columns.map { TextLayout.width($0.header) },
                              lastMinimum: max(lastHeader, 20), into: width)
        }
        let fixed = widths.dropLast().reduce(0, +) + 2 * (columns.count - 1)
        let lastWidth = style.width.map { max(max(lastHeader, 20), $0 - fixed) }
        var lines: [String] = []
        let header = columns.enumerated().map { index, column in
            index == columns.count - 1
                ? column.header : TextLayout.pad(column.header, to: widths[index], right: column.alignRight)
        }.joined(separator: "  ")
        lines.append(style.bold(header))
        for (rowIndex, row) in safeRows.enumerated() {
            let last = row.count >= columns.count ? row[columns.count - 1] : ""
            let wrapped = TextLayout.wrap(last, width: lastWidth)
            for (lineIndex, piece) in wrapped.enumerated() {
                var cells: [String] = []
                for index in 0..<(columns.count - 1) {
                    var cell = lineIndex == 0 && index < row.count ? row[index] : ""
                    if TextLayout.width(cell) > widths[index] { cell = TextLayout.truncate(cell, width: widths[index]) }
                    cells.append(TextLayout.pad(cell, to: widths[index], right: columns[index].alignRight))
                }
                cells.append(piece)
                var line = cells.joined(separator: "  ")
                while line.hasSuffix(" ") { line.removeLast() }
                lines.append(dimmedRows.contains(rowIndex) ? style.dim(line) : line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Column widths narrowed so the table fits `total` columns with at least `lastMinimum`
    /// left for the last (wrapping) column: the widest of the other columns gives up a column
    /// at a time, never below its header's width (headers are never cut) nor 6.
    static func fit(_ widths: [Int], headers: [Int], lastMinimum: Int, into total: Int) -> [Int] {
        var widths = widths
        let count = widths.count
        guard count > 1 else { return widths }
        func needed() -> Int { widths.dropLast().reduce(0, +) + 2 * (count - 1) + lastMinimum }
        while needed() > total {
            let candidates = (0..<(count - 1)).filter { widths[$0] > max(headers[$0], 6) }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }
}
