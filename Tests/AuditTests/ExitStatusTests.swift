import AuditSupport
import CustomerModel
import CycleSoftwareAPI
import Snapshot
import Testing
@testable import Audit

/// Swift Testing has an `ExitStatus` of its own.
typealias ExitStatus = Audit.ExitStatus

/// Every kind of error a command can end with, and the contract's exit code for it (CONTRACT.md,
/// "Exit codes"). One table, because one function decides.
@Suite struct ExitStatusTests {
    struct Unforeseen: Error {}

    static let cases: [(String, any Error, ExitStatus)] = [
        ("invalid rules file", ConfigurationError(file: "rules/quality.yml", line: 3, key: "rules.x", problem: "unknown"), .usage),
        ("report folder not writable", UsageError(description: "--out x is a file"), .usage),
        ("insecure --base-url", APIError.insecureURL("http://example.com"), .usage),
        ("malformed --base-url", APIError.invalidURL("ftp://x", reason: "scheme must be https"), .usage),
        ("request the client refuses", APIError.invalidRequest("find needs at least one criterion"), .usage),
        ("missing credentials", APIError.missingCredentials(["CYCLESOFTWARE_USERNAME"]), .apiUnusable),
        ("refused login", APIError.unauthorized, .apiUnusable),
        ("rate limit exhausted", APIError.rateLimitExhausted(resetsAt: nil), .apiUnusable),
        ("server errors after retries", APIError.server(status: 503, attempts: 4), .apiUnusable),
        ("network", APIError.transport("connection refused", attempts: 4), .apiUnusable),
        ("malformed answers", APIError.malformedResponse("not JSON", attempts: 4), .apiUnusable),
        ("sync stopped by the API", SyncFailure(reason: APIError.unauthorized, keptCustomers: 500), .apiUnusable),
        ("sync given an insecure URL", SyncFailure(reason: APIError.insecureURL("http://example.com")), .usage),
        ("sync into an unusable store", SyncFailure(reason: SnapshotError.unreadable(path: "s", reason: "not SQLite")), .unreadableInput),
        ("sync cut short by the API", SyncFailure(reason: SyncError.incompletePull(nextOffset: 500)), .apiUnusable),
        ("sync's bookkeeping gone from the store", SyncFailure(reason: SyncError.noPendingPull), .unreadableInput),
        ("sync failing in an unforeseen way", SyncFailure(reason: Unforeseen()), .apiUnusable),
        ("input not customer data", CustomerInputError.notCustomerData(line: 2, reason: "an object"), .unreadableInput),
        ("input file unreadable", CustomerFileError(description: "cannot read x.json: no such file"), .unreadableInput),
        ("no snapshot or no customers", InputError(description: "no snapshot at s"), .unreadableInput),
        ("store unusable", SnapshotError.unreadable(path: "s", reason: "not SQLite"), .unreadableInput),
        ("anything unforeseen", Unforeseen(), .unreadableInput),
    ]

    @Test(arguments: cases.indices)
    func eachErrorKindHasTheContractsCode(_ index: Int) {
        let (kind, error, expected) = Self.cases[index]
        #expect(ExitStatus.for(error) == expected, "\(kind)")
    }

    @Test func theCodesAreTheContractsNumbers() {
        #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 2, 3, 4])
    }

    @Test func theGatePassesOnlyWithAPassingVerdict() {
        #expect(ExitStatus.gate(passed: true) == .done)
        #expect(ExitStatus.gate(passed: false) == .checkFailed)
        #expect(ExitStatus.gate(passed: nil) == .checkFailed)
    }
}
