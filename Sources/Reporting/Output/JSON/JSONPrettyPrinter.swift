/// Re-spells compact JSON (as `SortedJSONEncoder` writes it: no whitespace) the way Foundation's
/// `.prettyPrinted` does: two-space indentation, `"key" : value`, and an empty container over
/// three lines. Works in pieces, so a file of hundreds of megabytes never sits in memory twice.
struct JSONPrettyPrinter {
    private static let indentation = [UInt8](repeating: UInt8(ascii: " "), count: 512)

    /// Calls `emit` with consecutive pieces of the pretty text (each up to about `pieceSize` bytes).
    static func print(_ compact: [UInt8], pieceSize: Int = 1 << 20, emit: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(pieceSize + 1024)
        var depth = 0
        func newline(_ out: inout [UInt8], _ depth: Int) {
            out.append(UInt8(ascii: "\n"))
            var spaces = depth * 2
            while spaces > 0 {
                let run = min(spaces, indentation.count)
                indentation.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<run])) }
                spaces -= run
            }
        }
        try compact.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                if out.count >= pieceSize {
                    try emit(out)
                    out.removeAll(keepingCapacity: true)
                }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    // A string, escapes included, copied whole.
                    var end = index + 1
                    while end < count, bytes[end] != UInt8(ascii: "\"") {
                        end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    end = min(end + 1, count)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    out.append(byte)
                    let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                    if index + 1 < count, bytes[index + 1] == close {
                        out.append(UInt8(ascii: "\n"))
                        newline(&out, depth)
                        out.append(close)
                        index += 2
                        continue
                    }
                    depth += 1
                    newline(&out, depth)
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    newline(&out, depth)
                    out.append(byte)
                case UInt8(ascii: ","):
                    out.append(byte)
                    newline(&out, depth)
                case UInt8(ascii: ":"):
                    out.append(UInt8(ascii: " "))
                    out.append(UInt8(ascii: ":"))
                    out.append(UInt8(ascii: " "))
                default:
                    out.append(byte)
                }
                index += 1
            }
        }
        if !out.isEmpty { try emit(out) }
    }

    /// The whole pretty text at once (small values, tests).
    static func print(_ compact: [UInt8]) -> [UInt8] {
        var whole: [UInt8] = []
        print(compact) { whole.append(contentsOf: $0) }
        return whole
    }
}
