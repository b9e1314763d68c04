import CustomerGenerator
import CustomerModel
import Foundation
import Testing
import TestSupport

/// `check --create`: a customer is created only when no likely duplicate exists.
@Suite struct CheckCreateTests {
    @Test func createsANewCustomerAndRefusesALikelyDuplicate() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 11, customers: 300))
        try Data(("[" + dataset.customers.map { CustomerJSON.encode($0) }.joined(separator: ",") + "]").utf8)
            .write(to: folder.appendingPathComponent("served.json"))
        let credentials = ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": "create-\(UUID().uuidString)"]
        let server = try await BackgroundCLI.start(["sandbox", "--port", "0", "--customers", "served.json"], in: folder,
                                                   environment: credentials, readyLine: "Serving")
        defer { server.stop() }
        let baseURL = try #require(server.firstLine.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init))

        // Someone the shop has never seen.
        let stranger = Customer(customerTypeName: "Klant", postcode: "9999 ZZ", houseNumber: "1", firstName: "Xaverius",
                                name: "Quakkelstein", street: "Nergensweg", city: "Nergenshuizen", countryCode: "NL",
                                email: "x.quakkelstein@example-mail.nl",
                                phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "0698765432")])
        try Data(CustomerJSON.encode(stranger).utf8).write(to: folder.appendingPathComponent("new.json"))
        let created = try await CLIRunner.run(["check", "--customer", "new.json", "--base-url", baseURL, "--create"],
                                              in: folder, environment: credentials)
        #expect(created.status == 0, "\(created.stderr)")
        let line = try #require(created.stdout.split(separator: "\n").first { $0.hasPrefix("created customer ") })
        let newID = try #require(Int(line.split(separator: " ").last ?? ""))
        #expect(!dataset.customers.contains { $0.customerID == newID })

        // The same customer again is now a likely duplicate of the one just created: nothing is created.
        let again = try await CLIRunner.run(["check", "--customer", "new.json", "--base-url", baseURL, "--create"],
                                            in: folder, environment: credentials)
        #expect(again.status == 1, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("#\(newID)") && !again.stdout.contains("created customer"))
        #expect(again.stderr.contains("not created"))
    }
}
