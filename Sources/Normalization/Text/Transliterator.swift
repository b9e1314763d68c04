import CICU

/// Turns text in any script into comparable lower-case ASCII keys (Müller → muller, Straße → strasse,
/// Ĳsselstein → ijsselstein, Владимир → vladimir, 王小明 → wang xiao ming).
///
/// ASCII input never reaches ICU: ICU's rule-based transliteration manages ~100–200k short strings
/// a second and takes a global lock, so it is kept for the few values that need it (and those are
/// cached by `TransliterationCache` during a batch).
public enum Transliterator {
    /// Lower-case ASCII form of `text`: transliterated, accents removed, punctuation kept. Characters
    /// with no Latin form (emoji, symbols) and control characters (NUL …) are dropped.
    public static func ascii(_ text: String) -> String {
        if let lowered = asciiFastPath(text) { return lowered }
        return transliterated(text)
    }

    /// Match key of `text`: `ascii(text)` with apostrophes removed, every other non-alphanumeric
    /// character turned into a single space, trimmed ("'s-Hertogenbosch" → "s hertogenbosch").
    public static func key(_ text: String) -> String {
        keyFromASCII(ascii(text))
    }

    /// Whether `text` is plain ASCII (the fast path applies).
    public static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Lower-cased ASCII without control characters, or nil when the text holds non-ASCII bytes.
    static func asciiFastPath(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte < 0x20 || byte == 0x7F {
                bytes.append(0x20)
            } else if byte >= 0x41 && byte <= 0x5A {
                bytes.append(byte + 0x20)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The ICU chain, then anything still outside printable ASCII dropped.
    static func transliterated(_ text: String) -> String {
        var input = Array(text.utf8)
        let length = Int32(clamping: input.count)
        var capacity = Int32(clamping: max(64, input.count * 3 + 16))
        for _ in 0..<3 {
            var output = [UInt8](repeating: 0, count: Int(capacity))
            let written = input.withUnsafeMutableBufferPointer { inputBuffer in
                output.withUnsafeMutableBufferPointer { outputBuffer in
                    inputBuffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: inputBuffer.count) { inputPointer in
                        outputBuffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: outputBuffer.count) { outputPointer in
                            cicu_transliterate_utf8(inputPointer, length, outputPointer, capacity)
                        }
                    }
                }
            }
            if written == Int32.min { break }
            if written < 0 {
                capacity = -written + 16
                continue
            }
            var result: [UInt8] = []
            result.reserveCapacity(Int(written))
            var lastWasDropped = false
            for byte in output[0..<Int(written)] {
                // What has no Latin form (emoji) separates words rather than gluing them together.
                if byte >= 0x80 {
                    if !lastWasDropped { result.append(0x20) }
                    lastWasDropped = true
                    continue
                }
                lastWasDropped = false
                if byte < 0x20 || byte == 0x7F {
                    result.append(0x20)
                } else if byte >= 0x41 && byte <= 0x5A {
                    result.append(byte + 0x20)
                } else {
                    result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
        // ICU unavailable or failed: keep what is ASCII rather than losing the value.
        input.removeAll { $0 >= 0x80 }
        return asciiFastPath(String(decoding: input, as: UTF8.self)) ?? ""
    }

    /// Apostrophes vanish (d'Hondt → dhondt), other separators become one space.
    static func keyFromASCII(_ ascii: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ascii.utf8.count)
        var pendingSpace = false
        for byte in ascii.utf8 {
            let isAlphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if isAlphanumeric {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            } else if byte == 0x27 || byte == 0x60 {
                continue
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Memo of `Transliterator.ascii` for non-ASCII values within one worker (surnames, streets and
/// cities repeat). Not thread-safe by design: each worker owns one, so there is no lock to contend.
final class TransliterationCache {
    private var entries: [String: String] = [:]
    /// Bounds memory on pathological inputs (a million distinct non-Latin strings).
    private let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
    }

    func ascii(_ text: String) -> String {
        if let lowered = Transliterator.asciiFastPath(text) { return lowered }
        if let known = entries[text] { return known }
        let value = Transliterator.transliterated(text)
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[text] = value
        return value
    }

    func key(_ text: String) -> String {
        Transliterator.keyFromASCII(ascii(text))
    }
}
