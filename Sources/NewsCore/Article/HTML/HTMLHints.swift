/// What an element's class, id and itemprop say about it: story text, page furniture, a caption
/// or a standfirst. Sites name their containers for what they hold ("story-body",
/// "related-links", "share-bar"), which is the strongest clue a page gives beyond its structure.
struct HTMLHints {
    struct WordList {
        var exact: Set<String>
        var prefixes: [String]

        init(_ name: String) {
            let entries = Lexicon.list(name)
            exact = Set(entries.filter { !$0.hasSuffix("*") })
            prefixes = entries.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }
        }

        func matches(_ word: String) -> Bool {
            exact.contains(word) || prefixes.contains { word.hasPrefix($0) }
        }
    }

    static let furniture = WordList("html/furniture-hints")
    static let story = WordList("html/story-hints")
    static let caption = WordList("html/caption-hints")
    static let standfirst = WordList("html/standfirst-hints")
    static let embed = WordList("html/embed-hints")

    /// The words of an element's class and id: split at spaces, hyphens, underscores and
    /// changes from lower to upper case, lower-cased ("storyBody__text" gives story, body, text).
    static func words(of node: HTMLTree.Node) -> [String] {
        var words: [String] = []
        for name in ["class", "id"] {
            guard let value = node.attribute(name) else { continue }
            var current = String.UnicodeScalarView()
            var previousLower = false
            for scalar in value.unicodeScalars {
                let isUpper: Bool, isLetterOrDigit: Bool, isLower: Bool
                if scalar.isASCII {
                    // Class names are nearly always ASCII: no Unicode property lookups for them.
                    isUpper = ("A"..."Z").contains(scalar)
                    isLower = ("a"..."z").contains(scalar)
                    isLetterOrDigit = isUpper || isLower || ("0"..."9").contains(scalar)
                } else {
                    isUpper = scalar.properties.isUppercase
                    isLower = scalar.properties.isLowercase
                    isLetterOrDigit = scalar.properties.isAlphabetic
                }
                if !isLetterOrDigit || (previousLower && isUpper) {
                    if !current.isEmpty { words.append(String(current).lowercased()) }
                    current = String.UnicodeScalarView()
                }
                if isLetterOrDigit { current.append(scalar) }
                previousLower = isLower
            }
            if !current.isEmpty { words.append(String(current).lowercased()) }
        }
        return words
    }

    /// Whether the element names itself page furniture and not the story. A container word
    /// ("content", "body") beside a furniture word keeps it: "content-with-sidebar" holds the
    /// story, while "article-meta" and "story-share" do not.
    static func isFurniture(_ node: HTMLTree.Node) -> Bool {
        let words = words(of: node)
        guard words.contains(where: furniture.matches), !words.contains(where: embed.matches) else { return false }
        if let itemprop = node.attribute("itemprop")?.lowercased(), itemprop.contains("articlebody") { return false }
        return !words.contains(where: containerWords.contains)
    }

    /// Words that name the container of the story's text.
    static let containerWords: Set<String> = ["body", "content", "main", "text", "articlebody", "storybody"]

    /// Whether the element names itself the story's text (`itemprop="articleBody"`, "story-body").
    static func isStory(_ node: HTMLTree.Node, words: [String]? = nil) -> Bool {
        if let itemprop = node.attribute("itemprop")?.lowercased(), itemprop.contains("articlebody") { return true }
        let words = words ?? self.words(of: node)
        // "article-comments" and "related-stories" are furniture, though they name the article.
        if words.contains(where: { $0.hasPrefix("comment") || $0.hasPrefix("related") || $0.hasPrefix("promo") }) {
            return false
        }
        return words.contains(where: story.matches)
    }

    static func isCaption(_ node: HTMLTree.Node) -> Bool {
        node.name == "figcaption" || words(of: node).contains(where: caption.matches)
    }

    static func isStandfirst(_ node: HTMLTree.Node) -> Bool {
        words(of: node).contains(where: standfirst.matches)
    }
}
