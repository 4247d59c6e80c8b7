import Testing

@testable import NewsCore

@Suite("JSONParser")
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test("objects keep key order and value types")
    func objects() throws {
        let value = try parse(#" {"id": 7, "b": "x", "a": [true, false, null], "d": -2.5e1} "#)
        #expect(value == .object([("id", .int(7)), ("b", .string("x")),
                                  ("a", .array([.bool(true), .bool(false), .null])), ("d", .double(-25))]))
    }

    @Test("string escapes, including surrogate pairs, decode to the characters they name")
    func escapes() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\té😀"))
    }

    @Test("what it writes it reads back unchanged")
    func roundTrip() throws {
        let original = JSONValue.object([("text", .string("“Quoted” \u{1B}[31m\u{2028}line")), ("n", .int(-3))])
        #expect(try parse(original.serialized) == original)
    }

    @Test("malformed texts are refused with the byte where reading stopped",
          arguments: [("{\"a\": }", 6), ("[1, 2", 5), ("\"open", 5), ("{\"a\" 1}", 5), ("01", 1), ("tru", 0),
                      ("{} x", 3), ("\"\\ud800\"", 7), ("\"bad \u{01}\"", 5), ("", 0)])
    func malformed(text: String, offset: Int) {
        #expect(throws: JSONParser.Failure.self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.offset == offset)
        }
    }

    @Test("deep nesting is refused, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try parse(deep) }
    }

    @Test("invalid UTF-8 inside a string is refused")
    func invalidUTF8() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }
}
