/// Just enough of a terminal to read what libedit draws: printable text, carriage return, line
/// feed, backspace, and the cursor-movement and erase sequences it uses to redraw a line.
/// Rows grow without scrolling so a test can look at everything shown since some point.
struct VirtualScreen {
    private(set) var lines: [[Character]] = [[]]
    private(set) var row = 0
    private var column = 0
    private var pendingEscape: [Character]? = nil

    mutating func feed(_ text: String) {
        for character in text {
            if var escape = pendingEscape {
                escape.append(character)
                if escape.count == 1, character != "[", character != "]" {
                    pendingEscape = nil
                } else if escape.first == "]" {
                    pendingEscape = character == "\u{07}" ? nil : escape
                } else if escape.count > 1, let ascii = character.asciiValue, (0x40...0x7E).contains(ascii) {
                    pendingEscape = nil
                    apply(String(escape.dropFirst().dropLast()), final: character)
                } else {
                    pendingEscape = escape
                }
                continue
            }
            switch character {
            case "\u{1B}": pendingEscape = []
            case "\r": column = 0
            case "\n": moveTo(row: row + 1)
            case "\r\n": column = 0; moveTo(row: row + 1)
            case "\u{08}": column = max(0, column - 1)
            case "\u{07}": break
            case "\t": column = (column / 8 + 1) * 8
            default: put(character)
            }
        }
    }

    /// The rows from `start` on, joined by newlines.
    func text(from start: Int) -> String {
        guard start < lines.count else { return "" }
        return lines[start...].map { String($0) }.joined(separator: "\n")
    }

    private mutating func put(_ character: Character) {
        while lines[row].count < column { lines[row].append(" ") }
        if column < lines[row].count { lines[row][column] = character } else { lines[row].append(character) }
        column += 1
    }

    private mutating func moveTo(row newRow: Int) {
        row = max(0, newRow)
        while lines.count <= row { lines.append([]) }
    }

    private mutating func apply(_ parameters: String, final: Character) {
        let numbers = parameters.split(separator: ";").map { Int($0) ?? 0 }
        let count = max(1, numbers.first ?? 1)
        switch final {
        case "G": column = count - 1
        case "C": column += count
        case "D": column = max(0, column - count)
        case "A": moveTo(row: row - count)
        case "B": moveTo(row: row + count)
        case "K":
            if (numbers.first ?? 0) == 0, column < lines[row].count { lines[row].removeSubrange(column...) }
            if numbers.first == 2 { lines[row] = [] }
        case "J":
            if (numbers.first ?? 0) == 0 {
                if column < lines[row].count { lines[row].removeSubrange(column...) }
                lines.removeSubrange((row + 1)...)
            }
        case "P":
            if column < lines[row].count { lines[row].removeSubrange(column..<min(lines[row].count, column + count)) }
        case "@":
            if column <= lines[row].count { lines[row].insert(contentsOf: Array(repeating: " ", count: count), at: column) }
        default: break
        }
    }
}
