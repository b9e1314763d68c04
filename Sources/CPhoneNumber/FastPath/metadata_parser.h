#ifndef CPHONENUMBER_METADATA_PARSER_H
#define CPHONENUMBER_METADATA_PARSER_H
// libphonenumber's parsing and type lookup for the one input shape that dominates customer files
// (ASCII digits with an optional leading "+"), driven by libphonenumber's own compiled-in metadata
// and ICU regex engine, with the same steps and order as PhoneNumberUtil::Parse / GetNumberType.
//
// Why: the library spends most of a parse on generic work that is a no-op for such input
// (extension and RFC 3966 handling, alpha normalization, viability checks) and pays for every regex
// call with a cache lookup under a global lock, a UTF-16 conversion and a matcher allocation.
// Here each metadata pattern is compiled once and every thread keeps its own matchers.
//
// Anything outside the covered shape or the covered paths (national prefix transform rules, a
// "+" whose country code is invalid, default regions without metadata) answers kNotCovered and the
// caller uses PhoneNumberUtil itself. Tests compare both on a large corpus.
#include <string>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace cphonenumber {

enum class FastOutcome { kParsed, kError, kNotCovered };

// Parses `digits` (optional leading '+', then ASCII digits) with `default_region`. On kParsed,
// `number` holds what PhoneNumberUtil::Parse would produce and `national_significant` what
// PhoneNumberUtil::GetNationalSignificantNumber would say of it; on kError, `error` holds its ErrorType.
FastOutcome FastParse(const std::string &digits, const std::string &default_region,
                      i18n::phonenumbers::PhoneNumber *number, std::string *national_significant, int *error);

// PhoneNumberUtil::GetNumberType(number), with the metadata patterns matched by per-thread matchers.
// `region` is what PhoneNumberUtil::GetRegionCodeForNumber(number) said (the caller has it already);
// `national_significant` the number's national significant number when the caller has it, else nullptr.
i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType FastNumberType(const i18n::phonenumbers::PhoneNumber &number,
                                                                    const std::string &region,
                                                                    const std::string *national_significant);

}  // namespace cphonenumber
#endif
