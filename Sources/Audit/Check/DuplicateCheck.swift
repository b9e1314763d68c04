import CustomerModel
import CycleSoftwareAPI
import Matching
import Normalization

/// `check`: the customer in a file against the candidates find.json gives for it, scored with the
/// same comparisons and model as a run.
public enum DuplicateCheck {
    /// `baseURL` as `--base-url` gives it (else the environment's); read after the file, so an
    /// unreadable file is reported first.
    public static func run(customerFile path: String, settings: AuditSettings, baseURL: String?) async throws -> CheckAnswer {
        guard let newCustomer = try CustomerFile.read(path, keepRaw: false).first else {
            throw InputError(description: "\(path): no customer in the file")
        }
        let configuration = try ClientConfiguration.fromEnvironment(baseURL: baseURL)
        let candidates = try await CandidateSearch.candidates(for: newCustomer, configuration: configuration)
        let normalizer = settings.normalizer
        let subject = normalizer.normalize(newCustomer, index: -1)
        let others = normalizer.normalize(candidates)
        let finder = DuplicateFinder(configuration: settings.matching, model: settings.model)
        let pairs = finder.scorePairs(subject, against: others).sorted { $0.score > $1.score }
        return CheckAnswer(pairs: pairs, candidates: others, thresholds: settings.matching.bandThresholds)
    }
}
