import Foundation

/// An `http://` or `https://` address a user asked to load.
///
/// Anything written `scheme://…` is taken as an address rather than a path, so that `file://`,
/// `ftp://` and the like get a clear refusal instead of "no such file or directory".
public struct WebAddress: Sendable, Equatable, CustomStringConvertible {
    /// The address as parsed; its scheme is http or https and it has a host.
    public let url: URL

    public var description: String { url.absoluteString }

    /// True when `operand` is written as an address (`letters://…`), valid or not.
    public static func looksLikeAddress(_ operand: String) -> Bool {
        guard let separator = operand.range(of: "://") else { return false }
        let scheme = operand[..<separator.lowerBound]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter else { return false }
        return scheme.unicodeScalars.allSatisfy {
            $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
        }
    }

    /// Parses `text`, refusing other schemes and addresses without a host.
    public init(_ text: String) throws(PageFetchFailure) {
        let scheme = text.range(of: "://").map { text[..<$0.lowerBound].lowercased() } ?? ""
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        guard let url = URL(string: text), let host = url.host, !host.isEmpty,
              text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
        else { throw .invalidAddress }
        self.url = url
    }

    /// True for a redirect target the loader may follow: http or https only, never `file://`.
    static func isFollowable(_ url: URL?) -> Bool {
        guard let scheme = url?.scheme?.lowercased() else { return false }
        return scheme == "http" || scheme == "https"
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
