import Testing
@testable import NewsCore

/// ROUGE-1/2/L against values worked out by hand from the definition.
@Suite("ROUGE")
struct RougeTests {
    @Test("tokens are lower-cased, split at anything but letters and digits, long words stemmed")
    func tokens() {
        #expect(Rouge.tokens("Belarus’s 52 PRISONERS were released!") == ["belaru", "s", "52", "prison", "were", "releas"])
        #expect(Rouge.tokens("1,300–1,400 jobs") == ["1", "300", "1", "400", "job"])
        #expect(Rouge.tokens("") == [])
    }

    @Test("a worked example: five of six words, three of five bigrams, a common subsequence of five")
    func workedExample() {
        let scores = Rouge.score(candidate: "the cat sat on the mat", reference: "the cat was on the mat")
        #expect(abs(scores.rouge1.precision - 5.0 / 6) < 1e-12)
        #expect(abs(scores.rouge1.recall - 5.0 / 6) < 1e-12)
        #expect(abs(scores.rouge2.f - 3.0 / 5) < 1e-12)
        #expect(abs(scores.rougeL.f - 5.0 / 6) < 1e-12)
    }

    @Test("precision and recall differ when the lengths do, and F is their harmonic mean")
    func unequalLengths() {
        // candidate 2 words, reference 4: one word shared.
        let score = Rouge.score(candidate: "ports closed", reference: "all ports stayed open").rouge1
        #expect(score.precision == 0.5)
        #expect(score.recall == 0.25)
        #expect(abs(score.f - 2 * 0.5 * 0.25 / 0.75) < 1e-12)
    }

    @Test("repeated words count only as often as the other text has them")
    func clipping() {
        let score = Rouge.score(candidate: "strike strike strike", reference: "strike ends").rouge1
        #expect(abs(score.precision - 1.0 / 3) < 1e-12)
        #expect(score.recall == 0.5)
    }

    @Test("ROUGE-L follows order: a reversed text shares words but a short subsequence")
    func order() {
        let scores = Rouge.score(candidate: "d c b a", reference: "a b c d")
        #expect(scores.rouge1.f == 1)
        #expect(scores.rouge2.f == 0)
        #expect(scores.rougeL.f == 0.25)
    }

    @Test("identical texts score 1, disjoint ones and empty ones 0")
    func extremes() {
        let text = "Rescuers dug through flattened homes on Saturday."
        let same = Rouge.score(candidate: text, reference: text)
        #expect(same.rouge1.f == 1 && same.rouge2.f == 1 && same.rougeL.f == 1)
        let apart = Rouge.score(candidate: "blue sky", reference: "red earth")
        #expect(apart.rouge1.f == 0 && apart.rougeL.f == 0)
        #expect(Rouge.score(candidate: "", reference: text).rouge1.f == 0)
    }

    @Test("stemming lets inflected forms match")
    func stemming() {
        #expect(Rouge.score(candidate: "sanctions eased", reference: "easing sanction").rouge1.f == 1)
    }
}
