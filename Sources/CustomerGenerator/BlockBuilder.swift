import AuditSupport
import CustomerModel

/// Builds the data set block by block: entities, their duplicates and hard-negative groups are
/// drawn together, shuffled within the block (so copies are registered some time apart), given
/// ascending ids and dates, then problems are planted. Blocks keep memory flat for any size.
struct BlockBuilder {
    static let blockSize = 2_000

    private let config: GeneratorConfiguration
    private var rng: SplitMix64
    private var nextID = 1
    private var nextPhoneID = APIShapes.firstExtraPhoneID
    /// How often each e-mail address was handed out: a mailbox belongs to one customer (or one
    /// household), so a second person drawn with the same address gets a numbered one, as
    /// providers make people choose. Without this a million customers share `phendriks@gmail.com`
    /// fourteen times, which no real base does.
    private var handedOut: [String: Int] = [:]
    private var produced = 0
    private var clock: Int
    private let secondsPerRecord: Int
    /// Chance that a drawn unit is a hard-negative group rather than one entity (see `init`).
    private let hardNegativeUnitShare: Double

    init(_ config: GeneratorConfiguration) {
        self.config = config
        rng = SplitMix64(seed: config.seed)
        // Ten years of registrations, ending late 2026, spread evenly over the records.
        clock = 1_478_000_000
        secondsPerRecord = max(1, 315_000_000 / max(config.customers, 1))
        // A unit is a hard-negative group (2.2 records on average) or an entity with copies
        // (1 + 1.2 × duplicateRate records); solve for the unit share that gives `hardNegativeRate` of records.
        let h = min(max(config.hardNegativeRate, 0), 0.9)
        let entityRecords = 1 + 1.2 * min(max(config.duplicateRate, 0), 1)
        hardNegativeUnitShare = h * entityRecords / (2.2 * (1 - h) + h * entityRecords)
    }

    var isFinished: Bool { produced >= config.customers }

    /// The next block of records (at most `blockSize`) and what was planted in it.
    mutating func nextBlock() -> (customers: [Customer], truth: GroundTruth) {
        let target = min(Self.blockSize, config.customers - produced)
        var records: [PendingRecord] = []
        var duplicateGroups = 0, hardNegativeGroups = 0
        while records.count < target {
            let room = target - records.count
            if room >= 3 && rng.chance(hardNegativeUnitShare) {
                let (kind, members) = HardNegativeFactory.group(config, using: &rng)
                // A family mailbox stays shared within the group, and the group's own.
                var groupAddresses: [String: String] = [:]
                for var entity in members.prefix(room) {
                    if let email = entity.email {
                        if groupAddresses[email] == nil { groupAddresses[email] = ownAddress(email) }
                        entity.email = groupAddresses[email]
                    }
                    var record = PendingRecord(entity: entity, style: RecordStyle.draw(for: entity, using: &rng))
                    // Look-alikes show their own first names; with initials only they could not be told apart at all.
                    record.style.firstNameForm = .called
                    record.hardNegativeGroup = (hardNegativeGroups, kind)
                    records.append(record)
                }
                hardNegativeGroups += 1
                continue
            }
            var entity = EntityFactory.person(config, using: &rng)
            entity.email = ownAddress(entity.email)
            var original = PendingRecord(entity: entity, style: RecordStyle.draw(for: entity, using: &rng))
            let copies = rng.chance(config.duplicateRate) ? (rng.chance(0.8) ? 1 : 2) : 0
            let fitting = min(copies, room - 1)
            if fitting > 0 { original.duplicateGroup = duplicateGroups }
            records.append(original)
            for _ in 0..<fitting {
                var copy = DuplicateVariants.copy(of: original, using: &rng)
                // A second registration with another address of its own must not take someone else's.
                if copy.entity.email != original.entity.email { copy.entity.email = ownAddress(copy.entity.email) }
                records.append(copy)
            }
            if fitting > 0 { duplicateGroups += 1 }
        }
        records.shuffle(using: &rng)
        return finish(records, duplicateGroups: duplicateGroups, hardNegativeGroups: hardNegativeGroups)
    }

    /// The address itself the first time, else the same with a number before the `@`
    /// (`phendriks2@gmail.com`); numbered ones are taken too. No random draw, so a seed's data
    /// changes only where addresses collided.
    private mutating func ownAddress(_ email: String?) -> String? {
        guard let email, let at = email.lastIndex(of: "@") else { return email }
        let earlier = handedOut[email.lowercased(), default: 0]
        handedOut[email.lowercased()] = earlier + 1
        guard earlier > 0 else { return email }
        var number = earlier + 1
        var candidate = String(email[..<at]) + String(number) + String(email[at...])
        while handedOut[candidate.lowercased()] != nil {
            number += 1
            candidate = String(email[..<at]) + String(number) + String(email[at...])
        }
        handedOut[candidate.lowercased()] = 1
        return candidate
    }

    private mutating func finish(_ records: [PendingRecord], duplicateGroups: Int, hardNegativeGroups: Int)
        -> (customers: [Customer], truth: GroundTruth) {
        var customers: [Customer] = []
        customers.reserveCapacity(records.count)
        var groups = [[Int]](repeating: [], count: duplicateGroups)
        var households = [[Int]](repeating: [], count: hardNegativeGroups)
        var householdKinds = [HardNegative.Kind](repeating: .household, count: hardNegativeGroups)
        var problems: [PlantedProblem] = []
        for record in records {
            // About one id in a hundred was deleted since: ids ascend with gaps, as in a real shop.
            if rng.chance(0.01) { nextID += Int.random(in: 1...5, using: &rng) }
            let id = nextID
            nextID += 1
            clock += Int.random(in: 0...(2 * secondsPerRecord), using: &rng)
            var customer = RecordRenderer.render(record.entity, style: record.style)
            customer.customerID = id
            customer.datetimeCreated = rng.chance(0.97) ? Timestamp.format(clock) : nil
            if record.style.reference { customer.customerReference = "REF" + String(id) }
            for index in customer.phoneNumbers.indices { customer.phoneNumbers[index].customerID = id }
            APIShapes.apply(to: &customer, entity: record.entity, seed: config.seed, nextPhoneID: &nextPhoneID)
            var planted: [(CustomerField, String)] = []
            for (field, kind) in record.problems {
                guard let problem = ProblemCatalogue.named(kind, field: CustomerField(rawValue: field)!) else { continue }
                var copy = customer
                if problem.plant(&copy, &rng) {
                    customer = copy
                    planted.append((problem.field, problem.kind))
                }
            }
            ProblemPlanter.plant(into: &customer, rate: config.problemRate, planted: &planted, using: &rng)
            problems += planted.map { PlantedProblem(customerID: id, field: $0.0.rawValue, kind: $0.1) }
            customer.raw = RawEncoding.encode(customer, using: &rng)
            customers.append(customer)
            if let group = record.duplicateGroup { groups[group].append(id) }
            if let (group, kind) = record.hardNegativeGroup {
                households[group].append(id)
                householdKinds[group] = kind
            }
        }
        produced += records.count
        var negatives: [HardNegative] = []
        for (index, members) in households.enumerated() {
            let sorted = members.sorted()
            for i in sorted.indices {
                for j in sorted.indices where j > i {
                    negatives.append(HardNegative(a: sorted[i], b: sorted[j], kind: householdKinds[index]))
                }
            }
        }
        let truth = GroundTruth(duplicateGroups: groups.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] },
                                hardNegatives: negatives.sorted { ($0.a, $0.b) < ($1.a, $1.b) },
                                plantedProblems: problems)
        return (customers, truth)
    }
}
