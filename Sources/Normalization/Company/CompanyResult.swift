/// A parsed company name.
///
/// Company names repeat in a customer file and a batch memoizes their parse, so the three strings
/// sit behind one shared reference: 8 bytes a customer instead of 48, nothing at all for the many
/// customers without a company. The properties read and write like plain stored ones; equality and
/// hashing go by value.
public struct CompanyResult: Sendable, Hashable {
    struct Parts: Sendable, Hashable {
        var display, key, legalForm: String?
    }

    /// Nil when all three parts are nil, so that equal values have equal storage.
    private var parts: SharedValue<Parts>?

    public init(display: String? = nil, key: String? = nil, legalForm: String? = nil) {
        parts = Self.stored(Parts(display: display, key: key, legalForm: legalForm))
    }

    public var display: String? {
        get { parts?.value.display }
        set { update { $0.display = newValue } }
    }

    /// Lower-case ASCII key without legal form and punctuation ("jansen fietsen").
    public var key: String? {
        get { parts?.value.key }
        set { update { $0.key = newValue } }
    }

    /// The legal form recognized ("B.V.", "VOF", "GmbH" …), canonical spelling.
    public var legalForm: String? {
        get { parts?.value.legalForm }
        set { update { $0.legalForm = newValue } }
    }

    private mutating func update(_ change: (inout Parts) -> Void) {
        var value = parts?.value ?? Parts()
        change(&value)
        parts = Self.stored(value)
    }

    private static func stored(_ parts: Parts) -> SharedValue<Parts>? {
        parts == Parts() ? nil : SharedValue(parts)
    }
}
