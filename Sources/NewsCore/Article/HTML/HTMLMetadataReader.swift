import Foundation

/// Reads a page's headline, byline, publication date and standfirst, in the order of trust a
/// reporter would give them: the page's JSON-LD article object, then its `<meta>` tags
/// (Open Graph, `article:published_time`, `name="author"`), then `<time datetime>`, then the
/// visible headline, byline and date lines.
struct HTMLMetadataReader {
    struct Metadata: Equatable {
        var title: String?
        var byline: String?
        var date: PartialDate?
        var standfirst: String?
    }

    let tree: HTMLTree

    /// `<meta>` values by their `property`, `name` or `itemprop`, lower-cased; the first wins.
    private(set) var meta: [String: String] = [:]

    init(tree: HTMLTree) {
        self.tree = tree
        for index in tree.elements(named: "meta") {
            let node = tree[index]
            guard let content = node.attribute("content").map(HTMLText.fold), !content.isEmpty else { continue }
            for key in ["property", "name", "itemprop"] {
                if let name = node.attribute(key)?.lowercased(), meta[name] == nil { meta[name] = content }
            }
        }
    }

    func read() -> Metadata {
        let scripts = tree.elements(named: "script").map { tree.text(ofScript: $0) }
        let jsonLD = JSONLDReader.read(scripts)
        var metadata = Metadata()
        metadata.title = title(jsonLD)
        metadata.byline = byline(jsonLD)
        metadata.date = date(jsonLD)
        metadata.standfirst = nil
        return metadata
    }

    // MARK: headline

    private func title(_ jsonLD: JSONLDReader.Found?) -> String? {
        let siteName = meta["og:site_name"]
        let declared = [jsonLD?.headline, meta["og:title"], meta["twitter:title"]].compactMap { $0 }
            .map(HTMLEntities.decode).filter { !$0.isEmpty }
        // Search engines cut JSON-LD headlines short; a cut one gives way to the next source.
        let metaTitle = declared.first { !$0.hasSuffix("...") && !$0.hasSuffix("…") } ?? declared.first
        let headings = tree.elements(named: "h1").prefix(8).map { tree.text(of: $0) }.filter { !$0.isEmpty }
        let heading = headings.first
        // The headline as shown, when a declared one is it or only adds to it ("Opinion | …",
        // "… - Site"): pages declare several titles, some written for search engines.
        let titles = declared.isEmpty ? [documentTitle()].compactMap { $0 } : declared
        // Pages may hold several `<h1>` (a logo, a notice); the headline is the one a title holds.
        if let shown = headings.first(where: { heading in
            heading.split(separator: " ").count >= 2
                && titles.contains { Self.comparable($0).contains(Self.comparable(heading)) }
        }) {
            return shown
        }
        if let metaTitle { return Self.withoutSiteName(metaTitle, siteName: siteName) }
        if let title = documentTitle() { return Self.withoutSiteName(HTMLEntities.decode(title), siteName: siteName) }
        return heading
    }

    /// Text as compared between sources: lower case, one style of quotation mark.
    static func comparable(_ text: String) -> String {
        String(String.UnicodeScalarView(HTMLText.fold(text).lowercased().unicodeScalars.map { scalar in
            switch scalar {
            case "\u{2018}", "\u{2019}": return "'"
            case "\u{201C}", "\u{201D}": return "\""
            default: return scalar
            }
        }))
    }

    private func documentTitle() -> String? {
        tree.elements(named: "title").lazy.map { tree.text(of: $0) }.first { !$0.isEmpty }
    }

    /// A title without the site name pages append to it ("Headline | The Site", "Headline - Site").
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let isSite = siteName.map {
                tail.lowercased().contains($0.lowercased()) || $0.lowercased().contains(tail.lowercased())
            }
                ?? false
            if isSite || (tail.split(separator: " ").count <= 3 && head.split(separator: " ").count >= 4
                && separator == " | ") {
                return head
            }
        }
        return title
    }

    // MARK: byline

    private func byline(_ jsonLD: JSONLDReader.Found?) -> String? {
        if let authors = jsonLD?.authors, !authors.isEmpty {
            let names = authors.map { Self.personName(HTMLEntities.decode($0)) }.filter(isCredit)
            if !names.isEmpty { return Self.join(names) }
        }
        for key in [
            "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "og:article:author",
        ] {
            guard let value = meta[key].map(HTMLEntities.decode) else { continue }
            let name = Self.personName(value)
            if isCredit(name) { return name }
        }
        return visibleByline()
    }

    /// Author values that credit nobody: the content system's default users.
    static let anonymousAuthors: Set<String> = [
        "admin", "administrator", "editor", "webmaster", "staff", "guest", "user",
    ]

    /// Whether an author value credits a person or agency: not an address, not a default user,
    /// not the site itself (its `og:site_name`, or the name in its address: "LinkNaija" on
    /// linknaija.com).
    private func isCredit(_ name: String) -> Bool {
        guard !name.isEmpty, !Self.isAddress(name), !Self.anonymousAuthors.contains(name.lowercased()) else {
            return false
        }
        let squeezed = Self.comparable(name).filter { !$0.isWhitespace }
        return !siteNames.contains(squeezed)
    }

    /// The site's names, lower case without spaces: `og:site_name`, `application-name`, and the
    /// main label of the host in `og:url`.
    private var siteNames: Set<String> {
        var names = Set([meta["og:site_name"], meta["application-name"]].compactMap { $0 }
            .map { Self.comparable($0).filter { !$0.isWhitespace } })
        if let url = meta["og:url"], let host = URL(string: url)?.host {
            let labels = host.lowercased().split(separator: ".")
            if labels.count >= 2 { names.insert(String(labels[labels.count - 2])) }
        }
        return names
    }

    /// One author's name without the affiliation pages add to it ("Troy Smith, Cleveland.com",
    /// "Amy Lee | NJ Advance Media", "By TOM KRISHER, AP Auto Writer").
    static func personName(_ text: String) -> String {
        var name = withoutBy(text)
        for separator in [" | ", ", ", " - ", " – "] {
            if let range = name.range(of: separator) { name = String(name[..<range.lowerBound]) }
        }
        // "Finian Cunningham. Sputnik International": a full stop after a word, not an initial.
        if let range = name.range(of: ". "),
           name[..<range.lowerBound].split(separator: " ").last.map({ $0.count > 1 }) == true {
            name = String(name[..<range.lowerBound])
        }
        return name.trimmingCharacters(in: .whitespaces)
    }

    /// A credit line the page shows: the first element named byline or author whose text reads
    /// as a byline ("By Ann Lee").
    private func visibleByline() -> String? {
        for index in tree.nodes.indices where !tree[index].isText {
            let words = HTMLHints.words(of: tree[index])
            guard words.contains(where: { $0.hasPrefix("byline") || $0 == "author" })
                    || tree[index].attribute("rel") == "author"
            else { continue }
            let text = tree.text(of: index)
            guard !text.isEmpty, text.count <= 200 else { continue }
            if let names = MetadataReader.byline(text) { return names }
            if tree[index].attribute("rel") == "author" || words.contains("author") {
                let name = Self.withoutBy(text)
                let parts = name.split(separator: " ")
                if parts.count <= 5, parts.allSatisfy({ $0.first?.isUppercase == true }), isCredit(name) { return name }
            }
        }
        return nil
    }

    static func withoutBy(_ text: String) -> String {
        var name = HTMLText.fold(text)
        if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)) }
        return name.trimmingCharacters(in: .whitespaces)
    }

    static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") || text.contains("@")
    }

    /// Names joined as a byline writes them: "A", "A and B", "A, B and C".
    static func join(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    // MARK: date

    private func date(_ jsonLD: JSONLDReader.Found?) -> PartialDate? {
        var candidates: [String?] = [jsonLD?.datePublished]
        for key in [
            "article:published_time", "datepublished", "og:published_time", "article.published", "pubdate",
            "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "date",
            "article:modified_time",
        ] {
            candidates.append(meta[key])
        }
        for index in tree.elements(named: "time") {
            candidates.append(tree[index].attribute("datetime"))
        }
        let declared = candidates.lazy.compactMap { $0.flatMap(Self.date) }.first
        guard let shown = shownDate() else { return declared ?? visibleDate() }
        // Timestamps are often in UTC, while the page shows the date where it is published:
        // the date shown wins when it is within a day of the declared one.
        guard let declared, let declaredDay = declared.complete else { return shown }
        guard let shownDay = shown.complete, abs(shownDay.dayNumber - declaredDay.dayNumber) <= 1 else {
            return declared
        }
        return shown
    }

    /// Words of a class or id naming the element that shows the publication date.
    static let dateHints: Set<String> = [
        "date", "time", "timestamp", "published", "pubdate", "posted", "byline", "meta", "dateline", "datetime",
    ]

    /// The first full date written in a `<time>` element or an element named for dates or bylines
    /// ("Nov. 19, 2019 5:50 PM", "By Ann Lee · 19 November 2019").
    /// Dates before the headline belong to the page (today's date in the masthead), so the
    /// search starts at the first `<h1>`.
    private func shownDate() -> PartialDate? {
        let start = tree.elements(named: "h1").first ?? 0
        for index in start..<tree.nodes.count where !tree[index].isText {
            let node = tree[index]
            guard node.name == "time" || HTMLHints.words(of: node).contains(where: Self.dateHints.contains) else {
                continue
            }
            guard tree.subtreeEnd[index] - index < 60 else { continue }
            let text = tree.text(of: index)
            guard !text.isEmpty, text.count <= 200 else { continue }
            if let found = DateFinder.dates(in: text).first(where: { $0.date.year != nil }) { return found.date }
        }
        return nil
    }

    /// A date written as ISO 8601 ("2019-11-19T14:00:00Z"), or as a reporter writes dates.
    static func date(_ text: String) -> PartialDate? {
        let digits = Array(text.utf8.prefix(10))
        if digits.count == 10, digits[4] == UInt8(ascii: "-") || digits[4] == UInt8(ascii: "/"),
           digits[7] == digits[4],
           let year = Int(String(decoding: digits[0..<4], as: UTF8.self)),
           let month = Int(String(decoding: digits[5..<7], as: UTF8.self)),
           let day = Int(String(decoding: digits[8..<10], as: UTF8.self)),
           CalendarDate(year: year, month: month, day: day) != nil {
            return PartialDate(year: year, month: month, day: day)
        }
        return DateFinder.dates(in: text).first { $0.date.year != nil }?.date
    }

    /// The first short line of the page that holds only a publication date.
    private func visibleDate() -> PartialDate? {
        for block in HTMLBlockReader.blocks(tree) where block.text.count <= MetadataReader.maximumDateLineBytes {
            if let date = MetadataReader.dateLine(block.text) { return date }
        }
        return nil
    }
}

extension HTMLTree {
    /// The raw text of a `<script>` (JSON-LD), unfolded.
    func text(ofScript index: Int) -> String {
        nodes[index].children.filter { nodes[$0].isText }.map { nodes[$0].text }.joined()
    }
}
