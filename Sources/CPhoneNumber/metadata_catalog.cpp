#include "metadata_catalog.h"

#include <memory>

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

}  // namespace

bool FullMatch(int pattern, const std::string &text) { return matchers.Full(pattern, text); }

int LookingAt(int pattern, const std::string &text) { return matchers.LookingAt(pattern, text); }

}  // namespace metadata
}  // namespace cphonenumber
