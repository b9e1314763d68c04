import CustomerModel
import Foundation

/// Rebuilds `Customer` values from what the store keeps, on every core.
///
/// The typed blob (`TypedCustomerCodec`) gives the typed view quickly; the raw text is the source
/// of truth when there is no usable blob, and `raw` is always byte for byte what was received.
enum StoredCustomerDecoder {
    struct Record {
        var key: Int64
        var raw: String
        var typed: Data?
    }

    /// Records in, customers out, same order.
    static func decode(_ records: [Record]) -> [Customer] {
        guard !records.isEmpty else { return [] }
        let chunkSize = 4_096
        let chunks = (records.count + chunkSize - 1) / chunkSize
        var customers = [Customer](repeating: Customer(), count: records.count)
        customers.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes only its own slice of the buffer.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                for index in start..<min(start + chunkSize, records.count) {
                    output[index] = decode(records[index])
                }
            }
        }
        return customers
    }

    static func decode(_ record: Record) -> Customer {
        if let typed = record.typed, let customer = TypedCustomerCodec.decode(typed, raw: record.raw) {
            return customer
        }
        return decodeRaw(key: record.key, raw: record.raw)
    }

    /// Parses the raw text; a stored text that is no longer a JSON object is kept with a decoding
    /// issue rather than dropped.
    static func decodeRaw(key: Int64, raw: String) -> Customer {
        if let object = (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) as? [String: Any] {
            return CustomerJSON.customer(from: object, raw: raw)
        }
        return Customer(
            customerID: CustomerKey.isCustomerID(key) ? Int(key) : nil, raw: raw,
            decodingIssues: [DecodingIssue(field: "raw", problem: "the stored record is not a JSON object")])
    }
}
