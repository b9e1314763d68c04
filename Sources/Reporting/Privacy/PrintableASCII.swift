/// The masks' byte-level path for text that is all printable ASCII (0x20–0x7E), which nearly every
/// e-mail address, phone number, street and field name is. There a character is one byte, only
/// 0–9 are numbers, lowercasing changes A–Z only and a text occurs in another exactly where its
/// bytes do, so the byte-level results equal the character-level ones. Other text (accents,
/// combining marks, digits of other scripts, line breaks) keeps the Unicode-aware path.
enum PrintableASCII {
    /// `body` over the UTF-8 of `text`; nil when `text` is not all printable ASCII.
    static func with<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var text = text
        return text.withUTF8 { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E } ? body(bytes) : nil
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// Whether `word` (lowercase) starts at `offset` of `bytes`, ignoring the case of `bytes`.
    static func matches(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset + word.count <= bytes.count else { return false }
        for index in word.indices where lowercased(bytes[offset + index]) != word[index] { return false }
        return true
    }

    /// Whether `bytes` contain `word` (lowercase), ignoring case.
    static func contains(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= bytes.count else { return false }
        return (0...(bytes.count - word.count)).contains { matches(word, in: bytes, at: $0) }
    }

    /// Whether `bytes` are `word` (lowercase), ignoring case.
    static func equals(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == word.count && matches(word, in: bytes, at: 0)
    }

    /// `bytes` with every non-overlapping occurrence of `target`, left to right, replaced by `replacement`.
    static func replacing(_ target: UnsafeBufferPointer<UInt8>, with replacement: String, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !target.isEmpty, target.count <= bytes.count else { return nil }
        var out: [UInt8] = []
        var start = 0, offset = 0
        while offset + target.count <= bytes.count {
            if bytes[offset] == target[0], target.indices.allSatisfy({ bytes[offset + $0] == target[$0] }) {
                out.append(contentsOf: bytes[start..<offset])
                out.append(contentsOf: replacement.utf8)
                offset += target.count
                start = offset
            } else {
                offset += 1
            }
        }
        guard start > 0 else { return nil }
        out.append(contentsOf: bytes[start...])
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 of "•", the mask character.
    static let bullet: [UInt8] = Array("•".utf8)
}
