/// Makes text safe to write to a terminal.
///
/// Article text and file names can carry escape sequences that would move the cursor, change
/// colours, set the window title or worse. Everything shown to a person passes through here.
public enum TerminalSafety {
    /// `text` with every C0 and C1 control character (and DEL) replaced by a visible escape such as
    /// `\e` or `\x07`. Newlines and tabs are kept only when `keepLayout` is true.
    public static func escape(_ text: String, keepLayout: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepLayout, scalar == "\n" || scalar == "\t" {
                output.append(scalar)
            } else if needsEscape(scalar) {
                output.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value)
            || value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{1B}": return "\\e"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let hex = String(scalar.value, radix: 16)
            if scalar.value <= 0xFF {
                return "\\x" + (hex.count < 2 ? "0" : "") + hex
            }
            return "\\u{" + hex + "}"
        }
    }
}
