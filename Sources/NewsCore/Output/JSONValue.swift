import Foundation

/// A JSON value with object keys kept in the order they were written.
///
/// Results build one of these for `--json`; keeping key order makes the output stable and as
/// documented in CONTRACT.md, and writing it ourselves lets every control character be escaped
/// so article text can never reach a terminal raw.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A string value, or `null` when the string is absent.
    public static func optional(_ string: String?) -> JSONValue {
        string.map(JSONValue.string) ?? .null
    }

    /// An integer value, or `null` when absent.
    public static func optional(_ number: Int?) -> JSONValue {
        number.map(JSONValue.int) ?? .null
    }

    /// The value as compact JSON text on one line.
    public var serialized: String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes UTF-8 bytes: the pipeline serialises every analysis of every article, and
    /// appending to a byte array is several times cheaper than appending to a String.
    private func write(into output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value): output.append(contentsOf: Self.format(value).utf8)
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                value.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                value.write(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Writes a JSON string literal, escaping quotes, backslashes, C0 and C1 controls, DEL, the
    /// line and paragraph separators and the bidirectional overrides and isolates, so the output
    /// is safe on a terminal and in JavaScript and cannot reorder what a reader sees. Works on the
    /// UTF-8 bytes: C1 controls are `C2 80`…`C2 9F`, the others three bytes starting `E2`.
    private static func writeString(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0..<0x20, 0x7F:
                    appendEscape(UInt32(byte), to: &output)
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    appendEscape(UInt32(bytes[index + 1]), to: &output)
                    index += 1
                case 0xE2 where index + 2 < bytes.count
                    && isEscapedFormatCharacter(UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F) | 0x2000):
                    appendEscape(UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F) | 0x2000, to: &output)
                    index += 2
                default:
                    output.append(byte)
                }
                index += 1
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The line and paragraph separators (U+2028, U+2029) and the bidirectional embeddings,
    /// overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
    private static func isEscapedFormatCharacter(_ value: UInt32) -> Bool {
        (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// `\uXXXX` with lower-case hex digits.
    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        output.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
            output.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}

/// A result that has a JSON view.
public protocol JSONRepresentable {
    /// The value as CONTRACT.md shapes it.
    var json: JSONValue { get }
}
