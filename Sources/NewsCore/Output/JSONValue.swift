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
        var writer = JSONWriter()
        write(to: &writer)
        return writer.string
    }

    /// Writes the value as compact JSON: the pipeline serialises every analysis of every
    /// article, so this goes straight to bytes.
    func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.append("null")
        case .bool(let value): writer.append(value ? "true" : "false")
        case .int(let value): writer.appendInteger(value)
        case .double(let value): writer.appendNumber(value)
        case .string(let value): writer.appendString(value)
        case .array(let values):
            writer.append(UInt8(ascii: "["))
            // Indices rather than `enumerated()`: each element is written where it lies,
            // without being copied out (and retained and released) first.
            for index in values.indices {
                if index > 0 { writer.append(UInt8(ascii: ",")) }
                values[index].write(to: &writer)
            }
            writer.append(UInt8(ascii: "]"))
        case .object(let members):
            writer.append(UInt8(ascii: "{"))
            for index in members.indices {
                if index > 0 { writer.append(UInt8(ascii: ",")) }
                writer.appendString(members[index].0)
                writer.append(UInt8(ascii: ":"))
                members[index].1.write(to: &writer)
            }
            writer.append(UInt8(ascii: "}"))
        }
    }
}

/// A result that has a JSON view.
public protocol JSONRepresentable {
    /// The value as CONTRACT.md shapes it.
    var json: JSONValue { get }
}
