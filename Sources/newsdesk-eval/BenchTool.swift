import Foundation
import NewsCore
import TestSupport

/// `bench`: the measuring steps behind Scripts/bench. Timing lives here and in the script,
/// never in unit tests.
enum BenchTool {
    static let usage = """
          bench corpus FIXTURES OUT.jsonl MEGABYTES
              Write a deterministic JSON Lines corpus of about MEGABYTES MB made from the
              fixture articles (records {"id", "text", "date"}).
          bench repeat IN.jsonl OUT.jsonl MEGABYTES
              Write IN's records again and again until OUT holds at least MEGABYTES MB, each
              copy after the first with its own ids (ID#2, ID#3, ...): a real-news corpus.
          bench article FIXTURES OUT.txt WORDS
              Write one deterministic article of about WORDS words.
          bench latency ARTICLE [RUNS]
              Load ARTICLE and run every analysis command RUNS times (default 15) through the
              command layer; print each command's median and worst wall time and its median
              CPU time in milliseconds (CPU time is what other load on a shared machine
              disturbs least).
          bench articles FIXTURES OUTDIR COUNT
              Write COUNT deterministic article files, made as bench corpus makes its records.
          bench brief PATH [RUNS]
              Load every article of PATH into one session and run brief RUNS times (default
              15); print stories, first and median milliseconds, resident MB after the first
              and the last run.
          bench process -- PROGRAM ARGS...
              Run PROGRAM with standard output to /dev/null; print wall seconds and peak
              resident memory (MB) as "seconds maxrss_mb status".
        """

    static func run(_ arguments: [String]) -> Int32 {
        guard let step = arguments.first else { return EvalTool.fail(EvalTool.usage) }
        let rest = Array(arguments.dropFirst())
        do {
            switch (step, rest.count) {
            case ("corpus", 3):
                guard let megabytes = Int(rest[2]), megabytes > 0 else {
                    return EvalTool.fail("bench corpus: MEGABYTES must be a whole number")
                }
                let made = try BenchCorpus.corpus(rest[0], output: rest[1], megabytes: megabytes)
                print("\(made.articles) articles, \(made.bytes) bytes")
            case ("repeat", 3):
                guard let megabytes = Int(rest[2]), megabytes > 0 else {
                    return EvalTool.fail("bench repeat: MEGABYTES must be a whole number")
                }
                let made = try BenchRealNews.corpus(from: rest[0], output: rest[1], megabytes: megabytes)
                print("\(made.articles) articles, \(made.bytes) bytes")
            case ("article", 3):
                guard let words = Int(rest[2]), words > 0 else {
                    return EvalTool.fail("bench article: WORDS must be a whole number")
                }
                let sources = try BenchCorpus.sources(rest[0])
                var generator = SeededGenerator(state: UInt64(words))
                try BenchCorpus.article(sources, index: 0, words: words, &generator)
                    .write(toFile: rest[1], atomically: true, encoding: .utf8)
            case ("articles", 3):
                guard let count = Int(rest[2]), count > 0 else {
                    return EvalTool.fail("bench articles: COUNT must be a whole number")
                }
                try BenchBrief.articles(rest[0], into: rest[1], count: count)
            case ("brief", 1), ("brief", 2):
                return BenchBrief.run(rest[0], runs: rest.count == 2 ? Int(rest[1]) ?? 15 : 15)
            case ("latency", 1), ("latency", 2):
                return latency(rest[0], runs: rest.count == 2 ? Int(rest[1]) ?? 15 : 15)
            case ("process", _) where rest.first == "--" && rest.count >= 2:
                return process(Array(rest.dropFirst()))
            default:
                return EvalTool.fail(EvalTool.usage)
            }
        } catch {
            return EvalTool.fail("bench \(step): \(error)")
        }
        return 0
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
    }

    /// CPU time this thread has used, in milliseconds: unlike wall time it does not count the
    /// time other processes held the core, so it stays comparable on a busy shared machine.
    static func threadCPUMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1_000 + Double(now.tv_nsec) / 1e6
    }

    /// Loading and each analysis command, timed in-process, so the numbers are the work itself
    /// and not process start-up. Each run of a command gets a freshly loaded article, so no
    /// run profits from analyses cached by an earlier one: this is what a user waits for the
    /// first time they ask.
    static func latency(_ path: String, runs: Int) -> Int32 {
        let loader = ArticleLoader(maximumBytes: 1 << 30)
        var loadTimes: [Double] = []
        var loadCPU: [Double] = []
        var article: Article?
        for _ in 0..<max(1, runs) {
            let start = ContinuousClock.now
            let cpuStart = threadCPUMilliseconds()
            do {
                article = try loader.loadFile(path)
            } catch {
                return EvalTool.fail("bench latency: \(error)")
            }
            loadCPU.append(threadCPUMilliseconds() - cpuStart)
            loadTimes.append(milliseconds(since: start))
        }
        guard let article else { return 1 }
        print("load\t\(format(median(loadTimes)))\t\(format(loadTimes.max() ?? 0))\t\(format(median(loadCPU)))\t\(article.wordCount) words")
        for name in ["summary", "quotes", "figures", "timeline", "people"] {
            guard let spec = CommandTable.standard.command(named: name), spec.isAvailable else {
                print("\(name)\t-\t-\tnot available")
                continue
            }
            var times: [Double] = []
            var cpuTimes: [Double] = []
            for _ in 0..<max(1, runs) {
                var session = Session()
                session.add([ArticleParser.parse(article.text.string, format: article.format, source: article.source)])
                var context = CommandContext(session: session, loader: loader, table: .standard)
                let start = ContinuousClock.now
                let cpuStart = threadCPUMilliseconds()
                _ = try? spec.run(Invocation(name: name), &context)
                cpuTimes.append(threadCPUMilliseconds() - cpuStart)
                times.append(milliseconds(since: start))
            }
            print("\(name)\t\(format(median(times)))\t\(format(times.max() ?? 0))\t\(format(median(cpuTimes)))")
        }
        return 0
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func format(_ value: Double) -> String {
        String(format: value < 10 ? "%.2f" : "%.1f", value)
    }

    /// Runs a program and reports its wall time and peak memory from wait4's resource usage.
    static func process(_ command: [String]) -> Int32 {
        var actions: posix_spawn_file_actions_t = .init()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        var argv = command.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            return EvalTool.fail("bench process: cannot run \(command[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let seconds = milliseconds(since: start) / 1_000
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        print(String(format: "%.4f %.1f %d", seconds, Double(usage.ru_maxrss) / 1024, exitStatus))
        return 0
    }
}
