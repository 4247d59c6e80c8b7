import Foundation
import Testing

@testable import NewsCore

/// What keeps a large record's memory down must not change what is written: the streamed
/// analyses, the chunked writer and the compact token layer against the plain forms they
/// replace, and the size limit that refuses a record too large to analyse.
@Suite("large records")
struct LargeRecordTests {
    static let fixture = TestFiles.inPackage("Fixtures/articles/wire-port-strike.txt").path

    static func record(_ text: String, id: String = "r") -> [UInt8] {
        Array(JSONValue.object([("id", .string(id)), ("text", .string(text))]).serialized.utf8)
    }

    @Test("streamed quotes, figures and timeline write the bytes their JSON trees do")
    func streamedAnalysesMatchTrees() throws {
        let text = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        let streamed = PipelineAnalyzer()
        #expect(streamed.analyses.contains { $0.stream != nil })
        // The same analyses, each written from its whole tree.
        let whole = PipelineAnalyzer(analyses: PipelineAnalyzer.standard.map { PipelineAnalyzer.Analysis($0.key, run: $0.run) })
        let position = PipelineAnalyzer.Position(line: 1, offset: 0)
        let (fromStream, failed) = streamed.processSerialized(line: Self.record(text), at: position)
        let (fromTrees, _) = whole.processSerialized(line: Self.record(text), at: position)
        #expect(!failed)
        #expect(fromStream == fromTrees)
        #expect(fromStream.contains(#""figures":[{"#))
    }

    @Test("a line longer than the writer's chunk reads back as the value written")
    func longLineReadsBack() throws {
        // Quotes, newlines and a C1 control to escape, so runs and escapes cross chunk ends.
        let piece = "He said \"no\".\nThen \u{85}left, " + String(repeating: "é", count: 200)
        let value = JSONValue.object([
            ("items", .array((0..<8_000).map { .object([("n", .int($0)), ("text", .string(piece))]) }))
        ])
        let serialized = value.serialized
        try #require(serialized.utf8.count > 2 * JSONWriter.chunkSize)
        #expect(try JSONParser.parse(Array(serialized.utf8)) == value)
    }

    @Test("a record over the article limit gets an error line with its id that names the setting")
    func overTheLimit() throws {
        var loader = ArticleLoader()
        loader.maximumBytes = 1_000
        let analyzer = PipelineAnalyzer(loader: loader)
        let text = String(repeating: "Rain fell on the city. ", count: 100)
        let (output, failed) = analyzer.processSerialized(
            line: Self.record(text, id: "huge"), at: .init(line: 3, offset: 120))
        #expect(failed)
        #expect(output.hasPrefix(#"{"id":"huge","error":"line 3: "#))
        #expect(output.contains("too large (2300 bytes; the limit is 1000, set NEWSDESK_MAX_ARTICLE_MB to raise it)"))
        #expect(output.hasSuffix(#""line":3,"offset":120}"#))
    }

    @Test("a word's paragraph is the paragraph its text lies in, empty paragraphs passed over")
    func paragraphOfWord() throws {
        let text = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        // Boilerplate and a paragraph of marks only, between story paragraphs.
        let article = ArticleParser.parse("Advertisement\n\n" + text + "\n\n* * *\n\nREAD ALSO: more\n", format: .text,
                                          source: "test")
        let layer = article.tokens
        try #require(layer.words.count > 100)
        for (index, word) in layer.words.enumerated() {
            let paragraph = article.paragraphs[layer.paragraph(ofWord: index)]
            #expect(paragraph.range.contains(Int(word.start)), "word \(index)")
        }
    }

    @Test("an atom read through its word is the atom the tokenizer cut")
    func atomsThroughWords() throws {
        let (article, layer) = TokenLayerTests.layer("Forces took 1,300 prisoners in mid-September, it said.")
        let number = try #require(layer.words.firstIndex { article.analysisText[$0.range] == "1,300" })
        #expect(layer.wordAtoms[number].map { article.analysisText[layer.atoms[$0].range] } == ["1", ",", "300"])
        for index in layer.atoms.indices {
            let word = Int(layer.atomWord[index])
            #expect(layer.wordAtoms[word].contains(index))
            #expect(layer.words[word].range.contains(layer.atoms[index].range.lowerBound))
            if layer.wordAtoms[word].count == 1 { #expect(layer.atoms[index] == layer.words[word]) }
        }
    }
}
