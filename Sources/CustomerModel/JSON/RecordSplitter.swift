/// Finds where each record of a large input starts and ends, in one quick pass that only tracks
/// strings and nesting, so the records can then be parsed on all cores.
enum RecordSplitter {
    /// The byte ranges of the elements of the array whose `[` is at the scanner's position
    /// (whitespace around each element trimmed). Leaves the scanner after the closing `]`.
    static func arrayElements(_ scanner: inout ByteScanner) throws -> [Range<Int>] {
        let bytes = scanner.bytes
        let open = scanner.position
        var index = open + 1
        let end = scanner.end
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(max(16, (end - open) / 700))
        var depth = 0
        var elementStart = -1
        var lastSignificant = -1
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                if elementStart < 0 { elementStart = index }
                guard let close = ByteScanner.closingQuote(in: bytes, after: index, end: end) else {
                    throw JSONSyntaxError(offset: index, reason: "unterminated string")
                }
                index = close
                lastSignificant = index
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if elementStart < 0 { elementStart = index }
                depth += 1
                lastSignificant = index
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 {
                    guard byte == UInt8(ascii: "]") else { throw JSONSyntaxError(offset: index, reason: "unexpected '}' in a list") }
                    if elementStart >= 0 {
                        ranges.append(elementStart..<(lastSignificant + 1))
                    } else if !ranges.isEmpty {
                        throw JSONSyntaxError(offset: index, reason: "a list ends with ','")
                    }
                    scanner.position = index + 1
                    return ranges
                }
                depth -= 1
                lastSignificant = index
            case UInt8(ascii: ","):
                if depth == 0 {
                    guard elementStart >= 0 else { throw JSONSyntaxError(offset: index, reason: "empty element in a list") }
                    ranges.append(elementStart..<(lastSignificant + 1))
                    elementStart = -1
                } else {
                    lastSignificant = index
                }
            case 0x20, 0x0A, 0x0D, 0x09:
                break
            default:
                if elementStart < 0 { elementStart = index }
                lastSignificant = index
            }
            index += 1
        }
        throw JSONSyntaxError(offset: end, reason: "unexpected end of input inside a list that opened at byte \(open)")
    }

    /// Non-blank lines (trimmed) of JSON Lines input.
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = start
        let end = bytes.count
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var low = lineStart, high = lineEnd
            while low < high, isSpace(bytes[low]) { low += 1 }
            while high > low, isSpace(bytes[high - 1]) { high -= 1 }
            if low < high { ranges.append(low..<high) }
            lineStart = lineEnd + 1
        }
        return ranges
    }

    /// The offset after a UTF-8 byte order mark and whitespace.
    static func firstSignificant(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
