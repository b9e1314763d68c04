import Testing
@testable import Matching

/// "jr." / "sr." after a surname is taken off the surname key and kept as a marker.
struct GenerationMarkerTests {
    @Test(arguments: [
        ("dirksen jr", "dirksen", GenerationMarker.junior),
        ("van der meer sr", "van der meer", GenerationMarker.senior),
        ("dirksen junior", "dirksen", GenerationMarker.junior),
        ("dirksen", "dirksen", 0),
        ("jr", "jr", 0),
        ("de jrsma", "de jrsma", 0),
    ] as [(String, String, UInt8)])
    func split(key: String, surname: String, marker: UInt8) {
        let result = GenerationMarker.split(key)
        #expect(result.key == surname)
        #expect(result.marker == marker)
    }

    @Test func markerIsNotPartOfTheSurnameOrItsSound() {
        let table = FeatureTable([ExampleCustomer(surname: "Dirksen jr", firstName: "evert").normalized(id: 1),
                                  ExampleCustomer(surname: "Dirksen", firstName: "evert").normalized(id: 2)])
        #expect(table.rows[0].surname == table.rows[1].surname)
        #expect(table.rows[0].generation == GenerationMarker.junior)
        #expect(table.rows[1].generation == 0)
    }

    @Test func invalidNumbersAreNoNumbers() {
        let table = FeatureTable([ExampleCustomer(invalidPhones: ["+311111111111"]).normalized(id: 1),
                                  ExampleCustomer(invalidPhones: ["+311111111111"]).normalized(id: 2)])
        #expect(table.rows[0].phones.0 == 0 && table.rows[1].phones.0 == 0)
    }
}
