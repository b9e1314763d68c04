/// Columns whose value frequency adjusts the weight of an exact match.
public enum TermFrequencyField: String, Sendable, Hashable, CaseIterable, Codable {
    case surname, firstName = "first_name", city, email
}

/// How common each customer's value is, per term-frequency column.
///
/// An exact match on a common value says less: two "de Vries" in Amsterdam are often strangers,
/// two "Wijgergangs" in Nistelrode rarely are. The frequency of the value replaces u of the exact
/// level (Splink's term-frequency adjustment): weight = log2(m / max(tf, floor)).
public struct TermFrequencies: Sendable {
    /// Per field, per record: share of customers (with a value) carrying the same value; 0 when missing.
    var frequencies: [TermFrequencyField: [Float]]

    public static let none = TermFrequencies(frequencies: [:])

    init(frequencies: [TermFrequencyField: [Float]]) {
        self.frequencies = frequencies
    }

    /// Counts every field's values (fields in parallel).
    public init(_ table: FeatureTable, fields: [TermFrequencyField]) {
        let columns = Parallel.map(count: fields.count) { index -> [Float] in
            let hashes = TermFrequencies.hashes(fields[index], table)
            var counts: [UInt64: Int32] = [:]
            counts.reserveCapacity(hashes.count / 4)
            var present = 0
            for hash in hashes where hash != 0 {
                counts[hash, default: 0] += 1
                present += 1
            }
            let total = Float(max(present, 1))
            return hashes.map { $0 == 0 ? 0 : Float(counts[$0] ?? 0) / total }
        }
        var frequencies: [TermFrequencyField: [Float]] = [:]
        for (index, field) in fields.enumerated() { frequencies[field] = columns[index] }
        self.frequencies = frequencies
    }

    static func hashes(_ field: TermFrequencyField, _ table: FeatureTable) -> [UInt64] {
        switch field {
        case .surname: return table.surnameHash
        case .firstName: return table.firstNameHash
        case .city: return table.cityHash
        case .email: return table.emailHash
        }
    }

    /// The larger frequency of the two records' values, nil when the field is not adjusted.
    @inline(__always)
    func frequency(_ field: TermFrequencyField, _ a: Int, _ b: Int) -> Double? {
        guard let column = frequencies[field] else { return nil }
        let value = max(column[a], column[b])
        return value > 0 ? Double(value) : nil
    }

    /// The share of customers with this field's value, for one record (tests, explanations).
    public func frequency(of field: TermFrequencyField, record: Int) -> Double? {
        frequencies[field].map { Double($0[record]) }
    }
}
