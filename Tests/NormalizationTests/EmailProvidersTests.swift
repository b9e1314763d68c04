import AuditSupport
import CustomerModel
import Foundation
import Testing
import TestSupport
@testable import Normalization

struct EmailProvidersTests {
    @Test func builtInEqualsShippedFile() throws {
        let url = TestSupport.packageRoot.appendingPathComponent("rules/email-providers.yml")
        let shipped = try EmailProviders.load(from: url)
        #expect(shipped == EmailProviders.builtIn)
        for group in ["global", "NL", "BE", "DE", "FR", "UK"] {
            #expect(!(shipped.byGroup[group] ?? []).isEmpty, "no providers for \(group)")
        }
    }

    /// Real providers of the countries customers come from are never typos, also when one edit from
    /// another provider (outlook.de / outlook.be, live.nl / live.be, gmx.de / gmx.at).
    @Test(arguments: ["outlook.de", "outlook.be", "outlook.nl", "hotmail.de", "hotmail.fr", "live.be", "live.de", "gmx.de",
                      "gmx.at", "gmx.net", "web.de", "t-online.de", "telenet.be", "skynet.be", "proximus.be", "ziggo.nl",
                      "kpnmail.nl", "xs4all.nl", "planet.nl", "hetnet.nl", "home.nl", "icloud.com", "me.com", "proton.me",
                      "orange.fr", "free.fr", "btinternet.com", "googlemail.com"])
    func providersAreNeverTypos(domain: String) {
        #expect(EmailProviders.builtIn.isProvider(domain))
        #expect(EmailProviders.builtIn.suggestion(for: domain) == nil)
    }

    @Test(arguments: [("gmial.com", "gmail.com"), ("gmal.com", "gmail.com"), ("hotmial.nl", "hotmail.nl"), ("outlok.com", "outlook.com"),
                      ("telenet.bee", "telenet.be"), ("web.dee", "web.de"), ("t-onlin.de", "t-online.de"), ("kpnmial.nl", "kpnmail.nl"),
                      ("gmail.nl", "gmail.com"), ("ziggo.com", "ziggo.nl")])
    func typosSuggestTheProvider(typo: String, meant: String) {
        #expect(EmailProviders.builtIn.suggestion(for: typo) == meant)
    }

    /// Every one-letter slip (drop, double, swap) of a big provider's name suggests that provider
    /// unless another provider is as close.
    @Test func oneEditTyposOfBigProviders() {
        let providers = EmailProviders.builtIn
        var checked = 0
        for domain in ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "telenet.be", "t-online.de"] {
            let name = Array(domain.prefix { $0 != "." }), rest = String(domain.drop { $0 != "." })
            for index in 1..<(name.count - 1) {
                var dropped = name; dropped.remove(at: index)
                var swapped = name; swapped.swapAt(index, index + 1)
                for typo in [String(dropped) + rest, String(swapped) + rest] where !providers.isProvider(typo) {
                    // gail.com is one edit from gmail.com and from mail.com: no guess then.
                    let close = providers.domains.filter {
                        EmailProviders.editDistance(Array(typo.unicodeScalars), Array($0.unicodeScalars), limit: 1) <= 1
                    }
                    #expect(providers.suggestion(for: typo) == (close == [domain] ? domain : nil), "\(typo)")
                    if close == [domain] { checked += 1 }
                }
            }
        }
        #expect(checked > 40)
    }

    @Test func ownDomainsAndTiesGetNoSuggestion() {
        #expect(EmailProviders.builtIn.suggestion(for: "fietsenjansen.nl") == nil)
        #expect(EmailProviders.builtIn.suggestion(for: "") == nil)
        // One edit from both hotmail.be and hotmail.de: not guessed.
        #expect(EmailProviders.builtIn.suggestion(for: "hotmail.ee") == nil)
    }

    @Test(arguments: [
        ("version: 1\nprovider:\n  NL: [ziggo.nl]\n", 2, "provider"),
        ("version: 1\nproviders:\n  NL: ziggo.nl\n", 3, "providers.NL"),
        ("version: 1\nproviders:\n  NL: [Ziggo.NL]\n", 3, "providers.NL[0]"),
        ("version: 1\nproviders:\n  NL: [ziggo.nl]\n  BE: [ziggo.nl]\n", 4, "providers.BE[0]"),
        ("version: 1\nproviders:\n  NL: [ziggo.nl]\ntypos:\n  zigo.nl: zigo.com\n", 5, "typos.zigo.nl"),
        ("version: 2\n", 1, "version"),
    ] as [(String, Int, String)])
    func badFilesNameFileLineAndKey(yaml: String, line: Int, key: String) {
        do {
            _ = try EmailProviders.parse(yaml: yaml, file: "email-providers.yml")
            Issue.record("accepted a bad file: \(yaml)")
        } catch let error as ConfigurationError {
            #expect(error.file == "email-providers.yml")
            #expect(error.line == line, "\(error)")
            #expect(error.key == key, "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func normalizerUsesTheConfiguredProviders() {
        let regional = EmailProviders(byGroup: ["global": ["gmail.com"], "DK": ["hotmail.dk"]])
        let customer = Customer(customerID: 1, email: "jan@gmial.com")
        #expect(Normalizer(firstNames: .builtIn, emailProviders: regional).normalize(customer, index: 0).email.suggestion == "jan@gmail.com")
        let dk = Customer(customerID: 2, email: "jan@hotmail.dk")
        #expect(Normalizer(firstNames: .builtIn, emailProviders: regional).normalize(dk, index: 0).email.suggestion == nil)
    }
}
