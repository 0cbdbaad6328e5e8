#include "draft/measure.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace tuanthu::draft {
namespace {

using nlohmann::json;

bool StatedBy(const ResolvedRule& rule, const std::string& pack, const std::string& name) {
  auto it = rule.params.find(name);
  return it != rule.params.end() && it->second.source == pack;
}

bool Declares(const ResolvedRule* rule, const std::string& pack) {
  if (rule == nullptr) return false;
  for (const auto& [name, value] : rule->params) {
    if (value.source == pack) return true;
  }
  return false;
}

bool Compared(const std::string& name) { return name != "clause" && name != "description"; }

std::set<std::string> ClauseSet(const json& clause) {
  std::set<std::string> parts;
  if (!clause.is_string()) return parts;
  std::string text = clause.get<std::string>();
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) parts.insert(part);
    start = end + 1;
  }
  return parts;
}

// A task list as ref -> task.
std::map<std::string, json> Tasks(const json& list) {
  std::map<std::string, json> out;
  if (!list.is_array()) return out;
  for (const json& t : list) {
    if (t.is_object() && t.contains("ref")) out[t["ref"].get<std::string>()] = t;
  }
  return out;
}

}  // namespace

DraftMeasure MeasureDraft(const ResolvedPack& draft, const ResolvedPack& reference) {
  DraftMeasure m;
  m.draft = draft.id;
  m.reference = reference.id;
  const auto add = [&](const std::string& rule, const std::string& param, const json& expected,
                       const json& drafted, const std::string& verdict) {
    m.values.push_back({rule, param, expected, drafted, verdict});
  };
  add("", "effective", reference.effective.Iso(), draft.effective.Iso(),
      reference.effective == draft.effective ? "right" : "wrong");

  for (const ResolvedRule& ref : reference.rules) {
    if (!Declares(&ref, reference.id)) continue;  // inherited untouched: not the plan's own value
    const ResolvedRule* got = draft.FindRule(ref.id);
    const bool declared = Declares(got, draft.id);
    add(ref.id, "(rule)", ref.kind, declared ? json(got->kind) : json(),
        declared ? (got->kind == ref.kind ? "right" : "wrong") : "missed");
    for (const auto& [name, value] : ref.params) {
      if (!Compared(name) || value.source != reference.id) continue;
      if (name == "tasks") {
        const auto want = Tasks(value.value);
        const auto have = declared ? Tasks(got->Param(name)) : std::map<std::string, json>{};
        for (const auto& [ref_id, task] : want) {
          auto it = have.find(ref_id);
          for (const char* field : {"due", "from_year", "lead_role"}) {
            if (!task.contains(field)) continue;
            const std::string param = "tasks[" + ref_id + "]." + field;
            if (it == have.end()) {
              add(ref.id, param, task[field], nullptr, "missed");
            } else {
              const json drafted = it->second.value(field, json());
              add(ref.id, param, task[field], drafted, drafted == task[field] ? "right" : "wrong");
            }
          }
        }
        for (const auto& [ref_id, task] : have) {
          if (!want.count(ref_id)) add(ref.id, "tasks[" + ref_id + "]", nullptr, task, "extra");
        }
        continue;
      }
      if (!declared) {
        add(ref.id, name, value.value, nullptr, "missed");
      } else {
        const json& drafted = got->Param(name);
        add(ref.id, name, value.value, drafted, drafted == value.value ? "right" : "wrong");
      }
    }
    if (declared && StatedBy(ref, reference.id, "clause")) {
      if (ClauseSet(ref.Param("clause")) == ClauseSet(got->Param("clause")))
        ++m.clauses_same;
      else
        ++m.clauses_different;
    }
  }
  for (const ResolvedRule& got : draft.rules) {
    if (!Declares(&got, draft.id)) continue;
    const ResolvedRule* ref = reference.FindRule(got.id);
    const bool ref_declared = Declares(ref, reference.id);
    if (!ref_declared) add(got.id, "(rule)", nullptr, got.kind, "extra");
    for (const auto& [name, value] : got.params) {
      if (!Compared(name) || value.source != draft.id || name == "tasks") continue;
      if (ref_declared && StatedBy(*ref, reference.id, name)) continue;  // judged above
      const json expected = ref ? ref->Param(name) : json();
      if (ref == nullptr || expected != value.value)
        add(got.id, name, expected, value.value, "extra");
    }
  }
  for (const ValueCheck& v : m.values) {
    if (v.verdict == "right") ++m.right;
    if (v.verdict == "wrong") ++m.wrong;
    if (v.verdict == "missed") ++m.missed;
    if (v.verdict == "extra") ++m.extra;
  }
  std::set<std::string> drafted_manual, reference_manual;
  for (const ManualItem& item : draft.manual) {
    if (item.pack == draft.id) drafted_manual.insert(item.id);
  }
  for (const ManualItem& item : reference.manual) {
    if (item.pack == reference.id) reference_manual.insert(item.id);
  }
  m.manual_drafted = static_cast<int>(drafted_manual.size());
  m.manual_reference = static_cast<int>(reference_manual.size());
  for (const std::string& id : drafted_manual) m.manual_common += reference_manual.count(id) > 0;
  return m;
}

nlohmann::ordered_json DraftMeasure::ToJson() const {
  nlohmann::ordered_json j;
  j["draft"] = draft;
  j["reference"] = reference;
  j["right"] = right;
  j["wrong"] = wrong;
  j["missed"] = missed;
  j["extra"] = extra;
  j["clauses_same"] = clauses_same;
  j["clauses_different"] = clauses_different;
  j["manual"] = {
      {"drafted", manual_drafted}, {"reference", manual_reference}, {"common", manual_common}};
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const ValueCheck& v : values) {
    list.push_back({{"rule", v.rule},
                    {"param", v.param},
                    {"verdict", v.verdict},
                    {"expected", v.expected},
                    {"drafted", v.drafted}});
  }
  j["values"] = list;
  return j;
}

std::string DraftMeasure::ToText(Lang lang) const {
  std::ostringstream out;
  const auto n = [](int value) { return std::to_string(value); };
  out << Format(Tr(lang,
                   "Bản nháp {0} so với {1}: {2} đúng, {3} sai, {4} thiếu, {5} thừa; điều khoản "
                   "trùng {6}, khác {7}; kiểm tra thủ công {8}/{9} mục trùng mã (nháp có {10})\n",
                   "Draft {0} against {1}: {2} right, {3} wrong, {4} missed, {5} extra; clauses "
                   "the same {6}, different {7}; manual checks {8}/{9} with the same id (the "
                   "draft has {10})\n"),
                {draft, reference, n(right), n(wrong), n(missed), n(extra), n(clauses_same),
                 n(clauses_different), n(manual_common), n(manual_reference), n(manual_drafted)});
  for (const ValueCheck& v : values) {
    if (v.verdict == "right") continue;
    std::string verdict = v.verdict;
    if (lang == Lang::kVi) {
      verdict = v.verdict == "wrong" ? "sai" : v.verdict == "missed" ? "thiếu" : "thừa";
    }
    out << "  " << verdict << "  " << (v.rule.empty() ? "" : v.rule + " ") << v.param << ": "
        << (v.expected.is_null() ? "—" : v.expected.dump()) << " → "
        << (v.drafted.is_null() ? "—" : v.drafted.dump()) << "\n";
  }
  return out.str();
}

}  // namespace tuanthu::draft
