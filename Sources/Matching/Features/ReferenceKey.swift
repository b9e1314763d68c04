/// `customer_reference` as a match key: letters and digits only, upper-case ASCII, so
/// "ref-046 " and "REF046" are one key. A reference of fewer than three characters ("1", "-")
/// is what a till puts in when it must put in something, not an identifier.
enum ReferenceKey {
    static let minimumLength = 3

    static func of(_ raw: String?) -> String? {
        guard let raw, !raw.isEmpty else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        for byte in raw.utf8 {
            switch byte {
            case 48...57, 65...90: bytes.append(byte)
            case 97...122: bytes.append(byte - 32)
            case 128...: bytes.append(byte)
            default: continue
            }
        }
        guard bytes.count >= minimumLength else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
