import Testing
@testable import Matching

/// Every comparison's named levels sit where `levels` has their ids: the code that decides and the
/// model, evidence and overrides that read the ids cannot drift apart.
struct LevelNameTests {
    /// `localPart` → `local_part`; `different` is `else`, a Swift keyword.
    static func levelID(_ name: String) -> String {
        if name == "different" { return "else" }
        return name.reduce(into: "") { out, character in
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
    }

    /// Where `levels[i]` carries a threshold (`jaro_winkler_92`) the name gives the id without it.
    static func matches(_ id: String, _ name: String) -> Bool {
        let expected = levelID(name)
        guard id != expected else { return true }
        guard id.hasPrefix(expected + "_") else { return false }
        return Int(id.dropFirst(expected.count + 1)) != nil
    }

    static func misplaced<C: NamedLevels>(_ comparison: C) -> [String] {
        let levels = comparison.levels
        return C.Level.allCases.compactMap { level in
            let name = "\(level)"
            guard level.rawValue < levels.count else { return "\(comparison.name).\(name) has no level" }
            return matches(levels[level.rawValue].id, name) ? nil : "\(comparison.name).\(name) is at '\(levels[level.rawValue].id)'"
        }
    }

    @Test func everyNamedLevelIsAtItsID() {
        let problems = Self.misplaced(FirstNameComparison()) + Self.misplaced(PostcodeComparison())
            + Self.misplaced(HouseNumberComparison()) + Self.misplaced(PhoneComparison()) + Self.misplaced(EmailComparison())
            + Self.misplaced(CompanyComparison()) + Self.misplaced(StreetComparison()) + Self.misplaced(CityComparison()) + Self.misplaced(StreetCityComparison())
            + Self.misplaced(BusinessIDComparison()) + Self.misplaced(ReferenceComparison()) + Self.misplaced(SurnameComparison())
        #expect(problems == [])
    }

    @Test(arguments: [[0.92, 0.8], [0.9], [0.95, 0.88, 0.7]])
    func surnameStepsLieBetweenItsNamedLevelsAndElse(_ thresholds: [Double]) {
        let comparison = SurnameComparison(thresholds: thresholds)
        #expect(Self.misplaced(comparison) == [])
        #expect(comparison.levels.count == comparison.differentLevel + 1)
        #expect(comparison.levels[comparison.differentLevel].id == "else")
        #expect(comparison.levels[SurnameComparison.Level.jaroWinkler.rawValue..<comparison.differentLevel].allSatisfy {
            $0.id.hasPrefix("jaro_winkler_")
        })
    }

    @Test func fixedComparisonsNameEveryLevel() {
        func count<C: NamedLevels>(_ comparison: C) -> (Int, Int) { (C.Level.allCases.count, comparison.levels.count) }
        for (named, levels) in [count(FirstNameComparison()), count(PostcodeComparison()), count(HouseNumberComparison()),
                                count(PhoneComparison()), count(EmailComparison()), count(CompanyComparison()),
                                count(StreetComparison()), count(CityComparison()), count(StreetCityComparison()), count(BusinessIDComparison()),
                                count(ReferenceComparison())] {
            #expect(named == levels)
        }
    }

    @Test(arguments: [("localPart", "local_part", true), ("jaroWinkler", "jaro_winkler_92", true), ("different", "else", true),
                      ("exact", "exact_number", false), ("jaroWinkler", "jaro_winkler", true), ("typo", "swapped", false)])
    func namesMatchIDs(_ name: String, _ id: String, _ expected: Bool) {
        #expect(Self.matches(id, name) == expected)
    }
}
