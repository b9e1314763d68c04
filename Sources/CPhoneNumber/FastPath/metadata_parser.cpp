#include "metadata_parser.h"

#include <algorithm>
#include <string>

#include "metadata_catalog.h"

namespace cphonenumber {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using namespace cphonenumber::metadata;

// The library's limits (PhoneNumberUtil::kMinLengthForNsn, kMaxLengthForNsn, kMaxLengthCountryCode).
const size_t kMinLengthForNsn = 2;
const size_t kMaxLengthForNsn = 17;
const size_t kMaxLengthCountryCode = 3;

// RegexBasedMatcher::MatchNationalNumber without prefix matches (IsMatch in the library).
bool IsMatch(const std::string &number, const Desc &desc) { return desc.pattern >= 0 && FullMatch(desc.pattern, number); }

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
    int end = LookingAt(territory.national_prefix_for_parsing, *number);
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

FastOutcome FastParse(const std::string &input, const std::string &default_region, PhoneNumber *number,
                      std::string *national_significant, int *error) {
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
        int end = LookingAt(home->international_prefix, national);
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
    // The leading zeros kept above plus the national number spell `national` again.
    national_significant->swap(national);
    return FastOutcome::kParsed;
}

PhoneNumberUtil::PhoneNumberType FastNumberType(const PhoneNumber &number, const std::string &region,
                                                const std::string *national_significant) {
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const Catalog &catalog = Catalog::Get();
    if (!catalog.ok()) return util.GetNumberType(number);
    const Territory *territory = catalog.For(number.country_code(), region);
    if (!territory) return PhoneNumberUtil::UNKNOWN;
    std::string computed;
    if (!national_significant) util.GetNationalSignificantNumber(number, &computed);
    const std::string &national = national_significant ? *national_significant : computed;
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
