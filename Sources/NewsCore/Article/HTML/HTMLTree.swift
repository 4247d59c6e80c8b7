/// A web page as a flat tree: the elements and text libxml2 parsed, copied into Swift arrays
/// in document order so that every later step (finding the story, reading metadata) works on
/// plain values and never on the C library's pointers.
///
/// Nodes are stored in preorder, so the subtree of node `i` is the index range
/// `i..<subtreeEnd[i]`: "is this inside that" is two comparisons, and totals over subtrees are
/// one backward pass.
struct HTMLTree {
    struct Node {
        /// The lower-case element name, or "#text" for text.
        var name: String
        /// The text of a text node (entities already decoded); empty for elements.
        var text: String
        /// The attributes newsdesk reads, names lower-cased.
        var attributes: [(name: String, value: String)]
        var parent: Int
        var children: [Int]
        var depth: Int

        var isText: Bool { name == "#text" }

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// Node 0 is the document root.
    var nodes: [Node]
    /// One past the last node of each node's subtree.
    var subtreeEnd: [Int]

    init(nodes: [Node]) {
        self.nodes = nodes
        var end = Array(nodes.indices.map { $0 + 1 })
        for index in nodes.indices.reversed() where index > 0 {
            let parent = nodes[index].parent
            end[parent] = max(end[parent], end[index])
        }
        subtreeEnd = end
    }

    subscript(index: Int) -> Node { nodes[index] }

    func contains(_ ancestor: Int, _ node: Int) -> Bool {
        node >= ancestor && node < subtreeEnd[ancestor]
    }

    /// Every element named `name`, in document order.
    func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// The text beneath a node, white space folded to single spaces and trimmed.
    func text(of index: Int) -> String {
        var pieces: [String] = []
        for node in index..<subtreeEnd[index] where nodes[node].isText {
            pieces.append(nodes[node].text)
        }
        return HTMLText.fold(pieces.joined())
    }
}

/// White space handling for page text.
enum HTMLText {
    /// Runs of white space (HTML's space characters and the no-break space) folded to one
    /// space, ends trimmed.
    static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0, 0x200B, 0x2028, 0x2029, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
