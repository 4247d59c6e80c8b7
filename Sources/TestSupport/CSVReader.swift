/// A strict reader of RFC 4180 CSV, for tests that read back what `once x.csv` wrote: records
/// end in CRLF (a lone LF is accepted too), fields are separated by commas, a quoted field may
/// hold commas, line breaks and doubled quotation marks, and anything else is an error.
public enum CSVReader {
    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    /// The records of `text`, each a list of fields; the header is the first record.
    public static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var fieldStarted = false
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func endRecord() {
            record.append(field)
            records.append(record)
            record = []
            field = ""
            afterQuote = false
            fieldStarted = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard !fieldStarted else {
                    throw Malformed(description: "quotation mark inside an unquoted field at scalar \(index - 1)")
                }
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                afterQuote = false
                fieldStarted = false
            case "\r":
                guard index < scalars.count, scalars[index] == "\n" else {
                    throw Malformed(description: "CR without LF at scalar \(index - 1)")
                }
                index += 1
                endRecord()
            case "\n":
                endRecord()
            default:
                if afterQuote { throw Malformed(description: "text after a closing quotation mark at scalar \(index - 1)") }
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if quoted { throw Malformed(description: "unterminated quoted field") }
        if fieldStarted || !record.isEmpty || afterQuote { endRecord() }
        return records
    }
}
