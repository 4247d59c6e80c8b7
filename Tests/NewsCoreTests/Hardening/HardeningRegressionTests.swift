import Foundation
import Testing

@testable import NewsCore

/// Replays every input in Fuzz/regressions/ through the fuzz target's checks. When Scripts/fuzz
/// finds a failing input, copy it there (a name saying what it broke) and fix the code until this
/// passes; the file format is the fuzz target's (first byte the mode, then the payload).
@Suite("hardening: fuzz regressions replayed")
struct HardeningRegressionTests {
    static let directory = TestFiles.inPackage("Fuzz/regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("the regression folder holds inputs")
    func folderIsNotEmpty() {
        #expect(!Self.inputs.isEmpty, "expected saved inputs in \(Self.directory.path)")
    }

    @Test("every saved input passes the checks", arguments: inputs)
    func replay(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
        #expect(throws: Never.self) { try HostileInputHarness.check(bytes) }
    }
}
