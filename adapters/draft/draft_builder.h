// Inside the drafter: the builder that gathers rules from the sentences that state them, and the
// readings of sentences (figures, meeting lengths, deadlines) that feed it. Not a public header.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "draft/drafter.h"
#include "draft/plan_outline.h"
#include "draft/vocabulary.h"
#include "tuanthu/catalog.h"

namespace tuanthu::draft::detail {

using nlohmann::json;
using Params = std::vector<std::pair<std::string, json>>;

std::string TwoDigits(int n);
// 0.6 -> "60%".
std::string Percent100(double fraction);
// Shortens `text` to about `limit` bytes at a space, never inside a UTF-8 sequence.
std::string Shorten(const std::string& text, size_t limit);
bool EndsWith(const std::string& text, const std::string& suffix);

class Builder {
 public:
  explicit Builder(const PlanOutline& outline) : outline_(outline) {}

  // Records that sentence `s` states `params` for rule `id`. A value that contradicts what an
  // earlier sentence stated is not taken: the sentence is left for the reviewer.
  bool Offer(const std::string& id, const std::string& kind, const Params& params, size_t s,
             const std::string& quote, const std::string& note = "") {
    DraftRule& rule = rules_[id];
    const bool fresh = rule.id.empty();
    if (fresh) {
      rule.id = id;
      rule.kind = kind;
    }
    const int year = outline_.sentences[s].target_year;
    for (const auto& [name, value] : params) {
      if (const json* before = rule.Find(name); before != nullptr && *before != value) {
        // A target for one year that differs from the standing one is a rule of its own for that
        // year (where this build can judge a rule for given years).
        const KindSpec* spec = FindKind(kind.empty() ? id : kind);
        const std::string split_id = id + "_" + Slug(outline_.sentences[s].clause);
        if (year > 0 && spec != nullptr && spec->Find("years") != nullptr && split_id != id &&
            !EndsWith(id, "_" + Slug(outline_.sentences[s].clause))) {
          return Offer(split_id, kind.empty() ? id : kind, params, s, quote,
                       note + "; chỉ tiêu riêng của năm " + std::to_string(year) +
                           ", khác chỉ tiêu " + before->dump() + " của " + Join(rule.clauses));
        }
        conflicts_.push_back({s, quote,
                              "nêu " + name + " = " + value.dump() + " cho " + id +
                                  ", khác giá trị đã lấy " + before->dump() + " (" +
                                  Join(rule.clauses) + "); bản nháp giữ giá trị trước"});
        if (fresh) rules_.erase(id);
        return false;
      }
    }
    for (const auto& [name, value] : params) {
      if (rule.Find(name) == nullptr) rule.params.emplace_back(name, value);
    }
    if (year > 0)
      years_[id].insert(year);
    else
      standing_.insert(id);
    const std::string& clause = outline_.sentences[s].clause;
    if (std::find(rule.clauses.begin(), rule.clauses.end(), clause) == rule.clauses.end())
      rule.clauses.push_back(clause);
    bool quoted = false;
    for (const Quote& q : rule.quotes) quoted = quoted || (q.clause == clause && q.text == quote);
    if (!quoted) rule.quotes.push_back({clause, quote});
    if (!note.empty() && std::find(rule.notes.begin(), rule.notes.end(), note) == rule.notes.end())
      rule.notes.push_back(note);
    mapped_.insert(s);
    return true;
  }

  bool Declared(const std::string& id) const { return rules_.count(id) > 0; }

  // Rules stated only by targets for one year get `years` (where the kind takes it).
  void SetYears() {
    for (auto& [id, rule] : rules_) {
      auto it = years_.find(id);
      if (it == years_.end() || standing_.count(id) || it->second.size() != 1) continue;
      const KindSpec* spec = FindKind(rule.kind.empty() ? id : rule.kind);
      if (spec == nullptr || spec->Find("years") == nullptr || rule.Find("years")) continue;
      rule.params.emplace_back("years", json::array({*it->second.begin()}));
      rule.notes.push_back("chỉ tiêu của năm " + std::to_string(*it->second.begin()) +
                           ": chỉ đánh giá năm đó");
    }
  }

  // "Phụ lục 12" -> "pl12", "II.3" -> "ii3".
  static std::string Slug(const std::string& clause) {
    std::string key = MatchKey(clause);
    if (key.rfind("phụ lục", 0) == 0) key = "pl" + key.substr(std::string("phụ lục").size());
    std::string out;
    for (char c : key) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    }
    return out;
  }
  void MarkMapped(size_t s) { mapped_.insert(s); }
  void MarkSegmentMapped(size_t s, const std::string& segment) {
    mapped_segments_[s].insert(segment);
  }
  bool IsMapped(size_t s) const { return mapped_.count(s) > 0; }
  bool IsSegmentMapped(size_t s, const std::string& segment) const {
    auto it = mapped_segments_.find(s);
    return it != mapped_segments_.end() && it->second.count(segment) > 0;
  }
  bool HasMappedSegments(size_t s) const { return mapped_segments_.count(s) > 0; }

  struct Conflict {
    size_t sentence;
    std::string quote;
    std::string note;
  };
  const std::vector<Conflict>& conflicts() const { return conflicts_; }
  std::map<std::string, DraftRule>& rules() { return rules_; }

  static std::string Join(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
  }

 private:
  const PlanOutline& outline_;
  std::map<std::string, DraftRule> rules_;
  std::set<size_t> mapped_;
  std::map<size_t, std::set<std::string>> mapped_segments_;
  std::vector<Conflict> conflicts_;
  std::map<std::string, std::set<int>> years_;
  std::set<std::string> standing_;
};

// The role the headings above a sentence name, innermost first; "units" for the units under the
// UBND; empty when none names one.
std::string RoleOf(const Sentence& s);

// Splits `text` at semicolons (the plans list targets that way).
std::vector<std::string> SplitSegments(const std::string& text);

// Every percentage of sentence `s`, read as the target of the indicator its words name.
void DraftPercents(const PlanOutline& outline, size_t s, Builder* b);

// The periodic reports' deadlines and who owes them, over the whole plan.
void DraftReports(const PlanOutline& outline, Builder* b);

// Meeting lengths, materials in advance, units' own plans, task ownership, the weekly schedule,
// dossiers on time: what one sentence states.
void DraftSentence(const PlanOutline& outline, size_t i, Builder* b);

}  // namespace tuanthu::draft::detail
