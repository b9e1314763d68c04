import Foundation
import CustomerModel
import Testing
@testable import Normalization

struct NormalizerTests {
    static let example = Customer(
        customerID: 6, postcode: "5388GM", houseNumber: "32", houseNumberPostfix: "b", companyName: "Jansen Fietsen B.V.",
        title: "Dhr.", initials: "J.", insertion: "van", firstName: "Jan", name: "Dijk", street: "Kerkstr.", city: "Nistelrode",
        countryCode: "nl", email: "Jan@Gmial.com", vatNumber: "NL855630693B01", cocNumber: "12345678",
        phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678"), PhoneNumber(phoneNumberID: "tel", phoneNumber: ""),
                       PhoneNumber(phoneNumberID: "714253", phoneNumber: "+381 60 3333333")])

    @Test func normalizesEveryField() {
        let result = Normalizer().normalize(Self.example, index: 0)
        #expect(result.id == 6)
        #expect(result.person.displayName == "Jan van Dijk")
        #expect(result.person.surnameKey == "dijk")
        #expect(result.person.firstNameCanonicalKey == "johannes")
        #expect(result.address.postcode == "5388 GM")
        #expect(result.address.houseNumber == 32 && result.address.houseNumberPostfix == "b")
        #expect(result.address.streetKey == "kerkstraat")
        #expect(result.address.cityKey == "nistelrode")
        #expect(result.country.code == "NL")
        #expect(result.email.suggestion == "jan@gmail.com")
        #expect(result.company.key == "jansen fietsen")
        #expect(result.vat.scheme == .nlClassic)
        #expect(result.kvk.outcome == .valid)
        #expect(result.phones.map(\.e164) == ["+31612345678", nil, "+381603333333"])
        #expect(result.phones.map(\.slot) == [.mobile, .landline, .extra])
        #expect(result.phones[1].outcome == .missing)
        #expect(result.phones[2].region == "RS")
    }

    static let oddValues = ["", "   ", "\u{0}", "a\u{0}b", "😀🇳🇱", "\u{202E}دیجک\u{202C}", "שלום עולם", String(repeating: "x", count: 10_000),
                            String(repeating: "é", count: 10_000), "<script>alert(1)</script>", "<b>Jan</b>", "\u{FEFF}\u{200B}", "\n\t\r", "\u{FFFD}"]

    @Test(arguments: oddValues)
    func oddValueInEveryFieldIsHandled(value: String) {
        var customer = Customer(customerID: 1)
        for field in CustomerField.allCases where field != .customerID && field != .phoneNumbers { customer[field] = value }
        customer.phoneNumbers = [PhoneNumber(phoneNumberID: value, phoneNumber: value)]
        let result = Normalizer().normalize(customer, index: 0)
        let keys = [result.person.surnameKey, result.person.firstNameKey, result.address.streetKey, result.address.cityKey, result.company.key]
        for key in keys.compactMap({ $0 }) { #expect(key.utf8.allSatisfy { $0 < 0x80 && $0 != 0 }) }
        // Nothing odd is called valid, and present values get an outcome rather than vanishing.
        #expect(result.email.outcome != .valid)
        #expect(result.vat.outcome != .valid)
        #expect(result.kvk.outcome != .valid)
        #expect(result.phones.count == 1 && result.phones[0].outcome != .valid)
        #expect(result.address.postcodeOutcome != .valid)
        #expect(result.country.outcome != .valid)
        let blank = value.unicodeScalars.allSatisfy { TextCleaner.isSpaceLike($0) }
        #expect(result.email.outcome == (blank ? .missing : result.email.outcome))
        if !blank { #expect(result.email.outcome.isInvalid && result.kvk.outcome.isInvalid && result.vat.outcome.isInvalid) }
    }

    @Test func recordWithoutIDGetsStandIn() {
        #expect(Normalizer().normalize(Customer(), index: 4).id == -5)
    }

    @Test func emptyCustomerHasMissingOutcomes() {
        let result = Normalizer().normalize(Customer(), index: 0)
        #expect(result.address.postcodeOutcome == .missing)
        #expect(result.email.outcome == .missing)
        #expect(result.vat.outcome == .missing)
        #expect(result.country.outcome == .missing)
        #expect(result.country.effective == "NL")
    }

    @Test func batchKeepsOrderAndMatchesSingleCalls() {
        var customers: [Customer] = []
        let surnames = ["Jansen", "de Vries", "Müller", "Ĳzerman", "王", "Владимир"]
        for index in 0..<5_000 {
            var customer = Self.example
            customer.customerID = index % 7 == 0 ? nil : index
            customer.name = surnames[index % surnames.count]
            customer.phoneNumbers[0].phoneNumber = "06-\(10_000_000 + index % 900)"
            customers.append(customer)
        }
        let normalizer = Normalizer()
        let done = Counter()
        let batch = normalizer.normalize(customers, workers: 2, progress: { done.set($0) })
        #expect(batch.count == customers.count)
        #expect(done.value == customers.count)
        for index in stride(from: 0, to: customers.count, by: 97) {
            let single = normalizer.normalize(customers[index], index: index)
            #expect(batch[index].id == single.id)
            #expect(batch[index].person == single.person)
            #expect(batch[index].phones == single.phones)
        }
        #expect(normalizer.normalize([]).isEmpty)
    }

    /// Pieces give what the whole array gives (stand-in ids count from the start of the whole input,
    /// a repeated id anywhere gets one), and are emptied.
    @Test func piecesGiveTheSameCustomersAndAreLetGo() {
        var customers: [Customer] = []
        for index in 0..<9_000 {
            var customer = Self.example
            customer.customerID = index % 11 == 0 ? nil : (index == 8_500 ? 3 : index)
            customer.phoneNumbers[0].phoneNumber = "06-\(10_000_000 + index % 700)"
            customers.append(customer)
        }
        let normalizer = Normalizer()
        let whole = normalizer.normalize(customers, workers: 2)
        var pieces = [Array(customers[0..<2_500]), [], Array(customers[2_500..<7_000]), Array(customers[7_000...])]
        let done = Counter()
        let pieced = normalizer.normalize(pieces: &pieces, workers: 2, progress: { done.set($0) })
        #expect(pieces.isEmpty)
        #expect(done.value == customers.count)
        #expect(pieced.map(\.id) == whole.map(\.id))
        #expect(pieced[8_500].id == -8_501, "the repeated id 3 gets a stand-in")
        #expect(pieced[7_700].id == -7_701, "a record without an id counts from the start of the whole input")
        #expect(zip(pieced, whole).allSatisfy { $0.customer == $1.customer && $0.phones == $1.phones && $0.person == $1.person })
        var none: [[Customer]] = []
        #expect(normalizer.normalize(pieces: &none, workers: 2).isEmpty)
    }
}

final class Counter: @unchecked Sendable {
    private var stored = 0
    private let lock = NSLock()
    var value: Int { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ value: Int) { lock.lock(); stored = max(stored, value); lock.unlock() }
}
