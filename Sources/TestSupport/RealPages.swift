import Foundation

/// The hand annotation of one real news page: the people and quotations of an article body of
/// the article-extraction set (`../shared/data/article-extraction/ground-truth.json`).
///
/// The gold files (`Fixtures/real/quotes-people/<id>.json`) hold ids, offsets and labels only,
/// never the publisher's text: offsets are Unicode scalar offsets into the page's `articleBody`,
/// which newsdesk loads unchanged as a `.txt` article. The measuring tool and the tests read the
/// gold through this one parser so both see the same thing.
public struct RealPageGold: Sendable, Equatable {
    /// A person of the story: name and title are labels; mentions are the spans of the text that
    /// name them (full name, surname, first name) or refer to them (pronouns).
    public struct Person: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var mentions: [Range<Int>]

        public init(name: String, title: String?, mentions: [Range<Int>]) {
            self.name = name
            self.title = title
            self.mentions = mentions
        }
    }

    /// A direct or partial quotation: the quoted words without the marks, the speaker's name
    /// (a person or an organisation) or nil when the story does not name one.
    public struct Quote: Sendable, Equatable {
        public var range: Range<Int>
        public var speaker: String?
        public var kind: String

        public init(range: Range<Int>, speaker: String?, kind: String) {
            self.range = range
            self.speaker = speaker
            self.kind = kind
        }
    }

    /// The page's id in the ground truth.
    public var id: String
    public var people: [Person]
    public var quotes: [Quote]

    public init(id: String, people: [Person], quotes: [Quote]) {
        self.id = id
        self.people = people
        self.quotes = quotes
    }
}

/// Reads the real-page gold files and the article bodies they point into.
public enum RealPages {
    /// Why gold or bodies could not be read, in a sentence for the user.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var description: String

        public init(_ description: String) {
            self.description = description
        }
    }

    /// Every `*.json` of `directory` parsed, in file-name order.
    public static func loadGold(directory: String) throws(Failure) -> [RealPageGold] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw Failure("cannot read the gold folder \(directory)")
        }
        var pages: [RealPageGold] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard
                let data = FileManager.default.contents(atPath: path),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw Failure("\(path): not a JSON object") }
            do {
                pages.append(try parse(object))
            } catch {
                throw Failure("\(path): \(error.description)")
            }
        }
        return pages
    }

    /// One gold object: `{"id", "source", "people": [{"name", "title", "mentions"}],
    /// "quotes": [{"start", "end", "speaker", "kind"}]}`.
    public static func parse(_ object: [String: Any]) throws(Failure) -> RealPageGold {
        guard let id = object["id"] as? String else { throw Failure("no \"id\"") }
        var people: [RealPageGold.Person] = []
        for entry in object["people"] as? [[String: Any]] ?? [] {
            guard let name = entry["name"] as? String else { throw Failure("a person without a name") }
            var mentions: [Range<Int>] = []
            for pair in entry["mentions"] as? [[Int]] ?? [] {
                guard pair.count == 2, pair[0] < pair[1] else { throw Failure("bad mention of \(name): \(pair)") }
                mentions.append(pair[0]..<pair[1])
            }
            people.append(RealPageGold.Person(name: name, title: entry["title"] as? String, mentions: mentions))
        }
        var quotes: [RealPageGold.Quote] = []
        for entry in object["quotes"] as? [[String: Any]] ?? [] {
            guard let start = entry["start"] as? Int, let end = entry["end"] as? Int, start < end else {
                throw Failure("a quotation without a valid start and end")
            }
            quotes.append(
                RealPageGold.Quote(
                    range: start..<end, speaker: entry["speaker"] as? String,
                    kind: entry["kind"] as? String ?? "direct"))
        }
        return RealPageGold(id: id, people: people, quotes: quotes)
    }

    /// The article bodies of a ground-truth file, `{id: {"articleBody", "url"}}`, by id.
    public static func loadBodies(path: String) throws(Failure) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure("cannot read \(path) (the shared data set is not beside this checkout)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure("\(path): not a JSON object")
        }
        var bodies: [String: String] = [:]
        for (id, value) in object {
            if let page = value as? [String: Any], let body = page["articleBody"] as? String {
                bodies[id] = body
            }
        }
        return bodies
    }
}
