import CLibXML2

/// Parses a page with libxml2's HTML parser (the error-recovering parser under lxml) and copies
/// the result into an `HTMLTree`.
///
/// The parser recovers from malformed and truncated markup as browsers do, decodes entities,
/// never touches the network (`HTML_PARSE_NONET`) and reports nothing to standard error. Its
/// own nesting limit (256 levels without `HTML_PARSE_HUGE`) stops a page of 100,000 nested tags
/// early instead of recursing; the copy walks the tree without recursion and folds anything
/// deeper than `maximumDepth` into its ancestor at that depth, so no later step recurses deeper.
enum HTMLTreeBuilder {
    static let maximumDepth = 300
    /// How deep libxml2's HTML parser nests elements before it stops reading the page.
    static let parserDepthLimit = 256

    /// Whether the parser came within a few levels of its nesting limit, so the page's text
    /// after that point was never read: the reason to give when nothing was found.
    static func reachedParserDepthLimit(_ tree: HTMLTree) -> Bool {
        tree.nodes.contains { $0.depth >= parserDepthLimit - 8 }
    }

    /// Attributes kept on elements; the rest of a page's attributes are never read.
    static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "itemtype", "role", "property", "name", "content", "datetime", "type",
        "hidden", "aria-hidden", "style", "rel", "data-component", "aria-label",
    ]

    /// Elements whose content is never text of the page. JSON-LD scripts are the exception: their
    /// text is kept for the metadata reader.
    static let skipped: Set<String> = [
        "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
        "textarea", "button", "input", "option", "audio", "video", "picture", "source", "map",
    ]

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// The tree of `bytes` (already UTF-8, or in `encoding` for libxml2 to convert), or nil when
    /// libxml2 gives no document at all.
    static func parse(_ bytes: [UInt8], encoding: String) -> HTMLTree? {
        _ = initialised
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return copy(document)
    }

    /// The document copied node by node, iteratively.
    private static func copy(_ document: htmlDocPtr) -> HTMLTree {
        var nodes = [HTMLTree.Node(name: "#document", text: "", attributes: [], parent: -1, children: [], depth: 0)]
        // (libxml2 node, index of the parent copy, depth), visited in document order.
        var stack: [(xmlNodePtr, Int, Int)] = []
        func pushChildren(of node: xmlNodePtr?, parent: Int, depth: Int) {
            var child = node
            var children: [xmlNodePtr] = []
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            for child in children.reversed() { stack.append((child, parent, depth)) }
        }
        pushChildren(of: document.pointee.children, parent: 0, depth: 1)
        while let (node, parent, depth) = stack.popLast() {
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                guard let content = node.pointee.content else { continue }
                let text = String(cString: content)
                appendText(text, to: parent, in: &nodes)
                continue
            }
            guard type == XML_ELEMENT_NODE, let rawName = node.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            if skipped.contains(name) { continue }
            let attributes = readAttributes(node)
            if name == "script" {
                let type = attributes.first { $0.name == "type" }?.value.lowercased() ?? ""
                guard type.contains("ld+json") else { continue }
            }
            if depth > maximumDepth {
                // Too deep: the element's content joins its ancestor at the limit.
                pushChildren(of: node.pointee.children, parent: parent, depth: depth)
                continue
            }
            let index = nodes.count
            nodes.append(HTMLTree.Node(
                name: name, text: "", attributes: attributes, parent: parent, children: [], depth: depth))
            nodes[parent].children.append(index)
            pushChildren(of: node.pointee.children, parent: index, depth: depth + 1)
        }
        return HTMLTree(nodes: nodes)
    }

    /// Adds text under `parent`, joining it to a text node just before it.
    private static func appendText(_ text: String, to parent: Int, in nodes: inout [HTMLTree.Node]) {
        if let last = nodes[parent].children.last, nodes[last].isText, last == nodes.count - 1 {
            nodes[last].text += text
            return
        }
        let index = nodes.count
        nodes.append(HTMLTree.Node(
            name: "#text", text: text, attributes: [], parent: parent, children: [], depth: nodes[parent].depth + 1))
        nodes[parent].children.append(index)
    }

    private static func readAttributes(_ node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard keptAttributes.contains(name) else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((name, value))
        }
        return result
    }
}
