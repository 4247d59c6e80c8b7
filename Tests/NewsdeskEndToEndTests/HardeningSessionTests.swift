import Foundation
import PTYSupport
import Testing

/// newsdesk on a pseudo-terminal whose terminal modes the test can read: the test keeps the
/// terminal side open itself, so after newsdesk exits it can check what mode it left behind.
private final class WatchedTerminal {
    let pid: pid_t
    private let master: Int32
    private let terminal: Int32
    private(set) var transcript = ""
    private var exitStatus: Int32?

    /// Starts newsdesk with `arguments`, or another program when `executable` is given.
    init(_ arguments: [String], home: URL, executable: String = NewsdeskProcess.binary) throws {
        let environment = NewsdeskProcess.environment(home: home, extra: ["PS1": "$ "]).map { "\($0.key)=\($0.value)" }
        var master: Int32 = -1
        let argv = ([(executable as NSString).lastPathComponent] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let pid = nd_pty_spawn(executable, argv, envp, NewsdeskProcess.packageRoot.path, 100, 30, &master)
        guard pid > 0, let name = Self.terminalName(master) else { throw NewsdeskProcess.Problem("could not start newsdesk on a pseudo-terminal") }
        self.pid = pid
        self.master = master
        terminal = open(name, O_RDWR | O_NOCTTY)
    }

    /// ptsname(3), which Swift's Glibc module does not show, looked up at run time.
    private static func terminalName(_ master: Int32) -> UnsafeMutablePointer<CChar>? {
        typealias PtsName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "ptsname") else { return nil }
        return unsafeBitCast(symbol, to: PtsName.self)(master)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = nd_pty_wait(pid, 1000)
        }
        close(terminal)
        close(master)
    }

    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
    }

    /// Reads until `text` appears in the transcript after byte `mark`.
    @discardableResult
    func waitFor(_ text: String, after mark: Int = 0, seconds: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if transcript.utf8.count > mark, String(decoding: transcript.utf8.dropFirst(mark), as: UTF8.self).contains(text) { return true }
            readAvailable(milliseconds: 50)
        } while Date() < deadline
        return false
    }

    /// Reads until at least `count` more bytes arrived after `mark`.
    func waitForOutput(_ count: Int, after mark: Int, seconds: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while transcript.utf8.count < mark + count, Date() < deadline { readAvailable(milliseconds: 50) }
        return transcript.utf8.count >= mark + count
    }

    var mark: Int { transcript.utf8.count }

    /// The exit status (128+N when killed by signal N), or nil if it did not end in time.
    func waitForExit(seconds: Double = 15) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            readAvailable(milliseconds: 20)
            let status = nd_pty_wait(pid, 0)
            if status >= 0 {
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                exitStatus = code
                return code
            }
        } while Date() < deadline
        return nil
    }

    /// Whether the terminal is in the ordinary line mode a shell expects (canonical, echoing).
    var isCooked: Bool {
        var modes = termios()
        guard tcgetattr(terminal, &modes) == 0 else { return false }
        return modes.c_lflag & tcflag_t(ICANON) != 0 && modes.c_lflag & tcflag_t(ECHO) != 0
    }

    /// Waits until the line editor has switched the terminal to its raw mode.
    func waitForRawMode(seconds: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while isCooked, Date() < deadline { readAvailable(milliseconds: 20) }
        return !isCooked
    }

    private func readAvailable(milliseconds: Int32) {
        var buffer = [CChar](repeating: 0, count: 8192)
        let count = nd_pty_read(master, &buffer, Int32(buffer.count), milliseconds)
        if count > 0 {
            transcript += String(decoding: buffer[0..<Int(count)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}

private func historyLines(_ home: URL) -> [String] {
    let path = home.appendingPathComponent("state/newsdesk/history").path
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

@Suite("hardening: sessions, signals and pipes", .serialized)
struct HardeningSessionTests {
    @Test("failing commands never end the shell; the exit status says one failed")
    func failuresKeepTheShell() throws {
        let shell = try WatchedTerminal([NewsdeskProcess.fixtureArticle], home: NewsdeskProcess.temporaryDirectory())
        #expect(shell.waitFor("]> "))
        for (line, answer) in [("nosuch", "unknown command 'nosuch'"), ("use 99", "use: no article 99"),
                               ("load missing.txt", "cannot load missing.txt"), ("show --bogus", "unknown option '--bogus'"),
                               ("load \"open", "unterminated quote")] {
            let mark = shell.mark
            shell.type(line + "\r")
            #expect(shell.waitFor(answer, after: mark), "\(line): \(shell.transcript)")
            #expect(shell.waitFor("]> ", after: mark), "the prompt comes back after \(line)")
        }
        let mark = shell.mark
        shell.type("articles\r")
        #expect(shell.waitFor("Words  Date", after: mark))
        shell.type("quit\r")
        #expect(shell.waitForExit() == 1)
    }

    @Test("every way out restores the terminal; SIGTERM and SIGHUP exit 128+N with history on disk",
          arguments: ["quit", "ctrl-d", "SIGTERM", "SIGHUP"])
    func exitPaths(way: String) throws {
        let home = NewsdeskProcess.temporaryDirectory()
        let shell = try WatchedTerminal([NewsdeskProcess.fixtureArticle], home: home)
        #expect(shell.waitFor("]> "))
        let mark = shell.mark
        shell.type("articles\r")
        #expect(shell.waitFor("]> ", after: mark))
        #expect(shell.waitForRawMode(), "at the prompt the line editor holds the terminal in raw mode")
        let expected: Int32
        switch way {
        case "quit": shell.type("quit\r"); expected = 0
        case "ctrl-d": shell.type("\u{04}"); expected = 0
        case "SIGTERM": kill(shell.pid, SIGTERM); expected = 128 + SIGTERM
        default: kill(shell.pid, SIGHUP); expected = 128 + SIGHUP
        }
        #expect(shell.waitForExit() == expected)
        #expect(shell.isCooked, "the terminal is back in line mode with echo")
        #expect(historyLines(home).prefix(1) == ["articles"])
    }

    @Test("SIGTERM during a long script stops it at the next line, restores the terminal and keeps history")
    func terminationDuringScript() throws {
        let home = NewsdeskProcess.temporaryDirectory()
        let script = home.appendingPathComponent("long.nd")
        try (Array(repeating: "people", count: 30_000) + ["date 1999-12-31"]).joined(separator: "\n")
            .write(to: script, atomically: true, encoding: .utf8)
        let shell = try WatchedTerminal([NewsdeskProcess.fixtureArticle], home: home)
        #expect(shell.waitFor("]> "))
        let mark = shell.mark
        shell.type("source '\(script.path)'\r")
        #expect(shell.waitForOutput(5000, after: mark), "the script is running")
        kill(shell.pid, SIGTERM)
        #expect(shell.waitForExit() == 128 + SIGTERM)
        #expect(!shell.transcript.contains("1999-12-31"), "the script's last line never ran")
        #expect(shell.isCooked)
        #expect(historyLines(home).first == "source '\(script.path)'")
    }

    @Test("Ctrl-D typed while a command runs ends the shell once the command is done")
    func endOfInputTypedAhead() throws {
        let home = NewsdeskProcess.temporaryDirectory()
        let script = home.appendingPathComponent("slow.nd")
        try Array(repeating: "people", count: 1000).joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
        let shell = try WatchedTerminal([NewsdeskProcess.fixtureArticle], home: home)
        #expect(shell.waitFor("]> "))
        let mark = shell.mark
        shell.type("source '\(script.path)'\r")
        #expect(shell.waitForOutput(2000, after: mark), "the script is running")
        shell.type("\u{04}")
        #expect(shell.waitForExit(seconds: 90) == 0, "Ctrl-D in the ordinary terminal mode must not be lost")
        #expect(shell.isCooked)
    }

    @Test("two shells at once keep each other's history lines, in the order typed")
    func twoShells() throws {
        let home = NewsdeskProcess.temporaryDirectory()
        // `show` is taller than the terminal: no pager, so the prompt follows it at once.
        let first = try WatchedTerminal(["--no-pager", NewsdeskProcess.fixtureArticle], home: home)
        let second = try WatchedTerminal(["--no-pager", NewsdeskProcess.fixtureArticle], home: home)
        #expect(first.waitFor("]> ") && second.waitFor("]> "))
        for (shell, line) in [(first, "articles"), (second, "show"), (first, "date"), (second, "use 1"), (first, "people")] {
            let mark = shell.mark
            shell.type(line + "\r")
            #expect(shell.waitFor("]> ", after: mark + line.utf8.count))
        }
        first.type("quit\r")
        second.type("quit\r")
        #expect(first.waitForExit() == 0 && second.waitForExit() == 0)
        #expect(historyLines(home) == ["articles", "show", "date", "use 1", "people", "quit", ""], "the second quit repeats the first")
    }

    @Test("killed with SIGKILL while saving history, the file still holds only whole lines and keeps working")
    func killMidSave() throws {
        let home = NewsdeskProcess.temporaryDirectory()
        let shell = try WatchedTerminal([NewsdeskProcess.fixtureArticle], home: home)
        #expect(shell.waitFor("]> "))
        let mark = shell.mark
        shell.type(String(repeating: "use 1\rdate\r", count: 150))
        #expect(shell.waitForOutput(3000, after: mark))
        kill(shell.pid, SIGKILL)
        #expect(shell.waitForExit() == 128 + SIGKILL)
        let saved = historyLines(home).dropLast()
        #expect(!saved.isEmpty)
        #expect(saved.allSatisfy { $0 == "use 1" || $0 == "date" }, "no truncated or merged line: \(saved)")
        #expect(historyLines(home).last == "", "the file ends with a whole line")

        let next = try WatchedTerminal([NewsdeskProcess.fixtureArticle], home: home)
        #expect(next.waitFor("]> "))
        next.type("articles\r")
        next.type("quit\r")
        #expect(next.waitForExit() == 0)
        #expect(Array(historyLines(home).dropLast().suffix(2)) == ["articles", "quit"])
        #expect(historyLines(home).count >= saved.count + 2)
    }

    @Test("a reader that stops early (| head -1) ends newsdesk quietly: status 0 or 141, nothing on standard error",
          arguments: ["", "--json", "--ignore-sigpipe"])
    func closedPipe(mode: String) throws {
        let directory = try Hostile.directory(with: ["many.nd": Array(String(repeating: "show\narticles\n", count: 300).utf8)])
        let json = mode == "--json" ? "--json" : ""
        let ignore = mode == "--ignore-sigpipe" ? "trap '' PIPE; " : ""
        let run = try Hostile.bash("""
            \(ignore)"$NEWSDESK" \(json) -f '\(directory.path)/many.nd' Fixtures/articles | head -1 > /dev/null
            echo "status=${PIPESTATUS[0]}"
            """)
        let status = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(mode == "--ignore-sigpipe" ? status == "status=0" : ["status=0", "status=141"].contains(status), "\(status)")
        #expect(run.stderr.isEmpty, "stderr: \(run.stderr)")
    }

    @Test("output that cannot be written (a full disk) is an error, not a silent success",
          .enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "no /dev/full here"))
    func fullDisk() throws {
        let run = try Hostile.bash("\"$NEWSDESK\" -c articles -c show Fixtures/articles > /dev/full; echo \"status=$?\" >&2")
        #expect(run.stderr == "newsdesk: cannot write to standard output: no space left on device\nstatus=1\n")
    }

    @Test("Ctrl-Z and fg under a job-control shell: the line editor takes the terminal back and redraws its prompt",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs bash for job control"))
    func suspendAndResume() throws {
        let shell = try WatchedTerminal(["--norc", "--noprofile", "-i"], home: NewsdeskProcess.temporaryDirectory(),
                                        executable: "/bin/bash")
        #expect(shell.waitFor("$ "))
        shell.type("'\(NewsdeskProcess.binary)' --no-history '\(NewsdeskProcess.fixtureArticle)'\r")
        #expect(shell.waitFor("]> "), "newsdesk started: \(shell.transcript)")
        #expect(shell.waitForRawMode())
        var mark = shell.mark
        shell.type("\u{1A}")
        #expect(shell.waitFor("$ ", after: mark), "bash has the terminal after Ctrl-Z")
        mark = shell.mark
        shell.type("fg\r")
        #expect(shell.waitFor("]> ", after: mark + 3), "the prompt is drawn again after fg")
        #expect(shell.waitForRawMode(), "and the terminal is back in the line editor's mode")
        mark = shell.mark
        shell.type("art\t")
        #expect(shell.waitFor("icles", after: mark), "TAB completes at once, as only raw mode allows: \(shell.transcript.suffix(300).debugDescription)")
        shell.type("\r")
        #expect(shell.waitFor("Words  Date", after: mark))
        shell.type("quit\r")
        #expect(shell.waitFor("$ ", after: mark))
        shell.type("exit\r")
        #expect(shell.waitForExit() != nil)
    }
}
