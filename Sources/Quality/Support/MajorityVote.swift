/// What most members of a group say about one thing (the street at a postcode and house number,
/// the city of a postcode area), and whether they say it clearly enough to correct the others.
struct MajorityVote {
    /// Match key of the value most members give.
    let key: String
    /// How that value is most often written, for the suggestion.
    let display: String
    /// Members giving it, and members giving any value.
    let agreeing: Int
    let voters: Int

    /// The majority of `votes` (match key, display), when at least `minimumAgreeing` members agree
    /// and they are at least `minimumShare` of those who give a value; nil otherwise. Ties go to no one.
    init?(_ votes: [(key: String, display: String)], minimumAgreeing: Int, minimumShare: Double) {
        guard votes.count >= minimumAgreeing else { return nil }
        var counts: [String: Int] = [:]
        for vote in votes { counts[vote.key, default: 0] += 1 }
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, top.value >= minimumAgreeing,
              Double(top.value) >= minimumShare * Double(votes.count),
              ranked.count < 2 || ranked[1].value < top.value else { return nil }
        var displays: [String: Int] = [:]
        for vote in votes where vote.key == top.key { displays[vote.display, default: 0] += 1 }
        key = top.key
        display = displays.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first!.key
        agreeing = top.value
        voters = votes.count
    }
}
