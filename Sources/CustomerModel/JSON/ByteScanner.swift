#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON syntax error at a byte offset of the whole input; turned into a line number only when
/// reported, so the happy path never counts lines.
struct JSONSyntaxError: Error {
    var offset: Int
    var reason: String
}

/// A cursor over UTF-8 bytes that reads JSON tokens without building a document tree: strings
/// come out as `String`, numbers as their text, and anything not wanted is skipped.
///
/// The buffer is borrowed from the caller (a memory-mapped file, a `Data`); a scanner never outlives
/// the `withUnsafeBytes` call that made it.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        position = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { position >= end }

    @inline(__always) var current: UInt8 { bytes[position] }

    @inline(__always) mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    func error(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? position, reason: reason)
    }

    /// The next non-whitespace byte, consumed if it is `byte`.
    mutating func expect(_ byte: UInt8, _ what: String) throws {
        skipWhitespace()
        guard position < end else { throw error("unexpected end of input, expected \(what)") }
        guard bytes[position] == byte else { throw error("expected \(what), found \(describe(bytes[position]))") }
        position += 1
    }

    /// Reads a string whose opening quote is at `position`; decodes escapes and surrogate pairs.
    mutating func readString() throws -> String {
        let start = position + 1
        guard let close = Self.closingQuote(in: bytes, after: position, end: end) else {
            throw error("unterminated string", at: position)
        }
        position = close + 1
        let body = UnsafeBufferPointer(rebasing: bytes[start..<close])
        if body.isEmpty || memchr(body.baseAddress!, Int32(UInt8(ascii: "\\")), body.count) == nil {
            return String(decoding: body, as: UTF8.self)
        }
        return try unescape(start..<close)
    }

    /// Skips a string whose opening quote is at `position`.
    mutating func skipString() throws {
        guard let close = Self.closingQuote(in: bytes, after: position, end: end) else {
            throw error("unterminated string", at: position)
        }
        position = close + 1
    }

    /// The offset of the quote that closes the string opened at `open`: the next `"` not escaped by
    /// an odd run of backslashes. `memchr` finds candidates many bytes at a time.
    @inline(__always)
    static func closingQuote(in bytes: UnsafeBufferPointer<UInt8>, after open: Int, end: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var from = open + 1
        while from < end {
            guard let found = memchr(base + from, Int32(UInt8(ascii: "\"")), end - from) else { return nil }
            let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var backslashes = 0
            while quote - backslashes - 1 > open, base[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            if backslashes % 2 == 0 { return quote }
            from = quote + 1
        }
        return nil
    }

    /// The text of a number at `position` (`12`, `-3.5e2`), checked against the JSON grammar.
    mutating func readNumberText() throws -> String {
        let start = position
        if position < end, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        while position < end, bytes[position] &- 0x30 < 10 { position += 1 }
        guard position > digitsStart else { throw error("invalid number", at: start) }
        if position < end, bytes[position] == UInt8(ascii: ".") {
            position += 1
            let fraction = position
            while position < end, bytes[position] &- 0x30 < 10 { position += 1 }
            guard position > fraction else { throw error("invalid number", at: start) }
        }
        if position < end, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < end, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            let exponent = position
            while position < end, bytes[position] &- 0x30 < 10 { position += 1 }
            guard position > exponent else { throw error("invalid number", at: start) }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// Consumes `true`, `false` or `null` at `position`.
    mutating func readLiteral() throws -> JSONLiteral {
        for (word, literal) in [("true", JSONLiteral.true), ("false", .false), ("null", .null)] {
            let count = word.utf8.count
            if position + count <= end, word.utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[position..<(position + count)])) {
                position += count
                return literal
            }
        }
        throw error("unexpected \(describe(bytes[position]))")
    }

    /// Skips any value (nested objects and arrays included) starting at the next non-whitespace byte.
    mutating func skipValue(depth: Int = 0) throws {
        skipWhitespace()
        guard position < end else { throw error("unexpected end of input, expected a value") }
        guard depth < 512 else { throw error("nesting deeper than 512 levels") }
        switch bytes[position] {
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "{"):
            position += 1
            try forEachMemberKey { scanner, _ in try scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            position += 1
            try forEachElement { scanner, _ in try scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try readNumberText()
        default: _ = try readLiteral()
        }
    }

    /// Walks the members of an object whose `{` was consumed, calling `body` with the scanner at each
    /// value and the key's byte range; `body` must consume the value.
    mutating func forEachMemberKey(_ body: (inout ByteScanner, MemberKey) throws -> Void) throws {
        skipWhitespace()
        if position < end, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            guard position < end, bytes[position] == UInt8(ascii: "\"") else {
                throw error(position < end ? "expected a key in quotes, found \(describe(bytes[position]))" : "unexpected end of input inside an object")
            }
            let keyStart = position + 1
            try skipString()
            let key = MemberKey(range: keyStart..<(position - 1))
            try expect(UInt8(ascii: ":"), "':' after a key")
            skipWhitespace()
            try body(&self, key)
            skipWhitespace()
            guard position < end else { throw error("unexpected end of input inside an object") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return
            default: throw error("expected ',' or '}' in an object, found \(describe(bytes[position]))")
            }
        }
    }

    /// Walks the elements of an array whose `[` was consumed; `body` gets the element index.
    mutating func forEachElement(_ body: (inout ByteScanner, Int) throws -> Void) throws {
        skipWhitespace()
        if position < end, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return
        }
        var index = 0
        while true {
            skipWhitespace()
            try body(&self, index)
            index += 1
            skipWhitespace()
            guard position < end else { throw error("unexpected end of input inside a list") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return
            default: throw error("expected ',' or ']' in a list, found \(describe(bytes[position]))")
            }
        }
    }

    /// The key's text (escapes decoded).
    func keyString(_ key: MemberKey) throws -> String {
        var copy = self
        copy.position = key.range.lowerBound - 1
        return try copy.readString()
    }

    func describe(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : String(format0x: byte)
    }
}

enum JSONLiteral { case `true`, `false`, null }

/// Where a member's key sits in the input.
struct MemberKey {
    let range: Range<Int>
}

extension String {
    init(format0x byte: UInt8) {
        let hex = String(byte, radix: 16, uppercase: true)
        self = "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
