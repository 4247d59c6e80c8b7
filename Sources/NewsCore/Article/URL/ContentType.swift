import Foundation

/// The parts of a `Content-Type` header the loader uses: the media type and its charset.
public struct ContentType: Sendable, Equatable {
    /// Lowercased, without parameters: "text/html". Empty when the server sent none.
    public var mediaType: String
    /// The `charset` parameter, lowercased and unquoted ("iso-8859-1"), if any.
    public var charset: String?

    public init(mediaType: String, charset: String? = nil) {
        self.mediaType = mediaType
        self.charset = charset
    }

    /// Parses a header value such as `text/html; charset="UTF-8"`.
    public init(header: String?) {
        let parts = (header ?? "").split(separator: ";", omittingEmptySubsequences: false)
        mediaType = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        charset = nil
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
            if !value.isEmpty { charset = value }
        }
    }

    /// True for the types read as HTML.
    public var isHTML: Bool { mediaType == "text/html" || mediaType == "application/xhtml+xml" }
}
