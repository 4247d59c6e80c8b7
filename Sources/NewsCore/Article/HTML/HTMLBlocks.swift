/// One run of page text that a reader sees as a unit: a paragraph, a heading, a list item, a
/// caption, a line of a menu.
struct HTMLBlock {
    /// The text, white space folded; a single `<br>` stays as a line break.
    var text: String
    /// The innermost block element holding the text.
    var owner: Int
    /// Letters and digits in the text, and how many of them are inside links.
    var length: Int
    var linkLength: Int
    /// Words outside links that begin in lower case: the verbs and function words of a
    /// sentence that merely links its names ("<a>Ann Lee</a> has left <a>the party</a>.").
    var unlinkedLowerWords = 0
    /// 1–6 for text inside `<h1>`…`<h6>`.
    var headingLevel: Int?
    var isCaption: Bool
    var isListItem: Bool
    var isQuote: Bool
    var isPreformatted: Bool
    /// True when the block's first letter is link text (a promo's headline link, a menu item).
    var startsInLink = false
    /// How many table cells of one row the block joins (0 outside tables).
    var cells = 0

    /// A row of a data table: two or more cells of text read as one line. A layout table's
    /// cell that holds paragraphs is no row; its paragraphs are blocks of their own.
    var isTableRow: Bool { cells >= 2 }

    /// A promo for another story: it opens with a link (the other story's headline) and its text
    /// is cut short with an ellipsis.
    var isTeaser: Bool {
        guard startsInLink, let last = text.unicodeScalars.last else { return false }
        return last == "…" || text.hasSuffix("...")
    }

    /// The share of the text that is link text: high for menus and related-story lists.
    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }

    /// Whether the block reads as a sentence of its own, whatever its links: it ends like a
    /// sentence and three or more lower-case words stand outside its links. Menus and lists of
    /// other stories are link text with at most a "More:" or "and" between.
    var readsAsSentence: Bool {
        guard unlinkedLowerWords >= 3, let last = text.unicodeScalars.last else { return false }
        return ".!?\"”’'".unicodeScalars.contains(last)
    }
}

/// Cuts a page's tree into blocks in reading order: block elements (`<p>`, `<div>`, `<li>`,
/// headings, table cells…) start and end blocks, two `<br>` in a row end a paragraph, inline
/// elements and entities run on.
struct HTMLBlockReader {
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "caption", "menu", "#document", "head",
        "title",
    ]

    let tree: HTMLTree
    /// Nodes whose content is left out (furniture); nil keeps everything.
    let excluded: [Bool]?

    private var blocks: [HTMLBlock] = []
    private var pieces = String.UnicodeScalarView()
    private var pendingSpace = false
    private var length = 0
    private var linkLength = 0
    private var unlinkedLowerWords = 0
    private var inWord = false
    private var breaks = 0
    private var startsInLink = false
    private var cells = 0

    /// Cells are joined into their row's line with this between them.
    static let cellSeparator = " | "

    init(tree: HTMLTree, excluded: [Bool]? = nil) {
        self.tree = tree
        self.excluded = excluded
    }

    /// The blocks of the page's `<body>` (of the whole document when it has none).
    static func blocks(_ tree: HTMLTree, excluded: [Bool]? = nil) -> [HTMLBlock] {
        var reader = HTMLBlockReader(tree: tree, excluded: excluded)
        let root = tree.elements(named: "body").first ?? 0
        reader.walk(root, Context(owner: root))
        reader.flush(Context(owner: root))
        return reader.blocks
    }

    /// What is known about the elements around the text being read.
    struct Context {
        var owner: Int
        var headingLevel: Int? = nil
        var inLink = false
        var inCaption = false
        var inListItem = false
        var inQuote = false
        var inPre = false
    }

    private mutating func walk(_ index: Int, _ context: Context) {
        let node = tree[index]
        if node.isText {
            append(node.text, context)
            return
        }
        if excluded?[index] == true { return }
        switch node.name {
        case "script", "head", "title":
            return
        case "br":
            if !pieces.isEmpty { breaks += 1 }
            return
        default:
            break
        }
        // A caption in an inline element (`<span class="caption">`) still stands apart from the
        // paragraph around it.
        if (node.name == "td" || node.name == "th"), !holdsBlocks(index) {
            readCell(index, context)
            return
        }
        let isInlineCaption = !Self.blockElements.contains(node.name) && !context.inCaption
            && !node.attributes.isEmpty && HTMLHints.isCaption(node) && isSmall(index)
        guard Self.blockElements.contains(node.name) || isInlineCaption else {
            // A hover card inside a paragraph (a name's pop-up list of stories) is nothing but links.
            // Only the innermost such element goes: the one around it may hold the name itself.
            if node.name != "a", isLinkCluster(index),
               !node.children.contains(where: { tree[$0].name != "a" && !tree[$0].isText && isLinkCluster($0) }) {
                return
            }
            var inner = context
            if node.name == "a" { inner.inLink = true }
            for child in node.children { walk(child, inner) }
            return
        }
        flush(context)
        var inner = context
        inner.owner = index
        switch node.name {
        case "h1", "h2", "h3", "h4", "h5", "h6": inner.headingLevel = Int(String(node.name.last!))
        case "figcaption", "figure": inner.inCaption = true
        case "li", "dd", "dt": inner.inListItem = true
        case "blockquote": inner.inQuote = true
        case "pre": inner.inPre = true
        default: break
        }
        if isInlineCaption
            || (!inner.inCaption && node.name != "figcaption" && HTMLHints.isCaption(node) && isSmall(index)) {
            inner.inCaption = true
        }
        for child in node.children { walk(child, inner) }
        flush(inner)
    }

    /// A cell of plain text runs on in its row's line, after a separator when the row already
    /// holds text.
    private mutating func readCell(_ index: Int, _ context: Context) {
        if !pieces.isEmpty {
            pieces.append(contentsOf: Self.cellSeparator.unicodeScalars)
            pendingSpace = false
        }
        let before = pieces.count
        for child in tree[index].children { walk(child, context) }
        if pieces.count > before { cells += 1 }
    }

    /// Whether an inline element holds two or more links and no letter outside them: a pop-up
    /// card of related stories set inside a sentence, which a reader never sees as part of it.
    private func isLinkCluster(_ index: Int) -> Bool {
        var links = 0, linkEnd = index
        for node in (index + 1)..<tree.subtreeEnd[index] {
            let item = tree[node]
            if item.name == "a" {
                links += 1
                linkEnd = max(linkEnd, tree.subtreeEnd[node])
            } else if item.isText, node >= linkEnd,
                      item.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                return false
            }
        }
        return links >= 2
    }

    /// Whether an element holds a block element (a layout table's cell holding paragraphs).
    private func holdsBlocks(_ index: Int) -> Bool {
        for node in (index + 1)..<tree.subtreeEnd[index] where Self.blockElements.contains(tree[node].name) {
            return true
        }
        return false
    }

    /// Whether an element is small enough to be a caption: a class naming captions on a large
    /// container (`<body class="… caption_videos_on …">`) says nothing about its text.
    private func isSmall(_ index: Int) -> Bool {
        var letters = 0
        for node in index..<tree.subtreeEnd[index] {
            if tree[node].name == "p" { return false }
            letters += tree[node].text.utf8.count
            if letters > 600 { return false }
        }
        return true
    }

    private mutating func append(_ text: String, _ context: Context) {
        for scalar in text.unicodeScalars {
            if HTMLText.isSpace(scalar) && !(context.inPre && scalar == "\n") {
                pendingSpace = !pieces.isEmpty
                inWord = false
                continue
            }
            if breaks > 0 || (context.inPre && scalar == "\n") {
                if breaks >= 2 {
                    flush(context)
                } else if !pieces.isEmpty {
                    pieces.append("\n")
                }
                breaks = 0
                pendingSpace = false
                if scalar == "\n" { continue }
            }
            if pendingSpace { pieces.append(" ") }
            pendingSpace = false
            pieces.append(scalar)
            let isLetterOrDigit = scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isLetterOrDigit {
                if length == 0 { startsInLink = context.inLink }
                length += 1
                if context.inLink { linkLength += 1 }
                if !inWord, !context.inLink, scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase {
                    unlinkedLowerWords += 1
                }
            }
            inWord = isLetterOrDigit || (inWord && (scalar == "'" || scalar == "’" || scalar == "-"))
        }
    }

    private mutating func flush(_ context: Context) {
        defer {
            pieces = String.UnicodeScalarView()
            pendingSpace = false
            length = 0
            linkLength = 0
            unlinkedLowerWords = 0
            inWord = false
            breaks = 0
            startsInLink = false
            cells = 0
        }
        guard !pieces.isEmpty else { return }
        blocks.append(HTMLBlock(
            text: String(pieces), owner: context.owner, length: length, linkLength: linkLength,
            unlinkedLowerWords: unlinkedLowerWords, headingLevel: context.headingLevel, isCaption: context.inCaption, isListItem: context.inListItem,
            isQuote: context.inQuote, isPreformatted: context.inPre, startsInLink: startsInLink, cells: cells))
    }
}
