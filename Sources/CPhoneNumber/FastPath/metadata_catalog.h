#ifndef CPHONENUMBER_METADATA_CATALOG_H
#define CPHONENUMBER_METADATA_CATALOG_H
// libphonenumber's compiled-in metadata in the shape the fast path reads: per territory the possible
// lengths and pattern of each number type, the international prefix and the national prefix for
// parsing, every pattern interned once; and per-thread matchers over those patterns
// (digit automata, see digit_automaton.h; ICU regex where those do not apply).
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace cphonenumber {
namespace metadata {

// Number descriptions in the order GetNumberType tries them.
enum DescIndex { kGeneral, kPremiumRate, kTollFree, kSharedCost, kVoip, kPersonalNumber, kPager, kUan, kVoicemail,
                 kFixedLine, kMobile, kDescCount };

struct Desc {
    std::vector<int> lengths;
    std::vector<int> local_lengths;
    int pattern = -1;  // -1: no national number pattern, which never matches
};

struct Territory {
    int country_code = 0;
    bool same_mobile_and_fixed_line_pattern = false;
    bool has_transform_rule = false;
    int international_prefix = -1;
    int national_prefix_for_parsing = -1;  // -1: none
    Desc descs[kDescCount];
};

// The metadata's patterns and territories, read once; immutable afterwards, so threads share it freely.
class Catalog {
  public:
    static const Catalog &Get();

    bool ok() const { return ok_; }
    const std::string &Pattern(int index) const { return patterns_[index]; }
    size_t PatternCount() const { return patterns_.size(); }

    // Two-letter regions through a table (every number asks once or twice), others through the map.
    const Territory *ForRegion(const std::string &region) const {
        if (region.size() == 2 && region[0] >= 'A' && region[0] <= 'Z' && region[1] >= 'A' && region[1] <= 'Z') {
            return by_letters_[(size_t)(region[0] - 'A') * 26 + (size_t)(region[1] - 'A')];
        }
        auto it = regions_.find(region);
        return it == regions_.end() ? nullptr : &it->second;
    }

    // What PhoneNumberUtil::GetRegionCodeForNumber says for every number of `country_code` when the
    // code belongs to one region (or to the non-geographic "001") only; nullptr for shared codes
    // (+1, +7, +44 …), where the answer depends on the number.
    const std::string *SingleRegion(int country_code) const {
        auto it = single_regions_.find(country_code);
        return it == single_regions_.end() ? nullptr : &it->second;
    }

    // GetMetadataForRegionOrCallingCode: "001" names the non-geographic entity of the calling code.
    const Territory *For(int country_code, const std::string &region) const {
        if (region != "001") return ForRegion(region);
        auto it = non_geographic_.find(country_code);
        return it == non_geographic_.end() ? nullptr : &it->second;
    }

  private:
    Catalog();
    int Intern(const std::string &pattern);

    bool ok_ = false;
    std::vector<std::string> patterns_;
    std::unordered_map<std::string, int> index_;
    std::unordered_map<std::string, Territory> regions_;
    std::unordered_map<int, Territory> non_geographic_;
    std::vector<const Territory *> by_letters_ = std::vector<const Territory *>(26 * 26, nullptr);
    std::unordered_map<int, std::string> single_regions_;
};

// RegExp::FullMatch of catalog pattern `pattern` on ASCII `text`; false for pattern -1 or one that
// does not compile (as in the library, where such a pattern never matches).
bool FullMatch(int pattern, const std::string &text);

// For benchmarks: whether FullMatch may use digit automata (the default) or runs ICU alone.
void UseDigitAutomata(bool enabled);

// RegExp::Consume anchored at the start: the length consumed, or -1 when the pattern does not match there.
int LookingAt(int pattern, const std::string &text);

// For tests: every catalog pattern's digit automaton against ICU on `samples_per_pattern` seeded
// strings each (accepted ones, near misses, noise).
struct AutomatonCheck {
    int patterns = 0, compiled = 0, samples = 0, matching = 0, disagreements = 0;
    std::string first_disagreement;
};
AutomatonCheck CheckAutomata(uint64_t seed, int samples_per_pattern);

}  // namespace metadata
}  // namespace cphonenumber
#endif
