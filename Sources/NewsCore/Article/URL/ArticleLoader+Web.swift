/// Loading articles from web pages: fetch, check, then hand the body to the HTML reader or the
/// text reader, as a file's bytes would be.
extension ArticleLoader {
    /// Fetches the page at `address` and reads it as an article whose source is the final
    /// address after redirects. Every failure names the address as the user gave it.
    public func loadPage(_ address: String, shouldStop: () -> Bool = { false }) throws(Failure) -> Article {
        let page: FetchedPage
        do {
            let parsed = try WebAddress(address)
            let limits = PageLimits(
                timeout: web.timeout, maximumRedirects: web.maximumRedirects, maximumBytes: maximumBytes)
            page = try web.fetcher.fetch(parsed, limits: limits, shouldStop: shouldStop)
        } catch {
            throw Failure(path: address, reason: error.description)
        }
        do {
            return try article(fromPage: page)
        } catch {
            throw Failure(path: address, reason: error.reason)
        }
    }

    /// Reads a fetched page: HTML through the HTML reader with the header's charset, plain text
    /// as a text file is read. A page without a content type is taken as HTML when it starts
    /// with markup and as text otherwise (where the text reader's binary check catches a PDF).
    public func article(fromPage page: FetchedPage) throws(Failure) -> Article {
        let source = page.finalAddress
        guard page.body.contains(where: { !Self.isSpaceByte($0) }) else {
            throw Failure(path: source, reason: "no article text found (the page is empty)")
        }
        var type = page.contentType
        if type.mediaType.isEmpty {
            let first = page.body.first { !Self.isSpaceByte($0) }
            type.mediaType = first == UInt8(ascii: "<") ? "text/html" : "text/plain"
        }
        guard PageLimits.acceptedMediaTypes.contains(type.mediaType) else {
            throw Failure(path: source, reason: PageFetchFailure.notHTML(mediaType: type.mediaType).description)
        }
        if type.isHTML {
            return try article(fromHTML: page.body, source: source, charset: type.charset)
        }
        return try article(fromBytes: Self.utf8(page.body, charset: type.charset), source: source)
    }

    /// Text in a single-byte Western charset turned into UTF-8, so that it reads without the
    /// "not valid UTF-8" warning; other bytes are left for the text reader to decode.
    static func utf8(_ bytes: [UInt8], charset: String?) -> [UInt8] {
        guard let charset, ["iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii"].contains(charset)
        else { return bytes }
        guard bytes.contains(where: { $0 >= 0x80 }) else { return bytes }
        return Array(TextDecoding.decodeWindows1252(bytes).utf8)
    }

    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
