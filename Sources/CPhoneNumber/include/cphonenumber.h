#ifndef CPHONENUMBER_H
#define CPHONENUMBER_H
#ifdef __cplusplus
extern "C" {
#endif
/* C API over libphonenumber; no C++ types appear here. */
int cphonenumber_country_code_for_region(const char *region);
#ifdef __cplusplus
}
#endif
#endif
