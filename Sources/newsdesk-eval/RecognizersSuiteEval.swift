import Foundation
import NewsCore

/// Runs the figure finder over the Recognizers-Text English specification cases and prints the
/// pass rate per file. A case passes when every expected result is found with the same span
/// and value, and nothing else of the kind the file tests is found.
enum RecognizersSuiteEval {
    /// What one suite file tests and how a figure is compared with its results.
    enum Mode {
        /// Numbers inside any figure: compare the number's own span and value.
        case number
        /// Ranges and bounds: the qualifier and the figure together, value as an interval.
        case range
        case ordinal, percent, currency, dimension, age
    }

    static let files: [(String, Mode)] = [
        ("Number-NumberModel.json", .number), ("Number-NumberRangeModel.json", .range),
        ("Number-OrdinalModel.json", .ordinal), ("Number-PercentModel.json", .percent),
        ("NumberWithUnit-CurrencyModel.json", .currency), ("NumberWithUnit-DimensionModel.json", .dimension),
        ("NumberWithUnit-AgeModel.json", .age),
    ]

    struct Expected {
        let range: Range<Int>
        let text: String
        let value: String?
    }

    static func run(directory: String, verbose: Bool) -> Int32 {
        var allPassed = 0, allCases = 0, allKept = 0, allKeptPassed = 0
        for (file, mode) in files {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(file): cannot read \(path)")
                continue
            }
            let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
            guard let cases = try? JSONSerialization.jsonObject(with: Data(body)) as? [[String: Any]] else {
                print("\(file): not a JSON array of cases")
                continue
            }
            var passed = 0, kept = 0, keptPassed = 0
            var asideLines: [String] = []
            var failures: [String] = []
            for entry in cases {
                guard let input = entry["Input"] as? String else { continue }
                let results = entry["Results"] as? [[String: Any]] ?? []
                let expected = results.compactMap { expectation($0, in: input) }
                let ok = check(input: input, expected: expected, mode: mode, notes: &failures)
                if ok { passed += 1 }
                if let reason = RecognizersSetAside.reason(file: file, input: input) {
                    asideLines.append(
                        "  set aside: \(String(reflecting: input)) — \(reason)\(ok ? " (passes anyway)" : "")")
                } else {
                    kept += 1
                    if ok { keptPassed += 1 }
                }
            }
            print(
                "\(file): \(FigureEval.ratio(keptPassed, kept)) of cases kept; \(FigureEval.ratio(passed, cases.count)) of all \(cases.count)"
                    + " (\(cases.count - kept) set aside)")
            for line in asideLines { print(line) }
            if verbose { for line in failures { print("  fail: \(line)") } }
            allPassed += passed
            allCases += cases.count
            allKept += kept
            allKeptPassed += keptPassed
        }
        print(
            "Recognizers-Text English: \(FigureEval.ratio(allKeptPassed, allKept)) of cases kept; \(FigureEval.ratio(allPassed, allCases)) of all cases"
        )
        return 0
    }

    /// One expected result with its span turned from UTF-16 (end inclusive) into scalar offsets.
    static func expectation(_ result: [String: Any], in input: String) -> Expected? {
        guard let start = result["Start"] as? Int, let end = result["End"] as? Int, let text = result["Text"] as? String
        else { return nil }
        let resolution = result["Resolution"] as? [String: Any]
        let value = (resolution?["value"] as? String).flatMap { $0 == "null" ? nil : $0 }
        let utf16 = Array(input.utf16)
        guard start >= 0, end < utf16.count, start <= end else { return nil }
        let scalarStart = String(decoding: utf16[0..<start], as: UTF16.self).unicodeScalars.count
        let scalarEnd = String(decoding: utf16[0...end], as: UTF16.self).unicodeScalars.count
        return Expected(range: scalarStart..<scalarEnd, text: text, value: value)
    }

    /// The span a figure is compared on in each mode.
    static func span(_ figure: Figure, _ mode: Mode) -> Range<Int> {
        switch mode {
        case .number: return figure.numberRange
        case .range:
            // Bounds belong to a range's span; approximations ("about") do not.
            guard let qualifier = figure.qualifier, FigureBound.of(qualifier) != .approximate else {
                return figure.range
            }
            // The range cases resolve numbers: a single bound's span is its number ("more than
            // thirty" of "more than thirty years old"), as in the number cases.
            var span = figure.high == nil ? figure.numberRange : figure.range
            if let before = figure.qualifierRange { span = min(before.lowerBound, span.lowerBound)..<span.upperBound }
            if let after = figure.trailingQualifierRange {
                span = span.lowerBound..<max(after.upperBound, span.upperBound)
            }
            return span
        default: return figure.range
        }
    }

    /// Whether the figure is of the kind the file tests (extras of that kind fail a case).
    static func tested(_ figure: Figure, _ mode: Mode) -> Bool {
        switch mode {
        case .number: return figure.kind == .count
        case .range: return figure.high != nil || figure.qualifier.map { FigureBound.of($0) != .approximate } == true
        case .ordinal: return figure.kind == .ordinal
        case .percent: return figure.kind == .percent
        case .currency: return figure.kind == .money
        // Temperatures are a model of their own upstream, not dimensions.
        case .dimension: return figure.kind == .quantity && !isAge(figure) && !["C", "F"].contains(figure.unit ?? "")
        case .age: return isAge(figure)
        }
    }

    static func isAge(_ figure: Figure) -> Bool {
        figure.kind == .quantity && ["year", "month", "week", "day"].contains(figure.unit ?? "")
    }

    static func check(input: String, expected: [Expected], mode: Mode, notes: inout [String]) -> Bool {
        let text = ScalarText(input)
        let figures = FigureFinder.find(in: text)
        var used: Set<Int> = []
        var ok = true
        for item in expected {
            if item.value == nil, mode == .currency || mode == .dimension || mode == .percent { continue }
            let match = figures.indices.first { !used.contains($0) && span(figures[$0], mode) == item.range }
            guard let index = match else {
                ok = false
                notes.append(
                    "\(String(reflecting: input)): missed '\(item.text)'; found \(figures.map { "'\(text[span($0, mode)])'" })"
                )
                continue
            }
            used.insert(index)
            if !valueMatches(figures[index], item.value, mode) {
                ok = false
                notes.append(
                    "\(String(reflecting: input)): '\(item.text)' value \(figures[index].amount)\(figures[index].high.map { "–\($0)" } ?? ""), expected \(item.value ?? "null")"
                )
            }
        }
        for (index, figure) in figures.enumerated() where !used.contains(index) && tested(figure, mode) {
            ok = false
            notes.append("\(String(reflecting: input)): extra '\(text[span(figure, mode)])' (\(figure.kind.rawValue))")
        }
        return ok
    }

    static func valueMatches(_ figure: Figure, _ expected: String?, _ mode: Mode) -> Bool {
        guard let expected else { return true }
        switch mode {
        case .range:
            return interval(of: figure) == expected.replacingOccurrences(of: " ", with: "")
        case .percent:
            return FigureEval.close(figure.value, Double(expected.replacingOccurrences(of: "%", with: "")))
        case .ordinal:
            return FigureEval.close(figure.value, Double(expected))
        default:
            return FigureEval.close(figure.amount, Double(expected))
        }
    }

    /// A figure as the interval notation the range cases use: "[20,30)", "(30,)", "(,700]".
    static func interval(of figure: Figure) -> String {
        func format(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        let qualifier = figure.qualifier ?? ""
        // Fractions are reported as percentages ("a half" = 50%); these cases resolve them as 0.5.
        let scale =
            figure.kind == .percent && figure.amount != figure.value && figure.amount * 100 == figure.value.rounded()
            ? 0.01 : 1
        if var high = figure.high {
            high *= scale
            let figureValue = figure.value * scale
            // Two bounds ("more than 10 and less than 40"): each side's own bracket.
            let parts = qualifier.components(separatedBy: " … ")
            if parts.count >= 2 {
                let lowBound = FigureBound.of(parts[0]),
                    highBound = FigureBound.of(parts.dropFirst().joined(separator: " … "))
                let open = lowBound == .above(inclusive: true) ? "[" : "("
                let close = highBound == .below(inclusive: true) ? "]" : ")"
                return "\(open)\(format(figureValue)),\(format(high))\(close)"
            }
            return "[\(format(figureValue)),\(format(high)))"
        }
        let value = format(figure.amount)
        switch FigureBound.of(qualifier) {
        case .above(let inclusive): return inclusive ? "[\(value),)" : "(\(value),)"
        case .below(let inclusive): return inclusive ? "(,\(value)]" : "(,\(value))"
        default: return "[\(value),\(value)]"
        }
    }
}
