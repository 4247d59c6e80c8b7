import CurlLoader
import Foundation

/// Fetches pages with libcurl, which is opened only when the first page is asked for (see
/// `CurlLoader`): HTTP/1.1 and 2, TLS with the system's certificates, proxies from the
/// environment (`https_proxy`, `no_proxy`), gzip/deflate bodies decoded as they arrive.
///
/// Why not Foundation's `URLSession`: on Linux it links libcurl and its TLS, Kerberos and LDAP
/// libraries into the binary, which made every newsdesk start about 50 ms slower and 7 MB
/// larger even when no page is loaded; it also rewrites a redirect to `file://` into a request
/// to the same server. libcurl itself is what URLSession runs on, and here it also does the
/// redirect limit, the total timeout and the scheme rules.
///
/// The fetch runs on the calling thread. The status, content type and size are checked when
/// the first body bytes arrive, and the size again with every chunk, so a refused page or an
/// endless stream stops at once; the progress callback checks `shouldStop` (Ctrl-C) at least
/// once a second.
public struct CurlPageFetcher: PageFetcher {
    public init() {}

    public func fetch(
        _ address: WebAddress, limits: PageLimits, shouldStop: () -> Bool
    ) throws(PageFetchFailure) -> FetchedPage {
        guard nd_curl_load() != 0 else {
            throw .other("web pages need libcurl, which is not installed (Debian: apt install libcurl4)")
        }
        guard let handle = nd_curl_easy_init() else { throw .other("libcurl could not start a transfer") }
        defer { nd_curl_easy_cleanup(handle) }
        let result: Result<FetchedPage, PageFetchFailure> = withoutActuallyEscaping(shouldStop) { stop in
            let transfer = CurlTransfer(handle: handle, address: address, limits: limits, shouldStop: stop)
            return transfer.run()
        }
        return try result.get()
    }
}

/// One transfer's state, reached from libcurl's C callbacks through an unretained pointer;
/// every callback runs on the thread inside `nd_curl_easy_perform`.
private final class CurlTransfer {
    let handle: UnsafeMutableRawPointer
    let address: WebAddress
    let limits: PageLimits
    let shouldStop: () -> Bool
    var body: [UInt8] = []
    var failure: PageFetchFailure?
    var checkedResponse = false

    init(handle: UnsafeMutableRawPointer, address: WebAddress, limits: PageLimits, shouldStop: @escaping () -> Bool) {
        self.handle = handle
        self.address = address
        self.limits = limits
        self.shouldStop = shouldStop
    }

    func run() -> Result<FetchedPage, PageFetchFailure> {
        let context = Unmanaged.passUnretained(self).toOpaque()
        let code: Int32 = withExtendedLifetime(self) {
            address.description.withCString { url in
                "newsdesk/\(NewsCoreVersion.string)".withCString { agent in
                    configure(url: url, agent: agent, context: context)
                    return nd_curl_easy_perform(handle)
                }
            }
        }
        if let failure { return .failure(failure) }
        guard code == 0 else {
            let detail = nd_curl_easy_strerror(code).map { String(cString: $0) } ?? ""
            return .failure(PageFetchFailure(curlCode: code, address: address, limits: limits,
                                             redirectTarget: string(CurlInfo.redirectURL), detail: detail))
        }
        // A response with no body (a bare 404) never reached the write callback.
        if !checkedResponse, let refusal = checkResponse() { return .failure(refusal) }
        return .success(FetchedPage(
            finalAddress: string(CurlInfo.effectiveURL) ?? address.description,
            contentType: ContentType(header: string(CurlInfo.contentType)),
            body: body))
    }

    private func configure(url: UnsafePointer<CChar>, agent: UnsafePointer<CChar>, context: UnsafeMutableRawPointer) {
        nd_curl_setopt_pointer(handle, CurlOption.url, url)
        nd_curl_setopt_pointer(handle, CurlOption.userAgent, agent)
        nd_curl_setopt_pointer(handle, CurlOption.protocols, "http,https")
        nd_curl_setopt_pointer(handle, CurlOption.redirectProtocols, "http,https")
        nd_curl_setopt_long(handle, CurlOption.followLocation, 1)
        nd_curl_setopt_long(handle, CurlOption.maximumRedirects, limits.maximumRedirects)
        nd_curl_setopt_long(handle, CurlOption.timeoutMilliseconds, Int(limits.timeout * 1000))
        // Every encoding libcurl can decode; the limit then applies to the decoded bytes.
        nd_curl_setopt_pointer(handle, CurlOption.acceptEncoding, "")
        // No SIGALRM for DNS timeouts: the pipeline fetches on several threads.
        nd_curl_setopt_long(handle, CurlOption.noSignal, 1)
        nd_curl_setopt_pointer(handle, CurlOption.writeData, context)
        nd_curl_setopt_write_function(handle, curlWrite)
        nd_curl_setopt_long(handle, CurlOption.noProgress, 0)
        nd_curl_setopt_pointer(handle, CurlOption.progressData, context)
        nd_curl_setopt_progress_function(handle, curlProgress)
    }

    /// Takes a chunk of the body; false stops the transfer.
    func receive(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if !checkedResponse {
            checkedResponse = true
            if let refusal = checkResponse() {
                failure = refusal
                return false
            }
        }
        guard body.count + bytes.count <= limits.maximumBytes else {
            failure = .tooLarge(size: nil, limit: limits.maximumBytes)
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// The status, content type and announced length of the final response, once known.
    private func checkResponse() -> PageFetchFailure? {
        var status = 0
        nd_curl_getinfo_long(handle, CurlInfo.responseCode, &status)
        guard (200..<300).contains(status) else { return .httpStatus(status) }
        let type = ContentType(header: string(CurlInfo.contentType))
        if !type.mediaType.isEmpty, !PageLimits.acceptedMediaTypes.contains(type.mediaType) {
            return .notHTML(mediaType: type.mediaType)
        }
        var length: Int64 = -1
        nd_curl_getinfo_offset(handle, CurlInfo.contentLength, &length)
        if length > Int64(limits.maximumBytes) { return .tooLarge(size: Int(length), limit: limits.maximumBytes) }
        return nil
    }

    /// Asked about once a second and with every chunk: true abandons the transfer.
    func progress() -> Bool {
        guard shouldStop() else { return false }
        failure = .abandoned
        return true
    }

    private func string(_ info: Int32) -> String? {
        var value: UnsafePointer<CChar>?
        guard nd_curl_getinfo_string(handle, info, &value) == 0, let value else { return nil }
        return String(cString: value)
    }
}

private let curlWrite: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    data, size, count, context in
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    return transfer.receive(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

private let curlProgress: @convention(c) (UnsafeMutableRawPointer?, Int64, Int64, Int64, Int64) -> Int32 = {
    context, _, _, _, _ in
    guard let context else { return 0 }
    return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().progress() ? 1 : 0
}
