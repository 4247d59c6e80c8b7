import Foundation
/// Turns a parsed page into the paragraphs a person would read as the story: the headline,
/// standfirst and byline first, then the main content's paragraphs, crossheads, list items and
/// block quotes in page order, with captions and the furniture inside the content marked.
struct HTMLStoryExtractor {
    /// One paragraph of the extracted story.
    struct Piece: Equatable {
        var text: String
        var role: Paragraph.Role
        var isBoilerplate: Bool
        var isHeadline = false
    }

    /// What the page gave: its paragraphs in order and its metadata.
    struct Story {
        var pieces: [Piece]
        var metadata: HTMLMetadataReader.Metadata
    }

    /// How many paragraphs from the top of the content may be credit or date lines.
    static let headerBlocks = 8

    let tree: HTMLTree

    /// The story, or nil when the page holds no article text (only menus, scripts, or nothing).
    func extract() -> Story? {
        var metadata = HTMLMetadataReader(tree: tree).read()
        let excluded = HTMLContentFinder.furniture(tree)
        let blocks = HTMLBlockReader.blocks(tree, excluded: excluded)
        guard let container = HTMLContentFinder.container(tree, blocks: blocks) else { return nil }
        let content = blocks.filter { tree.contains(container, $0.owner) }
        let title = metadata.title.map(Self.comparable)

        var body: [Piece] = []
        var sawBody = false
        for (position, block) in content.enumerated() {
            let comparable = Self.comparable(block.text)
            if block.headingLevel == 1 || (title != nil && comparable == title && !sawBody) {
                if metadata.title == nil { metadata.title = HTMLText.fold(block.text) }
                continue
            }
            let piece = classify(block, atTop: !sawBody && position < Self.headerBlocks)
            if piece.role == .body && !piece.isBoilerplate { sawBody = true }
            body.append(piece)
        }
        Self.cutAtStoryEnd(&body)
        guard body.contains(where: { $0.role == .body && !$0.isBoilerplate }) else { return nil }

        var pieces: [Piece] = []
        if let title = metadata.title {
            pieces.append(Piece(text: title, role: .heading, isBoilerplate: false, isHeadline: true))
        }
        if let standfirst = standfirst(blocks: blocks, before: content.first?.owner ?? 0, in: body) {
            metadata.standfirst = standfirst
            // A summary line inside the story's container is its first paragraph, and stays body.
            if !body.contains(where: { Self.comparable($0.text) == Self.comparable(standfirst) }) {
                pieces.append(Piece(text: standfirst, role: .standfirst, isBoilerplate: false))
            }
        }
        if let byline = metadata.byline, !body.contains(where: { $0.role == .byline }) {
            pieces.append(Piece(text: "By " + byline, role: .byline, isBoilerplate: false))
        }
        return Story(pieces: pieces + body, metadata: metadata)
    }

    static let storyEndLines = Lexicon.list("html/story-end-lines")

    /// Drops what follows the story inside its container: from a line such as "More stories like
    /// this" or "Related articles", met once at least half the story's text has been read.
    static func cutAtStoryEnd(_ pieces: inout [Piece]) {
        let total = pieces.reduce(0) { $0 + ($1.role == .body && !$1.isBoilerplate ? $1.text.count : 0) }
        var read = 0
        for index in pieces.indices {
            let piece = pieces[index]
            if piece.role == .body && !piece.isBoilerplate { read += piece.text.count }
            guard read * 2 >= total, piece.text.count <= 60 else { continue }
            let line = comparable(piece.text).trimmingCharacters(in: CharacterSet(charactersIn: " .:!?-–—»›>|"))
            if storyEndLines.contains(where: { line == $0 || line.hasPrefix($0 + " ") }) {
                pieces.removeSubrange(index...)
                return
            }
        }
    }

    /// The role a content block plays.
    private func classify(_ block: HTMLBlock, atTop: Bool) -> Piece {
        let text = block.text
        if block.isCaption { return Piece(text: text, role: .caption, isBoilerplate: false) }
        if block.isTableRow { return Piece(text: text, role: .table, isBoilerplate: false) }
        if HTMLContentFinder.isLinkHeavy(block) || block.isTeaser || BoilerplateDetector.isBoilerplate(text) {
            return Piece(text: text, role: .body, isBoilerplate: true)
        }
        if block.headingLevel != nil { return Piece(text: text, role: .heading, isBoilerplate: false) }
        if atTop {
            let folded = HTMLText.fold(text)
            if MetadataReader.byline(folded) != nil { return Piece(text: text, role: .byline, isBoilerplate: false) }
            if MetadataReader.dateLine(folded) != nil {
                return Piece(text: text, role: .dateLine, isBoilerplate: false)
            }
        }
        return Piece(text: text, role: .body, isBoilerplate: false)
    }

    /// The summary line under the headline: text in an element named so ("standfirst", "dek",
    /// "summary") that comes before the story's first paragraph.
    private func standfirst(blocks: [HTMLBlock], before start: Int, in body: [Piece]) -> String? {
        for block in blocks where block.headingLevel != 1 && !block.isCaption {
            guard block.owner <= start || body.prefix(3).contains(where: { $0.text == block.text }) else { break }
            let length = block.text.count
            guard length >= 30, length <= 600, block.linkDensity < 0.3 else { continue }
            var node = block.owner
            for _ in 0..<3 where node > 0 {
                if HTMLHints.isStandfirst(tree[node]) { return HTMLText.fold(block.text) }
                node = tree[node].parent
            }
        }
        return nil
    }

    /// Text as compared for "is this the headline again": folded and lower-cased.
    static func comparable(_ text: String) -> String {
        HTMLText.fold(text).lowercased()
    }
}
