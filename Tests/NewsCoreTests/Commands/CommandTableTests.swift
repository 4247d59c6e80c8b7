import Testing

@testable import NewsCore

/// A command with a flag, two valued options and one or two operands, for the parser.
private let demo = CommandSpec(
    name: "demo", synopsis: "demo [-n N] [--all] [--kind KIND] ITEM [ITEM]", summary: "test", details: "",
    options: [
        OptionSpec("number", short: "n", value: "N", help: "how many"),
        OptionSpec("all", short: "a", help: "everything"),
        OptionSpec("kind", value: "KIND", help: "which kind"),
    ],
    operands: OperandSpec(name: "ITEM", minimum: 1, maximum: 2),
    run: { _, _ throws(CommandError) in CommandOutput(StatusResult([])) }
)

private let bare = CommandSpec(
    name: "bare", synopsis: "bare", summary: "test", details: "",
    run: { _, _ throws(CommandError) in CommandOutput(StatusResult([])) }
)

private func parse(_ line: String, _ spec: CommandSpec = demo) throws(CommandError) -> Invocation {
    try CommandTable.parse(line.split(separator: " ").map(String.init), for: spec)
}

private func message(_ line: String, _ spec: CommandSpec = demo) -> String? {
    do {
        _ = try parse(line, spec)
        return nil
    } catch {
        return error.message
    }
}

@Suite("CommandTable")
struct CommandTableTests {
    @Test("option values in every accepted spelling",
          arguments: ["demo -n 5 x", "demo -n5 x", "demo --number 5 x", "demo --number=5 x", "demo x -n 5"])
    func optionValue(line: String) throws {
        let invocation = try parse(line)
        #expect(invocation.values == ["number": "5"])
        #expect(invocation.operands == ["x"])
        #expect(invocation.flags.isEmpty)
        #expect(invocation.name == "demo")
    }

    @Test("flags are collected by their long name")
    func flags() throws {
        let long = try parse("demo --all x y")
        #expect(long.flags == ["all"])
        #expect(long.operands == ["x", "y"])
        let short = try parse("demo -a x")
        #expect(short.flags == ["all"])
    }

    @Test("an inline value after = may be empty or contain =")
    func inlineValues() throws {
        #expect(try parse("demo --kind=a=b x").values["kind"] == "a=b")
        #expect(try parse("demo --kind= x").values["kind"] == "")
    }

    @Test("-- ends the options: what follows is operands even if it starts with a dash")
    func doubleDash() throws {
        let invocation = try parse("demo -- --all -n")
        #expect(invocation.operands == ["--all", "-n"])
        #expect(invocation.flags.isEmpty)
        #expect(invocation.values.isEmpty)
    }

    @Test("negative numbers and a lone dash are operands, not options",
          arguments: ["-3", "-42", "-"])
    func negativeNumbers(operand: String) throws {
        let invocation = try parse("demo \(operand)")
        #expect(invocation.operands == [operand])
    }

    @Test("an unknown option names itself and suggests the nearest one")
    func unknownOption() throws {
        let text = try #require(message("demo --numbr 5 x"))
        #expect(text.hasPrefix("demo: unknown option '--numbr'"))
        #expect(text.contains("did you mean --number?"))

        let short = try #require(message("demo -z x"))
        #expect(short.contains("unknown option '-z'"))

        let none = try #require(message("bare --all", bare))
        #expect(none.contains("unknown option '--all' (options: --json; usage: "))
        #expect(none.contains("--all"))
    }

    @Test("a flag given a value is refused")
    func flagWithValue() throws {
        let text = try #require(message("demo --all=yes x"))
        #expect(text.contains("--all takes no value"), "named as help lists it")
    }

    @Test("an option missing its value is an error naming the option and its value")
    func missingValue() throws {
        let text = try #require(message("demo x -n"))
        #expect(text.contains("-n, --number N"))
        #expect(text.contains("needs a value"))
    }

    @Test("too few and too many operands are errors with the usage")
    func operandCounts() throws {
        let few = try #require(message("demo --all"))
        #expect(few.contains("missing ITEM"))
        #expect(few.contains(demo.synopsis))

        let many = try #require(message("demo a b c"))
        #expect(many.contains("too many arguments from 'c'"))

        let none = try #require(message("bare extra", bare))
        #expect(none.contains("takes no arguments, got 'extra'"))
    }

    @Test("the standard summary command takes -n N")
    func standardSummary() throws {
        let spec = try #require(CommandTable.standard.command(named: "summary"))
        let invocation = try CommandTable.parse(["summary", "-n", "5"], for: spec)
        #expect(try invocation.positiveInteger("number", default: 3) == 5)
        #expect(try Invocation(name: "summary").positiveInteger("number", default: 3) == 3)
        var zero = Invocation(name: "summary")
        zero.values["number"] = "0"
        #expect(throws: CommandError.self) { try zero.positiveInteger("number", default: 3) }
    }

    @Test("suggestions find near misses and nothing for gibberish",
          arguments: [("artciles", "articles"), ("hlep", "help"), ("shwo", "show"), ("summray", "summary"),
                      ("qiut", "quit"), ("lod", "load")])
    func suggestions(typed: String, meant: String) {
        let names = CommandTable.standard.commands.map(\.name)
        #expect(Suggestions.closest(to: typed, among: names).first == meant)
        #expect(CommandTable.standard.suggestions(for: typed).first == meant)
    }

    @Test("no suggestion for a word close to nothing")
    func noSuggestion() {
        #expect(Suggestions.closest(to: "zzz", among: CommandTable.standard.commands.map(\.name)).isEmpty)
        #expect(CommandTable.standard.suggestions(for: "xylophone").isEmpty)
    }

    @Test("every command CONTRACT.md names can be found by name",
          arguments: ["load", "articles", "use", "show", "summary", "quotes", "figures", "timeline", "people",
                      "date", "source", "help", "history", "quit", "exit"])
    func contractCommands(name: String) throws {
        let spec = try #require(CommandTable.standard.command(named: name))
        #expect(spec.name == name || spec.aliases.contains(name))
        #expect(CommandTable.standard.allNames.contains(name))
    }

    @Test("exit is quit under another name")
    func exitAlias() {
        #expect(CommandTable.standard.command(named: "exit")?.name == "quit")
        #expect(CommandTable.standard.command(named: "nonsense") == nil)
    }
}
