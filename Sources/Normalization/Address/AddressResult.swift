/// A parsed address: postcode, house number and postfix, street and city.
///
/// Streets and cities repeat across a customer file and a batch memoizes them, so each one's display
/// and key sit behind one shared reference (8 bytes a customer instead of 32). The properties read
/// and write like plain stored ones; equality and hashing go by value.
public struct AddressResult: Sendable, Hashable {
    /// Canonical display form ("5388 GM" for NL), nil when missing or unparseable.
    public var postcode: String?
    /// Match key ("5388gm"); for invalid postcodes the cleaned raw value so equal typos still meet.
    public var postcodeKey: String?
    public var postcodeOutcome: FieldOutcome
    public var houseNumber: Int?
    /// Lower-case postfix ("b", "2", "bis"), nil when none.
    public var houseNumberPostfix: String?
    public var houseNumberOutcome: FieldOutcome
    /// Nil when both the display and the key are nil, so that equal values have equal storage.
    private var streetText: SharedValue<DisplayAndKey>?
    private var cityText: SharedValue<DisplayAndKey>?

    /// A street's or city's display form and match key, as the memo of a batch holds them.
    struct DisplayAndKey: Sendable, Hashable {
        var display, key: String?

        /// The shared form, nil when both are nil.
        var shared: SharedValue<DisplayAndKey>? { display == nil && key == nil ? nil : SharedValue(self) }
    }

    public init(postcode: String? = nil, postcodeKey: String? = nil, postcodeOutcome: FieldOutcome = .missing,
                houseNumber: Int? = nil, houseNumberPostfix: String? = nil, houseNumberOutcome: FieldOutcome = .missing,
                street: String? = nil, streetKey: String? = nil, city: String? = nil, cityKey: String? = nil) {
        self.init(postcode: postcode, postcodeKey: postcodeKey, postcodeOutcome: postcodeOutcome, houseNumber: houseNumber,
                  houseNumberPostfix: houseNumberPostfix, houseNumberOutcome: houseNumberOutcome,
                  street: DisplayAndKey(display: street, key: streetKey).shared, city: DisplayAndKey(display: city, key: cityKey).shared)
    }

    init(postcode: String?, postcodeKey: String?, postcodeOutcome: FieldOutcome, houseNumber: Int?, houseNumberPostfix: String?,
         houseNumberOutcome: FieldOutcome, street: SharedValue<DisplayAndKey>?, city: SharedValue<DisplayAndKey>?) {
        self.postcode = postcode
        self.postcodeKey = postcodeKey
        self.postcodeOutcome = postcodeOutcome
        self.houseNumber = houseNumber
        self.houseNumberPostfix = houseNumberPostfix
        self.houseNumberOutcome = houseNumberOutcome
        self.streetText = street
        self.cityText = city
    }

    /// Street display (trimmed, collapsed) and key (lower ASCII, abbreviations expanded).
    public var street: String? {
        get { streetText?.value.display }
        set { streetText = DisplayAndKey(display: newValue, key: streetKey).shared }
    }

    public var streetKey: String? {
        get { streetText?.value.key }
        set { streetText = DisplayAndKey(display: street, key: newValue).shared }
    }

    public var city: String? {
        get { cityText?.value.display }
        set { cityText = DisplayAndKey(display: newValue, key: cityKey).shared }
    }

    public var cityKey: String? {
        get { cityText?.value.key }
        set { cityText = DisplayAndKey(display: city, key: newValue).shared }
    }
}
