/// Fetches one web page: the one seam between the core and the network, so that everything
/// after the download (content-type checks, decoding, extraction) is tested without one, and
/// nothing in the core opens a connection except when a user asks for a URL.
public protocol PageFetcher: Sendable {
    /// Downloads `address` within `limits`, checking `shouldStop` while it waits so that Ctrl-C
    /// abandons the download. Throws the first thing that went wrong.
    func fetch(
        _ address: WebAddress, limits: PageLimits, shouldStop: () -> Bool
    ) throws(PageFetchFailure) -> FetchedPage
}

/// A page as the server sent it, after redirects and content decoding (gzip).
public struct FetchedPage: Sendable, Equatable {
    /// The address the body came from: the last one of a redirect chain.
    public var finalAddress: String
    /// The media type and character set of the `Content-Type` header.
    public var contentType: ContentType
    /// The body, never longer than the limit it was fetched with.
    public var body: [UInt8]

    public init(finalAddress: String, contentType: ContentType, body: [UInt8]) {
        self.finalAddress = finalAddress
        self.contentType = contentType
        self.body = body
    }
}
