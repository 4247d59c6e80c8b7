import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches pages with Foundation's `URLSession` (libcurl underneath on Linux): HTTP/1.1 and 2,
/// TLS with the system's certificates, proxies from the environment, and gzip/deflate bodies
/// decoded as they arrive, with no package dependency.
///
/// Each fetch makes its own ephemeral session (no cookies or cache kept) and waits for it on
/// the calling thread, checking the interrupt and the deadline every 50 ms. Redirects, the
/// status, the content type and the size limit are checked by the delegate as the response
/// streams in, so a refused page stops downloading at once and an endless body stops at the
/// limit instead of filling memory.
public struct URLSessionPageFetcher: PageFetcher {
    public init() {}

    public func fetch(
        _ address: WebAddress, limits: PageLimits, shouldStop: () -> Bool
    ) throws(PageFetchFailure) -> FetchedPage {
        let download = Download(limits: limits)
        let configuration = URLSessionConfiguration.ephemeral
        // The deadline below is the one that counts; these only keep libcurl from giving up first.
        configuration.timeoutIntervalForRequest = limits.timeout + 5
        configuration.timeoutIntervalForResource = limits.timeout + 5
        configuration.httpAdditionalHeaders = ["Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"]
        let session = URLSession(configuration: configuration, delegate: download, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let task = session.dataTask(with: URLRequest(url: address.url))
        let deadline = Date().addingTimeInterval(limits.timeout)
        task.resume()
        while download.finished.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if shouldStop() {
                download.fail(.abandoned)
                task.cancel()
                throw .abandoned
            }
            if Date() >= deadline {
                download.fail(.timedOut(seconds: limits.timeout))
                task.cancel()
                throw .timedOut(seconds: limits.timeout)
            }
        }
        return try download.result(address: address)
    }
}

/// The state of one download, filled in by URLSession's delegate queue and read by the waiting
/// thread once `finished` is signalled; every access goes through the lock.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let finished = DispatchSemaphore(value: 0)
    private let limits: PageLimits
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var redirects = 0
    private var failure: PageFetchFailure?
    private var response: HTTPURLResponse?
    private var completionError: URLError?

    init(limits: PageLimits) {
        self.limits = limits
    }

    /// Records the first failure; later ones (the cancellation it causes) are ignored.
    func fail(_ reason: PageFetchFailure) {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil { failure = reason }
    }

    private var hasFailed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return failure != nil
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        lock.lock()
        redirects += 1
        let count = redirects
        lock.unlock()
        if count > limits.maximumRedirects {
            fail(.tooManyRedirects(limit: limits.maximumRedirects))
            completionHandler(nil)
        } else if !WebAddress.isFollowable(request.url) {
            fail(.redirectRefused(to: request.url?.absoluteString ?? "an address it did not give"))
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        guard !hasFailed, let http = response as? HTTPURLResponse else {
            completionHandler(.cancel)
            return
        }
        lock.lock()
        self.response = http
        lock.unlock()
        let type = ContentType(header: http.value(forHTTPHeaderField: "Content-Type"))
        if !(200..<300).contains(http.statusCode) {
            fail(.httpStatus(http.statusCode))
        } else if !type.mediaType.isEmpty, !PageLimits.acceptedMediaTypes.contains(type.mediaType) {
            fail(.notHTML(mediaType: type.mediaType))
        } else if http.expectedContentLength > Int64(limits.maximumBytes) {
            fail(.tooLarge(size: Int(http.expectedContentLength), limit: limits.maximumBytes))
        }
        completionHandler(hasFailed ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        guard failure == nil else {
            lock.unlock()
            return
        }
        if body.count + data.count > limits.maximumBytes {
            failure = .tooLarge(size: nil, limit: limits.maximumBytes)
            body = []
            lock.unlock()
            dataTask.cancel()
            return
        }
        body.append(contentsOf: data)
        lock.unlock()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        completionError = error as? URLError
        if let error, completionError == nil, failure == nil { failure = .other(error.localizedDescription) }
        lock.unlock()
        finished.signal()
    }

    /// The page, or why there is none.
    func result(address: WebAddress) throws(PageFetchFailure) -> FetchedPage {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        if let completionError { throw Self.describe(completionError, address: address, limits: limits) }
        guard let response else { throw .other("no response") }
        return FetchedPage(
            finalAddress: response.url?.absoluteString ?? address.description,
            contentType: ContentType(header: response.value(forHTTPHeaderField: "Content-Type")),
            body: body)
    }

    /// A URLSession error in the words of `PageFetchFailure`.
    static func describe(_ error: URLError, address: WebAddress, limits: PageLimits) -> PageFetchFailure {
        PageFetchFailure(urlErrorCode: error.code.rawValue, address: address, limits: limits,
                         detail: error.localizedDescription)
    }
}
