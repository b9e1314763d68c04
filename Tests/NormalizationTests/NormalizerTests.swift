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
}

final class Counter: @unchecked Sendable {
    private var stored = 0
    private let lock = NSLock()
    var value: Int { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ value: Int) { lock.lock(); stored = max(stored, value); lock.unlock() }
}
