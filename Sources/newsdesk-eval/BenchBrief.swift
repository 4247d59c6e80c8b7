import Foundation
import NewsCore
import TestSupport

/// `bench brief` and `bench articles`: how long `brief` takes over a desk's load of articles,
/// and whether asking again and again makes the process grow.
enum BenchBrief {
    /// `bench brief PATH [RUNS]`: loads every article of PATH (a directory or file) into one
    /// session, runs `brief` through the command table RUNS times (default 15) as a shell user
    /// would, and prints "brief<TAB>stories<TAB>first ms<TAB>median ms of the rest<TAB>resident
    /// MB after the first<TAB>resident MB after the last". The first call reads every article;
    /// later ones find its analyses cached, except the timeline, which is read each time.
    static func run(_ path: String, runs: Int) -> Int32 {
        let loader = ArticleLoader(maximumBytes: 1 << 30)
        let outcome = loader.load([path])
        guard outcome.failures.isEmpty, !outcome.articles.isEmpty else {
            return EvalTool.fail("bench brief: cannot load \(path): \(outcome.failures.map(\.reason))")
        }
        var session = Session()
        session.add(outcome.articles)
        guard let spec = CommandTable.standard.command(named: "brief") else { return EvalTool.fail("no brief command") }
        var context = CommandContext(session: session, loader: loader, table: .standard)
        var times: [Double] = []
        var firstMemory = 0.0
        for run in 0..<max(2, runs) {
            let start = ContinuousClock.now
            guard let output = try? spec.run(Invocation(name: "brief"), &context) else {
                return EvalTool.fail("bench brief: brief failed")
            }
            // Rendering is part of what the user waits for.
            _ = output.result.text(.plain)
            times.append(BenchTool.milliseconds(since: start))
            if run == 0 { firstMemory = residentMegabytes() }
        }
        let rest = Array(times.dropFirst()).sorted()
        let median = rest[rest.count / 2]
        print("brief\t\(outcome.articles.count)\t\(String(format: "%.1f", times[0]))\t\(String(format: "%.1f", median))"
              + "\t\(String(format: "%.1f", firstMemory))\t\(String(format: "%.1f", residentMegabytes()))")
        return 0
    }

    /// `bench articles FIXTURES OUTDIR COUNT`: COUNT article files of 300–1,500 words, made as
    /// `bench corpus` makes its records (same seed, same text), for loading all at once.
    static func articles(_ fixtures: String, into directory: String, count: Int) throws {
        let sources = try BenchCorpus.sources(fixtures)
        var generator = SeededGenerator(state: 20_250_911)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for index in 0..<count {
            let words = Int.random(in: 300...1_500, using: &generator)
            let text = BenchCorpus.article(sources, index: index, words: words, &generator)
            let name = String(format: "article-%04d.txt", index + 1)
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    /// The process's resident memory now, from /proc/self/statm (0 where there is none).
    static func residentMegabytes() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
