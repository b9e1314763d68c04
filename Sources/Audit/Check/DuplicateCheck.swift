import CustomerModel
import CycleSoftwareAPI
import Matching
import Normalization

/// `check`: the customer in a file against the candidates find.json gives for it, scored with the
/// same comparisons and model as a run; with `create`, the customer is then created through the API
/// unless a candidate reaches the likely band.
public enum DuplicateCheck {
    /// `baseURL` as `--base-url` gives it (else the environment's); read after the file, so an
    /// unreadable file is reported first.
    public static func run(customerFile path: String, settings: AuditSettings, baseURL: String?,
                           create: Bool = false) async throws -> CheckAnswer {
        guard let newCustomer = try CustomerFile.read(path, keepRaw: false).first else {
            throw InputError(description: "\(path): no customer in the file")
        }
        let client = CustomersClient(configuration: try ClientConfiguration.fromEnvironment(baseURL: baseURL))
        // One client for the searches and, with `create`, the POST after the scoring; shut down whatever happens.
        do {
            let answer = try await check(newCustomer, settings: settings, client: client, create: create)
            try? await client.shutdown()
            return answer
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private static func check(_ newCustomer: Customer, settings: AuditSettings, client: CustomersClient,
                              create: Bool) async throws -> CheckAnswer {
        let candidates = try await CandidateSearch.candidates(for: newCustomer, using: client)
        let normalizer = settings.normalizer
        let subject = normalizer.normalize(newCustomer, index: -1)
        let others = normalizer.normalize(candidates)
        let finder = DuplicateFinder(configuration: settings.matching, model: settings.model)
        let pairs = finder.scorePairs(subject, against: others).sorted { $0.score > $1.score }
        var answer = CheckAnswer(pairs: pairs, candidates: others, thresholds: settings.matching.bandThresholds)
        if create && !answer.hasLikelyDuplicate {
            answer.created = try await client.create(newCustomer)
        }
        return answer
    }
}
