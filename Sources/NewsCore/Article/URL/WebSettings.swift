/// How the loader fetches web pages: the timeout and redirect limit (`NEWSDESK_TIMEOUT` sets the
/// timeout in the front end), and what does the fetching, so tests can put a stand-in server or
/// a fake in its place.
public struct WebSettings: Sendable {
    /// Seconds a whole download may take.
    public var timeout: Double
    public var maximumRedirects: Int
    public var fetcher: any PageFetcher

    public init(timeout: Double = 15, maximumRedirects: Int = 5, fetcher: any PageFetcher = CurlPageFetcher()) {
        self.timeout = timeout
        self.maximumRedirects = maximumRedirects
        self.fetcher = fetcher
    }
}
