import Testing
@testable import NewsCore

/// The word-list format every lexicon file uses, and the shipped lists themselves.
@Suite("lexicon files")
struct LexiconTests {
    @Test("comments, blank lines, tagged sections, tables and quoted values")
    func format() {
        let text = """
        # A list with sub-kinds.

        [reporting]
        said
        warned that   # a phrase keeps its inner space
        [crediting]
        sighed
        square = "sq "
        metric = ""
        late = END
        C# is not a comment start
        """
        let entries = Lexicon.parse(text, name: "test")
        #expect(entries.map(\.text) == ["said", "warned that", "sighed", "square", "metric", "late",
                                        "C# is not a comment start"])
        #expect(entries.map(\.tag) == ["reporting", "reporting", "crediting", "crediting", "crediting", "crediting",
                                       "crediting"])
        #expect(entries.map(\.value) == [nil, nil, nil, "sq ", "", "END", nil])
    }

    @Test("every shipped list loads, holds entries and repeats none within a section")
    func shippedLists() throws {
        let names = Lexicon.allNames()
        #expect(names.count > 100)
        #expect(names.contains("speech-verbs"))
        for name in names {
            let entries = Lexicon.entries(name)
            #expect(!entries.isEmpty, "\(name) is empty")
            var seen = Set<String>()
            for entry in entries {
                let key = (entry.tag ?? "") + "\u{0}" + entry.text
                #expect(seen.insert(key).inserted, "\(name): '\(entry.text)' twice")
            }
        }
    }

    @Test("one list of speech verbs, by sub-kind: each analyzer's view is a union of tags")
    func speechVerbs() {
        let reporting = Lexicon.set("speech-verbs", tags: ["reporting"])
        let crediting = Lexicon.set("speech-verbs", tags: ["crediting"])
        let participles = Lexicon.set("speech-verbs", tags: ["participle"])
        #expect(reporting.contains("said") && crediting.contains("sighed") && participles.contains("adding"))
        #expect(reporting.isDisjoint(with: participles))
        #expect(Lexicon.set("speech-verbs") == reporting.union(crediting).union(participles))
        #expect(PeopleLexicon.speechVerbs == reporting.union(crediting))
    }
}
