/// Words that mark a line as page furniture rather than story: cross-promotion, adverts,
/// sign-up and share prompts, follow prompts, photo credits and wire credits.
///
/// Kept as plain data apart from `BoilerplateDetector`, which holds the rules that use it.
enum BoilerplateLexicon {
    /// A line that starts with one of these (case-insensitive) is boilerplate.
    static let linePrefixes: [String] = [
        "read also", "read more", "also read", "see also", "related:", "related coverage",
        "related stories", "related articles", "related content", "more on this", "recommended:",
        "recommended reading", "you may also like", "don't miss", "watch:", "watch now", "listen:",
        "listen to this", "advertisement", "sponsored", "story continues below",
        "article continues below", "continue reading", "sign up", "subscribe", "share this",
        "share on", "share:", "click here", "tap here", "follow us", "follow @", "photo:",
        "photos:", "photograph:", "image:", "picture:", "(photo", "[photo", "photo credit",
        "image credit", "credit:", "file photo", "©", "(c) ", "copyright", "all rights reserved",
        "reporting by", "additional reporting", "(reporting by", "editing by", "(editing by",
        "writing by", "compiled by", "download our app", "download the app", "get the app",
        "get our newsletter", "join our whatsapp", "join our telegram", "this article was amended",
        "this article has been updated", "this story has been updated", "trending:",
        // Wire furniture: coverage hubs, section promos, graphics credits, syndication notes.
        "follow ap's", "follow ap’s", "more ap ", "more ap:", "(graphic", "graphic:", "(graphics",
        "originally published on", "originally published at", "first published on",
        "this story originally appeared",
        "this article originally appeared", "this story was originally published",
        // Inline promos between paragraphs: "MORE: Three more bridges due for inspection".
        "more:", "read:", "see more:", "read next:", "don’t miss",
    ]

    /// A press release's closing pointer ("For more information on …, please visit:
    /// www.example.com") opens with one of these and names a place to go (`pointerTargets`).
    static let pointerPrefixes = ["for more information", "for further information", "to learn more", "to find out more"]
    static let pointerTargets = ["visit", "www.", "http", "contact us"]

    /// A line that is exactly one of these (case-insensitive, trailing punctuation ignored).
    static let wholeLines: Set<String> = Lexicon.set("boilerplate/whole-lines")

    /// Phrases that make a short line boilerplate wherever they appear in it.
    static let shortLinePhrases: [String] = Lexicon.list("boilerplate/short-line-phrases")

    /// Lines of at most this many words may be caught by `shortLinePhrases` and most prefixes.
    static let shortLineWordLimit = 25
}
