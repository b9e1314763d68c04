/// Whether two records carry the same two names with first name and surname swapped ("Jansen
/// Jan" / "Jan Jansen"): a form filled in the wrong order, or a name whose order the writer
/// did not know. Only asked when the names do not agree the straight way.
///
/// The surname key has its particle removed and the first-name key keeps what was typed, so
/// "van den Berg" in the first-name field is "van den berg" against a surname key "berg": a key
/// that ends in the other's words agrees. A typing error in one of the swapped names still
/// agrees (one edit, or Jaro-Winkler ≥ 0.9 with the same first letter).
enum NameSwap {
    @inline(__always)
    static func swapped(_ x: MatchRow, _ y: MatchRow, _ table: FeatureTable) -> Bool {
        guard x.surname != 0, y.surname != 0, x.firstName != 0, y.firstName != 0 else { return false }
        return agrees(table.surname[Int(x.surname)], table.firstName[Int(y.firstName)])
            && agrees(table.firstName[Int(x.firstName)], table.surname[Int(y.surname)])
    }

    @inline(__always)
    static func agrees(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a.elementsEqual(b) || endsWithWord(a, b) || endsWithWord(b, a) { return true }
        guard a[0] == b[0], min(a.count, b.count) >= 4 else { return false }
        return EditDistance.isOneEdit(a, b) || JaroWinkler.similarity(a, b) >= 0.9
    }

    /// Whether `text` ends with a space and then `word` ("van den berg" and "berg").
    @inline(__always)
    static func endsWithWord(_ text: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count > word.count + 1, text[text.count - word.count - 1] == 0x20 else { return false }
        return UnsafeBufferPointer(rebasing: text[(text.count - word.count)...]).elementsEqual(word)
    }
}
