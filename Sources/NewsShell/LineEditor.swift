import EditLineShim
import Foundation
import NewsCore

/// Line editing on a terminal through libedit: emacs keys, history with Up/Down and Ctrl-R,
/// `~/.editrc`, and TAB completion that asks a Swift closure for candidates.
final class LineEditor {
    /// What reading a line gave.
    enum Input: Equatable {
        case line(String)
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
        /// Ctrl-C, or SIGTERM/SIGHUP: the caller decides what to do.
        case interrupted
    }

    /// Given the text before the cursor, what TAB should do.
    typealias Completer = (String) -> Completion.Result?

    private var editor: OpaquePointer?
    private let completer: Completer
    private let output: TerminalOutput

    init?(program: String, historySize: Int, output: TerminalOutput, completer: @escaping Completer) {
        self.completer = completer
        self.output = output
        let callback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
            guard let editor, let client = nd_editor_client(editor) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(client).takeUnretainedValue().complete(editor)
        }
        let client = Unmanaged.passUnretained(self).toOpaque()
        guard let editor = nd_editor_open(program, Int32(historySize), callback, client) else { return nil }
        self.editor = editor
    }

    deinit {
        close()
    }

    /// Restores the terminal and frees libedit's state; safe to call twice.
    func close() {
        if let editor { nd_editor_close(editor) }
        editor = nil
    }

    func read(prompt: String) -> Input {
        guard let editor else { return .endOfInput }
        nd_editor_set_prompt(editor, prompt)
        var count: Int32 = 0
        guard let bytes = nd_editor_gets(editor, &count) else {
            // A signal during incremental search ends the read with a count of 0, like
            // end of input; the signal flags tell the two apart.
            if count < 0 || nd_interrupted() != 0 || nd_pending_termination() != 0 {
                nd_editor_reset(editor)
                return .interrupted
            }
            return .endOfInput
        }
        var line = String(cString: bytes)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    func addToHistory(_ line: String) {
        guard let editor else { return }
        nd_editor_history_add(editor, line)
    }

    /// TAB: replace the word before the cursor, and list the candidates when there are several.
    private func complete(_ editor: OpaquePointer) -> UInt8 {
        guard let info = el_line(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let length = buffer.distance(to: cursor)
        let before = String(
            decoding: UnsafeRawBufferPointer(start: buffer, count: length).bindMemory(to: UInt8.self), as: UTF8.self)
        guard let result = completer(before) else { return UInt8(CC_REFRESH_BEEP) }
        let typed = before.unicodeScalars.count - result.wordStart
        let currentWord = String(String.UnicodeScalarView(before.unicodeScalars.suffix(typed)))
        if result.replacement != currentWord {
            if typed > 0 { el_deletestr(editor, Int32(typed)) }
            _ = result.replacement.withCString { el_insertstr(editor, $0) }
        }
        if result.candidates.count > 1 {
            output.write(
                raw: "\n" + CandidateList.render(result.candidates.map(\.display), width: output.width ?? 80) + "\n")
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(CC_REFRESH)
    }
}

/// Lays completion candidates out in columns, as shells do.
enum CandidateList {
    static func render(_ items: [String], width: Int) -> String {
        let safe = items.map { TerminalSafety.escape($0) }
        let cell = (safe.map { TextLayout.width($0) }.max() ?? 0) + 2
        let columns = max(1, min(safe.count, width / max(cell, 1)))
        guard columns > 1 else { return safe.joined(separator: "\n") }
        let rows = (safe.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < safe.count else { continue }
                line +=
                    column == columns - 1 || index + rows >= safe.count
                    ? safe[index] : TextLayout.pad(safe[index], to: cell)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
