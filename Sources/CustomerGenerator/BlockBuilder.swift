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
                for entity in members.prefix(room) {
                    var record = PendingRecord(entity: entity, style: RecordStyle.draw(for: entity, using: &rng))
                    // Look-alikes show their own first names; with initials only they could not be told apart at all.
                    record.style.firstNameForm = .called
                    record.hardNegativeGroup = (hardNegativeGroups, kind)
                    records.append(record)
                }
                hardNegativeGroups += 1
                continue
            }
            let entity = EntityFactory.person(config, using: &rng)
            var original = PendingRecord(entity: entity, style: RecordStyle.draw(for: entity, using: &rng))
            let copies = rng.chance(config.duplicateRate) ? (rng.chance(0.8) ? 1 : 2) : 0
            let fitting = min(copies, room - 1)
            if fitting > 0 { original.duplicateGroup = duplicateGroups }
            records.append(original)
            for _ in 0..<fitting { records.append(DuplicateVariants.copy(of: original, using: &rng)) }
            if fitting > 0 { duplicateGroups += 1 }
        }
        records.shuffle(using: &rng)
        return finish(records, duplicateGroups: duplicateGroups, hardNegativeGroups: hardNegativeGroups)
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
