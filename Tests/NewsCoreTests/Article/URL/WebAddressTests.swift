import Testing

@testable import NewsCore

/// Addresses, content types and failure wording: the parts of web loading that need no network.
@Suite("Web addresses and pages")
struct WebAddressTests {
    @Test("scheme://… is taken as an address; paths are not")
    func looksLikeAddress() {
        #expect(WebAddress.looksLikeAddress("https://example.com/a"))
        #expect(WebAddress.looksLikeAddress("file:///tmp/a.html"))
        #expect(WebAddress.looksLikeAddress("svn+ssh://host/x"))
        #expect(!WebAddress.looksLikeAddress("story.txt"))
        #expect(!WebAddress.looksLikeAddress("copy/today/"))
        #expect(!WebAddress.looksLikeAddress("weird name://x.txt"))
        #expect(!WebAddress.looksLikeAddress("://x"))
    }

    @Test("only http and https are fetched; other schemes and hostless addresses are refused clearly")
    func schemes() {
        func reason(_ text: String) -> String? {
            do { _ = try WebAddress(text); return nil } catch { return error.description }
        }
        #expect(reason("https://example.com/story") == nil)
        #expect(reason("HTTP://example.com/") == nil)
        #expect(reason("file:///etc/passwd") == "file:// addresses are not loaded; give the file's path instead")
        #expect(reason("ftp://example.com/a.txt")
            == "ftp:// addresses are not supported; only http:// and https:// pages can be loaded")
        #expect(reason("https://") == "not a valid web address")
        #expect(reason("https://exa mple.com/") == "not a valid web address")
    }

    @Test("Content-Type gives the media type and a quoted or bare charset, lowercased")
    func contentType() {
        #expect(ContentType(header: "text/HTML; Charset=\"ISO-8859-1\"")
            == ContentType(mediaType: "text/html", charset: "iso-8859-1"))
        #expect(ContentType(header: "application/xhtml+xml").isHTML)
        #expect(ContentType(header: "text/plain;charset=utf-8").charset == "utf-8")
        #expect(ContentType(header: nil) == ContentType(mediaType: ""))
    }

    @Test("network errors are worded plainly, naming the host")
    func curlErrorWording() throws {
        let address = try WebAddress("https://news.example:8443/story")
        let limits = PageLimits(timeout: 15)
        func words(_ code: Int32, target: String? = nil) -> String {
            PageFetchFailure(curlCode: code, address: address, limits: limits, redirectTarget: target,
                             detail: "detail").description
        }
        #expect(words(6) == "cannot find the server news.example (no such host name, or no network)")
        #expect(words(7) == "cannot connect to news.example port 8443 (connection refused or host unreachable)")
        #expect(words(28) == "timed out after 15 s (set NEWSDESK_TIMEOUT to wait longer)")
        #expect(words(60) == "secure connection failed (TLS error or untrusted certificate)")
        #expect(words(1, target: "ftp://news.example/x")
            == "redirected to ftp://news.example/x, which is not an http:// or https:// page")
        #expect(words(99) == "download failed (detail)")
    }

    @Test("NEWSDESK_TIMEOUT takes positive seconds, whole or not")
    func timeoutSetting() {
        #expect(PageLimits.parseTimeout("30") == 30)
        #expect(PageLimits.parseTimeout("0.5") == 0.5)
        #expect(PageLimits.parseTimeout("0") == nil)
        #expect(PageLimits.parseTimeout("-3") == nil)
        #expect(PageLimits.parseTimeout("soon") == nil)
        #expect(PageLimits.describe(seconds: 15) == "15 s")
    }

    @Test("a fetched page of another type is refused; one without a type is sniffed")
    func pageDispatch() throws {
        let loader = ArticleLoader()
        let image = FetchedPage(finalAddress: "https://x.example/a", contentType: ContentType(mediaType: "image/png"),
                                body: Array("PNG".utf8))
        #expect(throws: ArticleLoader.Failure(path: "https://x.example/a", reason: "not an HTML page (image/png)")) {
            try loader.article(fromPage: image)
        }
        let binary = FetchedPage(finalAddress: "https://x.example/b", contentType: ContentType(mediaType: ""),
                                 body: [0x25, 0x50, 0x44, 0x46, 0, 1, 2])
        #expect(throws: ArticleLoader.Failure.self) { try loader.article(fromPage: binary) }
    }
}
