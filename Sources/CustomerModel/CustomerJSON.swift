import Foundation

/// Reading and writing customers in the API's JSON shape.
///
/// The one customer decoder: files, standard input, API answers, the sandbox's request bodies and
/// the snapshot's fallback all go through it. Decoding is lenient: a field may be missing, `null`, a number where a string belongs or the
/// other way round; unknown fields are kept in `raw`, which is each record's exact text. Only
/// input that is not customer data at all throws `CustomerInputError`, with the line it found.
///
/// The reader works on UTF-8 bytes directly (Foundation's JSON readers manage only 20–30 MB/s):
/// one quick pass finds each record's byte range, then the records are parsed on all cores.
public enum CustomerJSON {
    /// How many cores bulk decoding uses (default: all active ones).
    public static var defaultWorkers: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// A JSON array of customers, a `list.json` response object, a single customer object, or
    /// JSON Lines of customer objects. Objects that are none of these (an API error answer, a report,
    /// records without any customer field) throw `CustomerInputError.notCustomerData` saying what was
    /// found; empty input and empty lists give no customers (the caller decides what that means).
    /// `keepRaw: false` leaves each record's `raw` text empty.
    public static func decodeCustomers(_ data: Data, workers: Int? = nil, keepRaw: Bool = true) throws -> [Customer] {
        try data.withUnsafeBytes { raw in
            try decodeCustomers(raw.bindMemory(to: UInt8.self), workers: workers ?? defaultWorkers, keepRaw: keepRaw)
        }
    }

    /// JSON Lines: one customer object a line; blank lines are skipped.
    public static func decodeJSONLines(_ data: Data, workers: Int? = nil) throws -> [Customer] {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return try jsonLines(bytes, from: RecordSplitter.firstSignificant(bytes), workers: workers ?? defaultWorkers)
        }
    }

    /// One page of `list.json`.
    public static func decodeListPage(_ data: Data) throws -> ListPage {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = ByteScanner(bytes, range: RecordSplitter.firstSignificant(bytes)..<bytes.count)
            guard !scanner.isAtEnd, scanner.current == UInt8(ascii: "{") else {
                throw CustomerInputError.notCustomerData(line: nil, reason: "list response is not a JSON object")
            }
            let document = try wholeDocument(bytes) { try ListPageReader.read(&scanner) }
            guard let ranges = document.customerRanges else {
                if document.error { return ListPage(customers: [], count: 0, nextOffset: nil, error: true, errorMessage: document.errorMessage) }
                throw CustomerInputError.notCustomerData(line: nil, reason: "list response has no customers array")
            }
            let customers = try ParallelRecordDecoder.decode(bytes, ranges: ranges, workers: defaultWorkers,
                                                             nonObjects: .fail(describe: { "customers[\($0)]" }))
            return ListPage(customers: customers, count: document.count ?? customers.count, nextOffset: document.nextOffset,
                            error: document.error, errorMessage: document.errorMessage)
        }
    }

    /// A single customer object (`GET /customers/:id.json`, `POST`, `PUT` responses and bodies, a
    /// record kept in the snapshot).
    public static func decodeCustomer(_ data: Data, keepRaw: Bool = true) throws -> Customer {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let start = RecordSplitter.firstSignificant(bytes)
            guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else {
                throw CustomerInputError.notCustomerData(line: nil, reason: "not a JSON object")
            }
            return try ParallelRecordDecoder.decode(bytes, ranges: [start..<bytes.count], workers: 1,
                                                    nonObjects: .fail(describe: { _ in "the input" }), keepRaw: keepRaw)[0]
        }
    }

    /// An array of customers (`find.json`); elements that are not objects are left out.
    public static func decodeCustomerArray(_ data: Data) throws -> [Customer] {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = ByteScanner(bytes, range: RecordSplitter.firstSignificant(bytes)..<bytes.count)
            guard !scanner.isAtEnd, scanner.current == UInt8(ascii: "[") else {
                throw CustomerInputError.notCustomerData(line: nil, reason: "not a JSON array")
            }
            let ranges = try wholeDocument(bytes) { try RecordSplitter.arrayElements(&scanner) }
            try expectEnd(scanner, bytes)
            return try ParallelRecordDecoder.decode(bytes, ranges: ranges, workers: defaultWorkers, nonObjects: .drop)
        }
    }

    // MARK: - Shapes

    static func decodeCustomers(_ bytes: UnsafeBufferPointer<UInt8>, workers: Int, keepRaw: Bool = true) throws -> [Customer] {
        let start = RecordSplitter.firstSignificant(bytes)
        guard start < bytes.count else { return [] }
        var scanner = ByteScanner(bytes, range: start..<bytes.count)
        switch bytes[start] {
        case UInt8(ascii: "["):
            let ranges = try wholeDocument(bytes) { try RecordSplitter.arrayElements(&scanner) }
            try expectEnd(scanner, bytes)
            return try holdingCustomers(ParallelRecordDecoder.decode(bytes, ranges: ranges, workers: workers,
                                                                     nonObjects: .fail(describe: { "element \($0)" }), keepRaw: keepRaw))
        case UInt8(ascii: "{"):
            // One object (a list.json page or one customer), or the first of JSON Lines.
            var probe = scanner
            guard (try? probe.skipValue()) != nil else { return try holdingCustomers(jsonLines(bytes, from: start, workers: workers, keepRaw: keepRaw)) }
            probe.skipWhitespace()
            guard probe.isAtEnd else { return try holdingCustomers(jsonLines(bytes, from: start, workers: workers, keepRaw: keepRaw)) }
            let document = try wholeDocument(bytes) { try ListPageReader.read(&scanner) }
            try refuseNonCustomerObject(document)
            if let ranges = document.customerRanges {
                return try holdingCustomers(ParallelRecordDecoder.decode(bytes, ranges: ranges, workers: workers,
                                                                         nonObjects: .fail(describe: { "customers[\($0)]" }), keepRaw: keepRaw))
            }
            return try ParallelRecordDecoder.decode(bytes, ranges: [start..<bytes.count], workers: 1,
                                                    nonObjects: .fail(describe: { _ in "the input" }), keepRaw: keepRaw)
        default:
            return try holdingCustomers(jsonLines(bytes, from: start, workers: workers, keepRaw: keepRaw))
        }
    }

    /// A single top-level object is taken for customers only when it is a `list.json` page without
    /// an error or carries at least one customer field. Otherwise (an API error answer, a report.json,
    /// any other JSON object) the input is not customer data, and the message says what was found.
    private static func refuseNonCustomerObject(_ document: ListPageReader) throws {
        if document.error {
            let message = document.errorMessage.map { ": \($0)" } ?? " (no error_message)"
            throw CustomerInputError.notCustomerData(line: nil, reason: "found an API error response (\"error\": true)\(message), not customers")
        }
        guard document.customerRanges == nil, !document.keys.contains(where: { CustomerField(rawValue: $0) != nil }) else { return }
        guard !document.keys.isEmpty else {
            throw CustomerInputError.notCustomerData(line: nil, reason: "found an empty JSON object, not customers")
        }
        let shown = document.keys.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ") + (document.keys.count > 6 ? ", …" : "")
        throw CustomerInputError.notCustomerData(line: nil, reason: "found a JSON object with the keys \(shown) and no customer field, not customers")
    }

    /// Records in a list or lines, at least one of which carries something of a customer: objects
    /// that hold no customer field at all (`{}`, other JSON) are not customer data.
    private static func holdingCustomers(_ customers: [Customer]) throws -> [Customer] {
        guard !customers.isEmpty, customers.allSatisfy(\.isBlank) else { return customers }
        throw CustomerInputError.notCustomerData(
            line: nil, reason: "found \(customers.count) JSON object(s) without any customer field, not customers")
    }

    private static func jsonLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, workers: Int, keepRaw: Bool = true) throws -> [Customer] {
        let ranges = RecordSplitter.lines(bytes, from: start)
        return try ParallelRecordDecoder.decode(bytes, ranges: ranges, workers: workers,
                                                nonObjects: .fail(describe: { _ in "the line" }), keepRaw: keepRaw)
    }

    /// Runs a whole-document step, turning a syntax error's offset into a line and column.
    private static func wholeDocument<T>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JSONSyntaxError {
            throw DecodeFailure(offset: error.offset, error: .malformedJSON(line: nil, reason: error.reason)).resolved(in: bytes)
        }
    }

    private static func expectEnd(_ scanner: ByteScanner, _ bytes: UnsafeBufferPointer<UInt8>) throws {
        var rest = scanner
        rest.skipWhitespace()
        guard rest.isAtEnd else {
            throw DecodeFailure(offset: rest.position, error: .malformedJSON(line: nil, reason: "unexpected \(rest.describe(rest.current)) after the list"))
                .resolved(in: bytes)
        }
    }
}
