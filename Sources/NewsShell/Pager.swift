import EditLineShim
import Foundation
import NewsCore

/// Shows text through a pager program (`less -FRX`, `$PAGER`) when it is taller than the
/// terminal, as git and psql do, and waits until the user quits it.
enum Pager {
    /// Rows `text` takes on a terminal `columns` wide (long lines wrap; colour codes take none).
    static func rows(of text: String, columns: Int) -> Int {
        guard columns > 0 else { return 0 }
        var total = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let width = TextLayout.width(stripColour(String(line)))
            total += max(1, (width + columns - 1) / columns)
        }
        return total
    }

    /// `text` without SGR colour sequences (`ESC [ … m`), which take no columns.
    static func stripColour(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var output = String.UnicodeScalarView()
        var inSequence = false
        for scalar in text.unicodeScalars {
            if inSequence {
                if scalar == "m" { inSequence = false }
                continue
            }
            if scalar == "\u{1B}" { inSequence = true; continue }
            output.append(scalar)
        }
        return String(output)
    }

    /// Runs `command` with `/bin/sh -c`, feeds it `text` and waits for it to end. Returns false
    /// when the pager could not run (not found, say), so the caller can print the text itself.
    static func show(_ text: String, through command: String) -> Bool {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return false }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let arguments = ["sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // A pager quit before reading everything closes the pipe: stop writing, quietly.
        let previous = signal(SIGPIPE, SIG_IGN)
        let bytes = Array((text + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        close(writeEnd)
        signal(SIGPIPE, previous)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // Ctrl-C inside the pager is the pager's business, not an interrupted command.
        nd_clear_interrupt()
        let exited = (status & 0x7F) == 0
        let code = (status >> 8) & 0xFF
        return !(exited && code == 127)
    }
}
