import AuditSupport
import Foundation
import Testing
@testable import Reporting

/// Foundation's JSONEncoder (sorted keys, unescaped slashes) is the reference: our encoder must
/// give the same bytes, only faster.
@Suite struct SortedJSONEncoderTests {
    struct Odd: Codable, Equatable {
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var nested: [[Int]] = [[], [1, -2], [Int.min, Int.max]]
        var doubles: [Double] = [1, 0.5, -0.0, 1e-05, 1e15, 1e16, 0.30000000000000004, .leastNonzeroMagnitude, 1.7976931348623157e308, 123456789.25]
        var float: Float = 0.1
        var text = "q\"\\/\u{1}\u{1f}\n\r\t\u{8}\u{c}\u{7f} é 😀 \u{2028} <script>&amp; \u{202E}"
        var missing: Int? = nil
        var present: Int? = 7
        var flag = true
        var small: [Int8] = [-128, 127]
        var big: UInt64 = .max
        var keys: [String: String] = ["B": "1", "a": "2", "_x": "3", "Z": "4", "é": "5", "aa": "6", "a1": "7", "a10": "8", "a2": "9", "": "empty"]
        var date = Date(timeIntervalSince1970: 1_800_000_000.5)
        var nestedOptional: [Int?] = [1, nil, 3]
    }

    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test(arguments: [true, false])
    func oddValuesAreSpelledAsFoundationSpellsThem(pretty: Bool) throws {
        let ours = try SortedJSONEncoder(pretty: pretty).encode(Odd())
        let reference = try Self.foundation(Odd(), pretty: pretty)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
        #expect(try JSONDecoder().decode(Odd.self, from: Data(ours)) == Odd())
    }

    @Test(arguments: [true, false])
    func aWholeReportIsByteIdenticalToFoundations(pretty: Bool) throws {
        let withEverything = ReportFixture.report(previous: ReportFixture.report(findings: []),
                                                  trend: [TrendPoint(report: ReportFixture.report(generatedAt: .distantPast))])
            .withGate(Gate.evaluate(ReportFixture.report(), configuration: .default, baseline: nil, strict: true))
        let empty = ReportFixture.report(customers: [], findings: [], clusters: [])
        for report in [ReportFixture.report(), HostileFixture.report, empty, withEverything] {
            let ours = try SortedJSONEncoder(pretty: pretty).encode(report)
            #expect(ours == (try Self.foundation(report, pretty: pretty)))
        }
    }

    @Test func manyFindingsAndClustersAreEncodedInParallelChunksWithTheSameBytes() throws {
        // Enough of both for the chunked path; ids vary so that order and content differ per chunk.
        let findings = (0..<5_000).flatMap { copy in
            ReportFixture.findings.map { finding in
                var finding = finding
                finding.customerID = (finding.customerID ?? 0) + copy * 10_000
                finding.value = "\(finding.value ?? "") <\(copy)>"
                return finding
            }
        }
        let clusters = (0..<700).flatMap { copy in
            ReportFixture.clusters.map { cluster in
                var cluster = cluster
                cluster.id = "\(cluster.id)-\(copy)"
                cluster.confidence = Double(copy) / 700
                return cluster
            }
        }
        let report = ReportFixture.report(findings: findings, clusters: clusters)
        #expect(report.findings.count > 4_096 && report.clusters.count > 2_048)
        for pretty in [true, false] {
            #expect(try SortedJSONEncoder(pretty: pretty).encode(report) == (try Self.foundation(report, pretty: pretty)))
        }
    }

    /// Hand-written encodings with nested containers, in order and interleaved.
    struct Nested: Encodable {
        var interleave: Bool
        enum Keys: String, CodingKey { case zeta, alpha, list, inner, base }
        enum InnerKeys: String, CodingKey { case b, a }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode("z", forKey: .zeta)
            var inner = c.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
            if interleave { try c.encode(1, forKey: .alpha) }
            try inner.encode(2, forKey: .b)
            try inner.encode([3, 4], forKey: .a)
            var list = c.nestedUnkeyedContainer(forKey: .list)
            try list.encode("x")
            var element = list.nestedContainer(keyedBy: InnerKeys.self)
            try element.encode(true, forKey: .a)
            try list.encodeNil()
            try "base".encode(to: c.superEncoder(forKey: .base))
            if !interleave { try c.encode(1, forKey: .alpha) }
        }
    }

    @Test(arguments: [false, true])
    func nestedContainersInOrderOrInterleavedGiveFoundationsBytes(interleave: Bool) throws {
        for pretty in [true, false] {
            #expect(try SortedJSONEncoder(pretty: pretty).encode(Nested(interleave: interleave))
                == (try Self.foundation(Nested(interleave: interleave), pretty: pretty)))
        }
    }

    @Test func keysCompareByTheirUTF8Bytes() {
        let keys = ["", "a", "A", "aa", "a1", "a10", "a2", "_x", "é", "e\u{301}", "😀", "zzzzzzzzzzzzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzzzzzzzzzzzzz"]
        for a in keys {
            for b in keys {
                #expect(JSONBuffer.precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) < \(b)")
            }
        }
    }

    @Test func topLevelScalarsAndEmptyContainers() throws {
        #expect(try SortedJSONEncoder(pretty: false).encode("a\"b") == Array(#""a\"b""#.utf8))
        #expect(try SortedJSONEncoder(pretty: false).encode(42) == Array("42".utf8))
        #expect(try SortedJSONEncoder(pretty: true).encode([Int]()) == (try Self.foundation([Int](), pretty: true)))
        #expect(try SortedJSONEncoder(pretty: true).encode([String: [Int]]()) == (try Self.foundation([String: [Int]](), pretty: true)))
    }

    @Test func nonFiniteNumbersAreAnErrorNamingWhereTheyAre() {
        struct Holder: Encodable { var values: [Double] }
        #expect {
            _ = try SortedJSONEncoder().encode(Holder(values: [1, .nan]))
        } throws: { error in
            guard case let EncodingError.invalidValue(_, context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["values", "Index 1"]
        }
    }
}
