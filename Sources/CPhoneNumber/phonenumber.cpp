#include "cphonenumber.h"
#include <cstring>
#include <string>
#include <phonenumbers/phonenumberutil.h>
#include "FastPath/metadata_catalog.h"
#include "FastPath/metadata_parser.h"

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

static void copy_out(const std::string &value, char *out, size_t capacity) {
    size_t n = value.size() < capacity - 1 ? value.size() : capacity - 1;
    std::memcpy(out, value.data(), n);
    out[n] = 0;
}

// `fast`: bare digits go through the fast path (FastPath/README.md), everything else (and
// the reference used by tests) through PhoneNumberUtil::Parse / GetNumberType.
static void parse(const char *text, int length, const char *default_region, cphonenumber_result *result, bool fast) {
    std::memset(result, 0, sizeof(*result));
    result->type = CPHONE_UNKNOWN;
    try {
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        PhoneNumber number;
        std::string input(text, length < 0 ? 0 : (size_t)length);
        std::string region(default_region ? default_region : "ZZ");
        int error = PhoneNumberUtil::NO_PARSING_ERROR;
        std::string national;
        cphonenumber::FastOutcome outcome = fast ? cphonenumber::FastParse(input, region, &number, &national, &error)
                                                 : cphonenumber::FastOutcome::kNotCovered;
        if (outcome == cphonenumber::FastOutcome::kNotCovered) error = util->Parse(input, region, &number);
        if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
            result->error = error;
            return;
        }
        bool parsed_fast = outcome == cphonenumber::FastOutcome::kParsed;
        std::string formatted;
        if (parsed_fast) {
            // Format(E164) is "+", the calling code and the national significant number (the fast
            // path sets no raw input, the one case where Format says something else).
            formatted = "+" + std::to_string(number.country_code()) + national;
        } else {
            util->Format(number, PhoneNumberUtil::E164, &formatted);
        }
        copy_out(formatted, result->e164, sizeof(result->e164));
        std::string number_region;
        const std::string *single = fast ? cphonenumber::metadata::Catalog::Get().SingleRegion(number.country_code()) : nullptr;
        if (single) {
            number_region = *single;
        } else {
            util->GetRegionCodeForNumber(number, &number_region);
        }
        // libphonenumber says "ZZ" for "no region"; the Python port says None. Report none.
        if (number_region != "ZZ") copy_out(number_region, result->region, sizeof(result->region));
        // IsValidNumber() is GetNumberType() != UNKNOWN for the same region lookup; calling both
        // would run the metadata regexes twice.
        result->type = (int)(fast ? cphonenumber::FastNumberType(number, number_region, parsed_fast ? &national : nullptr)
                                  : util->GetNumberType(number));
        result->valid = result->type != (int)PhoneNumberUtil::UNKNOWN ? 1 : 0;
    } catch (...) {
        result->error = -1;
    }
}

extern "C" void cphonenumber_parse(const char *text, int length, const char *default_region, cphonenumber_result *result) {
    parse(text, length, default_region, result, true);
}

extern "C" void cphonenumber_parse_reference(const char *text, int length, const char *default_region,
                                             cphonenumber_result *result) {
    parse(text, length, default_region, result, false);
}

extern "C" int cphonenumber_country_code_for_region(const char *region) {
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region);
}

extern "C" void cphonenumber_check_automata(unsigned long long seed, int samples_per_pattern, cphonenumber_automaton_check *check,
                                            char *first_disagreement, int capacity) {
    cphonenumber::metadata::AutomatonCheck result = cphonenumber::metadata::CheckAutomata(seed, samples_per_pattern);
    *check = {result.patterns, result.compiled, result.samples, result.matching, result.disagreements};
    if (first_disagreement && capacity > 0) copy_out(result.first_disagreement, first_disagreement, (size_t)capacity);
}

extern "C" void cphonenumber_use_digit_automata(int enabled) { cphonenumber::metadata::UseDigitAutomata(enabled != 0); }
