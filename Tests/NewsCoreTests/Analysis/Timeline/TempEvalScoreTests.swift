import Testing
import TestSupport

/// The TempEval-3 scorer behind `eval-timeline --tbaq`, on a made-up document of four gold
/// expressions and four predictions.
@Suite("TempEval-3 scoring")
struct TempEvalScoreTests {
    typealias Timex = TempEvalScore.Timex

    // Gold: "last Tuesday" [10, 22), "three weeks" [40, 51), "2019" [60, 64), "daily" [80, 85).
    static let gold = [
        Timex(range: 10..<22, type: "DATE", value: "2024-03-05"),
        Timex(range: 40..<51, type: "DURATION", value: "P3W"),
        Timex(range: 60..<64, type: "DATE", value: "2019"),
        Timex(range: 80..<85, type: "SET", value: "P1D"),
    ]
    // Predicted: exact and right; wider ("over three weeks") with the right value; exact with a
    // wrong value and type; one where there is nothing. "daily" is missed.
    static let predicted = [
        Timex(range: 10..<22, type: "DATE", value: "2024-03-05"),
        Timex(range: 35..<51, type: "DURATION", value: "P3W"),
        Timex(range: 60..<64, type: "DURATION", value: "P2019Y"),
        Timex(range: 90..<95, type: "DATE", value: "PRESENT_REF"),
    ]

    @Test("strict, relaxed, type and value counts")
    func counts() {
        let (tally, _) = TempEvalScore.score(gold: Self.gold, predicted: Self.predicted)
        #expect(tally.gold == 4 && tally.predicted == 4)
        #expect(tally.strict == 2)
        #expect(tally.relaxed == 3)
        #expect(tally.typeRight == 2)
        #expect(tally.valueRight == 2)
        // Strict P = R = 2/4; relaxed 3/4; value 2/4, which is relaxed F1 × value accuracy.
        #expect(abs(tally.strictF1 - 0.5) < 1e-9)
        #expect(abs(tally.relaxedF1 - 0.75) < 1e-9)
        #expect(abs(tally.valueF1 - tally.relaxedF1 * tally.valueAccuracy) < 1e-9)
    }

    @Test("every miss is classed")
    func differences() {
        let (_, differences) = TempEvalScore.score(gold: Self.gold, predicted: Self.predicted)
        #expect(differences.contains(.missed(gold: 3)))
        #expect(differences.contains(.spurious(predicted: 3)))
        #expect(differences.contains(.boundary(gold: 1, predicted: 1)))
        #expect(differences.contains(.wrongType(gold: 2, predicted: 2)))
        #expect(differences.contains(.wrongValue(gold: 2, predicted: 2)))
        #expect(differences.count == 5)
    }

    @Test("one prediction answers one gold expression, the exact one first")
    func oneToOne() {
        let gold = [Timex(range: 0..<4, type: "DATE", value: "2019"), Timex(range: 5..<9, type: "DATE", value: "2020")]
        let predicted = [Timex(range: 0..<9, type: "DATE", value: "2019"), Timex(range: 5..<9, type: "DATE", value: "2020")]
        let (tally, _) = TempEvalScore.score(gold: gold, predicted: predicted)
        #expect(tally.relaxed == 2)
        #expect(tally.strict == 1)
        #expect(tally.valueRight == 2)
    }
}
