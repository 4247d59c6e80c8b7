import Foundation

extension PageFetchFailure {
    /// The failure a `URLError` code (NSURLErrorDomain) stands for, in plain words; kept apart
    /// from the fetcher so the wording is tested without a network.
    public init(urlErrorCode code: Int, address: WebAddress, limits: PageLimits, detail: String) {
        let host = address.url.host ?? address.description
        let place = address.url.port.map { "\(host) port \($0)" } ?? host
        switch code {
        case -1001: self = .timedOut(seconds: limits.timeout)
        case -1003: self = .hostNotFound(host)
        case -1004: self = .cannotConnect(place)
        case -1005: self = .connectionLost
        case -1007: self = .tooManyRedirects(limit: limits.maximumRedirects)
        case -1009: self = .other("no network connection")
        case -1200, -1201, -1202, -1203, -1204, -1205, -1206: self = .insecureConnection
        case -999: self = .abandoned
        default: self = .other(detail.isEmpty ? "error \(code)" : detail)
        }
    }
}
