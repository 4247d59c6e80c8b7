import Foundation
import Testing

@testable import NewsCore

@Suite("Output")
struct OutputTests {
    // MARK: JSONValue

    @Test("objects keep their key order and write nulls")
    func keyOrder() {
        let value = JSONValue.object([
            ("zeta", .int(1)), ("alpha", .null), ("mid", .array([.bool(true), .bool(false), .null])),
            ("nested", .object([("b", .string("x")), ("a", .object([]))])),
        ])
        #expect(value.serialized == #"{"zeta":1,"alpha":null,"mid":[true,false,null],"nested":{"b":"x","a":{}}}"#)
        #expect(JSONValue.optional(nil as String?).serialized == "null")
        #expect(JSONValue.optional(nil as Int?).serialized == "null")
        #expect(JSONValue.optional(7 as Int?).serialized == "7")
    }

    @Test("numbers: integers without a fraction, doubles as written, non-finite as null",
          arguments: [(JSONValue.int(42), "42"), (.int(-7), "-7"), (.double(3.0), "3"), (.double(-12.0), "-12"),
                      (.double(0.5), "0.5"), (.double(2.75), "2.75"), (.double(-0.125), "-0.125"),
                      (.double(.infinity), "null"), (.double(.nan), "null")])
    func numbers(value: JSONValue, text: String) {
        #expect(value.serialized == text)
    }

    @Test("large and tiny doubles still read back as the same number")
    func doublesRoundTrip() throws {
        for number in [1e20, 1.5e-7, 123456.789, 1e15 + 0.5] {
            let text = JSONValue.double(number).serialized
            // Valid JSON, and the digits give back exactly the same double.
            #expect((try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as? [NSNumber])?.count == 1)
            #expect(Double(text) == number, "\(number) written as \(text)")
        }
    }

    @Test("strings escape quotes, backslashes, line breaks and every control character",
          arguments: [
              ("say \"hi\"", #""say \"hi\"""#),
              (#"C:\path"#, #""C:\\path""#),
              ("a\nb\rc\td", #""a\nb\rc\td""#),
              ("\u{1B}[31mred", #""\u001b[31mred""#),
              ("bell\u{07}", #""bell\u0007""#),
              ("nul\u{0}", #""nul\u0000""#),
              ("del\u{7F}", #""del\u007f""#),
              ("csi\u{9B}2J", #""csi\u009b2J""#),
              ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
              ("café “quoted” 🚢", "\"café “quoted” 🚢\""),
          ])
    func stringEscaping(input: String, output: String) throws {
        let serialized = JSONValue.string(input).serialized
        #expect(serialized == output)
        // And it is JSON that reads back to the same string.
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(serialized)]".utf8)) as? [String]
        #expect(parsed == [input])
    }

    @Test("object keys are escaped like strings")
    func keyEscaping() {
        #expect(JSONValue.object([("a\"b\n", .int(1))]).serialized == #"{"a\"b\n":1}"#)
    }

    // MARK: TerminalSafety

    @Test("control characters become visible escapes",
          arguments: [
              ("\u{1B}[2Jgone", #"\e[2Jgone"#),
              ("ding\u{07}", #"ding\x07"#),
              ("csi\u{9B}31m", #"csi\x9b31m"#),
              ("del\u{7F}", #"del\x7f"#),
              ("back\u{08}space", #"back\x08space"#),
              ("cr\rhere", #"cr\rhere"#),
              ("evil\u{202E}txt.exe", #"evil\u{202e}txt.exe"#),
              ("iso\u{2066}late\u{2069}", #"iso\u{2066}late\u{2069}"#),
          ])
    func escapes(input: String, output: String) {
        #expect(TerminalSafety.escape(input) == output)
        #expect(!TerminalSafety.escape(input).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("ordinary text passes through unchanged")
    func safeText() {
        let text = "Grève à Brest — “on strike” 罢工 🚢"
        #expect(TerminalSafety.escape(text) == text)
    }

    @Test("newlines and tabs are kept only with keepLayout")
    func keepLayout() {
        #expect(TerminalSafety.escape("a\nb\tc") == #"a\nb\tc"#)
        #expect(TerminalSafety.escape("a\nb\tc", keepLayout: true) == "a\nb\tc")
        #expect(TerminalSafety.escape("a\n\u{1B}b", keepLayout: true) == "a\n\\eb")
        #expect(TerminalSafety.escape("a\r\nb", keepLayout: true) == "a\\r\nb")
    }

    // MARK: TextLayout

    @Test("display width: wide characters two columns, combining marks none",
          arguments: [("abc", 3), ("罢工", 4), ("한국", 4), ("🚢", 2), ("e\u{301}", 1), ("ｆｕｌｌ", 8),
                      ("a\u{200B}b", 2), ("", 0), ("café", 4)])
    func width(text: String, columns: Int) {
        #expect(TextLayout.width(text) == columns)
    }

    @Test("wrapping keeps every line within the width and every word in order",
          arguments: [10, 16, 25, 40])
    func wrap(width: Int) {
        let text = "Ferry crews at the port walked off the job before dawn on Friday, stranding thousands of commuters"
        let lines = TextLayout.wrap(text, width: width)
        for line in lines { #expect(TextLayout.width(line) <= width, "'\(line)' is wider than \(width)") }
        #expect(lines.joined(separator: " ").split(separator: " ") == text.split(separator: " "))
        #expect(lines.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
    }

    @Test("wrapping counts wide characters as two columns")
    func wrapWide() {
        let lines = TextLayout.wrap("罢工 罢工 罢工 罢工", width: 9)
        #expect(lines == ["罢工 罢工", "罢工 罢工"])
    }

    @Test("a word longer than the width gets a line of its own; no width means one line")
    func wrapLongWord() {
        #expect(TextLayout.wrap("a extraordinarily b", width: 5) == ["a", "extraordinarily", "b"])
        #expect(TextLayout.wrap("one two three", width: nil) == ["one two three"])
    }

    @Test("truncation ends in … and stays within the width",
          arguments: [("Harbour ferry strike halts crossings", 10), ("罢工罢工罢工罢工", 7), ("🚢🚢🚢🚢", 5)])
    func truncate(text: String, width: Int) {
        let cut = TextLayout.truncate(text, width: width)
        #expect(cut.hasSuffix("…"))
        #expect(TextLayout.width(cut) <= width)
        #expect(text.hasPrefix(String(cut.dropLast())))
        #expect(TextLayout.width(cut) >= width - 1, "no more than one column lost to a wide character")
    }

    @Test("text that fits is not truncated")
    func noTruncation() {
        #expect(TextLayout.truncate("short", width: 5) == "short")
        #expect(TextLayout.truncate("short", width: 40) == "short")
    }

    // MARK: TextTable

    @Test("columns line up; numbers align right")
    func tableAlignment() throws {
        var table = TextTable([.init("#", alignRight: true), .init("Words", alignRight: true), .init("Title")])
        table.rows = [["1", "7", "Short"], ["12", "1450", "Longer title here"]]
        let lines = table.render(.plain).split(separator: "\n").map(String.init)
        try #require(lines.count == 3)
        #expect(lines[0] == " #  Words  Title")
        #expect(lines[1] == " 1      7  Short")
        #expect(lines[2] == "12   1450  Longer title here")
    }

    @Test("the last column wraps so no line exceeds the terminal width")
    func tableWrapping() throws {
        var table = TextTable([.init("#", alignRight: true), .init("Date"), .init("Title")])
        let title = "Harbour ferry strike halts morning crossings as crews walk out before dawn over rosters"
        table.rows = [["1", "2025-03-14", title], ["2", "-", "Short one"]]
        let width = 40
        let lines = table.render(TextStyle(width: width)).split(separator: "\n").map(String.init)
        try #require(lines.count > 3, "the long title needs more than one line")
        for line in lines { #expect(TextLayout.width(line) <= width, "'\(line)' is wider than \(width)") }
        // Continuation lines start in the title column, and the title's words all appear in order.
        let titleColumn = try #require(lines[0].range(of: "Title")).lowerBound.utf16Offset(in: lines[0])
        let titleLines = lines.dropFirst().prefix(lines.count - 2)
        let pieces = titleLines.map { String($0.dropFirst(titleColumn)) }
        #expect(pieces.joined(separator: " ") == title)
        for line in titleLines.dropFirst() {
            #expect(line.prefix(titleColumn).allSatisfy { $0 == " " })
        }
        #expect(lines.last == "2  -           Short one")
    }

    @Test("cells are escaped before they reach the terminal")
    func tableEscapes() {
        var table = TextTable([.init("#"), .init("Title")])
        table.rows = [["1", "evil\u{1B}]0;title\u{07}"]]
        let output = table.render(.plain)
        #expect(!output.unicodeScalars.contains("\u{1B}"))
        #expect(output.contains(#"evil\e]0;title\x07"#))
    }
}
