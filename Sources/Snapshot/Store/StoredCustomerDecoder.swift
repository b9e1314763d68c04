import CustomerModel
import Foundation

/// Rebuilds `Customer` values from the raw JSON kept in the store, on every core.
///
/// The raw text is the source of truth; decoding it again gives exactly the typed view (and the
/// decoding issues) the quality rules would have seen from the API, and `raw` stays byte for byte
/// what was received.
enum StoredCustomerDecoder {
    /// Records in, customers out, same order.
    static func decode(_ records: [(key: Int64, raw: String)]) -> [Customer] {
        guard !records.isEmpty else { return [] }
        let chunkSize = 2_048
        let chunks = (records.count + chunkSize - 1) / chunkSize
        var customers = [Customer](repeating: Customer(), count: records.count)
        customers.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes only its own slice of the buffer.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                for index in start..<min(start + chunkSize, records.count) {
                    output[index] = decode(key: records[index].key, raw: records[index].raw)
                }
            }
        }
        return customers
    }

    /// One record; a stored text that is no longer a JSON object is kept with a decoding issue
    /// rather than dropped.
    static func decode(key: Int64, raw: String) -> Customer {
        if let object = (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) as? [String: Any] {
            return CustomerJSON.customer(from: object, raw: raw)
        }
        return Customer(
            customerID: CustomerKey.isCustomerID(key) ? Int(key) : nil, raw: raw,
            decodingIssues: [DecodingIssue(field: "raw", problem: "the stored record is not a JSON object")])
    }
}
