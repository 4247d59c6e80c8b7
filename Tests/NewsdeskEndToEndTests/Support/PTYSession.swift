import Foundation
import PTYSupport

/// The real `newsdesk` binary on a pseudo-terminal: type keys, read what the screen got.
final class PTYSession {
    let pid: pid_t
    private let master: Int32
    /// Everything the program wrote to the terminal so far, escape sequences included.
    private(set) var transcript = ""
    /// What a terminal would show after interpreting the transcript.
    private var screen = VirtualScreen()

    /// Starts newsdesk with `arguments` in the package root, with `home` as its HOME.
    init(_ arguments: [String], home: URL, environment extra: [String: String] = [:]) throws {
        let environment = NewsdeskProcess.environment(home: home, extra: extra).map { "\($0.key)=\($0.value)" }
        let argv = ["newsdesk"] + arguments
        var master: Int32 = -1
        let pid = withCStrings(argv) { argvPointers in
            withCStrings(environment) { envPointers in
                nd_pty_spawn(NewsdeskProcess.binary, argvPointers, envPointers, NewsdeskProcess.packageRoot.path,
                             100, 30, &master)
            }
        }
        guard pid > 0 else { throw NewsdeskProcess.Problem("could not start newsdesk on a pseudo-terminal") }
        self.pid = pid
        self.master = master
    }

    deinit {
        kill(pid, SIGKILL)
        _ = nd_pty_wait(pid, 1000)
        close(master)
    }

    /// Types `keys` as a user would.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
    }

    /// Reads until `text` shows on the screen at or below row `mark`; returns whether it did.
    @discardableResult
    func waitFor(_ text: String, after mark: Int = 0, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if screen.text(from: mark).contains(text) { return true }
            readAvailable(milliseconds: 50)
        }
        return screen.text(from: mark).contains(text)
    }

    /// The cursor's row now, to wait for text shown from here on.
    var mark: Int { screen.row }

    /// The screen as a terminal would show it (all rows, no scrolling).
    var screenText: String { screen.text(from: 0) }

    /// Waits for the program to exit; returns its exit status, or nil if it did not.
    func waitForExit(seconds: Double = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            readAvailable(milliseconds: 20)
            let status = nd_pty_wait(pid, 0)
            if status >= 0 {
                // What it wrote just before exiting may still wait in the terminal's buffer.
                readAvailable(milliseconds: 50)
                return (status >> 8) & 0xFF
            }
        }
        return nil
    }

    /// Reads what the program has written: waits up to `milliseconds` for the first bytes,
    /// then takes whatever else is already there.
    private func readAvailable(milliseconds: Int32) {
        var buffer = [CChar](repeating: 0, count: 4096)
        var wait = milliseconds
        while true {
            let count = nd_pty_read(master, &buffer, Int32(buffer.count), wait)
            guard count > 0 else { return }
            let text = String(decoding: buffer[0..<Int(count)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            transcript += text
            screen.feed(text)
            wait = 0
        }
    }
}

/// Calls `body` with a NULL-terminated array of C strings.
private func withCStrings<Result>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result) -> Result {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
