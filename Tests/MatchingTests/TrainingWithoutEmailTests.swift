import AuditSupport
import CustomerModel
import Testing
@testable import Matching

/// Expectation–maximisation on a customer base with no e-mail and no mobile at all (like the
/// public record-linkage benchmarks): the name and reference training rules must still teach
/// every comparison the data holds, and the model must find the duplicates.
struct TrainingWithoutEmailTests {
    /// People with a member number, name and address only; duplicates with a typing error, a
    /// missing field, swapped names or a reference one digit off.
    static let population: (customers: [ExampleCustomer], truth: Set<IDPair>) = {
        var random = SplitMix64(seed: 13)
        func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }
        func digits(_ n: Int) -> String { (0..<n).map { _ in String(random.next() % 10) }.joined() }
        let surnames = SyntheticPopulation.surnames + ["waller", "berry", "sondergeld", "mcdonald", "nguyen", "campbell", "white"]
        var customers: [ExampleCustomer] = [], truth = Set<IDPair>()
        for _ in 0..<2000 {
            let person = ExampleCustomer(surname: pick(surnames), firstName: pick(SyntheticPopulation.firstNames),
                                         postcode: String(2000 + random.next() % 900), houseNumber: 1 + Int(random.next() % 120),
                                         street: pick(SyntheticPopulation.streets), city: pick(SyntheticPopulation.cities),
                                         reference: digits(7))
            customers.append(person)
            guard random.next() % 4 == 0 else { continue }
            var copy = person
            switch random.next() % 5 {
            case 0: copy.surname = person.surname.map { $0 + "e" }
            case 1: (copy.firstName, copy.surname) = (person.surname, person.firstName)
            case 2: copy.reference = String(person.reference!.dropLast()) + String((Int(String(person.reference!.last!))! + 1) % 10)
            case 3: copy.postcode = String(2000 + random.next() % 900)
            default: copy.firstName = nil
            }
            customers.append(copy)
            truth.insert(IDPair(customers.count - 1, customers.count))
        }
        return (customers, truth)
    }()

    static let result = DuplicateFinder(configuration: .forTests)
        .run(population.customers.enumerated().map { $1.normalized(id: $0 + 1) })

    @Test func emConvergesOnTheTrainingRulesTheDataCanServe() throws {
        let training = Self.result.model.training
        #expect(training.converged)
        #expect(training.emIterations["reference"] != nil)
        // The reference rule teaches names and addresses; the name rule fills in the reference.
        #expect(training.emIterations["name"] != nil)
        // No e-mail, no mobile: those sessions have nothing to learn from.
        #expect(training.emIterations["mobile"] == nil)
    }

    @Test(arguments: [("surname", "exact"), ("surname", "typo"), ("surname", "swapped"), ("first_name", "exact"),
                      ("postcode", "exact"), ("postcode", "else"), ("house_number", "exact"), ("customer_reference", "exact"),
                      ("customer_reference", "typo")])
    func levelIsEstimatedFromPairs(comparison: String, level: String) throws {
        let parameters = try #require(Self.result.model.parameters(for: comparison)?.levels.first { $0.id == level })
        #expect(parameters.mSource == "estimated")
        #expect(parameters.mPairs > 0)
    }

    @Test func levelsNoPairReachedKeepTheirStartingValues() throws {
        // Nobody in this base has an e-mail address.
        let email = try #require(Self.result.model.parameters(for: "email"))
        #expect(email.levels.dropFirst().allSatisfy { $0.mSource == "default" && $0.mPairs == 0 })
    }

    @Test func findsTheDuplicates() {
        let found = DuplicateFinderTests.suggestedPairs(Self.result)
        let correct = found.intersection(Self.population.truth).count
        let precision = Double(correct) / Double(max(found.count, 1))
        let recall = Double(correct) / Double(max(Self.population.truth.count, 1))
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(recall >= 0.9, "recall \(recall)")
    }
}
