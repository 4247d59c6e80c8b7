import Foundation

/// Reads the schema.org article object a page declares in `<script type="application/ld+json">`:
/// its headline, authors and publication date. Publishers write these for search engines, so
/// they are the page's most deliberate statement of its own metadata.
enum JSONLDReader {
    /// What an article object says.
    struct Found: Equatable {
        var headline: String?
        var authors: [String] = []
        var datePublished: String?
        var description: String?
    }

    /// schema.org types that are an article (NewsArticle and its kin).
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "asknewsarticle", "blogposting", "techarticle",
        "scholarlyarticle", "liveblogposting", "report", "socialmediaposting", "satiricalarticle",
    ]

    /// The first article object among the page's JSON-LD scripts (each may hold one object, a
    /// list, or an `@graph`), or nil.
    static func read(_ scripts: [String]) -> Found? {
        for script in scripts {
            guard let value = parse(script) else { continue }
            var queue: [Any] = [value]
            var visited = 0
            while !queue.isEmpty, visited < 500 {
                let item = queue.removeFirst()
                visited += 1
                if let list = item as? [Any] {
                    queue.append(contentsOf: list)
                    continue
                }
                guard let object = item as? [String: Any] else { continue }
                if isArticle(object), let found = read(object) { return found }
                for key in ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"] {
                    if let inner = object[key] { queue.append(inner) }
                }
            }
        }
        return nil
    }

    /// The JSON of one script, forgiving the wrappers and raw line breaks pages put in it.
    static func parse(_ script: String) -> Any? {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] {
            text = text.replacingOccurrences(of: wrapper, with: "")
        }
        if let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
            return value
        }
        // Raw control characters inside strings are invalid JSON but common; read them as spaces.
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed])
    }

    static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        if let type = object["@type"] as? String {
            types = [type]
        } else if let list = object["@type"] as? [Any] {
            types = list.compactMap { $0 as? String }
        } else {
            return false
        }
        return types.contains { articleTypes.contains($0.lowercased()) }
    }

    private static func read(_ object: [String: Any]) -> Found? {
        var found = Found()
        found.headline = string(object["headline"]) ?? string(object["name"])
        found.datePublished = string(object["datePublished"]) ?? string(object["dateCreated"])
        found.description = string(object["description"])
        found.authors = people(object["author"] ?? object["creator"])
        guard found.headline != nil || found.datePublished != nil || !found.authors.isEmpty else { return nil }
        return found
    }

    /// The names of the people an `author` value gives; organisations are left out, since a
    /// byline credits people.
    static func people(_ value: Any?) -> [String] {
        switch value {
        case let name as String:
            return HTMLText.fold(name).isEmpty ? [] : [HTMLText.fold(name)]
        case let list as [Any]:
            var names: [String] = []
            for item in list { for name in people(item) where !names.contains(name) { names.append(name) } }
            return names
        case let object as [String: Any]:
            if let type = object["@type"] as? String, type.lowercased() == "organization" { return [] }
            return people(object["name"])
        default:
            return []
        }
    }

    /// A string value (the first of a list), white space folded; nil when empty.
    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let folded = HTMLText.fold(text)
            return folded.isEmpty ? nil : folded
        }
        if let list = value as? [Any] { return list.lazy.compactMap { string($0) }.first }
        return nil
    }
}
