import CustomerModel
import Foundation
import Matching
import Quality
@testable import Reporting

/// Customer data written by an attacker: every payload, if it ever ran, would set
/// `window.__pwned`; the browser test checks the flag stays unset and the text shows.
enum HostileFixture {
    static let payloads = [
        "<script>window.__pwned='script'</script>",
        "\"><img src=x onerror=\"window.__pwned='img'\">",
        "</script><script>window.__pwned='breakout'</script>",
        "<svg onload=\"window.__pwned='svg'\"></svg>",
        "javascript:window.__pwned='url'",
        "<!--<script>window.__pwned='comment'</script>-->",
        "\u{202E}gnp.exe\u{202C} Jansen",
        "Zoë 👩‍🔧 Müller",
        "=HYPERLINK(\"http://evil.example\";\"click\")",
        "{{constructor.constructor('window.__pwned=1')()}}",
    ]

    static var report: Report {
        let customers = payloads.enumerated().map { index, payload in
            ReportFixture.customer(100 + index, first: payload, name: payload, street: payload, house: "1",
                                   email: "x\(index)@example.nl", mobile: "06-1234567\(index)")
        }
        let findings = payloads.enumerated().map { index, payload in
            Finding(customerID: 100 + index, rule: "name.suspicious<b>", severity: .warning, field: "first_name",
                    value: payload, message: "Name holds markup: \(payload)", suggestion: payload)
        }
        let clusters = stride(from: 0, to: payloads.count - 1, by: 2).map { index in
            DuplicateCluster(
                id: "c-\(100 + index)", customerIDs: [100 + index, 101 + index], confidence: 0.9, band: .likely,
                survivorID: 100 + index,
                pairs: [ScoredPair(a: 100 + index, b: 101 + index, score: 0.9, weight: 3, evidence: [
                    Evidence(field: "name", outcome: payloads[index], label: payloads[index + 1], weight: 3,
                             left: payloads[index], right: payloads[index + 1]),
                ])],
                merged: [MergedValue(field: payloads[index], value: payloads[index + 1], reason: payloads[index], fromCustomer: 100 + index)],
                conflicts: [FieldConflict(field: payloads[index + 1], values: [payloads[index], payloads[index + 1]])])
        }
        return ReportFixture.report(customers: customers, findings: findings, clusters: clusters)
    }
}
