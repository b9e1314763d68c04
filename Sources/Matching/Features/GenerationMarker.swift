/// "jr." / "sr." written after a surname ("Dirksen jr."): it tells a father from his son, so it
/// is taken off the surname key (the family name is what surnames compare) and kept apart for
/// the first-name comparison.
enum GenerationMarker {
    static let junior: UInt8 = 1
    static let senior: UInt8 = 2

    /// The surname key without a trailing marker, and the marker (0 when none). Keys are
    /// lower-case words separated by single spaces, so the marker is the last word.
    static func split(_ key: String?) -> (key: String?, marker: UInt8) {
        guard let key, let space = key.utf8.lastIndex(of: 0x20) else { return (key, 0) }
        let marker: UInt8
        switch key[key.index(after: space)...] {
        case "jr", "jun", "junior": marker = junior
        case "sr", "sen", "senior": marker = senior
        default: return (key, 0)
        }
        let rest = String(key[..<space])
        return (rest.isEmpty ? nil : rest, marker)
    }
}
