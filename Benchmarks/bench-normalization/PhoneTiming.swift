import CPhoneNumber
import CustomerModel
import Foundation

/// Microseconds a phone number costs in the C wrapper, on one core: libphonenumber's
/// `PhoneNumberUtil` alone against the wrapper's fast path for bare digits (Sources/CPhoneNumber/FastPath).
/// Numbers are stripped of formatting first, as the normalizer's phone memo does before it parses,
/// and every number is parsed (no memo), so the figures are the parse itself. Time is the thread's
/// CPU time: on a machine shared with other work, wall time would count the waits for a core.
enum PhoneTiming {
    struct Number {
        var digits: [CChar]
        var region: String
    }

    /// The customers' numbers as the normalizer hands them to C: "+" and digits only.
    static func numbers(of customers: [Customer]) -> [Number] {
        customers.flatMap { customer in
            customer.phoneNumbers.compactMap { phone -> Number? in
                guard let text = phone.phoneNumber else { return nil }
                let kept = text.utf8.filter { $0 == UInt8(ascii: "+") || (0x30...0x39).contains($0) }
                guard kept.count >= 3 else { return nil }
                return Number(digits: kept.map { CChar(bitPattern: $0) }, region: (customer.countryCode ?? "NL").uppercased())
            }
        }
    }

    /// Best of `repeats` passes over `numbers` through `parser`: microseconds a number, and a
    /// checksum of the answers (equal checksums: the parsers agreed on type, validity and E.164 length).
    static func measure(_ numbers: [Number], repeats: Int,
                        through parser: (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafeMutablePointer<cphonenumber_result>?) -> Void)
        -> (microseconds: Double, checksum: Int) {
        var best = Double.infinity
        var checksum = 0
        for _ in 0..<max(1, repeats) {
            var sum = 0
            var result = cphonenumber_result()
            let start = threadCPUNanoseconds()
            for number in numbers {
                number.digits.withUnsafeBufferPointer { digits in
                    parser(digits.baseAddress, Int32(digits.count), number.region, &result)
                }
                sum &+= Int(result.type) &* 31 &+ Int(result.valid) &+ Int(result.error) &* 7
                    &+ withUnsafeBytes(of: result.e164) { $0.firstIndex(of: 0) ?? 0 }
            }
            best = min(best, Double(threadCPUNanoseconds() - start) / 1e3 / Double(max(1, numbers.count)))
            checksum = sum
        }
        return (best, checksum)
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func report(_ customers: [Customer], repeats: Int) {
        let numbers = numbers(of: customers)
        print("  phones alone, 1 core, \(numbers.count) numbers, CPU time, best of \(max(1, repeats)):")
        let library = measure(numbers, repeats: repeats, through: cphonenumber_parse_reference)
        print(String(format: "    PhoneNumberUtil only:                %6.2f µs a number (checksum %d)", library.microseconds, library.checksum))
        cphonenumber_use_digit_automata(0)
        let regexOnly = measure(numbers, repeats: repeats, through: cphonenumber_parse)
        cphonenumber_use_digit_automata(1)
        let automata = measure(numbers, repeats: repeats, through: cphonenumber_parse)
        print(String(format: "    fast path, ICU regex matchers:       %6.2f µs a number (checksum %d)", regexOnly.microseconds, regexOnly.checksum))
        print(String(format: "    fast path, digit automata:           %6.2f µs a number (checksum %d)", automata.microseconds, automata.checksum))
    }
}
