import Foundation

/// The words `use WORD` and `close WORD` match against: whole words of a title or file name,
/// compared without case or accents, so "use strike" finds "Dockworkers strike…" but not
/// "airstrikes", and "use pension" finds "court-fraud-pension.txt".
enum TitleWords {
    /// The distinct words of `text`: runs of letters and digits, folded to lower case without
    /// accents. An apostrophe splits ("Europe's" gives "europe" and "s"), the same way in the
    /// title and in what the user typed.
    static func words(of text: String) -> Set<String> {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: Set<String> = []
        var word = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if !word.isEmpty { words.insert(word) }
                word = ""
            }
        }
        if !word.isEmpty { words.insert(word) }
        return words
    }

    /// A source's file name without directory and extensions (`copy/strike.txt.gz` → `strike`).
    static func fileName(_ source: String) -> String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        return String(name.prefix { $0 != "." })
    }
}
