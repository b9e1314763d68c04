#ifndef CPHONENUMBER_H
#define CPHONENUMBER_H
#ifdef __cplusplus
extern "C" {
#endif
/* C API over libphonenumber; no C++ types appear here (Swift's C++ interop on libphonenumber's
   own headers crashes the compiler). */

/* libphonenumber's PhoneNumberType values, in its order. */
enum {
    CPHONE_FIXED_LINE = 0, CPHONE_MOBILE = 1, CPHONE_FIXED_LINE_OR_MOBILE = 2, CPHONE_TOLL_FREE = 3,
    CPHONE_PREMIUM_RATE = 4, CPHONE_SHARED_COST = 5, CPHONE_VOIP = 6, CPHONE_PERSONAL_NUMBER = 7,
    CPHONE_PAGER = 8, CPHONE_UAN = 9, CPHONE_VOICEMAIL = 10, CPHONE_UNKNOWN = 11
};

/* Parse errors: 0 = parsed; else libphonenumber's ErrorType (1 invalid country code, 2 not a number,
   3 too short after IDD, 4 too short NSN, 5 too long) or -1 for an unexpected failure. */
typedef struct {
    int error;
    /* E.164 ("+31612345678"), NUL-terminated; empty when not parsed. */
    char e164[40];
    /* ISO region of the number ("NL", "001" for non-geographic), also for an invalid number of a
       one-region country code; empty when libphonenumber knows none ("ZZ"). */
    char region[8];
    int type;
    int valid;
} cphonenumber_result;

/* Parses UTF-8 `text` (`length` bytes) with `default_region` ("NL") for numbers without country code.
   Thread-safe. */
void cphonenumber_parse(const char *text, int length, const char *default_region, cphonenumber_result *result);

/* The same answer computed by libphonenumber's PhoneNumberUtil alone (Parse, GetNumberType), without
   the metadata fast path that `cphonenumber_parse` takes for bare digits; for tests and benchmarks. */
void cphonenumber_parse_reference(const char *text, int length, const char *default_region, cphonenumber_result *result);

int cphonenumber_country_code_for_region(const char *region);

/* For tests: compares the digit automaton of every metadata pattern with ICU's regex on
   `samples_per_pattern` seeded strings each. Fills the counts; `first_disagreement` (may be NULL)
   receives "pattern on text" of the first disagreement, NUL-terminated, cut to `capacity` bytes. */
typedef struct {
    int patterns, compiled, samples, matching, disagreements;
} cphonenumber_automaton_check;
void cphonenumber_check_automata(unsigned long long seed, int samples_per_pattern, cphonenumber_automaton_check *check,
                                 char *first_disagreement, int capacity);

/* For benchmarks: 0 makes the fast path match every metadata pattern with ICU's regex engine, 1 (the
   default) lets it use the digit automata; the answers are the same either way. */
void cphonenumber_use_digit_automata(int enabled);

#ifdef __cplusplus
}
#endif
#endif
