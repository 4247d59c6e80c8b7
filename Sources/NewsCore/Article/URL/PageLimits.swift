import Foundation

/// How far a download may go: the rules every page fetch keeps, whatever does the fetching.
public struct PageLimits: Sendable, Equatable {
    /// Seconds the whole download may take, connection and redirects included.
    public var timeout: Double
    /// Redirects followed before giving up.
    public var maximumRedirects: Int
    /// Body bytes accepted (after gzip decoding); the download stops as soon as it passes this.
    public var maximumBytes: Int

    /// The 15 s timeout and 5 redirects of CONTRACT.md; the size limit is the one files have.
    public init(timeout: Double = 15, maximumRedirects: Int = 5, maximumBytes: Int = 16 << 20) {
        self.timeout = timeout
        self.maximumRedirects = maximumRedirects
        self.maximumBytes = maximumBytes
    }

    /// The media types read as articles; anything else (PDF, images, JSON) is refused by name.
    public static let acceptedMediaTypes: Set<String> = ["text/html", "application/xhtml+xml", "text/plain"]

    /// A timeout in seconds as messages show it: "15 s", "0.5 s".
    public static func describe(seconds: Double) -> String {
        if seconds == seconds.rounded(), seconds < 1e9 { return "\(Int(seconds)) s" }
        return "\(seconds) s"
    }

    /// Reads a timeout given in seconds (`NEWSDESK_TIMEOUT`): a positive number up to a day.
    public static func parseTimeout(_ text: String) -> Double? {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite,
              value > 0, value <= 86_400 else { return nil }
        return value
    }
}
