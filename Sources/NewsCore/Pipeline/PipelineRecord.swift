/// One input line of the `--jsonl` pipeline: `{"id", "text" or "html", "date"?, "title"?,
/// "url"?, "format"?}`, or `{"id", "url"}` for a page to fetch.
public struct PipelineRecord: Sendable {
    /// What the record gives to read.
    public enum Content: Sendable, Equatable {
        /// Article text, as a `.txt` file holds it.
        case text(String)
        /// A page's HTML, read as a `.html` file is (in UTF-8, as JSON strings are).
        case html(String)
        /// Nothing but an address: the page is fetched.
        case url(String)
    }

    /// The caller's identifier, echoed as given (string, number or anything JSON).
    public var id: JSONValue
    public var content: Content
    /// Where the text or HTML came from; it names the article instead of the id.
    public var url: String?
    /// True when the record had no `id` and was given one (`--generate-ids`); the output line
    /// says so, so a made-up id is never mistaken for the archive's own.
    public var idGenerated = false
    /// The publication date the archive gives; it outranks any date found in the text.
    public var date: CalendarDate?
    /// The headline the archive gives, used as the article's title.
    public var title: String?
    /// How a `text` is written (`"format": "text"` or `"markdown"`); nil when the record does not
    /// say, and the text's own shape then decides (`Article.Format.sniff`).
    public var format: Article.Format?

    /// Why a line could not be read, with the `id` when the line got far enough to have one.
    public struct Failure: Error, Sendable {
        public var id: JSONValue
        public var message: String
    }

    /// Reads one line (without its newline). A record must carry an `id`, so that every output
    /// line, error lines above all, can be traced to its input; `generatedID`, when given, is
    /// used instead for a record without one.
    public init(line: [UInt8], generatedID: JSONValue? = nil) throws(Failure) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw Failure(id: JSONParser.leadingMember("id", of: line) ?? .null, message: "not JSON: \(error)")
        }
        guard case .object(let members) = value else {
            throw Failure(
                id: .null,
                message: "expected an object {\"id\", \"text\" or \"html\" or \"url\", \"date\"?, \"title\"?}")
        }
        func member(_ key: String) -> JSONValue? { members.first { $0.0 == key }?.1 }
        let id: JSONValue
        switch (member("id"), generatedID) {
        case (let given?, _) where given != .null:
            id = given
        case (_, let generated?):
            id = generated
            idGenerated = true
        default:
            throw Failure(
                id: .null,
                message: "no \"id\" field; every record needs one so its output can be traced "
                    + "(--generate-ids names such records by their line)")
        }
        self.id = id
        func string(_ key: String) throws(Failure) -> String? {
            switch member(key) {
            case nil, .null?: return nil
            case .string(let value)?: return value
            default: throw Failure(id: id, message: "\"\(key)\" must be a string")
            }
        }
        let text = try string("text"), html = try string("html")
        url = try string("url")
        switch (text, html, url) {
        case (let text?, nil, _): content = .text(text)
        case (nil, let html?, _): content = .html(html)
        case (nil, nil, let url?): content = .url(url)
        case (nil, nil, nil): throw Failure(id: id, message: "no \"text\", \"html\" or \"url\" field")
        default: throw Failure(id: id, message: "give \"text\" or \"html\", not both")
        }
        switch member("date") {
        case nil, .null?:
            date = nil
        case .string(let iso)?:
            guard let parsed = CalendarDate(iso: iso) else {
                throw Failure(id: id, message: "\"date\" wants YYYY-MM-DD, not '\(iso)'")
            }
            date = parsed
        default:
            throw Failure(id: id, message: "\"date\" must be a string YYYY-MM-DD")
        }
        switch member("title") {
        case nil, .null?:
            title = nil
        case .string(let given)?:
            title = given
        default:
            throw Failure(id: id, message: "\"title\" must be a string")
        }
        switch try string("format") {
        case nil: format = nil
        case "text"?: format = .text
        case "markdown"?: format = .markdown
        case let other?: throw Failure(id: id, message: "\"format\" is \"text\" or \"markdown\", not '\(other)'")
        }
    }
}
