import Foundation

/// Runs the `--jsonl` pipeline: reads lines in batches, analyses each batch on every core, and
/// writes the results in input order before reading on, so memory stays bounded by one batch
/// however long the input is.
public struct PipelineRunner: Sendable {
    /// One input line as the reader hands it over, with the byte offset of its first byte in
    /// the input (for error lines that say where a bad record is).
    public struct Line: Sendable {
        public enum Content: Sendable {
            case text([UInt8])
            /// A line longer than the reader keeps: its length, and its first bytes (a few KB),
            /// from which the record's `id` is read for the error line when it comes first.
            case tooLong(bytes: Int, head: [UInt8] = [])
        }

        public var content: Content
        public var offset: Int

        public init(_ content: Content, offset: Int) {
            self.content = content
            self.offset = offset
        }
    }

    /// How far a run has got, for a progress display.
    public struct Progress: Sendable {
        public var lines: Int
        public var failures: Int
        public var bytes: Int

        public init(lines: Int = 0, failures: Int = 0, bytes: Int = 0) {
            self.lines = lines
            self.failures = failures
            self.bytes = bytes
        }
    }

    public var analyzer: PipelineAnalyzer
    /// Worker threads; 1 runs everything on the calling thread.
    public var jobs: Int
    /// A batch ends after this many lines…
    public var batchLines: Int
    /// …or once it holds this many bytes of input, whichever comes first.
    public var batchBytes: Int

    public init(analyzer: PipelineAnalyzer, jobs: Int, batchLines: Int? = nil, batchBytes: Int = 4 << 20) {
        self.analyzer = analyzer
        self.jobs = max(1, jobs)
        self.batchLines = batchLines ?? 16 * max(1, jobs)
        self.batchBytes = batchBytes
    }

    /// Reads every line from `next` (nil at the end), writes one serialized output line per input
    /// line through `write`, and reports progress after each batch. Returns the totals.
    @discardableResult
    public func run(next: () -> Line?, write: (String) -> Void, progress: (Progress) -> Void = { _ in }) -> Progress {
        var totals = Progress(lines: 0, failures: 0, bytes: 0)
        var finished = false
        // Line numbers in messages count every line of the input, blank ones included.
        var physicalLine = 0
        while !finished {
            var batch: [(line: Line, position: PipelineAnalyzer.Position)] = []
            var batchSize = 0
            while batch.count < batchLines, batchSize < batchBytes {
                guard let line = next() else {
                    finished = true
                    break
                }
                physicalLine += 1
                // A blank line holds no record (a file ending in an empty line, say): it is
                // passed over rather than answered with an error.
                if case .text(let bytes) = line.content, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    continue
                }
                switch line.content {
                case .text(let bytes): batchSize += bytes.count + 1
                case .tooLong(let bytes, _): batchSize += 1; totals.bytes += bytes
                }
                batch.append((line, PipelineAnalyzer.Position(line: physicalLine, offset: line.offset)))
            }
            if batch.isEmpty { break }
            let count = batch.count
            // Handed over, so that each line's bytes are let go as soon as it has been read.
            let outputs = analyse(consume batch)
            for output in outputs {
                write(output.text)
                if output.failed { totals.failures += 1 }
            }
            totals.lines += count
            totals.bytes += batchSize
            progress(totals)
        }
        return totals
    }

    private func analyse(_ batch: consuming [(line: Line, position: PipelineAnalyzer.Position)]) -> [(text: String, failed: Bool)] {
        let analyzer = self.analyzer
        let limit = analyzer.loader.maximumBytes
        let positions = batch.map(\.position)
        let inputs = Slots<Line.Content>(batch.map(\.line.content))
        batch = []
        @Sendable func one(_ index: Int) -> (text: String, failed: Bool) {
            let position = positions[index]
            switch inputs.take(at: index) {
            case .text(let bytes):
                return analyzer.processSerialized(line: consume bytes, at: position)
            case .tooLong(let bytes, let head):
                let message =
                    "line \(position.line): too long (\(bytes) bytes; articles are limited to \(limit) bytes, "
                    + "set NEWSDESK_MAX_ARTICLE_MB to raise it)"
                let id = JSONParser.leadingMember("id", of: head) ?? .null
                return (PipelineAnalyzer.errorLine(id: id, message, at: position).serialized, true)
            }
        }
        guard jobs > 1, positions.count > 1 else { return positions.indices.map(one) }
        let results = ResultSlots(count: positions.count)
        // Plain threads taking the next line from a shared counter: libdispatch's
        // concurrentPerform was seen to run its iterations on one thread here, and taking lines
        // one at a time keeps every core busy when article sizes vary.
        let next = WorkCounter(limit: positions.count)
        let finished = DispatchGroup()
        let work: @Sendable () -> Void = {
            while let index = next.take() { results.store(one(index), at: index) }
        }
        for _ in 1..<min(jobs, positions.count) {
            finished.enter()
            let thread = Thread {
                work()
                finished.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        work()
        finished.wait()
        return results.values
    }
}

/// Hands out the indices 0..<limit, each once, to whichever thread asks first.
private final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < limit else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }
}

/// Fixed slots that worker threads fill, each index by exactly one worker, read only after all
/// workers have finished.
private final class ResultSlots: @unchecked Sendable {
    private let base: UnsafeMutablePointer<(text: String, failed: Bool)>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: ("", false), count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ value: (text: String, failed: Bool), at index: Int) {
        base[index] = value
    }

    var values: [(text: String, failed: Bool)] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// The batch's input lines, each taken out (and so freed once read) by the one worker that
/// analyses it; every index is taken exactly once.
private final class Slots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value?>
    private let count: Int

    init(_ values: [Value]) {
        count = values.count
        base = .allocate(capacity: count)
        for (index, value) in values.enumerated() { (base + index).initialize(to: value) }
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func take(at index: Int) -> Value {
        guard let value = base[index] else { preconditionFailure("input line \(index) taken twice") }
        base[index] = nil
        return value
    }
}
