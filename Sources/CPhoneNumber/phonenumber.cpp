#include "cphonenumber.h"
#include <phonenumbers/phonenumberutil.h>

extern "C" int cphonenumber_country_code_for_region(const char *region) {
    return i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region);
}
