/// Why a page could not be fetched, each case worded for the one line the user sees.
public enum PageFetchFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// A scheme other than http and https (`file`, `ftp`, …).
    case unsupportedScheme(String)
    /// Written like an address but not one (no host, spaces).
    case invalidAddress
    /// The server answered with this status (after redirects).
    case httpStatus(Int)
    /// The whole download took longer than this many seconds.
    case timedOut(seconds: Double)
    /// The page is not one of the accepted media types; empty when the server named none.
    case notHTML(mediaType: String)
    /// The body passed the size limit (in bytes); `size` is the length the server announced.
    case tooLarge(size: Int?, limit: Int)
    /// More redirects than the limit.
    case tooManyRedirects(limit: Int)
    /// A redirect to an address that is not http or https (nil when libcurl does not say which).
    case redirectRefused(to: String?)
    /// The host name does not resolve.
    case hostNotFound(String)
    /// Nothing accepted the connection (refused or unreachable).
    case cannotConnect(String)
    /// The TLS handshake or certificate check failed.
    case insecureConnection
    /// The connection dropped part-way.
    case connectionLost
    /// The user interrupted (Ctrl-C).
    case abandoned
    /// Anything else, with the system's own words.
    case other(String)

    public var description: String {
        switch self {
        case .unsupportedScheme(let scheme) where scheme == "file":
            return "file:// addresses are not loaded; give the file's path instead"
        case .unsupportedScheme(let scheme):
            return scheme.isEmpty
                ? "not a web address; only http:// and https:// pages can be loaded"
                : "\(scheme):// addresses are not supported; only http:// and https:// pages can be loaded"
        case .invalidAddress: return "not a valid web address"
        case .httpStatus(let code): return "HTTP \(code)"
        case .timedOut(let seconds):
            return "timed out after \(PageLimits.describe(seconds: seconds)) (set NEWSDESK_TIMEOUT to wait longer)"
        case .notHTML(let type):
            return "not an HTML page (\(type.isEmpty ? "no content type given" : type))"
        case .tooLarge(let size, let limit):
            let given = size.map { "\($0) bytes" } ?? "more than \(limit) bytes"
            return "too large (\(given); the limit is \(limit), set NEWSDESK_MAX_ARTICLE_MB to raise it)"
        case .tooManyRedirects(let limit): return "too many redirects (more than \(limit))"
        case .redirectRefused(let target?): return "redirected to \(target), which is not an http:// or https:// page"
        case .redirectRefused(nil): return "redirected to an address that is not an http:// or https:// page"
        case .hostNotFound(let host): return "cannot find the server \(host) (no such host name, or no network)"
        case .cannotConnect(let place): return "cannot connect to \(place) (connection refused or host unreachable)"
        case .insecureConnection: return "secure connection failed (TLS error or untrusted certificate)"
        case .connectionLost: return "the connection was lost during the download"
        case .abandoned: return "download abandoned (interrupted)"
        case .other(let words): return "download failed (\(words))"
        }
    }
}
