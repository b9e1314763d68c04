import CustomerModel
import Dispatch
import Foundation

/// Turns raw customers into `NormalizedCustomer` values: canonical values, match keys and a parse
/// outcome per field. Pure: no I/O; safe to call from any thread.
///
/// The batch entry point hands out blocks of the input to one worker per core; each worker owns its
/// transliteration and phone caches, so workers share nothing but a block counter.
public struct Normalizer: Sendable {
    public var firstNames: FirstNameTable
    /// Which email domains are real providers, and what their misspellings are.
    public var emailProviders: EmailProviders

    public init() {
        self.init(firstNames: .builtIn)
    }

    public init(firstNames: FirstNameTable, emailProviders: EmailProviders = .builtIn) {
        self.firstNames = firstNames
        self.emailProviders = emailProviders
    }

    /// `index` is the record's position in the input, used for the stand-in id of a record without one.
    public func normalize(_ customer: Customer, index: Int) -> NormalizedCustomer {
        normalize(customer, index: index, context: WorkerContext())
    }

    /// All customers, in input order, on all cores.
    public func normalize(_ customers: [Customer]) -> [NormalizedCustomer] {
        normalize(customers, workers: ProcessInfo.processInfo.activeProcessorCount, progress: nil)
    }

    /// All customers, in input order, on `workers` threads (at least one). `progress` is called from
    /// worker threads with the number of customers done so far (every few thousand, and at the end).
    public func normalize(_ customers: [Customer], workers: Int,
                          progress: (@Sendable (_ done: Int) -> Void)? = nil) -> [NormalizedCustomer] {
        var pieces = [customers]
        return normalize(pieces: &pieces, workers: workers, progress: progress)
    }

    /// `normalize(_:workers:progress:)` of the pieces joined, letting each piece's records go once
    /// it is normalized (`pieces` ends empty): each normalized customer holds its record, so the
    /// records given as one array sat in memory twice until the last customer was done, a few
    /// hundred megabytes at a million customers at the peak of normalizing.
    public func normalize(pieces: inout [[Customer]], workers: Int,
                          progress: (@Sendable (_ done: Int) -> Void)? = nil) -> [NormalizedCustomer] {
        let count = pieces.reduce(0) { $0 + $1.count }
        guard count > 0 else { pieces = []; return [] }
        var results = [NormalizedCustomer](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UnsafeSendablePointer(pointer: buffer.baseAddress!)
            // One worker's memo tables serve it through every piece.
            let contexts = (0..<max(1, workers)).map { _ in WorkerContext() }
            var offset = 0
            for number in pieces.indices {
                let piece = pieces[number]
                pieces[number] = []
                fill(base, from: piece, offset: offset, contexts: contexts, progress: progress)
                offset += piece.count
            }
            initialized = count
        }
        pieces = []
        Self.giveRepeatedIDsStandIns(&results)
        return results
    }

    /// Normalizes `customers` into `base[offset...]`: their indices in the whole input (and the
    /// customers done before them) start at `offset`. One worker per context at most.
    private func fill(_ base: UnsafeSendablePointer, from customers: [Customer], offset: Int, contexts: [WorkerContext],
                      progress: (@Sendable (_ done: Int) -> Void)?) {
        let count = customers.count
        guard count > 0 else { return }
        // Below a few thousand records a second thread costs more than it saves.
        let workerCount = max(1, min(contexts.count, count / 2_000 + 1))
        // Workers take blocks in turn rather than one fixed half each: on a shared machine, or with
        // the slow (non-Latin) records bunched together, a fixed split leaves one core idle while the
        // other finishes. Blocks are long enough that neighbouring duplicates share a worker's caches.
        let block = 4_096
        let blocks = BlockDispenser(count: (count + block - 1) / block)
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            let context = contexts[worker]
            while let taken = blocks.next() {
                let start = taken * block
                let end = min(count, start + block)
                for index in start..<end {
                    (base.pointer + offset + index).initialize(to: normalize(customers[index], index: offset + index, context: context))
                }
                let done = blocks.finished(end - start)
                progress?(offset + done)
            }
        }
    }

    /// Everything after normalization keys customers by `id`, so a `customer_id` on two records (a
    /// file glued from two exports, a hand edit) would make one of them vanish behind the other. The
    /// first record keeps the id; each later one gets the stand-in of a record without an id,
    /// -(index+1), and keeps its `customer_id` in `customer`. Quality reports them
    /// (`customer_id.duplicate`).
    static func giveRepeatedIDsStandIns(_ results: inout [NormalizedCustomer]) {
        var seen = Set<Int>(minimumCapacity: results.count)
        for index in results.indices {
            guard let id = results[index].customer.customerID, !seen.insert(id).inserted else { continue }
            results[index].id = -(index + 1)
        }
    }

    func normalize(_ customer: Customer, index: Int, context: WorkerContext) -> NormalizedCustomer {
        let country = context.countries.value(for: customer.countryCode) { CountryCodes.parse(customer.countryCode) }
        let region = country.effective
        let person = PersonNameParser(firstNames: firstNames).parse(
            title: customer.title, initials: customer.initials, insertion: customer.insertion,
            firstName: customer.firstName, name: customer.name, cache: context.text, caches: context.names)
        let postcode = PostcodeParser.parse(customer.postcode, country: region)
        let house = HouseNumberParser.parse(number: customer.houseNumber, postfix: customer.houseNumberPostfix)
        let street = customer.street.flatMap { addressText($0, memo: context.streets, cache: context.text, key: StreetNormalizer.key) }
        let city = customer.city.flatMap { addressText($0, memo: context.cities, cache: context.text, key: CityNormalizer.key) }
        let address = AddressResult(
            postcode: postcode.display, postcodeKey: postcode.key, postcodeOutcome: postcode.outcome,
            houseNumber: house.number, houseNumberPostfix: house.postfix, houseNumberOutcome: house.outcome,
            street: street, city: city)
        let phones = customer.phoneNumbers.map { phone in
            PhoneParser.result(for: PhoneNumberEntry(slot: phone.slot, slotID: phone.phoneNumberID, raw: phone.phoneNumber),
                               country: region, cache: context.phones)
        }
        let company = customer.companyName.map { raw in
            context.companies.value(for: raw) { CompanyNameParser.parse(raw, cache: context.text) }
        } ?? CompanyResult()
        return NormalizedCustomer(
            id: customer.customerID ?? -(index + 1), customer: customer, person: person,
            company: company, address: address, phones: phones,
            email: EmailParser.parse(customer.email, providers: emailProviders, domains: context.emailDomains),
            vat: VATValidator.parse(customer.vatNumber, country: region),
            kvk: KvKValidator.parse(customer.cocNumber), country: country)
    }
}

/// A street or city line: display (trimmed, collapsed) and key, once per distinct raw text.
private func addressText(_ raw: String, memo: BoundedCache<String, SharedValue<AddressResult.DisplayAndKey>?>,
                         cache: TransliterationCache, key: (String, TransliterationCache?) -> String) -> SharedValue<AddressResult.DisplayAndKey>? {
    memo.value(for: raw) {
        let display = TextCleaner.clean(raw)
        let matchKey = display.map { key(TextCleaner.strippingTags($0), cache) }
        return AddressResult.DisplayAndKey(display: display, key: matchKey.flatMap { $0.isEmpty ? nil : $0 }).shared
    }
}

/// One worker's memo tables (not shared between threads).
final class WorkerContext {
    let text = TransliterationCache()
    let phones = PhoneCache()
    let names = NameCaches()
    let streets = BoundedCache<String, SharedValue<AddressResult.DisplayAndKey>?>()
    let cities = BoundedCache<String, SharedValue<AddressResult.DisplayAndKey>?>()
    let companies = BoundedCache<String, CompanyResult>()
    let countries = BoundedCache<String?, CountryResult>(limit: 1_000)
    let emailDomains = BoundedCache<String, EmailParser.DomainVerdict>()
}

/// Hands out block numbers to workers and counts customers done for the progress callback.
private final class BlockDispenser: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var taken = 0
    private var done = 0

    init(count: Int) {
        self.count = count
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }

    func finished(_ amount: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        done += amount
        return done
    }
}

/// The output buffer, each index written by the one worker that took its block.
private struct UnsafeSendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<NormalizedCustomer>
}
