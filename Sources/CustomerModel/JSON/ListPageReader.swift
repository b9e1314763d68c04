/// The envelope of a `list.json` response: error flag and message, where the customers are, and
/// the pagination. Customers themselves are parsed afterwards, in parallel.
struct ListPageReader {
    var error = false
    var errorMessage: String?
    var customerRanges: [Range<Int>]?
    var count: Int?
    var nextOffset: Int?
    /// Every member name of the object, in order: what a top-level object that is neither a page nor
    /// a customer held instead, for the message that refuses it.
    var keys: [String] = []

    /// Reads the object at the scanner's position; unknown members are skipped.
    static func read(_ scanner: inout ByteScanner) throws -> ListPageReader {
        var page = ListPageReader()
        try scanner.expect(UInt8(ascii: "{"), "'{'")
        try scanner.forEachMemberKey { scanner, key in
            let name = try scanner.keyString(key)
            page.keys.append(name)
            switch name {
            case "error":
                let value = try CustomerRecordParser.readScalar(&scanner)
                page.error = value.isBoolean ? value.text == "true" : (value.text.flatMap(Double.init).map { $0 != 0 } ?? false)
            case "error_message":
                page.errorMessage = try CustomerRecordParser.readScalar(&scanner).text
            case "customers" where !scanner.isAtEnd && scanner.current == UInt8(ascii: "["):
                page.customerRanges = try RecordSplitter.arrayElements(&scanner)
            case "pagination" where !scanner.isAtEnd && scanner.current == UInt8(ascii: "{"):
                scanner.position += 1
                try scanner.forEachMemberKey { scanner, key in
                    switch try scanner.keyString(key) {
                    case "count": page.count = try CustomerRecordParser.readScalar(&scanner).text.flatMap(CustomerRecordParser.integer)
                    case "next_offset": page.nextOffset = try CustomerRecordParser.readScalar(&scanner).text.flatMap(CustomerRecordParser.integer)
                    default: try scanner.skipValue()
                    }
                }
            default:
                try scanner.skipValue()
            }
        }
        return page
    }
}
