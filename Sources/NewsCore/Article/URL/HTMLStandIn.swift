// TEMPORARY stand-in, until the HTML extraction branch is merged: the lead deletes this file on
// merge, and the real `ArticleLoader.article(fromHTML:source:charset:)` takes its place.
// It extracts nothing: the page's bytes are read as plain text, markup and all.

extension ArticleLoader {
    /// Stand-in for the HTML reader: reads the bytes as a text article (tags included).
    public func article(fromHTML bytes: [UInt8], source: String, charset: String?) throws(Failure) -> Article {
        guard bytes.contains(where: { !Self.isSpaceByte($0) }) else {
            throw Failure(path: source, reason: "no article text found")
        }
        return try article(fromBytes: Self.utf8(bytes, charset: charset), source: source)
    }
}
