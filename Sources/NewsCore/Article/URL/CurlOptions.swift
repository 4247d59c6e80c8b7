/// The libcurl option, info and error numbers `CurlPageFetcher` uses, as curl.h defines them
/// (stable across libcurl 7.x and 8.x); named here because the headers are not needed to build.
enum CurlOption {
    static let writeData: Int32 = 10_001
    static let url: Int32 = 10_002
    static let userAgent: Int32 = 10_018
    static let noProgress: Int32 = 43
    static let followLocation: Int32 = 52
    static let progressData: Int32 = 10_057
    static let maximumRedirects: Int32 = 68
    static let noSignal: Int32 = 99
    static let acceptEncoding: Int32 = 10_102
    static let timeoutMilliseconds: Int32 = 155
    static let protocols: Int32 = 10_318
    static let redirectProtocols: Int32 = 10_319
}

enum CurlInfo {
    static let effectiveURL: Int32 = 0x100000 + 1
    static let responseCode: Int32 = 0x200000 + 2
    static let contentLength: Int32 = 0x600000 + 15
    static let contentType: Int32 = 0x100000 + 18
    static let redirectURL: Int32 = 0x100000 + 31
}

extension PageFetchFailure {
    /// The failure a libcurl error code stands for, in plain words; kept apart from the fetcher
    /// so the wording is tested without a network.
    init(curlCode code: Int32, address: WebAddress, limits: PageLimits, redirectTarget: String?, detail: String) {
        let host = address.url.host ?? address.description
        let place = address.url.port.map { "\(host) port \($0)" } ?? host
        switch code {
        case 1: self = .redirectRefused(to: redirectTarget)
        case 5: self = .other("cannot find the proxy server")
        case 6: self = .hostNotFound(host)
        case 7: self = .cannotConnect(place)
        case 28: self = .timedOut(seconds: limits.timeout)
        case 42: self = .abandoned
        case 47: self = .tooManyRedirects(limit: limits.maximumRedirects)
        case 63: self = .tooLarge(size: nil, limit: limits.maximumBytes)
        case 8, 16, 18, 52, 55, 56, 92: self = .connectionLost
        case 35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91: self = .insecureConnection
        case 61: self = .other("the page's compression could not be decoded")
        default: self = .other(detail.isEmpty ? "libcurl error \(code)" : detail)
        }
    }
}
