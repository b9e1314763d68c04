import AuditSupport
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

    /// Records in, customers out, same order. `keepRaw: false` leaves `raw` empty (a run reads the
    /// typed fields only, and the text is about as large as the rest of the record).
    static func decode(_ records: [Record], keepRaw: Bool = true) -> [Customer] {
        guard !records.isEmpty else { return [] }
        var customers = [Customer](repeating: Customer(), count: records.count)
        customers.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes only its own slice of the buffer.
            nonisolated(unsafe) let output = buffer
            _ = ParallelChunks.map(count: records.count, minimumChunk: 4_096) { range in
                for index in range { output[index] = decode(records[index], keepRaw: keepRaw) }
            }
        }
        return customers
    }

    static func decode(_ record: Record, keepRaw: Bool = true) -> Customer {
        var customer = if let typed = record.typed, let customer = TypedCustomerCodec.decode(typed, raw: record.raw) {
            customer
        } else {
            decodeRaw(key: record.key, raw: record.raw)
        }
        if !keepRaw { customer.raw = "" }
        return customer
    }

    /// Parses the raw text with the customer decoder; a stored text that is no longer a JSON object
    /// is kept with a decoding issue rather than dropped.
    static func decodeRaw(key: Int64, raw: String) -> Customer {
        if var customer = try? CustomerJSON.decodeCustomer(Data(raw.utf8)) {
            customer.raw = raw
            return customer
        }
        return Customer(
            customerID: CustomerKey.isCustomerID(key) ? Int(key) : nil, raw: raw,
            decodingIssues: [DecodingIssue(field: "raw", problem: "the stored record is not a JSON object")])
    }
}
