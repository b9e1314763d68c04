/// The surname and first name keys as one unordered pair, so that records whose names are
/// swapped ("jansen jan" / "jan jansen") share a block; 0 when either is missing. Each name
/// counts by its last word: the surname key has lost its particle ("berg" of van den Berg) but
/// the same name typed in the first-name field keeps it ("van den berg").
enum NameSet {
    static func hash(_ surname: String?, _ firstName: String?) -> UInt64 {
        guard let surname, let firstName else { return 0 }
        let a = KeyHash.of(String(lastWord(surname))), b = KeyHash.of(String(lastWord(firstName)))
        guard a != 0, b != 0 else { return 0 }
        return KeyHash.combine(min(a, b), max(a, b))
    }

    static func lastWord(_ key: String) -> Substring {
        guard let space = key.lastIndex(of: " ") else { return Substring(key) }
        return key[key.index(after: space)...]
    }
}
