import AuditSupport
import CustomerModel

/// Columns whose value frequency adjusts the weight of an exact match.
public enum TermFrequencyField: String, Sendable, Hashable, CaseIterable, Codable {
    case surname, firstName = "first_name", city, email
    case reference = "customer_reference"
}

/// How common each customer's value is, per term-frequency column.
///
/// An exact match on a common value says less: two "de Vries" in Amsterdam are often strangers,
/// two "Wijgergangs" in Nistelrode rarely are. The frequency of the value replaces u of the exact
/// level (Splink's term-frequency adjustment): weight = log2(m / max(tf, floor)).
public struct TermFrequencies: Sendable {
    /// Per field, per interned value id: share of customers (with a value) carrying it; index 0 is "missing".
    var frequencies: [TermFrequencyField: [Float]]

    public static let none = TermFrequencies(frequencies: [:])

    init(frequencies: [TermFrequencyField: [Float]]) {
        self.frequencies = frequencies
    }

    /// Counts every field's values (fields in parallel).
    public init(_ table: FeatureTable, fields: [TermFrequencyField]) {
        let columns = ParallelChunks.mapEach(Array(fields.indices)) { index -> [Float] in
            let field = fields[index]
            var counts: [Int32] = []
            var present = 0
            for row in table.rows {
                let id = Int(field.id(row))
                guard id != 0 else { continue }
                if id >= counts.count { counts.append(contentsOf: repeatElement(0, count: max(id + 1 - counts.count, counts.count))) }
                counts[id] += 1
                present += 1
            }
            let total = Float(max(present, 1))
            var shares = counts.map { Float($0) / total }
            if !shares.isEmpty { shares[0] = 0 }
            return shares
        }
        var frequencies: [TermFrequencyField: [Float]] = [:]
        for (index, field) in fields.enumerated() { frequencies[field] = columns[index] }
        self.frequencies = frequencies
    }

    /// The frequencies of one field by value id, nil when the field is not adjusted.
    func column(_ field: TermFrequencyField) -> [Float]? { frequencies[field] }

    /// The share of customers with this field's value, for one record (tests, explanations).
    public func frequency(of field: TermFrequencyField, record: Int, in table: FeatureTable) -> Double? {
        frequencies[field].map { column in
            let id = Int(field.id(table.rows[record]))
            return id < column.count ? Double(column[id]) : 0
        }
    }
}

extension TermFrequencyField {
    /// The record's value id of this field.
    @inline(__always)
    func id(_ row: MatchRow) -> UInt32 {
        switch self {
        case .surname: return row.surname
        case .firstName: return row.firstName
        case .city: return row.city
        case .email: return row.email
        case .reference: return row.reference
        }
    }
}
