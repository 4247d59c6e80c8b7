// libFuzzer's entry point for newsdesk. Scripts/fuzz compiles this file with NewsCore's sources and
// Tests/NewsCoreTests/HardeningFuzzTests.swift (the checks) into one module, built with
// `swiftc -sanitize=fuzzer,address`. Any violated check stops the run with the input saved.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func newsdeskFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        try HostileInputHarness.check(bytes)
    } catch {
        FileHandle.standardError.write(Data("newsdesk fuzz check failed: \(error)\n".utf8))
        abort()
    }
    return 0
}
