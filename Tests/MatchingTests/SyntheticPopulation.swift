import AuditSupport
import CustomerModel
@testable import Matching
import Normalization

/// A small seeded population of hand-built customers with planted duplicates and look-alikes,
/// for tests that must not depend on the normalizer or the sandbox generator.
struct SyntheticPopulation {
    var customers: [NormalizedCustomer] = []
    /// Groups of ids that are one customer.
    var duplicateGroups: [[Int]] = []
    /// Pairs that look alike but are different customers.
    var hardNegatives: [(a: Int, b: Int, kind: String)] = []

    static let surnames = ["jansen", "de vries", "bakker", "visser", "smit", "meijer", "de boer", "mulder", "de groot", "bos",
                           "vos", "peters", "hendriks", "van leeuwen", "dekker", "brouwer", "de wit", "dijkstra", "smits", "de graaf",
                           "wijgergangs", "van den heuvel", "kuipers", "van dijk", "verhoeven", "schouten", "willems", "hoekstra",
                           "koster", "prins", "huisman", "peeters", "kok", "jacobs", "van der linden", "boer", "maas", "van beek"]
    static let firstNames = ["jan", "piet", "kees", "anna", "maria", "sanne", "lotte", "daan", "sem", "lucas", "emma", "julia",
                             "tim", "bram", "eva", "sophie", "thomas", "lisa", "ruben", "noah", "fleur", "jesse", "iris", "max"]
    static let cities = ["amsterdam", "rotterdam", "utrecht", "nistelrode", "uden", "oss", "eindhoven", "tilburg", "breda",
                         "zwolle", "groningen", "leiden", "delft", "haarlem", "arnhem", "nijmegen"]
    static let streets = ["kerkstraat", "dorpsstraat", "raadhuisplein", "molenweg", "schoolstraat", "stationsweg", "julianastraat",
                          "beatrixlaan", "lindelaan", "eikenlaan", "nieuwstraat", "marktplein"]

    init(people: Int, seed: UInt64, duplicateRate: Double = 0.08, householdRate: Double = 0.04) {
        var random = SplitMix64(seed: seed)
        var nextID = 1
        func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }
        func chance(_ p: Double) -> Bool { Double(random.next() % 10_000) / 10_000 < p }
        func digits(_ n: Int) -> String { (0..<n).map { _ in String(random.next() % 10) }.joined() }
        func add(_ example: ExampleCustomer) -> Int {
            let id = nextID
            nextID += 1
            customers.append(example.normalized(id: id))
            return id
        }
        for _ in 0..<people {
            let surname = pick(Self.surnames), first = pick(Self.firstNames)
            let postcode = "\(1000 + Int(random.next() % 9000))\(pick(["AB", "GM", "KL", "XZ", "PQ", "RS"]))"
            let person = ExampleCustomer(
                surname: surname, firstName: first, postcode: postcode, houseNumber: 1 + Int(random.next() % 150),
                street: pick(Self.streets), city: pick(Self.cities), mobiles: ["+316\(digits(8))"],
                email: "\(first).\(surname.replacingOccurrences(of: " ", with: ""))\(random.next() % 1000)@\(pick(["gmail.com", "ziggo.nl", "kpnmail.nl"]))")
            let id = add(person)
            if chance(duplicateRate) {
                var copy = person
                switch random.next() % 4 {
                case 0: copy.email = nil
                case 1: copy.mobiles = []; copy.surname = surname + "s"
                case 2: copy.firstName = nil; copy.initials = String(first.prefix(1)).uppercased()
                default: copy.postcode = nil; copy.houseNumber = nil
                }
                duplicateGroups.append([id, add(copy)])
            } else if chance(householdRate) {
                // A household: same address, surname and landline; own first name, mobile and e-mail.
                var partner = person
                partner.firstName = pick(Self.firstNames.filter { $0 != first })
                partner.mobiles = ["+316\(digits(8))"]
                partner.email = "\(partner.firstName!)\(random.next() % 1000)@ziggo.nl"
                let landline = "+3173\(digits(7))"
                customers[customers.count - 1].phones.append(PhoneResult(slot: .landline, e164: landline, kind: .fixedLine, outcome: .valid))
                partner.phones = [landline]
                hardNegatives.append((id, add(partner), "household"))
            } else if chance(householdRate) {
                // Father and son: same name and address, different mobile and e-mail.
                var son = person
                son.mobiles = ["+316\(digits(8))"]
                son.email = "\(first)\(random.next() % 1000)@hotmail.com"
                hardNegatives.append((id, add(son), "father_and_son"))
            }
        }
    }

    /// All true pairs, (low, high).
    var truePairs: Set<IDPair> {
        var pairs = Set<IDPair>()
        for group in duplicateGroups {
            for (i, a) in group.enumerated() { for b in group[(i + 1)...] { pairs.insert(IDPair(a, b)) } }
        }
        return pairs
    }
}

extension MatchingConfiguration {
    /// The shipped rules with estimation enabled for small test populations.
    static var forTests: MatchingConfiguration {
        var configuration = MatchingConfiguration.default
        configuration.estimation.minimumRecords = 200
        configuration.estimation.randomPairs = 200_000
        configuration.termFrequency.minimumRecords = 200
        return configuration
    }
}
