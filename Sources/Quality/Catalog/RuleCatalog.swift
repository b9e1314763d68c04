/// Every rule kind the quality stage knows, in the order the catalogue and `quality.yml` list them.
public enum RuleCatalog {
    public static let all: [any QualityRule.Type] = [
        // Record completeness and shape
        RequiredFieldRule.self, ConditionalRequirementRule.self, AllowedValuesRule.self, NumericRangeRule.self,
        UnreadableFieldRule.self,
        // Address
        PostcodeValidRule.self, PostcodeFormatRule.self, HouseNumberRule.self, HouseNumberPostfixRule.self,
        CountryCodeValidRule.self, CountryCodeFormatRule.self, StreetConsensusRule.self, PostcodeAreaCityRule.self,
        // Contact
        PhoneValidRule.self, PhoneSlotRule.self, PhoneFormatRule.self, EmailValidRule.self, EmailFormatRule.self,
        EmailDomainTypoRule.self,
        // Identifiers
        VATValidRule.self, VATFormatRule.self, KvKValidRule.self, KvKFormatRule.self, CompanyWithoutVATRule.self,
        // Text
        WhitespaceRule.self, CasingRule.self, CharactersRule.self, PlaceholderRule.self,
        // Across records
        SharedContactRule.self, DuplicateReferenceRule.self, DuplicateCustomerIDRule.self,
    ]

    /// The descriptions of `all`, for the catalogue and the docs.
    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    /// The rule kind with this id.
    public static func ruleType(id: String) -> (any QualityRule.Type)? {
        all.first { $0.description.id == id }
    }
}
