import CustomerModel

/// The primary key of a stored customer: its `customer_id`, or for a record the API sent without
/// one, a negative 63-bit FNV-1a hash of its raw text (the same record sent twice lands on one
/// row; a different one gets its own).
enum CustomerKey {
    static func key(for customer: Customer) -> Int64 {
        if let id = customer.customerID, id >= 0 { return Int64(id) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in customer.raw.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return -Int64(hash & 0x3fff_ffff_ffff_ffff) - 1
    }

    /// Whether a key is a real customer id rather than a stand-in hash.
    static func isCustomerID(_ key: Int64) -> Bool { key >= 0 }
}
