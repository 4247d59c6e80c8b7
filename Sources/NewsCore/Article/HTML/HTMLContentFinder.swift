/// Finds the element that holds a page's story by structure and text density.
///
/// Each block of text gets a weight: story-like text (a sentence or more, few of its letters in
/// links) counts for its length, link-heavy text (menus, related-story lists) against it, short
/// labels for nothing. The story's container is the element whose blocks weigh most in total —
/// the best-scoring subtree, the tree form of a maximum-sum segment — so a wrapper holding the
/// story plus its menus and promos loses to the tighter element around the story, while the
/// story's own scattered furniture (an advert slot, a share line) costs too little to split it.
/// Elements that name themselves furniture (`class="related-links"`) and furniture elements
/// (`<nav>`, `<aside>`, `<footer>`) are taken out first.
enum HTMLContentFinder {
    /// Story text this short or shorter counts for nothing unless it ends like a sentence.
    static let shortText = 40
    /// Blocks with more of their letters in links than this are navigation.
    static let linkHeavy = 0.5
    /// Quoted blocks (an embedded post, a cited passage) carry their own links and handles, so
    /// only nearly all-link quotes count as navigation.
    static let linkHeavyQuote = 0.8

    /// Whether a block is mostly links: a menu, a list of other stories. A sentence whose
    /// names are links ("<a>Ann Lee</a> has left <a>the party</a>.") is story, not navigation.
    static func isLinkHeavy(_ block: HTMLBlock) -> Bool {
        block.linkDensity > (block.isQuote ? linkHeavyQuote : linkHeavy) && !block.readsAsSentence
    }

    /// Elements left out whatever their class says.
    static let furnitureElements: Set<String> = ["nav", "aside", "footer", "form", "dialog", "menu", "header"]

    /// An element holding at least this share of the page's story-like text is never taken out
    /// as furniture (a page wrapper called "has-sidebar", a site that wraps the page in a form).
    static let keepShare = 0.6

    /// The weight one block adds to its elements.
    static func weight(_ block: HTMLBlock) -> Double {
        if block.isCaption { return 0 }
        if isLinkHeavy(block) || block.isTeaser { return -Double(block.length) }
        if block.headingLevel != nil { return 0 }
        let text = block.text.unicodeScalars
        let endsSentence = text.last.map { ".!?\"”’'…:)".unicodeScalars.contains($0) } ?? false
        if block.length <= shortText, !endsSentence { return -0.2 * Double(block.length) }
        return Double(block.length - block.linkLength) - Double(block.linkLength)
    }

    /// Which elements are furniture: named so, or furniture elements, unless they hold most of
    /// the page's story-like text.
    static func furniture(_ tree: HTMLTree) -> [Bool] {
        let blocks = HTMLBlockReader.blocks(tree)
        var storyText = [Double](repeating: 0, count: tree.nodes.count)
        for block in blocks { storyText[block.owner] += max(0, weight(block)) }
        for index in tree.nodes.indices.reversed() where index > 0 {
            storyText[tree[index].parent] += storyText[index]
        }
        let total = max(1, storyText[0])
        var excluded = [Bool](repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices where !tree[index].isText {
            if excluded[tree[index].parent < 0 ? 0 : tree[index].parent] {
                excluded[index] = true
                continue
            }
            let node = tree[index]
            guard isHidden(node) || furnitureElements.contains(node.name) || HTMLHints.isFurniture(node)
            else { continue }
            if storyText[index] >= keepShare * total { continue }
            excluded[index] = true
        }
        return excluded
    }

    /// Elements a reader never sees.
    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        return false
    }

    /// The share of a container's story-like text one child must hold for the container to be
    /// narrowed to that child: the rest is then a second column of promos or a list of other
    /// stories ("More from…"), not part of this story.
    static let dominantShare = 0.8

    /// The element whose blocks weigh most (the deepest one among equals), narrowed to a child
    /// holding nearly all of its story-like text; nil when no block of the page weighs anything.
    static func container(_ tree: HTMLTree, blocks: [HTMLBlock]) -> Int? {
        var score = [Double](repeating: 0, count: tree.nodes.count)
        var positive = [Double](repeating: 0, count: tree.nodes.count)
        for block in blocks {
            let weight = weight(block)
            score[block.owner] += weight
            positive[block.owner] += max(0, weight)
        }
        for index in tree.nodes.indices.reversed() where index > 0 {
            score[tree[index].parent] += score[index]
            positive[tree[index].parent] += positive[index]
        }
        var best: Int? = nil
        var bestScore = 0.0
        for index in tree.nodes.indices where !tree[index].isText && score[index] >= bestScore && score[index] > 0 {
            // Among equal scores the later (deeper) element wins: its parent adds nothing.
            best = index
            bestScore = score[index]
        }
        while let current = best,
              let child = tree[current].children.max(by: { positive[$0] < positive[$1] }),
              positive[child] >= dominantShare * positive[current], positive[child] < positive[current],
              score[child] > 0 {
            best = child
        }
        return best
    }
}
