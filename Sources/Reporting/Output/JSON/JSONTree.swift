/// What `SortedJSONEncoder` collects before writing: objects keep their members in the order the
/// values encoded them (sorted only when written), scalars are already JSON text in one shared buffer.
indirect enum JSONNode {
    /// JSON text of a string, number, `true`, `false` or `null`: `bytes[start..<end]` of the tree.
    case scalar(start: Int, end: Int)
    case object(JSONObjectBox)
    case array(JSONArrayBox)
    /// A value whose encoder is still being filled (`superEncoder`); read when written.
    case deferred(JSONTreeEncoder)
    /// A part encoded on its own (on another thread), with its own scalar buffer.
    case separate(EncodedJSON)
}

final class JSONObjectBox {
    var keys: [String] = []
    var values: [JSONNode] = []
}

final class JSONArrayBox {
    var values: [JSONNode] = []
}

/// The scalar text of one encoding run, kept in one buffer so that a million small values are not
/// a million small allocations.
final class JSONScalars {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    func literal(_ text: StaticString) -> JSONNode {
        let start = bytes.count
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        return .scalar(start: start, end: bytes.count)
    }

    func string(_ value: String) -> JSONNode {
        let start = bytes.count
        JSONText.appendQuoted(value, to: &bytes)
        return .scalar(start: start, end: bytes.count)
    }

    func integer<T: BinaryInteger>(_ value: T) -> JSONNode {
        let start = bytes.count
        JSONText.appendInteger(value, to: &bytes)
        return .scalar(start: start, end: bytes.count)
    }

    /// Foundation's spelling: the shortest text that reads back as the same value, without a
    /// trailing `.0` (`1`, `0.5`, `1e-05`, `1e+16`).
    func floatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) -> JSONNode {
        let start = bytes.count
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        return .scalar(start: start, end: bytes.count)
    }
}
