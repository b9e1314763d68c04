import Dispatch

/// Parses many record ranges on all cores into one array, in input order.
enum ParallelRecordDecoder {
    /// What to do with an element that is not an object.
    enum NonObjects {
        /// Fail: the input is not customer data (`what` names the element, e.g. "element 3").
        case fail(describe: @Sendable (Int) -> String)
        /// Leave it out.
        case drop
    }

    /// Below this many records one core is faster than handing work out.
    static let parallelThreshold = 256

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], workers: Int,
                       nonObjects: NonObjects, keepRaw: Bool = true) throws -> [Customer] {
        let count = ranges.count
        let chunks = workers <= 1 || count < parallelThreshold ? 1 : min(count, workers * 8)
        var failures = [DecodeFailure?](repeating: nil, count: chunks)
        var skipped = [Bool](repeating: false, count: count)
        let customers = [Customer](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = buffer.baseAddress
            failures.withUnsafeMutableBufferPointer { failureBuffer in
                skipped.withUnsafeMutableBufferPointer { skipBuffer in
                    // Each chunk writes only its own slots, so the threads never share a location.
                    let failureSlots = failureBuffer, skipSlots = skipBuffer
                    let work = { (chunk: Int) in
                        let lower = count * chunk / chunks, upper = count * (chunk + 1) / chunks
                        for index in lower..<upper {
                            var customer = Customer()
                            if failureSlots[chunk] == nil {
                                do {
                                    if let parsed = try parseOne(bytes, ranges[index], index: index, nonObjects: nonObjects, keepRaw: keepRaw) {
                                        customer = parsed
                                    } else {
                                        skipSlots[index] = true
                                    }
                                } catch let failure as DecodeFailure {
                                    failureSlots[chunk] = failure
                                } catch {
                                    failureSlots[chunk] = DecodeFailure(offset: ranges[index].lowerBound, error: .notCustomerData(line: nil, reason: "\(error)"))
                                }
                            }
                            (base! + index).initialize(to: customer)
                        }
                    }
                    if chunks == 1 {
                        if count > 0 { work(0) }
                    } else {
                        DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
                    }
                }
            }
            initialized = count
        }
        if let failure = failures.compactMap({ $0 }).min(by: { $0.offset < $1.offset }) {
            throw failure.resolved(in: bytes)
        }
        guard skipped.contains(true) else { return customers }
        return zip(customers, skipped).compactMap { $1 ? nil : $0 }
    }

    /// One record; nil when it is not an object and such elements are dropped.
    static func parseOne(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, index: Int,
                         nonObjects: NonObjects, keepRaw: Bool = true) throws -> Customer? {
        var scanner = ByteScanner(bytes, range: range)
        do {
            guard !scanner.isAtEnd, scanner.current == UInt8(ascii: "{") else {
                try scanner.skipValue()
                scanner.skipWhitespace()
                if !scanner.isAtEnd { throw scanner.error("unexpected \(scanner.describe(scanner.current)) after a value") }
                switch nonObjects {
                case .drop: return nil
                case let .fail(describe):
                    throw DecodeFailure(offset: range.lowerBound, error: .notCustomerData(line: nil, reason: "\(describe(index)) is not an object"))
                }
            }
            let customer = try CustomerRecordParser.parse(&scanner, keepRaw: keepRaw)
            scanner.skipWhitespace()
            if !scanner.isAtEnd { throw scanner.error("unexpected \(scanner.describe(scanner.current)) after a customer") }
            return customer
        } catch let error as JSONSyntaxError {
            throw DecodeFailure(offset: error.offset, error: .malformedJSON(line: nil, reason: error.reason))
        }
    }
}

/// An error with the byte offset it happened at; the line is filled in when it is thrown out.
struct DecodeFailure: Error {
    var offset: Int
    var error: CustomerInputError

    /// The error with the line (and, for syntax errors, the column) of `offset`.
    func resolved(in bytes: UnsafeBufferPointer<UInt8>) -> CustomerInputError {
        var line = 1, lineStart = 0
        let limit = min(offset, bytes.count)
        var index = 0
        while index < limit {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        switch error {
        case let .malformedJSON(_, reason): return .malformedJSON(line: line, reason: "\(reason) (column \(limit - lineStart + 1))")
        case let .notCustomerData(_, reason): return .notCustomerData(line: line, reason: reason)
        }
    }
}
