/// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980),
/// written here from the published steps.
///
/// The summarizer compares sentences by their stems ("released", "release", "releases" all
/// become "releas"), and the ROUGE scorer stems both texts, as the standard ROUGE set-up does.
/// Rules follow the 1980 paper (step 2 has `abli → able`; the later `bli → ble` and `logi → log`
/// revisions are not applied). Words of one or two letters and words with anything but the
/// letters a–z are returned unchanged.
public enum PorterStemmer {
    /// The stem of a lower-case word.
    public static func stem(_ word: String) -> String {
        guard word.utf8.count > 2, word.utf8.allSatisfy(isLetter) else { return word }
        var letters = Array(word.utf8)
        let count = letters.withUnsafeMutableBufferPointer { stem(letters: $0) }
        return String(decoding: letters[..<count], as: UTF8.self)
    }

    /// Stems the lower-case ASCII letters of `letters` in place and returns the stem's length
    /// (a stem is never longer than its word); letters that `stem(_:)` would leave alone (two
    /// or fewer, or anything but a–z) stay as they are. Lets a caller that reads many words
    /// stem each in a buffer of its own instead of making two strings a word.
    static func stem(letters: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard letters.count > 2, letters.allSatisfy(isLetter) else { return letters.count }
        var stemmer = Work(letters)
        stemmer.step1a()
        stemmer.step1b()
        stemmer.step1c()
        stemmer.step2()
        stemmer.step3()
        stemmer.step4()
        stemmer.step5()
        return stemmer.count
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// One word being stemmed, as ASCII letters: the first `count` of `letters`. Every rule
    /// puts back at most as many letters as it takes off, so the word stays in its buffer.
    private struct Work {
        let letters: UnsafeMutableBufferPointer<UInt8>
        var count: Int

        init(_ letters: UnsafeMutableBufferPointer<UInt8>) {
            self.letters = letters
            count = letters.count
        }

        /// The last letter (0 for none).
        var lastLetter: UInt8 { count > 0 ? letters[count - 1] : 0 }

        /// Takes off the last `length` letters.
        mutating func removeLast(_ length: Int = 1) { count -= length }

        /// Adds a letter where one was taken off.
        mutating func append(_ letter: UInt8) {
            precondition(count < letters.count, "a Porter rule grew the word")
            letters[count] = letter
            count += 1
        }

        // MARK: the paper's definitions

        /// Whether the letter at `index` is a consonant: not a, e, i, o, u, and not a y that
        /// follows a consonant.
        func isConsonant(_ index: Int) -> Bool {
            switch letters[index] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
                return false
            case UInt8(ascii: "y"):
                return index == 0 ? true : !isConsonant(index - 1)
            default:
                return true
            }
        }

        /// m: the number of vowel-consonant sequences in the first `length` letters, as in
        /// [C](VC)^m[V].
        func measure(_ length: Int) -> Int {
            var sequences = 0
            var index = 0
            while index < length, isConsonant(index) { index += 1 }
            while index < length {
                while index < length, !isConsonant(index) { index += 1 }
                guard index < length else { break }
                while index < length, isConsonant(index) { index += 1 }
                sequences += 1
            }
            return sequences
        }

        /// *v*: the first `length` letters hold a vowel.
        func hasVowel(_ length: Int) -> Bool {
            (0..<length).contains { !isConsonant($0) }
        }

        /// *d: the first `length` letters end in a double consonant.
        func endsWithDoubleConsonant(_ length: Int) -> Bool {
            length >= 2 && letters[length - 1] == letters[length - 2] && isConsonant(length - 1)
        }

        /// *o: the first `length` letters end consonant-vowel-consonant, the last not w, x or y.
        func endsCVC(_ length: Int) -> Bool {
            guard length >= 3, isConsonant(length - 3), !isConsonant(length - 2), isConsonant(length - 1) else {
                return false
            }
            let last = letters[length - 1]
            return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
        }

        /// Compared from the last letter back: most suffixes tried fail on it, and every word is
        /// tried against dozens of them. Suffixes are static ASCII literals, read in place.
        func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            let bytes = suffix.utf8Start
            var index = count - 1
            var position = length - 1
            while position >= 0 {
                if letters[index] != bytes[position] { return false }
                index -= 1
                position -= 1
            }
            return true
        }

        /// Length of the stem left when `suffix` is taken off.
        func stemLength(_ suffix: StaticString) -> Int { count - suffix.utf8CodeUnitCount }

        mutating func replaceEnd(_ suffix: StaticString, with replacement: StaticString) {
            precondition(replacement.utf8CodeUnitCount <= suffix.utf8CodeUnitCount, "a Porter rule grew the word")
            count -= suffix.utf8CodeUnitCount
            for offset in 0..<replacement.utf8CodeUnitCount {
                letters[count + offset] = replacement.utf8Start[offset]
            }
            count += replacement.utf8CodeUnitCount
        }

        /// Applies the first rule of `rules` (a table split by last letter) whose suffix the word
        /// ends with, when the stem before it has a measure above `minimum`; later rules are not
        /// tried (one rule per step).
        mutating func applyFirstMatch(_ rules: [[(StaticString, StaticString)]], measureAbove minimum: Int) {
            for (suffix, replacement) in rules[PorterRules.slot(lastLetter)] where endsWith(suffix) {
                if measure(stemLength(suffix)) > minimum { replaceEnd(suffix, with: replacement) }
                return
            }
        }

        // MARK: the steps

        mutating func step1a() {
            if endsWith("sses") {
                replaceEnd("sses", with: "ss")
            } else if endsWith("ies") {
                replaceEnd("ies", with: "i")
            } else if endsWith("ss") {
                return
            } else if endsWith("s") {
                removeLast()
            }
        }

        mutating func step1b() {
            if endsWith("eed") {
                if measure(stemLength("eed")) > 0 { removeLast() }
                return
            }
            var removed = false
            for suffix: StaticString in ["ed", "ing"] where endsWith(suffix) && hasVowel(stemLength(suffix)) {
                removeLast(suffix.utf8CodeUnitCount)
                removed = true
                break
            }
            guard removed else { return }
            if endsWith("at") || endsWith("bl") || endsWith("iz") {
                append(UInt8(ascii: "e"))
            } else if endsWithDoubleConsonant(count) {
                let last = letters[count - 1]
                if last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z") { removeLast() }
            } else if measure(count) == 1, endsCVC(count) {
                append(UInt8(ascii: "e"))
            }
        }

        mutating func step1c() {
            if endsWith("y"), hasVowel(stemLength("y")) {
                letters[count - 1] = UInt8(ascii: "i")
            }
        }

        mutating func step2() {
            applyFirstMatch(PorterRules.step2, measureAbove: 0)
        }

        mutating func step3() {
            applyFirstMatch(PorterRules.step3, measureAbove: 0)
        }

        mutating func step4() {
            for suffix in PorterRules.step4[PorterRules.slot(lastLetter)] where endsWith(suffix) {
                let length = stemLength(suffix)
                if suffix.utf8CodeUnitCount == 3, endsWith("ion") {
                    let before = length > 0 ? letters[length - 1] : 0
                    guard before == UInt8(ascii: "s") || before == UInt8(ascii: "t") else { return }
                }
                if measure(length) > 1 { removeLast(suffix.utf8CodeUnitCount) }
                return
            }
        }

        mutating func step5() {
            if endsWith("e") {
                let length = stemLength("e")
                let m = measure(length)
                if m > 1 || (m == 1 && !endsCVC(length)) { removeLast() }
            }
            if endsWith("ll"), measure(count) > 1 { removeLast() }
        }
    }
}

/// The suffix tables of steps 2 to 4, longest first where one suffix ends another, so the first
/// match is the longest as the paper requires. Each table is kept split by the suffix's last
/// letter (in the same order), so a word is tried only against the suffixes it could end with.
enum PorterRules {
    static let step2 = byLastLetter([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ])

    static let step3 = byLastLetter([
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
        ("ness", ""),
    ])

    static let step4 = byLastLetter(
        ([
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
            "ism", "ate", "iti", "ous", "ive", "ize",
        ] as [StaticString]).map { ($0, "") }
    ).map { $0.map(\.0) }

    /// The slot of a word's last letter in a split table: 0 to 25 for a to z (the stemmer only
    /// reads words of those letters; the last slot takes anything else and stays empty).
    @inline(__always)
    static func slot(_ last: UInt8) -> Int {
        let index = Int(last) - 0x61
        return index >= 0 && index < 26 ? index : 26
    }

    /// `rules` split by the last letter of their suffixes, each part in the order given.
    private static func byLastLetter(_ rules: [(StaticString, StaticString)]) -> [[(StaticString, StaticString)]] {
        var split = Array(repeating: [(StaticString, StaticString)](), count: 27)
        for rule in rules {
            split[slot(rule.0.utf8Start[rule.0.utf8CodeUnitCount - 1])].append(rule)
        }
        return split
    }
}
