#ifndef CPHONENUMBER_DIGIT_AUTOMATON_H
#define CPHONENUMBER_DIGIT_AUTOMATON_H
// A deterministic automaton over ASCII digits for one libphonenumber national-number pattern.
//
// Why: those patterns use only digits, \d, digit classes, (?:…) groups, | and the quantifiers
// ? * + {n} {n,m} {n,}; for such a pattern "does the whole number match" is plain language
// membership, which a DFA answers in one table step a digit instead of an ICU regex run (matcher
// reset, UTF-16 text, backtracking). A pattern using anything else, or one whose DFA would grow
// past a bound, is not compiled and stays with ICU. Tests compare both on every catalog pattern.
#include <cstdint>
#include <string>
#include <vector>

namespace cphonenumber {
namespace metadata {

// SplitMix64 (the project's seeded generator), for the test hooks' random strings.
uint64_t NextRandom(uint64_t *state);

class DigitAutomaton {
  public:
    // Compiles `pattern`; `ok()` is false when the pattern is outside the supported subset.
    explicit DigitAutomaton(const std::string &pattern);

    bool ok() const { return ok_; }

    // 1 when all of `text` matches, 0 when not, -1 when `text` holds a non-digit (not answered here).
    int FullMatch(const std::string &text) const;

    // For tests: a random digit string the automaton accepts (walking accepting paths), or "" when
    // it found none within `max_length` steps. `state` is a SplitMix64 state.
    std::string RandomAccepted(uint64_t *state, size_t max_length) const;

  private:
    bool ok_ = false;
    std::vector<int32_t> transitions_;  // 10 per state; -1 = no match possible
    std::vector<bool> accepting_;
};

}  // namespace metadata
}  // namespace cphonenumber
#endif
