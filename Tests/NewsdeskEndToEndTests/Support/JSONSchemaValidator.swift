import Foundation
import NewsCore

/// Checks JSON values against the part of JSON Schema (draft 2020-12) that the pipeline's
/// schemas in `Scripts/schema/` use, so the tests can hold real output to the published schema
/// without a dependency.
///
/// Understood: `type` (one name or a list; `integer` is a whole number, `number` any number),
/// `enum`, `const`, `pattern`, `minLength`, `minimum`, `properties`, `required`,
/// `additionalProperties` (true, false or a schema), `propertyNames`, `items`, `oneOf`,
/// `anyOf`, `not`, and `$ref` to `#/$defs/NAME`. Annotations (`title`, `description`, `$id`,
/// `$schema`) are ignored. Any other keyword is refused when the schema is loaded, so a schema
/// cannot quietly rely on a check this validator does not make.
struct JSONSchemaValidator {
    /// One way a value breaks the schema: where (a JSON pointer) and what.
    struct Violation: CustomStringConvertible, Equatable {
        var path: String
        var message: String
        var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
    }

    struct SchemaError: Error, CustomStringConvertible {
        var description: String
    }

    private static let keywords: Set<String> = [
        "$schema", "$id", "title", "description", "$defs", "$ref", "type", "enum", "const", "pattern",
        "minLength", "minimum", "properties", "required", "additionalProperties", "propertyNames", "items",
        "oneOf", "anyOf", "not",
    ]

    let root: JSONValue

    /// Reads a schema file and refuses keywords outside the supported subset.
    init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        root = try JSONParser.parse(Array(data))
        try Self.checkKeywords(root, at: "")
    }

    init(schema: JSONValue) throws {
        root = schema
        try Self.checkKeywords(root, at: "")
    }

    private static func checkKeywords(_ schema: JSONValue, at path: String) throws {
        guard case .object(let members) = schema else {
            if case .bool = schema { return }
            throw SchemaError(description: "\(path): a schema must be an object or a boolean")
        }
        for (key, value) in members {
            guard keywords.contains(key) else {
                throw SchemaError(description: "\(path): keyword '\(key)' is not supported by the test validator")
            }
            switch key {
            case "$defs", "properties":
                guard case .object(let children) = value else { throw SchemaError(description: "\(path)/\(key): object") }
                for (name, child) in children { try checkKeywords(child, at: "\(path)/\(key)/\(name)") }
            case "items", "not", "propertyNames", "additionalProperties":
                try checkKeywords(value, at: "\(path)/\(key)")
            case "oneOf", "anyOf":
                guard case .array(let children) = value else { throw SchemaError(description: "\(path)/\(key): array") }
                for (index, child) in children.enumerated() { try checkKeywords(child, at: "\(path)/\(key)/\(index)") }
            default:
                break
            }
        }
    }

    /// Every violation of the schema by `value`; empty when it conforms.
    func violations(of value: JSONValue) -> [Violation] {
        var found: [Violation] = []
        check(value, against: root, at: "", into: &found)
        return found
    }

    private func resolve(_ reference: String) -> JSONValue? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix), case .object(let members) = root,
              case .object(let definitions)? = members.first(where: { $0.0 == "$defs" })?.1
        else { return nil }
        let name = String(reference.dropFirst(prefix.count))
        return definitions.first { $0.0 == name }?.1
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into found: inout [Violation]) {
        if case .bool(let allowed) = schema {
            if !allowed { found.append(Violation(path: path, message: "no value is allowed here")) }
            return
        }
        guard case .object(let keywords) = schema else { return }
        for (keyword, argument) in keywords {
            switch keyword {
            case "$ref":
                guard case .string(let reference) = argument, let target = resolve(reference) else {
                    found.append(Violation(path: path, message: "unresolvable $ref \(argument.serialized)"))
                    continue
                }
                check(value, against: target, at: path, into: &found)
            case "type":
                let names: [String]
                switch argument {
                case .string(let name): names = [name]
                case .array(let list): names = list.compactMap { if case .string(let name) = $0 { name } else { nil } }
                default: names = []
                }
                if !names.contains(where: { Self.has(value, type: $0) }) {
                    found.append(Violation(path: path, message: "expected \(names.joined(separator: " or ")), got \(value.serialized.prefix(60))"))
                }
            case "enum":
                if case .array(let allowed) = argument, !allowed.contains(where: { Self.same($0, value) }) {
                    found.append(Violation(path: path, message: "\(value.serialized.prefix(60)) is not one of \(argument.serialized)"))
                }
            case "const":
                if !Self.same(argument, value) {
                    found.append(Violation(path: path, message: "expected \(argument.serialized)"))
                }
            case "pattern":
                if case .string(let text) = value, case .string(let pattern) = argument,
                   text.range(of: pattern, options: .regularExpression) == nil {
                    found.append(Violation(path: path, message: "'\(text.prefix(60))' does not match \(pattern)"))
                }
            case "minLength":
                if case .string(let text) = value, case .int(let least) = argument, text.unicodeScalars.count < least {
                    found.append(Violation(path: path, message: "shorter than \(least)"))
                }
            case "minimum":
                if let number = Self.number(value), let least = Self.number(argument), number < least {
                    found.append(Violation(path: path, message: "\(number) is below \(least)"))
                }
            case "required":
                if case .object(let members) = value, case .array(let names) = argument {
                    for case .string(let name) in names where !members.contains(where: { $0.0 == name }) {
                        found.append(Violation(path: path, message: "missing required member '\(name)'"))
                    }
                }
            case "properties", "additionalProperties", "propertyNames":
                checkMembers(value, keyword: keyword, argument: argument, schema: keywords, at: path, into: &found)
            case "items":
                if case .array(let elements) = value {
                    for (index, element) in elements.enumerated() {
                        check(element, against: argument, at: "\(path)/\(index)", into: &found)
                    }
                }
            case "oneOf", "anyOf":
                guard case .array(let choices) = argument else { continue }
                let passing = choices.filter { choice in
                    var inner: [Violation] = []
                    check(value, against: choice, at: path, into: &inner)
                    return inner.isEmpty
                }.count
                if keyword == "oneOf" ? passing != 1 : passing == 0 {
                    // Say why the closest choice failed, so a broken record is easy to read.
                    var best: [Violation]? = nil
                    for choice in choices {
                        var inner: [Violation] = []
                        check(value, against: choice, at: path, into: &inner)
                        if !inner.isEmpty, best == nil || inner.count < best!.count { best = inner }
                    }
                    let reason = best.map { ": " + $0.map(\.description).joined(separator: "; ") } ?? ""
                    found.append(Violation(path: path, message: "matches \(passing) of the \(keyword) choices\(reason)"))
                }
            case "not":
                var inner: [Violation] = []
                check(value, against: argument, at: path, into: &inner)
                if inner.isEmpty { found.append(Violation(path: path, message: "matches a schema it must not")) }
            default:
                break
            }
        }
    }

    /// `properties`, `additionalProperties` and `propertyNames`, which read each other.
    private func checkMembers(_ value: JSONValue, keyword: String, argument: JSONValue, schema: [(String, JSONValue)],
                              at path: String, into found: inout [Violation]) {
        guard case .object(let members) = value else { return }
        var declared: [(String, JSONValue)] = []
        if case .object(let properties)? = schema.first(where: { $0.0 == "properties" })?.1 { declared = properties }
        for (name, member) in members {
            let memberPath = path + "/" + name
            let declaration = declared.first { $0.0 == name }?.1
            switch keyword {
            case "properties":
                if let declaration { check(member, against: declaration, at: memberPath, into: &found) }
            case "additionalProperties":
                if declaration == nil { check(member, against: argument, at: memberPath, into: &found) }
            default:
                check(.string(name), against: argument, at: memberPath, into: &found)
            }
        }
    }

    private static func has(_ value: JSONValue, type name: String) -> Bool {
        switch (name, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("integer", .int), ("number", .int), ("number", .double):
            return true
        case ("integer", .double(let number)):
            return number == number.rounded()
        default:
            return false
        }
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    /// JSON equality: numbers by value, objects whatever their key order.
    private static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if let x = number(a), let y = number(b) { return x == y }
        switch (a, b) {
        case let (.array(x), .array(y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case let (.object(x), .object(y)):
            return x.count == y.count && x.allSatisfy { member in y.contains { $0.0 == member.0 && same($0.1, member.1) } }
        default: return a == b
        }
    }
}
