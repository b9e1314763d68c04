#include "digit_automaton.h"

#include <algorithm>
#include <map>
#include <memory>

namespace cphonenumber {
namespace metadata {
namespace {

// Bounds that keep a pathological pattern from costing much; such a pattern stays with ICU.
const size_t kMaxNfaStates = 20000;
const size_t kMaxDfaStates = 4000;
const int kMaxRepeat = 64;

// Regex syntax tree: a set of digits (bit d = digit d), a sequence, alternatives, or a repeat.
struct Node {
    enum Kind { kDigits, kSequence, kAlternatives, kRepeat } kind;
    uint16_t digits = 0;
    int min = 0, max = 0;  // kRepeat; max -1 = unbounded
    std::vector<std::unique_ptr<Node>> children;
    explicit Node(Kind kind) : kind(kind) {}
};

// Recursive descent over the supported subset; any other syntax fails the whole parse.
class Parser {
  public:
    explicit Parser(const std::string &text) : text_(text) {}

    std::unique_ptr<Node> Parse() {
        std::unique_ptr<Node> node = Alternatives();
        return ok_ && position_ == text_.size() ? std::move(node) : nullptr;
    }

  private:
    std::unique_ptr<Node> Alternatives() {
        auto node = std::make_unique<Node>(Node::kAlternatives);
        node->children.push_back(Sequence());
        while (ok_ && Peek() == '|') {
            ++position_;
            node->children.push_back(Sequence());
        }
        return node;
    }

    std::unique_ptr<Node> Sequence() {
        auto node = std::make_unique<Node>(Node::kSequence);
        while (ok_ && position_ < text_.size() && Peek() != '|' && Peek() != ')') node->children.push_back(Repeated());
        return node;
    }

    std::unique_ptr<Node> Repeated() {
        std::unique_ptr<Node> atom = Atom();
        while (ok_ && position_ < text_.size()) {
            int min, max;
            char c = Peek();
            if (c == '?') { min = 0; max = 1; ++position_; }
            else if (c == '*') { min = 0; max = -1; ++position_; }
            else if (c == '+') { min = 1; max = -1; ++position_; }
            else if (c == '{') { if (!Bounds(&min, &max)) return Fail(); }
            else break;
            // A lazy or possessive suffix changes what lookingAt consumes, not membership, but keep
            // the subset honest: anything unexpected goes to ICU.
            if (Peek() == '?' || Peek() == '+') return Fail();
            auto repeat = std::make_unique<Node>(Node::kRepeat);
            repeat->min = min;
            repeat->max = max;
            repeat->children.push_back(std::move(atom));
            atom = std::move(repeat);
        }
        return atom;
    }

    // {n}, {n,m} or {n,}.
    bool Bounds(int *min, int *max) {
        ++position_;
        if (!Number(min)) return false;
        *max = *min;
        if (Peek() == ',') {
            ++position_;
            *max = Peek() == '}' ? -1 : 0;
            if (*max == 0 && !Number(max)) return false;
        }
        if (Peek() != '}') return false;
        ++position_;
        return *min <= kMaxRepeat && *max <= kMaxRepeat && (*max == -1 || *min <= *max);
    }

    bool Number(int *value) {
        size_t start = position_;
        *value = 0;
        while (position_ < text_.size() && Peek() >= '0' && Peek() <= '9' && position_ - start < 4) {
            *value = *value * 10 + (Peek() - '0');
            ++position_;
        }
        return position_ > start;
    }

    std::unique_ptr<Node> Atom() {
        char c = Peek();
        if (c >= '0' && c <= '9') {
            ++position_;
            return DigitSet((uint16_t)(1u << (c - '0')));
        }
        if (c == '\\' && position_ + 1 < text_.size() && text_[position_ + 1] == 'd') {
            position_ += 2;
            return DigitSet(0x3FF);
        }
        if (c == '[') return Class();
        if (c == '(') {
            ++position_;
            // Capturing and non-capturing groups match the same strings.
            if (Peek() == '?') {
                if (position_ + 1 >= text_.size() || text_[position_ + 1] != ':') return Fail();
                position_ += 2;
            }
            std::unique_ptr<Node> inner = Alternatives();
            if (Peek() != ')') return Fail();
            ++position_;
            return inner;
        }
        return Fail();
    }

    // [0-5], [2-46-9], [\d]; negated or non-digit classes are not supported.
    std::unique_ptr<Node> Class() {
        ++position_;
        uint16_t digits = 0;
        while (position_ < text_.size() && Peek() != ']') {
            char c = Peek();
            if (c == '\\' && position_ + 1 < text_.size() && text_[position_ + 1] == 'd') {
                digits |= 0x3FF;
                position_ += 2;
                continue;
            }
            if (c < '0' || c > '9') return Fail();
            ++position_;
            char last = c;
            if (Peek() == '-' && position_ + 1 < text_.size() && text_[position_ + 1] != ']') {
                last = text_[position_ + 1];
                if (last < c || last > '9') return Fail();
                position_ += 2;
            }
            for (char d = c; d <= last; ++d) digits |= (uint16_t)(1u << (d - '0'));
        }
        if (Peek() != ']' || digits == 0) return Fail();
        ++position_;
        return DigitSet(digits);
    }

    std::unique_ptr<Node> DigitSet(uint16_t digits) {
        auto node = std::make_unique<Node>(Node::kDigits);
        node->digits = digits;
        return node;
    }

    std::unique_ptr<Node> Fail() {
        ok_ = false;
        return std::make_unique<Node>(Node::kSequence);
    }

    char Peek() const { return position_ < text_.size() ? text_[position_] : '\0'; }

    const std::string &text_;
    size_t position_ = 0;
    bool ok_ = true;
};

// Thompson NFA: a state moves on the digits in `digits` to `next`, and freely to `empty`.
struct NfaState {
    uint16_t digits = 0;
    int next = -1;
    std::vector<int> empty;
};

class NfaBuilder {
  public:
    std::vector<NfaState> states;
    bool overflow = false;

    // Adds `node`'s states; returns (entry, exit).
    std::pair<int, int> Build(const Node &node) {
        if (states.size() > kMaxNfaStates) {
            overflow = true;
            int state = Add();
            return {state, state};
        }
        switch (node.kind) {
        case Node::kDigits: {
            int entry = Add(), exit = Add();
            states[entry].digits = node.digits;
            states[entry].next = exit;
            return {entry, exit};
        }
        case Node::kSequence: {
            int entry = Add(), exit = entry;
            for (const auto &child : node.children) {
                auto part = Build(*child);
                states[exit].empty.push_back(part.first);
                exit = part.second;
            }
            return {entry, exit};
        }
        case Node::kAlternatives: {
            int entry = Add(), exit = Add();
            for (const auto &child : node.children) {
                auto part = Build(*child);
                states[entry].empty.push_back(part.first);
                states[part.second].empty.push_back(exit);
            }
            return {entry, exit};
        }
        case Node::kRepeat: {
            int entry = Add(), exit = entry;
            for (int i = 0; i < node.min; ++i) {
                auto part = Build(*node.children[0]);
                states[exit].empty.push_back(part.first);
                exit = part.second;
            }
            if (node.max == -1) {
                int loop = Add();
                auto part = Build(*node.children[0]);
                states[exit].empty.push_back(loop);
                states[loop].empty.push_back(part.first);
                states[part.second].empty.push_back(loop);
                return {entry, loop};
            }
            int end = Add();
            for (int i = node.min; i < node.max; ++i) {
                auto part = Build(*node.children[0]);
                states[exit].empty.push_back(end);
                states[exit].empty.push_back(part.first);
                exit = part.second;
            }
            states[exit].empty.push_back(end);
            return {entry, end};
        }
        }
        return {Add(), Add()};
    }

  private:
    int Add() {
        states.emplace_back();
        return (int)states.size() - 1;
    }
};

void Close(const std::vector<NfaState> &states, std::vector<int> *set) {
    std::vector<bool> seen(states.size(), false);
    std::vector<int> stack(*set);
    for (int state : *set) seen[state] = true;
    while (!stack.empty()) {
        int state = stack.back();
        stack.pop_back();
        for (int next : states[state].empty) {
            if (!seen[next]) {
                seen[next] = true;
                set->push_back(next);
                stack.push_back(next);
            }
        }
    }
    std::sort(set->begin(), set->end());
}

}  // namespace

uint64_t NextRandom(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

DigitAutomaton::DigitAutomaton(const std::string &pattern) {
    std::unique_ptr<Node> tree = Parser(pattern).Parse();
    if (!tree) return;
    NfaBuilder nfa;
    auto [entry, exit] = nfa.Build(*tree);
    if (nfa.overflow) return;
    // Subset construction over the ten digits.
    std::map<std::vector<int>, int> ids;
    std::vector<std::vector<int>> sets;
    std::vector<int> start{entry};
    Close(nfa.states, &start);
    ids[start] = 0;
    sets.push_back(start);
    for (size_t current = 0; current < sets.size(); ++current) {
        if (sets.size() > kMaxDfaStates) return;
        accepting_.push_back(std::binary_search(sets[current].begin(), sets[current].end(), exit));
        for (int digit = 0; digit < 10; ++digit) {
            std::vector<int> next;
            for (int state : sets[current]) {
                const NfaState &nfa_state = nfa.states[state];
                if (nfa_state.digits & (1u << digit)) next.push_back(nfa_state.next);
            }
            int target = -1;
            if (!next.empty()) {
                std::sort(next.begin(), next.end());
                next.erase(std::unique(next.begin(), next.end()), next.end());
                Close(nfa.states, &next);
                auto found = ids.find(next);
                if (found == ids.end()) {
                    target = (int)sets.size();
                    ids.emplace(next, target);
                    sets.push_back(std::move(next));
                } else {
                    target = found->second;
                }
            }
            transitions_.push_back(target);
        }
    }
    ok_ = true;
}

int DigitAutomaton::FullMatch(const std::string &text) const {
    int state = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return -1;
        if (state >= 0) state = transitions_[(size_t)state * 10 + (size_t)(c - '0')];
    }
    return state >= 0 && accepting_[(size_t)state] ? 1 : 0;
}

std::string DigitAutomaton::RandomAccepted(uint64_t *random, size_t max_length) const {
    std::string text;
    int state = 0;
    while (text.size() <= max_length) {
        // Stop at an accepting state now and then, so short and long matches both come out.
        if (accepting_[(size_t)state] && NextRandom(random) % 3 == 0) return text;
        int choices[10], count = 0;
        for (int digit = 0; digit < 10; ++digit) {
            if (transitions_[(size_t)state * 10 + (size_t)digit] >= 0) choices[count++] = digit;
        }
        if (count == 0) return accepting_[(size_t)state] ? text : std::string();
        int digit = choices[NextRandom(random) % (uint64_t)count];
        text.push_back((char)('0' + digit));
        state = transitions_[(size_t)state * 10 + (size_t)digit];
    }
    return std::string();
}

}  // namespace metadata
}  // namespace cphonenumber
