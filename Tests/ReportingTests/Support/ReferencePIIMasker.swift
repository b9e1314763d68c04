import Foundation
import Matching
@testable import Reporting

/// `PIIMasker` as first written, character by character with Foundation's searches: the
/// reference its faster byte-level path is checked against (`PIIMaskerEquivalenceTests`).
enum ReferencePIIMasker {
    enum Kind { case email, phone, houseNumber, street }

    /// The mask for a field name (`email`, `phone_numbers[mob]`, `house_number`, `street` …), nil when not personal.
    static func kind(ofField field: String?) -> Kind? {
        guard let field = field?.lowercased() else { return nil }
        if field.contains("email") || field.contains("e-mail") { return .email }
        if field.contains("phone") || field == "tel" || field == "mob" { return .phone }
        if field.hasPrefix("house_number") || field == "housenumber" { return .houseNumber }
        if field.contains("street") || field.contains("address") { return .street }
        return nil
    }

    /// `value` masked as the field requires; unchanged for other fields.
    static func mask(_ value: String, field: String?) -> String {
        guard let kind = kind(ofField: field) else { return value }
        switch kind {
        case .email: return maskEmail(value)
        case .phone: return maskPhone(value)
        case .houseNumber: return value.isEmpty ? value : "•••"
        case .street: return String(value.map { $0.isNumber ? "•" : $0 })
        }
    }

    /// "jan.jansen@example.nl" → "j•••@example.nl"; text without "@" is hidden entirely.
    static func maskEmail(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@") else { return value.isEmpty ? value : "•••" }
        let local = value[..<at]
        let first = local.first.map(String.init) ?? ""
        return first + "•••" + value[at...]
    }

    /// Every digit but the last two becomes "•", so the shape ("06-…78") still reads as a phone.
    static func maskPhone(_ value: String) -> String {
        let digits = value.filter(\.isNumber).count
        var seen = 0
        return String(value.map { character in
            guard character.isNumber else { return character }
            seen += 1
            return seen > digits - 2 ? character : "•"
        })
    }

    /// A message that quotes the value has the value masked too.
    static func maskMessage(_ message: String, value: String?, field: String?) -> String {
        guard let value, !value.isEmpty, kind(ofField: field) != nil else { return message }
        return message.replacingOccurrences(of: value, with: mask(value, field: field))
    }

    /// The report with every personal value masked; counts, ids and structure unchanged.
    static func mask(_ report: Report) -> Report {
        var masked = report
        masked.findings = report.findings.map { finding in
            var copy = finding
            copy.value = finding.value.map { mask($0, field: finding.field) }
            copy.suggestion = finding.suggestion.map { mask($0, field: finding.field) }
            copy.message = maskMessage(maskMessage(finding.message, value: finding.value, field: finding.field),
                                       value: finding.suggestion, field: finding.field)
            return copy
        }
        masked.clusters = report.clusters.map { cluster in
            var copy = cluster
            copy.merged.fields = Dictionary(uniqueKeysWithValues: cluster.merged.fields.map { ($0.key, mask($0.value, field: $0.key)) })
            copy.merged.phoneNumbers = cluster.merged.phoneNumbers.map { phone in
                var p = phone
                p.phoneNumber = mask(phone.phoneNumber, field: "phone_number")
                return p
            }
            copy.mergePlan = cluster.mergePlan.map { value in
                var v = value
                v.value = mask(value.value, field: value.field)
                return v
            }
            copy.conflicts = cluster.conflicts.map { FieldConflict(field: $0.field, values: $0.values.map { [f = $0.field] in mask($0, field: f) }) }
            copy.members = cluster.members.map { member in
                var m = member
                m.fields = Dictionary(uniqueKeysWithValues: member.fields.map { ($0.key, mask($0.value, field: $0.key)) })
                return m
            }
            copy.pairs = cluster.pairs.map { pair in
                var p = pair
                p.evidence = pair.evidence.map { evidence in
                    var e = evidence
                    e.left = evidence.left.map { mask($0, field: evidence.field) }
                    e.right = evidence.right.map { mask($0, field: evidence.field) }
                    return e
                }
                return p
            }
            return copy
        }
        return masked
    }
}
