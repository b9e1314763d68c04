import Foundation
import CustomerModel
import Testing
@testable import CustomerGenerator

@Suite struct DeterminismTests {
    @Test func theSameSeedGivesTheSameBytes() {
        let configuration = GeneratorConfiguration(seed: 11, customers: 3_000)
        let first = DutchCustomerGenerator.generate(configuration)
        let second = DutchCustomerGenerator.generate(configuration)
        #expect(first.customers.map(\.raw) == second.customers.map(\.raw))
        #expect(first.truth == second.truth)
    }

    @Test func anotherSeedGivesOtherCustomers() {
        let first = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 1, customers: 200))
        let second = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 2, customers: 200))
        #expect(first.customers.map(\.raw) != second.customers.map(\.raw))
    }

    @Test func streamingGivesWhatGenerateGives() {
        let configuration = GeneratorConfiguration(seed: 5, customers: 4_500)
        var streamed: [String] = []
        var blocks = 0
        let truth = DutchCustomerGenerator.stream(configuration) { block in
            streamed += block.map(\.raw)
            blocks += 1
        }
        #expect(blocks > 1, "more customers than one block")
        #expect(streamed == DutchCustomerGenerator.generate(configuration).customers.map(\.raw))
        #expect(truth == DutchCustomerGenerator.generate(configuration).truth)
    }

    @Test(arguments: [0, 1, 2, 3, 1_999, 2_000, 2_001])
    func writesExactlyTheRequestedNumber(_ count: Int) {
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 3, customers: count))
        #expect(dataset.customers.count == count)
    }

    @Test func idsAscendFromOneAndRawIsTheRecord() throws {
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 9, customers: 2_500))
        let ids = dataset.customers.compactMap(\.customerID)
        #expect(ids.count == dataset.customers.count)
        #expect(ids.first == 1)
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
        // What is served (raw) decodes to the same values the generator holds.
        for customer in dataset.customers.prefix(300) {
            var decoded = try CustomerJSON.decodeCustomer(Data(customer.raw.utf8))
            decoded.raw = customer.raw
            #expect(decoded == customer)
        }
    }
}
