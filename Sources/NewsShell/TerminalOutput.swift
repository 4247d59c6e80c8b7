import EditLineShim
import Foundation
import NewsCore

/// Standard output and standard error as newsdesk writes them: whole lines, straight to the
/// file descriptors, with the text style the terminal allows.
///
/// A reader that closes the pipe early (`newsdesk … | head -1`) ends the program quietly
/// instead of raising an error for every line still to come.
public final class TerminalOutput: OutputSink {
    /// Whether standard output is a terminal.
    public let isTerminal: Bool
    /// Whether colour may be used: a terminal, `NO_COLOR` unset, `TERM` not `dumb`.
    public let allowsColour: Bool

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        isTerminal = isatty(STDOUT_FILENO) == 1
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        allowsColour = isTerminal && !noColour && environment["TERM"] != "dumb"
    }

    /// The terminal's width now (it can change between commands), or nil for a pipe.
    public var width: Int? {
        guard isTerminal else { return nil }
        let columns = Int(nd_terminal_width(STDOUT_FILENO))
        return columns > 0 ? columns : 80
    }

    /// The style for the next result.
    public var style: TextStyle {
        TextStyle(width: width, colour: allowsColour)
    }

    public func write(_ text: String) {
        Self.writeAll(STDOUT_FILENO, text + "\n")
    }

    /// The terminal's height now, or nil for a pipe.
    public var height: Int? {
        guard isTerminal else { return nil }
        let rows = Int(nd_terminal_height(STDOUT_FILENO))
        return rows > 0 ? rows : nil
    }

    /// A result: through `pager` when standard output is a terminal and the result would not
    /// fit on the screen with the prompt below it; otherwise straight out.
    public func writeResult(_ text: String, pager: String?) {
        if let pager, let height, let width, Pager.rows(of: text, columns: width) >= height {
            if Pager.show(text, through: pager) { return }
            report(Diagnostic(severity: .warning, location: nil,
                              message: "pager '\(pager)' could not run; printing directly (pager off stops trying)"))
        }
        write(text)
    }

    /// Clears the screen and its scrollback, as `clear` does, when standard output is a terminal.
    public func clearScreen() {
        guard isTerminal else { return }
        Self.writeAll(STDOUT_FILENO, "\u{1B}[H\u{1B}[2J\u{1B}[3J")
    }

    public func report(_ diagnostic: Diagnostic) {
        Self.writeAll(STDERR_FILENO, diagnostic.formatted + "\n")
    }

    /// Writes `text` to `fd` as is (for prompts and completion lists).
    func write(raw text: String, to fd: Int32 = STDOUT_FILENO) {
        Self.writeAll(fd, text)
    }

    /// Writes every byte, retrying after signals; a closed pipe ends the process quietly.
    /// Any other failure to write results (a full disk, `> /dev/full`, an I/O error) ends it
    /// with status 1 and a message, since going on would report success for output never written.
    public static func writeAll(_ fd: Int32, _ text: String) {
        // Written from the string's own storage: a pipeline line can be tens of megabytes.
        var text = text
        text.withUTF8 { writeAll(fd, $0) }
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // A non-blocking descriptor inherited from the caller: wait until it drains.
                    var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                if errno == EPIPE { exit(fd == STDOUT_FILENO ? 0 : 1) }
                if fd == STDOUT_FILENO {
                    let message =
                        "newsdesk: cannot write to standard output: \(String(cString: strerror(errno)).lowercased())\n"
                    _ = message.withCString { Foundation.write(STDERR_FILENO, $0, strlen($0)) }
                    exit(1)
                }
                return
            }
            offset += written
        }
    }
}
