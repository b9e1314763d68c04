#include "metadata_catalog.h"

#include "digit_automaton.h"

#include <atomic>
#include <list>
#include <memory>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>
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
namespace metadata {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

// Read once, on first use; immutable afterwards, so threads share it freely.
const Catalog &Catalog::Get() {
    static const Catalog catalog;
    return catalog;
}

Catalog::Catalog() {
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
    const i18n::phonenumbers::PhoneNumberUtil &util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    auto note_single_region = [&](int country_code) {
        std::list<std::string> codes;
        util.GetRegionCodesForCountryCallingCode(country_code, &codes);
        if (codes.size() == 1) single_regions_[country_code] = codes.front();
    };
    for (auto &entry : regions_) {
        const std::string &id = entry.first;
        if (id.size() == 2 && id[0] >= 'A' && id[0] <= 'Z' && id[1] >= 'A' && id[1] <= 'Z') {
            by_letters_[(size_t)(id[0] - 'A') * 26 + (size_t)(id[1] - 'A')] = &entry.second;
        }
        note_single_region(entry.second.country_code);
    }
    for (auto &entry : non_geographic_) note_single_region(entry.first);
}

int Catalog::Intern(const std::string &pattern) {
    auto it = index_.find(pattern);
    if (it != index_.end()) return it->second;
    int index = (int)patterns_.size();
    patterns_.push_back(pattern);
    index_[pattern] = index;
    return index;
}

namespace {

// Whether whole-number matches may use digit automata; off, every match runs ICU (for benchmarks).
std::atomic<bool> use_automata{true};

bool IsDigits(const std::string &text) {
    if (text.empty()) return false;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

// One thread's compiled forms of the patterns, created on first use of a pattern: no lock on the
// hot path. A pattern gets a digit automaton when it fits one (nearly all do) and an ICU matcher
// otherwise or for non-digit text.
class Matchers {
  public:
    // RegExp::FullMatch.
    bool Full(int pattern, const std::string &text) {
        if (pattern < 0) return false;
        const DigitAutomaton *automaton = use_automata.load(std::memory_order_relaxed) ? Automaton(pattern) : nullptr;
        if (automaton) {
            int answer = automaton->FullMatch(text);
            if (answer >= 0) return answer == 1;
        }
        return FullWithRegex(pattern, text);
    }

    // RegExp::FullMatch through ICU alone.
    bool FullWithRegex(int pattern, const std::string &text) {
        icu::RegexMatcher *matcher = Prepare(pattern, text);
        if (!matcher) return false;
        UErrorCode status = U_ZERO_ERROR;
        return matcher->matches(status) && U_SUCCESS(status);
    }

    // RegExp::Consume anchored at the start: the length consumed, or -1 when the pattern does not match there.
    int LookingAt(int pattern, const std::string &text) {
        if (pattern < 0) return -1;
        // A pattern of plain digits ("00", "0") consumes exactly itself when the text starts with it.
        if (Get(pattern).literal) {
            const std::string &literal = Catalog::Get().Pattern(pattern);
            return text.compare(0, literal.size(), literal) == 0 ? (int)literal.size() : -1;
        }
        icu::RegexMatcher *matcher = Prepare(pattern, text);
        if (!matcher) return -1;
        UErrorCode status = U_ZERO_ERROR;
        if (!matcher->lookingAt(status) || U_FAILURE(status)) return -1;
        int end = matcher->end(status);
        return U_SUCCESS(status) ? end : -1;
    }

    // Only whole-number matches use an automaton, so only their patterns pay for compiling one.
    const DigitAutomaton *Automaton(int pattern) {
        if (pattern < 0) return nullptr;
        Entry &entry = Get(pattern);
        if (!entry.automaton_tried) {
            entry.automaton_tried = true;
            std::unique_ptr<DigitAutomaton> automaton(new DigitAutomaton(Catalog::Get().Pattern(pattern)));
            if (automaton->ok()) entry.automaton = std::move(automaton);
        }
        return entry.automaton.get();
    }

  private:
    struct Entry {
        bool prepared = false;
        bool literal = false;
        bool automaton_tried = false;
        std::unique_ptr<DigitAutomaton> automaton;
        bool compiled = false;
        std::unique_ptr<icu::RegexMatcher> matcher;
        uint64_t generation = 0;  // the text generation the matcher was last reset to
    };

    Entry &Get(int pattern) {
        if (entries_.size() <= (size_t)pattern) entries_.resize(Catalog::Get().PatternCount());
        Entry &entry = entries_[pattern];
        if (!entry.prepared) {
            entry.prepared = true;
            entry.literal = IsDigits(Catalog::Get().Pattern(pattern));
        }
        return entry;
    }

    icu::RegexMatcher *Prepare(int pattern, const std::string &text) {
        if (pattern < 0) return nullptr;
        Entry &entry = Get(pattern);
        if (!entry.compiled) {
            entry.compiled = true;
            UErrorCode status = U_ZERO_ERROR;
            const std::string &source = Catalog::Get().Pattern(pattern);
            // The library compiles with no flags; a pattern that fails to compile never matches there either.
            std::unique_ptr<icu::RegexMatcher> matcher(
                new icu::RegexMatcher(icu::UnicodeString::fromUTF8(icu::StringPiece(source.data(), (int32_t)source.size())),
                                      0, status));
            if (U_SUCCESS(status)) entry.matcher = std::move(matcher);
        }
        icu::RegexMatcher *matcher = entry.matcher.get();
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
        if (entry.generation == generation_) {
            matcher->reset();
        } else {
            entry.generation = generation_;
            matcher->reset(text_);
        }
        return matcher;
    }

    std::vector<Entry> entries_;
    uint64_t generation_ = 1;
    std::string current_;
    icu::UnicodeString text_;
};

thread_local Matchers matchers;

}  // namespace

bool FullMatch(int pattern, const std::string &text) { return matchers.Full(pattern, text); }

void UseDigitAutomata(bool enabled) { use_automata.store(enabled, std::memory_order_relaxed); }

int LookingAt(int pattern, const std::string &text) { return matchers.LookingAt(pattern, text); }

AutomatonCheck CheckAutomata(uint64_t seed, int samples_per_pattern) {
    AutomatonCheck check;
    const Catalog &catalog = Catalog::Get();
    uint64_t random = seed;
    auto next = [&random]() { return NextRandom(&random); };
    for (int pattern = 0; pattern < (int)catalog.PatternCount(); ++pattern) {
        ++check.patterns;
        const DigitAutomaton *automaton = matchers.Automaton(pattern);
        if (!automaton) continue;
        ++check.compiled;
        for (int sample = 0; sample < samples_per_pattern; ++sample) {
            // Accepted strings, then near misses (one digit changed, added or dropped), then noise.
            std::string text = automaton->RandomAccepted(&random, 24);
            int shape = (int)(next() % 4);
            if (shape == 1 && !text.empty()) text[next() % text.size()] = (char)('0' + next() % 10);
            if (shape == 2) text.insert(text.begin() + (long)(next() % (text.size() + 1)), (char)('0' + next() % 10));
            if (shape == 3 && !text.empty()) text.erase(text.begin() + (long)(next() % text.size()));
            if (sample % 8 == 7) {
                text.clear();
                for (size_t i = 0, n = 1 + next() % 14; i < n; ++i) text.push_back((char)('0' + next() % 10));
            }
            bool expected = matchers.FullWithRegex(pattern, text);
            if (expected) ++check.matching;
            if ((automaton->FullMatch(text) == 1) != expected) {
                if (check.disagreements++ == 0) check.first_disagreement = catalog.Pattern(pattern) + " on " + text;
            }
            ++check.samples;
        }
    }
    return check;
}

}  // namespace metadata
}  // namespace cphonenumber
