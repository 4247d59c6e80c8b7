/// A JSON value whose long arrays are made one element at a time as they are written.
///
/// A result's `json` tree costs several times the JSON text it stands for (every member a
/// string and a boxed value), and the pipeline writes results of a million-word record with
/// hundreds of thousands of figures and quotations: written through this, only one element's
/// tree is alive at a time. A result describes its shape once, as a `JSONStream`, and takes
/// its `json` from `value`, so the two views cannot drift apart and write the same bytes.
public indirect enum JSONStream: Sendable {
    /// A value as it is.
    case value(JSONValue)
    /// An object of members in order.
    case object([(String, JSONStream)])
    /// An array of `count` elements, element `i` made by `element(i)` when it is written.
    case array(count: Int, element: @Sendable (Int) -> JSONValue)

    /// The whole value as a tree.
    public var value: JSONValue {
        switch self {
        case .value(let value): return value
        case .object(let members): return .object(members.map { ($0.0, $0.1.value) })
        case .array(let count, let element): return .array((0..<count).map(element))
        }
    }

    /// Writes the value as `value.write(to:)` would, one array element at a time.
    func write(to writer: inout JSONWriter) {
        switch self {
        case .value(let value):
            value.write(to: &writer)
        case .object(let members):
            writer.append(UInt8(ascii: "{"))
            for index in members.indices {
                if index > 0 { writer.append(UInt8(ascii: ",")) }
                writer.appendString(members[index].0)
                writer.append(UInt8(ascii: ":"))
                members[index].1.write(to: &writer)
            }
            writer.append(UInt8(ascii: "}"))
        case .array(let count, let element):
            writer.append(UInt8(ascii: "["))
            for index in 0..<count {
                if index > 0 { writer.append(UInt8(ascii: ",")) }
                element(index).write(to: &writer)
            }
            writer.append(UInt8(ascii: "]"))
        }
    }
}
