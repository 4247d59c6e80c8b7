/// Web pages and gzip-compressed files as articles.
extension ArticleLoader {
    /// Builds an article from a web page's bytes: the story a person would read (headline,
    /// standfirst, byline, then the body's paragraphs), with the page's headline, byline and
    /// publication date as its metadata. Offsets point into that extracted text.
    ///
    /// - Parameters:
    ///   - bytes: the page as saved or served (gzip-compressed bytes are inflated first).
    ///   - source: the path or final URL, for messages and `articles`.
    ///   - charset: the character set the server named (HTTP `Content-Type`), if any; a
    ///     byte-order mark still wins over it, and it wins over the page's own `<meta charset>`.
    public func article(fromHTML bytes: [UInt8], source: String, charset: String?) throws(Failure) -> Article {
        let page = try inflatedIfCompressed(bytes, source: source)
        guard page.count <= maximumBytes else { throw Failure(path: source, reason: tooLarge("\(page.count) bytes")) }
        guard page.contains(where: { $0 > 0x20 }) else {
            throw Failure(path: source, reason: page.isEmpty ? "empty file" : "only white space, no text")
        }
        let prepared = HTMLCharset.prepare(page, hint: charset)
        guard let tree = HTMLTreeBuilder.parse(prepared.bytes, encoding: prepared.encoding)
                ?? HTMLTreeBuilder.parse(HTMLCharset.prepare(page, hint: "windows-1252").bytes, encoding: "UTF-8")
        else {
            throw Failure(path: source, reason: "not an HTML page the parser could read")
        }
        guard let story = HTMLStoryExtractor(tree: tree).extract() else {
            if HTMLTreeBuilder.reachedParserDepthLimit(tree) {
                throw Failure(
                    path: source,
                    reason: "no article text found: the page nests its tags over \(HTMLTreeBuilder.parserDepthLimit) levels deep, where the HTML parser stops reading")
            }
            throw Failure(path: source, reason: "no article text found")
        }
        return HTMLArticleAssembler.article(story, source: source, warnings: prepared.warnings)
    }

    /// The bytes of a file, inflated when they are gzip data, refused when they would expand past
    /// the size limit.
    func inflatedIfCompressed(_ bytes: [UInt8], source: String) throws(Failure) -> [UInt8] {
        guard GzipInflater.isGzip(bytes) else { return bytes }
        do {
            return try GzipInflater.inflate(bytes, limit: maximumBytes)
        } catch {
            switch error {
            case .tooLarge:
                throw Failure(path: source, reason: tooLarge("more than \(maximumBytes) bytes once decompressed"))
            case .corrupt(let message):
                throw Failure(path: source, reason: "damaged gzip data (\(message))")
            }
        }
    }
}
