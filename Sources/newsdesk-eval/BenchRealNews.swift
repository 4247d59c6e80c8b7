import Foundation
import NewsCore

/// `bench repeat`: a real-news corpus for the pipeline benchmark, made by repeating a JSON Lines
/// file of real articles (the BBC News Summary dev set) until it holds at least MEGABYTES MB.
///
/// Real copy has the lengths, quotation habits and figures that the generated corpus only
/// imitates, so its throughput tells what a desk's archive would see. Each copy after the first
/// gives its records distinct ids (`ID#2`, `ID#3`, ...), as an archive's records would have;
/// everything else in a record is kept as it is.
enum BenchRealNews {
    /// A line of the input that is not a JSON object.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func corpus(from input: String, output: String, megabytes: Int) throws -> (articles: Int, bytes: Int) {
        let records = try read(input)
        guard !records.isEmpty else { throw Failure(description: "\(input) holds no records") }
        guard FileManager.default.createFile(atPath: output, contents: nil),
              let handle = FileHandle(forWritingAtPath: output) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        defer { try? handle.close() }
        var bytes = 0, articles = 0, copy = 1
        while bytes < megabytes << 20 {
            var text = ""
            for members in records {
                text += JSONValue.object(copy == 1 ? members : renamed(members, copy: copy)).serialized + "\n"
            }
            handle.write(Data(text.utf8))
            bytes += text.utf8.count
            articles += records.count
            copy += 1
        }
        return (articles, bytes)
    }

    /// The records of a JSON Lines file as ordered members; blank lines are passed over.
    static func read(_ path: String) throws -> [[(String, JSONValue)]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var records: [[(String, JSONValue)]] = []
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            guard case .object(let members)? = try? JSONParser.parse(Array(line)) else {
                throw Failure(description: "\(path):\(index + 1): not a JSON object")
            }
            records.append(members)
        }
        return records
    }

    /// The record with its id made unique to copy number `copy`.
    static func renamed(_ members: [(String, JSONValue)], copy: Int) -> [(String, JSONValue)] {
        members.map { key, value in
            guard key == "id" else { return (key, value) }
            switch value {
            case .string(let id): return (key, .string("\(id)#\(copy)"))
            case .int(let id): return (key, .string("\(id)#\(copy)"))
            default: return (key, .string("#\(copy)"))
            }
        }
    }
}
