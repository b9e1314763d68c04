#include "cphonenumber.h"
#include <cstring>
#include <string>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

static void copy_out(const std::string &value, char *out, size_t capacity) {
    size_t n = value.size() < capacity - 1 ? value.size() : capacity - 1;
    std::memcpy(out, value.data(), n);
    out[n] = 0;
}

extern "C" void cphonenumber_parse(const char *text, int length, const char *default_region, cphonenumber_result *result) {
    std::memset(result, 0, sizeof(*result));
    result->type = CPHONE_UNKNOWN;
    try {
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        PhoneNumber number;
        std::string input(text, length < 0 ? 0 : (size_t)length);
        PhoneNumberUtil::ErrorType error = util->Parse(input, default_region ? default_region : "ZZ", &number);
        if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
            result->error = (int)error;
            return;
        }
        std::string formatted;
        util->Format(number, PhoneNumberUtil::E164, &formatted);
        copy_out(formatted, result->e164, sizeof(result->e164));
        std::string region;
        util->GetRegionCodeForNumber(number, &region);
        // libphonenumber says "ZZ" for "no region"; the Python port says None. Report none.
        if (region != "ZZ") copy_out(region, result->region, sizeof(result->region));
        // IsValidNumber() is GetNumberType() != UNKNOWN for the same region lookup; calling both
        // would run the metadata regexes twice (a third of the cost of a parse).
        result->type = (int)util->GetNumberType(number);
        result->valid = result->type != (int)PhoneNumberUtil::UNKNOWN ? 1 : 0;
    } catch (...) {
        result->error = -1;
    }
}

extern "C" int cphonenumber_country_code_for_region(const char *region) {
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region);
}
