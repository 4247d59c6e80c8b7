/// The lines of a scalar array as ranges without their line terminator (`\n`, `\r\n` or `\r`).
struct Lines: Sequence, IteratorProtocol {
    let scalars: [Unicode.Scalar]
    private var position = 0
    private var finished = false

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func next() -> Range<Int>? {
        guard !finished else { return nil }
        let start = position
        var index = position
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                position = index + 1
                return start..<index
            }
            if scalar == "\r" {
                position = index + 1 < scalars.count && scalars[index + 1] == "\n" ? index + 2 : index + 1
                return start..<index
            }
            index += 1
        }
        finished = true
        return start < scalars.count ? start..<scalars.count : nil
    }
}
