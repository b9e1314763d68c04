import CustomerModel
import Testing
@testable import CustomerGenerator

/// Customers mail from their own country's providers, as in real data: Belgians at telenet.be and
/// hotmail.be, Germans at web.de, gmx.de and outlook.de, besides the international ones.
@Suite struct EmailProviderMixTests {
    static let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 14, customers: 20_000, duplicateRate: 0, problemRate: 0))

    static func domains(in country: String) -> Set<String> {
        Set(dataset.customers.filter { $0.countryCode?.uppercased() == country }.compactMap { $0.email?.split(separator: "@").last.map(String.init) })
    }

    @Test(arguments: [("NL", ["ziggo.nl", "kpnmail.nl", "outlook.nl", "gmail.com"]),
                      ("BE", ["telenet.be", "skynet.be", "hotmail.be", "outlook.be", "gmail.com"]),
                      ("DE", ["web.de", "gmx.de", "t-online.de", "outlook.de", "hotmail.de", "gmail.com"])])
    func countryProviders(country: String, expected: [String]) {
        let seen = Self.domains(in: country)
        for domain in expected { #expect(seen.contains(domain), "\(country) customers never use \(domain)") }
    }

    /// A few keep an address from elsewhere (a Dutch family across the border), as real people do.
    @Test func personalAddressesMostlyUseTheirCountrysProviders() {
        let own = ["DE": Set(EmailFactory.germanProviders.map(\.0)), "BE": Set(EmailFactory.belgianProviders.map(\.0))]
        for (country, providers) in own {
            let domains = Self.dataset.customers
                .filter { $0.countryCode?.uppercased() == country && $0.companyName?.isEmpty != false }
                .compactMap { $0.email?.split(separator: "@").last.map(String.init) }
            let local = domains.filter(providers.contains).count
            #expect(domains.count > 100 && Double(local) >= 0.95 * Double(domains.count), "\(country): \(local) of \(domains.count)")
        }
    }
}
