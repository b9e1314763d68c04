#include "metadata_parser.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <phonenumbers/phonemetadata.pb.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace i18n {
namespace phonenumbers {
// The compiled-in metadata the library itself loads (exported by libphonenumber, header not installed).
int metadata_size();
const void *metadata_get();
}  // namespace phonenumbers
}  // namespace i18n

namespace cphonenumber {
namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

// The library's limits (PhoneNumberUtil::kMinLengthForNsn, kMaxLengthForNsn, kMaxLengthCountryCode).
const size_t kMinLengthForNsn = 2;
const size_t kMaxLengthForNsn = 17;
const size_t kMaxLengthCountryCode = 3;

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
    static const Catalog &Get() {
        static const Catalog catalog;
        return catalog;
    }

    bool ok() const { return ok_; }
    const std::string &Pattern(int index) const { return patterns_[index]; }
    size_t PatternCount() const { return patterns_.size(); }

    const Territory *ForRegion(const std::string &region) const {
        auto it = regions_.find(region);
        return it == regions_.end() ? nullptr : &it->second;
    }

    // GetMetadataForRegionOrCallingCode: "001" names the non-geographic entity of the calling code.
    const Territory *For(int country_code, const std::string &region) const {
        if (region != "001") return ForRegion(region);
        auto it = non_geographic_.find(country_code);
        return it == non_geographic_.end() ? nullptr : &it->second;
    }

  private:
    Catalog() {
        PhoneMetadataCollection collection;
        ok_ = collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size());
        if (!ok_) return;
        for (const PhoneMetadata &metadata : collection.metadata()) {
            Territory territory;
            territory.country_code = metadata.country_code();
            territory.same_mobile_and_fixed_line_pattern = metadata.same_mobile_and_fixed_line_pattern();
            territory.has_transform_rule = !metadata.national_prefix_transform_rule().empty();
            territory.international_prefix = Intern(metadata.international_prefix());
            if (!metadata.national_prefix_for_parsing().empty()) {
                territory.national_prefix_for_parsing = Intern(metadata.national_prefix_for_parsing());
            }
            const PhoneNumberDesc *descs[kDescCount] = {
                &metadata.general_desc(), &metadata.premium_rate(), &metadata.toll_free(), &metadata.shared_cost(),
                &metadata.voip(), &metadata.personal_number(), &metadata.pager(), &metadata.uan(), &metadata.voicemail(),
                &metadata.fixed_line(), &metadata.mobile()};
            for (int i = 0; i < kDescCount; ++i) {
                Desc &desc = territory.descs[i];
                desc.lengths.assign(descs[i]->possible_length().begin(), descs[i]->possible_length().end());
                desc.local_lengths.assign(descs[i]->possible_length_local_only().begin(),
                                          descs[i]->possible_length_local_only().end());
                if (!descs[i]->national_number_pattern().empty()) desc.pattern = Intern(descs[i]->national_number_pattern());
            }
            if (metadata.id() == "001") {
                non_geographic_[territory.country_code] = std::move(territory);
            } else {
                regions_[metadata.id()] = std::move(territory);
            }
        }
    }

    int Intern(const std::string &pattern) {
        auto it = index_.find(pattern);
        if (it != index_.end()) return it->second;
        int index = (int)patterns_.size();
        patterns_.push_back(pattern);
        index_[pattern] = index;
        return index;
    }

    bool ok_ = false;
    std::vector<std::string> patterns_;
    std::unordered_map<std::string, int> index_;
    std::unordered_map<std::string, Territory> regions_;
    std::unordered_map<int, Territory> non_geographic_;
};

// One thread's compiled matchers, created on first use of a pattern: no lock on the hot path.
class Matchers {
  public:
    // RegExp::FullMatch.
    bool Full(int pattern, const std::string &text) {
        icu::RegexMatcher *matcher = Prepare(pattern, text);
        if (!matcher) return false;
        UErrorCode status = U_ZERO_ERROR;
        return matcher->matches(status) && U_SUCCESS(status);
    }

    // RegExp::Consume anchored at the start: the length consumed, or -1 when the pattern does not match there.
    int LookingAt(int pattern, const std::string &text) {
        icu::RegexMatcher *matcher = Prepare(pattern, text);
        if (!matcher) return -1;
        UErrorCode status = U_ZERO_ERROR;
        if (!matcher->lookingAt(status) || U_FAILURE(status)) return -1;
        int end = matcher->end(status);
        return U_SUCCESS(status) ? end : -1;
    }

  private:
    icu::RegexMatcher *Prepare(int pattern, const std::string &text) {
        if (pattern < 0) return nullptr;
        if (matchers_.size() <= (size_t)pattern) {
            matchers_.resize(Catalog::Get().PatternCount());
            compiled_.resize(Catalog::Get().PatternCount(), false);
            generations_.resize(Catalog::Get().PatternCount(), 0);
        }
        if (!compiled_[pattern]) {
            compiled_[pattern] = true;
            UErrorCode status = U_ZERO_ERROR;
            UParseError parse_error;
            const std::string &source = Catalog::Get().Pattern(pattern);
            // The library compiles with no flags; a pattern that fails to compile never matches there either.
            std::unique_ptr<icu::RegexMatcher> matcher(
                new icu::RegexMatcher(icu::UnicodeString::fromUTF8(icu::StringPiece(source.data(), (int32_t)source.size())),
                                      0, status));
            (void)parse_error;
            if (U_SUCCESS(status)) matchers_[pattern] = std::move(matcher);
        }
        icu::RegexMatcher *matcher = matchers_[pattern].get();
        if (!matcher) return nullptr;
        // One number meets up to a dozen patterns in a row: convert it once. ASCII input is one
        // UTF-16 unit a byte; the thread's buffer outlives the match (the matcher refers to it).
        if (text != current_) {
            current_ = text;
            ++generation_;
            char16_t units[64];
            size_t count = text.size() < 64 ? text.size() : 64;
            for (size_t i = 0; i < count; ++i) units[i] = (char16_t)(unsigned char)text[i];
            text_.setTo(units, (int32_t)count);
        }
        // A matcher already on this text only needs its match state cleared (no new UText).
        if (generations_[pattern] == generation_) {
            matcher->reset();
        } else {
            generations_[pattern] = generation_;
            matcher->reset(text_);
        }
        return matcher;
    }

    std::vector<std::unique_ptr<icu::RegexMatcher>> matchers_;
    std::vector<bool> compiled_;
    std::vector<uint64_t> generations_;  // the text generation each matcher was last reset to
    uint64_t generation_ = 1;
    std::string current_;
    icu::UnicodeString text_;
};

thread_local Matchers matchers;

// RegexBasedMatcher::MatchNationalNumber without prefix matches (IsMatch in the library).
bool IsMatch(const std::string &number, const Desc &desc) { return desc.pattern >= 0 && matchers.Full(desc.pattern, number); }

// PhoneNumberUtil::IsNumberMatchingDesc: the possible lengths first, then the pattern.
bool IsNumberMatchingDesc(const std::string &number, const Desc &desc) {
    if (!desc.lengths.empty() && std::find(desc.lengths.begin(), desc.lengths.end(), (int)number.size()) == desc.lengths.end()) {
        return false;
    }
    return IsMatch(number, desc);
}

// PhoneNumberUtil::TestNumberLength for type UNKNOWN (the general description's lengths).
PhoneNumberUtil::ValidationResult TestNumberLength(const std::string &number, const Territory &territory) {
    const Desc &general = territory.descs[kGeneral];
    const std::vector<int> &lengths = general.lengths;
    if (lengths.front() == -1) return PhoneNumberUtil::INVALID_LENGTH;
    int actual = (int)number.size();
    if (std::find(general.local_lengths.begin(), general.local_lengths.end(), actual) != general.local_lengths.end()) {
        return PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY;
    }
    int minimum = lengths.front();
    if (minimum == actual) return PhoneNumberUtil::IS_POSSIBLE;
    if (minimum > actual) return PhoneNumberUtil::TOO_SHORT;
    if (lengths.back() < actual) return PhoneNumberUtil::TOO_LONG;
    return std::find(lengths.begin() + 1, lengths.end(), actual) != lengths.end() ? PhoneNumberUtil::IS_POSSIBLE
                                                                                   : PhoneNumberUtil::INVALID_LENGTH;
}

// PhoneNumberUtil::MaybeStripNationalPrefixAndCarrierCode for a territory without transform rule.
void StripNationalPrefix(const Territory &territory, std::string *number) {
    if (number->empty() || territory.national_prefix_for_parsing < 0) return;
    bool viable_original = IsMatch(*number, territory.descs[kGeneral]);
    int end = matchers.LookingAt(territory.national_prefix_for_parsing, *number);
    if (end < 0) return;
    std::string rest = number->substr((size_t)end);
    if (viable_original && !IsMatch(rest, territory.descs[kGeneral])) return;
    number->swap(rest);
}

// PhoneNumberUtil::ExtractCountryCode: the first one to three digits naming a known calling code.
int ExtractCountryCode(const PhoneNumberUtil &util, std::string *number) {
    if (number->empty() || (*number)[0] == '0') return 0;
    for (size_t i = 1; i <= kMaxLengthCountryCode && i <= number->size(); ++i) {
        int code = std::stoi(number->substr(0, i));
        std::string region;
        util.GetRegionCodeForCountryCode(code, &region);
        if (region != "ZZ") {
            number->erase(0, i);
            return code;
        }
    }
    return 0;
}

bool Covered(const Territory *territory) { return !territory || (!territory->has_transform_rule && !territory->descs[kGeneral].lengths.empty()); }

}  // namespace

FastOutcome FastParse(const std::string &input, const std::string &default_region, PhoneNumber *number, int *error) {
    const Catalog &catalog = Catalog::Get();
    if (!catalog.ok()) return FastOutcome::kNotCovered;
    bool plus = !input.empty() && input[0] == '+';
    std::string national = input.substr(plus ? 1 : 0);
    if (national.size() < 3 || national.size() > 40) return FastOutcome::kNotCovered;
    for (char c : national) {
        if (c < '0' || c > '9') return FastOutcome::kNotCovered;
    }
    const Territory *home = catalog.ForRegion(default_region);
    if (!home || !Covered(home)) return FastOutcome::kNotCovered;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();

    // MaybeExtractCountryCode: a "+", the region's international prefix, or the region's own calling code.
    int country_code = 0;
    bool international = plus;
    if (!plus) {
        int end = matchers.LookingAt(home->international_prefix, national);
        // Calling codes never start with 0, so a 0 after the prefix means it was not one.
        if (end >= 0 && !((size_t)end < national.size() && national[(size_t)end] == '0')) {
            national.erase(0, (size_t)end);
            international = true;
        }
    }
    if (international) {
        if (national.size() <= kMinLengthForNsn) {
            *error = PhoneNumberUtil::TOO_SHORT_AFTER_IDD;
            return FastOutcome::kError;
        }
        country_code = ExtractCountryCode(util, &national);
        if (country_code == 0) {
            // After a "+" the library retries without it; that rare path stays with the library.
            if (plus) return FastOutcome::kNotCovered;
            *error = PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR;
            return FastOutcome::kError;
        }
    } else {
        std::string own = std::to_string(home->country_code);
        if (national.compare(0, own.size(), own) == 0) {
            std::string potential = national.substr(own.size());
            StripNationalPrefix(*home, &potential);
            const Desc &general = home->descs[kGeneral];
            if ((!IsMatch(national, general) && IsMatch(potential, general)) ||
                TestNumberLength(national, *home) == PhoneNumberUtil::TOO_LONG) {
                national.swap(potential);
                country_code = home->country_code;
            }
        }
    }

    const Territory *territory = home;
    if (country_code != 0) {
        std::string region;
        util.GetRegionCodeForCountryCode(country_code, &region);
        if (region != default_region) territory = catalog.For(country_code, region);
        if (!Covered(territory)) return FastOutcome::kNotCovered;
    } else {
        country_code = home->country_code;
    }
    if (national.size() < kMinLengthForNsn) {
        *error = PhoneNumberUtil::TOO_SHORT_NSN;
        return FastOutcome::kError;
    }
    if (territory) {
        std::string potential = national;
        StripNationalPrefix(*territory, &potential);
        PhoneNumberUtil::ValidationResult length = TestNumberLength(potential, *territory);
        if (length != PhoneNumberUtil::TOO_SHORT && length != PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY &&
            length != PhoneNumberUtil::INVALID_LENGTH) {
            national.swap(potential);
        }
    }
    if (national.size() < kMinLengthForNsn) {
        *error = PhoneNumberUtil::TOO_SHORT_NSN;
        return FastOutcome::kError;
    }
    if (national.size() > kMaxLengthForNsn) {
        *error = PhoneNumberUtil::TOO_LONG_NSN;
        return FastOutcome::kError;
    }
    number->Clear();
    number->set_country_code(country_code);
    // SetItalianLeadingZerosForPhoneNumber.
    if (national.size() > 1 && national[0] == '0') {
        number->set_italian_leading_zero(true);
        size_t zeros = 1;
        while (zeros < national.size() - 1 && national[zeros] == '0') ++zeros;
        if (zeros != 1) number->set_number_of_leading_zeros((int32_t)zeros);
    }
    number->set_national_number(std::stoull(national));
    return FastOutcome::kParsed;
}

PhoneNumberUtil::PhoneNumberType FastNumberType(const PhoneNumber &number, const std::string &region) {
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const Catalog &catalog = Catalog::Get();
    if (!catalog.ok()) return util.GetNumberType(number);
    const Territory *territory = catalog.For(number.country_code(), region);
    if (!territory) return PhoneNumberUtil::UNKNOWN;
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    const Desc *descs = territory->descs;
    if (!IsNumberMatchingDesc(national, descs[kGeneral])) return PhoneNumberUtil::UNKNOWN;
    static const struct { DescIndex desc; PhoneNumberUtil::PhoneNumberType type; } kSpecial[] = {
        {kPremiumRate, PhoneNumberUtil::PREMIUM_RATE}, {kTollFree, PhoneNumberUtil::TOLL_FREE},
        {kSharedCost, PhoneNumberUtil::SHARED_COST}, {kVoip, PhoneNumberUtil::VOIP},
        {kPersonalNumber, PhoneNumberUtil::PERSONAL_NUMBER}, {kPager, PhoneNumberUtil::PAGER},
        {kUan, PhoneNumberUtil::UAN}, {kVoicemail, PhoneNumberUtil::VOICEMAIL}};
    for (const auto &special : kSpecial) {
        if (IsNumberMatchingDesc(national, descs[special.desc])) return special.type;
    }
    if (IsNumberMatchingDesc(national, descs[kFixedLine])) {
        if (territory->same_mobile_and_fixed_line_pattern || IsNumberMatchingDesc(national, descs[kMobile])) {
            return PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
        }
        return PhoneNumberUtil::FIXED_LINE;
    }
    if (!territory->same_mobile_and_fixed_line_pattern && IsNumberMatchingDesc(national, descs[kMobile])) {
        return PhoneNumberUtil::MOBILE;
    }
    return PhoneNumberUtil::UNKNOWN;
}

}  // namespace cphonenumber
