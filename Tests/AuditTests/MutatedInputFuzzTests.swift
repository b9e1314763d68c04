import CustomerModel
import Dispatch
import Foundation
import Reporting
import Testing
import TestSupport
@testable import Audit

/// Thousands of seeded, damaged customer files through what `analyze` runs: the decoder, then the
/// pipeline. Every file is either refused as not customer data (exit 4) or analyzed (exit 0) with
/// every record that was readable in the report; nothing may crash. The binary runs a few hundred
/// of the same kind of files (CustomerAuditCLITests.MutatedInputBinaryTests).
@Suite struct MutatedInputFuzzTests {
    static let cases = 2_000

    enum Outcome: Hashable { case analyzed, refused }

    /// One case: its outcome and what went wrong, if anything.
    static func check(_ file: MutatedCustomerFile, settings: AuditSettings) -> (Outcome, String?) {
        let customers: [Customer]
        do {
            customers = try CustomerJSON.decodeCustomers(file.data, workers: 1)
        } catch is CustomerInputError {
            return (.refused, nil)
        } catch {
            return (.refused, "\(type(of: error)) is not an input error: \(error) after \(file.mutation)")
        }
        guard !customers.isEmpty else { return (.refused, nil) }
        let report = AuditPipeline(settings: settings).run(
            customers: customers, source: ReportSource(kind: .file, customers: customers.count),
            generatedAt: Date(timeIntervalSince1970: 1_800_000_000)).report
        if report.summary.customers != customers.count {
            return (.analyzed, "\(report.summary.customers) of \(customers.count) customers reported after \(file.mutation)")
        }
        let read = Set(customers.compactMap(\.customerID))
        if !file.untouchedIDs.isSubset(of: read) {
            return (.analyzed, "lost \(file.untouchedIDs.subtracting(read).sorted()) after \(file.mutation)")
        }
        return (.analyzed, nil)
    }

    @Test func damagedFilesAreAnalyzedOrRefusedNeverLost() async throws {
        let settings = AuditSettings()
        let files = MutatedCustomerFiles.cases(count: Self.cases, seed: 0x5EED_F022)
        // Checked on threads of their own (see offThePool), the cases split over the cores; failures
        // are gathered and expected here.
        let (outcomes, failures) = await TestSupport.offThePool { () -> ([Outcome: Int], [String]) in
            let results = CaseResults(count: files.count)
            let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: files.count, by: workers) {
                    results.set(index, Self.check(files[index], settings: settings))
                }
            }
            var outcomes: [Outcome: Int] = [:]
            var failures: [String] = []
            for case let (outcome, failure)? in results.all {
                outcomes[outcome, default: 0] += 1
                if let failure { failures.append(failure) }
            }
            return (outcomes, failures)
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        print("fuzz (in-process, seed 0x5EEDF022): \(Self.cases) cases; exit 0 (analyzed): \(outcomes[.analyzed] ?? 0); exit 4 (refused): \(outcomes[.refused] ?? 0)")
        #expect(outcomes.values.reduce(0, +) == Self.cases)
        #expect((outcomes[.analyzed] ?? 0) > Self.cases / 4 && (outcomes[.refused] ?? 0) > Self.cases / 20,
                "the corpus exercises both outcomes: \(outcomes)")
    }
}

/// One slot per case, filled from the worker threads.
private final class CaseResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [(MutatedInputFuzzTests.Outcome, String?)?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: (MutatedInputFuzzTests.Outcome, String?)) {
        lock.withLock { slots[index] = result }
    }

    var all: [(MutatedInputFuzzTests.Outcome, String?)?] { lock.withLock { slots } }
}
