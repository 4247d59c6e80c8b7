import Foundation
import NewsCore

/// The Recognizers-Text English date-time cases (`DateTime-DateTimeModel.json`): each input is
/// read against its own reference date and passes when newsdesk finds exactly the expected
/// expressions, with the same extent and TIMEX3 value.
///
/// Cases set aside, each category counted and named in the output:
/// - ranges: a result whose value is an interval "(start,end,duration)"; TIMEX3 has no interval
///   value (TimeML marks the two ends and the duration apart), so there is nothing to compare;
/// - time zones: "datetimeV2.timezone" is no TIMEX3 type;
/// - no reference date: a case without `Context.ReferenceDateTime` cannot be resolved.
enum RecognizersDateTimeEval {
    static func run(_ path: String, verbose: Bool) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else {
            return EvalTool.fail("newsdesk-eval timeline: cannot read \(path)")
        }
        // The file starts with a byte order mark.
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        guard let cases = try? JSONSerialization.jsonObject(with: Data(body)) as? [[String: Any]] else {
            return EvalTool.fail("newsdesk-eval timeline: \(path) is not a JSON array of cases")
        }
        var passed = 0, compared = 0, relaxedOnly = 0, typeDiffers = 0
        var setAside: [String: Int] = [:]
        var failures: [String: Int] = [:]
        var examples: [String] = []
        for entry in cases {
            guard let input = entry["Input"] as? String, let results = entry["Results"] as? [[String: Any]] else {
                continue
            }
            guard let context = entry["Context"] as? [String: Any], let stamp = context["ReferenceDateTime"] as? String,
                let reference = CalendarDate(iso: String(stamp.prefix(10)))
            else {
                setAside["no reference date", default: 0] += 1
                continue
            }
            var expected: [(text: String, start: Int, end: Int, type: String?, values: Set<String>)] = []
            var reason: String? = nil
            for result in results {
                let typeName = (result["TypeName"] ?? result["Typename"]) as? String ?? ""
                let resolution = result["Resolution"] as? [String: Any]
                let resolved = (resolution?["values"] as? [[String: Any]]) ?? []
                // The TIMEX-like "timex" field, and the resolved "value" (a weekday's timex stays
                // XXXX-WXX-5 while its value is the date against the reference), both accepted.
                var values = Set(resolved.compactMap { $0["timex"] as? String }.map(canonical))
                for entry in resolved {
                    if let value = entry["value"] as? String {
                        values.insert(
                            canonical(
                                value.replacingOccurrences(of: " 00:00:00", with: "")
                                    .replacingOccurrences(of: " ", with: "T")))
                    }
                }
                if typeName.hasSuffix("timezone") { reason = "time zones"; break }
                if values.contains(where: { $0.hasPrefix("(") }) { reason = "ranges (interval values)"; break }
                let start = utf16ToScalar(input, result["Start"] as? Int ?? 0)
                let end = utf16ToScalar(input, (result["End"] as? Int ?? 0) + 1)
                expected.append((result["Text"] as? String ?? "", start, end, timexType(typeName), values))
            }
            if let reason {
                setAside[reason, default: 0] += 1
                continue
            }
            compared += 1
            let found = TimelineFinder.timexes(in: input, reference: reference)
            var problem: String? = nil
            var extentOnly = true
            if found.count != expected.count {
                problem = found.count > expected.count ? "extra expression" : "missed expression"
                extentOnly = false
            } else {
                for (item, got) in zip(expected.sorted { $0.start < $1.start }, found) {
                    let valueRight =
                        item.values.contains(canonical(got.value))
                        || item.values.contains { $0.hasPrefix("T") && canonical(got.value).hasSuffix($0) }
                    if !valueRight { problem = "value"; extentOnly = false; break }
                    if got.range.lowerBound != item.start || got.range.upperBound != item.end {
                        problem = "extent"
                        if !got.range.overlaps(item.start..<item.end) { extentOnly = false }
                    }
                    if let type = item.type, got.type != type { typeDiffers += 1 }
                }
            }
            if problem == "extent", extentOnly { relaxedOnly += 1 }
            if let problem {
                failures[problem, default: 0] += 1
                if verbose, examples.count < 400 {
                    let wanted = expected.map { "\($0.text)=\($0.values.sorted().joined(separator: "|"))" }.joined(
                        separator: ", ")
                    let got = found.map { "\($0.text)=\($0.value)" }.joined(separator: ", ")
                    examples.append("\(problem): \(input) | want [\(wanted)] | got [\(got)]")
                }
            } else {
                passed += 1
            }
        }
        for line in examples { print("  " + line) }
        print(
            "Recognizers-Text DateTime (English): \(passed) of \(compared) cases pass"
                + String(format: " (%.1f%%)", compared == 0 ? 0 : Double(passed) * 100 / Double(compared)))
        print(
            "  with relaxed extents (overlapping, same value): \(passed + relaxedOnly) of \(compared)"
                + String(format: " (%.1f%%)", compared == 0 ? 0 : Double(passed + relaxedOnly) * 100 / Double(compared))
        )
        print(
            "  expressions of another type than Recognizers' (not counted as failures: its date/datetime split is not TIMEX3's): \(typeDiffers)"
        )
        print(
            "  failures by kind: "
                + failures.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print(
            "  set aside: "
                + setAside.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        return 0
    }

    /// Values written alike: "T08" and "T08:00" are the same time.
    static func canonical(_ value: String) -> String {
        if let t = value.lastIndex(of: "T"), value[value.index(after: t)...].count == 2,
            value[value.index(after: t)...].allSatisfy(\.isNumber)
        {
            return value + ":00"
        }
        return value
    }

    static func timexType(_ typeName: String) -> String? {
        switch typeName.split(separator: ".").last.map(String.init) ?? "" {
        case "date", "daterange": return "DATE"
        case "time", "datetime", "timerange", "datetimerange": return "TIME"
        case "duration": return "DURATION"
        case "set": return "SET"
        default: return nil
        }
    }

    /// A UTF-16 offset into `string` as a Unicode scalar offset.
    static func utf16ToScalar(_ string: String, _ offset: Int) -> Int {
        let utf16 = string.utf16
        guard let index = utf16.index(utf16.startIndex, offsetBy: offset, limitedBy: utf16.endIndex),
            let scalarIndex = index.samePosition(in: string.unicodeScalars)
        else { return offset }
        return string.unicodeScalars.distance(from: string.unicodeScalars.startIndex, to: scalarIndex)
    }
}
