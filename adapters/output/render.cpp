#include "output/render.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tuanthu/utf8.h"

// g++ 12 at -O3 reports a false -Wrestrict for `"literal" + std::string` (the inlined insert at
// position 0 of the right-hand string), which this renderer writes throughout; the warning is
// silenced for this file and that compiler only. The code is correct: operator+ copies.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

namespace tuanthu {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json MeasureJson(const Measure& measure) {
  if (std::holds_alternative<int64_t>(measure)) return std::get<int64_t>(measure);
  if (std::holds_alternative<double>(measure)) {
    // Six decimals are plenty for shares and days, and keep output stable across platforms.
    const double value = std::get<double>(measure);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", value);
    return std::stod(buf);
  }
  if (std::holds_alternative<std::string>(measure)) return std::get<std::string>(measure);
  return nullptr;
}

}  // namespace

ordered_json FindingJson(const Finding& f) {
  ordered_json j;
  j["rule"] = f.rule;
  j["severity"] = SeverityName(f.severity);
  j["pack"] = f.pack;
  j["locality"] = f.locality;
  j["unit"] = f.unit ? ordered_json(*f.unit) : ordered_json(nullptr);
  j["period"] = f.period;
  j["clause"] = f.clause;
  j["message"] = f.message;
  j["observed"] = MeasureJson(f.observed);
  j["expected"] = MeasureJson(f.expected);
  j["evidence"] = f.evidence;
  if (f.evidence_total > static_cast<int64_t>(f.evidence.size())) {
    j["evidence_total"] = f.evidence_total;
  }
  if (!f.record.empty()) j["record"] = f.record;
  return j;
}

namespace {

ordered_json Counts(const std::map<Severity, int64_t>& counts) {
  ordered_json j;
  for (Severity s : {Severity::kViolation, Severity::kWarning, Severity::kInfo}) {
    auto it = counts.find(s);
    j[SeverityName(s)] = it == counts.end() ? 0 : it->second;
  }
  return j;
}

// The locality-wide KPI outcomes of the latest judged year, one per rule.
std::vector<const Finding*> LocalityKpis(const CheckResult& result, const std::string& code) {
  std::map<std::string, const Finding*> latest;
  for (const Finding& f : result.kpis) {
    if (f.locality != code || f.unit || !f.denominator) continue;
    auto& slot = latest[f.rule];
    if (slot == nullptr || slot->period < f.period) slot = &f;
  }
  std::vector<const Finding*> out;
  for (const auto& [rule, f] : latest) out.push_back(f);
  return out;
}

bool IsShare(const Finding& f) { return std::holds_alternative<double>(f.observed); }

std::string KpiObserved(const Finding& f, Lang lang) {
  if (IsShare(f)) {
    return Percent(std::get<double>(f.observed), lang) + " (" + std::to_string(*f.numerator) + "/" +
           std::to_string(*f.denominator) + ")";
  }
  return MeasureText(f.observed) + Format(Tr(lang, " (năm trước {0})", " (previous year {0})"),
                                          {std::to_string(*f.denominator)});
}

std::string KpiTarget(const Finding& f, Lang lang) {
  if (std::holds_alternative<std::monostate>(f.expected)) return "—";
  const double target =
      std::holds_alternative<double>(f.expected) ? std::get<double>(f.expected) : 0.0;
  const std::string comparator = f.comparator.empty() ? "" : f.comparator + " ";
  if (IsShare(f)) return comparator + Percent(target, lang);
  std::string text = MeasureText(f.expected);
  if (lang == Lang::kVi) std::replace(text.begin(), text.end(), '.', ',');
  return comparator + text;
}

ordered_json KpiJson(const Finding& f) {
  ordered_json j;
  j["rule"] = f.rule;
  j["period"] = f.period;
  j["observed"] = MeasureJson(f.observed);
  j["expected"] = MeasureJson(f.expected);
  j["numerator"] = *f.numerator;
  j["denominator"] = *f.denominator;
  j["comparator"] = f.comparator;
  j["status"] = SeverityName(f.severity);
  return j;
}

}  // namespace

std::string SeverityLabel(Severity severity, Lang lang) {
  switch (severity) {
    case Severity::kViolation:
      return std::string(Tr(lang, "VI PHẠM", "VIOLATION"));
    case Severity::kWarning:
      return std::string(Tr(lang, "CẢNH BÁO", "WARNING"));
    case Severity::kInfo:
      return std::string(Tr(lang, "THÔNG TIN", "INFO"));
    case Severity::kPass:
      return std::string(Tr(lang, "ĐẠT", "PASS"));
  }
  return "";
}

std::string MeasureText(const Measure& measure) {
  const ordered_json j = MeasureJson(measure);
  if (j.is_null()) return "";
  if (j.is_string()) return j.get<std::string>();
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string DisplayPeriod(const std::string& period) {
  if (auto date = Date::ParseIso(period)) return date->Display();
  return period;
}

namespace {

// Writes `json` as dump(2) would inside a document, `indent` spaces deeper.
void WriteIndented(const ordered_json& json, size_t indent, std::ostream& out) {
  const std::string text = json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  const std::string pad(indent, ' ');
  size_t start = 0;
  for (;;) {
    const size_t end = text.find('\n', start);
    out.write(text.data() + start,
              static_cast<std::streamsize>((end == std::string::npos ? text.size() : end) - start));
    if (end == std::string::npos) break;
    out << '\n' << pad;
    start = end + 1;
  }
}

}  // namespace

// The same text as one ordered_json document dumped with indent 2, written finding by finding
// so that no tree of every finding is ever held.
void WriteJson(const CheckResult& result, const RenderOptions&, std::ostream& out) {
  out << "{\n  \"as_of\": " << ordered_json(result.as_of.Iso()).dump() << ",\n  \"findings\": ";
  if (result.findings.empty()) {
    out << "[]";
  } else {
    out << "[\n    ";
    bool first = true;
    for (const Finding& f : result.findings) {
      if (!first) out << ",\n    ";
      first = false;
      WriteIndented(FindingJson(f), 4, out);
    }
    out << "\n  ]";
  }
  ordered_json rest;
  rest["summary"] = Counts(result.summary);
  ordered_json localities = ordered_json::array();
  for (const LocalityResult& l : result.localities) {
    ordered_json j;
    j["code"] = l.code;
    j["name"] = l.name;
    j["pack"] = l.pack;
    j["pack_hash"] = l.pack_hash;
    j["effective"] = l.effective.Iso();
    j["summary"] = Counts(l.counts);
    ordered_json kpis = ordered_json::array();
    for (const Finding* f : LocalityKpis(result, l.code)) kpis.push_back(KpiJson(*f));
    j["kpis"] = std::move(kpis);
    ordered_json manual = ordered_json::array();
    for (const ManualItem& item : l.manual) {
      manual.push_back({{"id", item.id}, {"text", item.text}, {"clause", item.clause}});
    }
    j["manual"] = std::move(manual);
    localities.push_back(std::move(j));
  }
  rest["localities"] = std::move(localities);
  ordered_json errors = ordered_json::array();
  for (const Diagnostic& d : result.errors) {
    errors.push_back({{"pack", d.pack}, {"rule", d.rule}, {"message", d.message}});
  }
  rest["errors"] = std::move(errors);
  // `rest` dumped on its own starts "{\n  \"summary\"": the same keys at the same depth.
  const std::string tail = rest.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  out << ",\n" << std::string_view(tail).substr(2) << "\n";
}

std::string RenderJson(const CheckResult& result, const RenderOptions& options) {
  std::ostringstream out;
  WriteJson(result, options, out);
  return out.str();
}

std::string RenderDueSoon(const CheckResult& result, int days, const RenderOptions& options,
                          bool json) {
  struct Due {
    Date date;
    const Finding* finding;
  };
  std::vector<Due> due;
  const Date until = result.as_of.AddDays(days);
  for (const Finding& f : result.findings) {
    if (!f.open || !std::holds_alternative<std::string>(f.expected)) continue;
    const auto date = Date::ParseIso(std::get<std::string>(f.expected));
    if (date && *date >= result.as_of && *date <= until) due.push_back({*date, &f});
  }
  std::stable_sort(due.begin(), due.end(),
                   [](const Due& a, const Due& b) { return a.date < b.date; });
  const Lang lang = options.lang;
  if (json) {
    ordered_json root;
    root["as_of"] = result.as_of.Iso();
    root["days"] = days;
    ordered_json list = ordered_json::array();
    for (const Due& d : due) {
      const Finding& f = *d.finding;
      list.push_back({{"due", d.date.Iso()},
                      {"days_left", d.date - result.as_of},
                      {"rule", f.rule},
                      {"locality", f.locality},
                      {"unit", f.unit ? ordered_json(*f.unit) : ordered_json(nullptr)},
                      {"period", f.period},
                      {"clause", f.clause},
                      {"message", f.message}});
    }
    root["due"] = std::move(list);
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  std::string out =
      Format(Tr(lang, "Hạn trong {0} ngày tới, tính từ {1}: {2} việc chưa hoàn thành\n",
                "Due in the next {0} days from {1}: {2} obligations not met yet\n"),
             {std::to_string(days), result.as_of.Display(), std::to_string(due.size())});
  for (const Due& d : due) {
    const Finding& f = *d.finding;
    out += Wrap(d.date.Display() + "  " +
                    Format(Tr(lang, "(còn {0} ngày)", "({0} days left)"),
                           {std::to_string(d.date - result.as_of)}) +
                    "  " + f.rule + "  " + f.locality + " " + f.unit.value_or("—") +
                    (f.clause.empty() ? "" : "  [" + f.clause + "]"),
                options.width, 4);
    out += "    " + Wrap(f.message, static_cast<size_t>(options.width) - 4, 4);
  }
  return out;
}

std::string CsvField(std::string_view value) {
  std::string text = SanitizeUtf8(value);
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r')) {
    text.insert(text.begin(), '\'');
  }
  if (text.find_first_of(",\"\r\n;") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void WriteCsv(const CheckResult& result, const RenderOptions&, std::ostream& stream) {
  std::string out =
      "rule,severity,pack,locality,unit,period,clause,message,observed,expected,evidence,"
      "evidence_total\r\n";
  for (const Finding& f : result.findings) {
    std::string evidence;
    for (const std::string& id : f.evidence) evidence += (evidence.empty() ? "" : ";") + id;
    const std::string fields[] = {f.rule,
                                  SeverityName(f.severity),
                                  f.pack,
                                  f.locality,
                                  f.unit.value_or(""),
                                  f.period,
                                  f.clause,
                                  f.message,
                                  MeasureText(f.observed),
                                  MeasureText(f.expected),
                                  evidence,
                                  std::to_string(std::max<int64_t>(
                                      f.evidence_total, static_cast<int64_t>(f.evidence.size())))};
    bool first = true;
    for (const std::string& field : fields) {
      if (!first) out += ',';
      first = false;
      out += CsvField(field);
    }
    out += "\r\n";
    if (out.size() > (1u << 16)) {
      stream << out;
      out.clear();
    }
  }
  stream << out;
}

std::string RenderCsv(const CheckResult& result, const RenderOptions& options) {
  std::ostringstream out;
  WriteCsv(result, options, out);
  return out.str();
}

size_t DisplayWidth(std::string_view utf8) {
  size_t width = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++width;  // count code points; combining marks are rare in NFC text
  }
  return width;
}

std::string Wrap(std::string_view text, size_t width, size_t indent) {
  std::string out;
  std::string line;
  size_t line_width = 0;
  std::istringstream words{std::string(text)};
  std::string word;
  const size_t first_limit = width;
  bool first_line = true;
  while (words >> word) {
    const size_t w = DisplayWidth(word);
    const size_t limit = first_line ? first_limit : width - indent;
    if (line_width > 0 && line_width + 1 + w > limit) {
      out += (first_line ? "" : std::string(indent, ' ')) + line + "\n";
      first_line = false;
      line.clear();
      line_width = 0;
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  if (!line.empty()) out += (first_line ? "" : std::string(indent, ' ')) + line + "\n";
  return out;
}

std::string RenderTable(const CheckResult& result, const RenderOptions& options) {
  const Lang lang = options.lang;
  const size_t width = static_cast<size_t>(std::max(options.width, 40));
  std::string out;
  const std::string rule_line = [&] {
    std::string s;
    for (size_t i = 0; i < width; ++i) s += "─";
    return s;
  }();
  auto count_of = [](const LocalityResult& l, Severity s) {
    auto it = l.counts.find(s);
    return std::to_string(it == l.counts.end() ? 0 : it->second);
  };
  if (result.localities.size() > 1) {
    out += Wrap(Format(Tr(lang, "Tổng hợp {0} địa phương — kiểm tra ngày {1}",
                          "Summary of {0} localities — checked as of {1}"),
                       {std::to_string(result.localities.size()), result.as_of.Display()}),
                width, 2);
    out += std::string(
        Tr(lang, "mã     địa phương                 gói                         VP   CB   TT\n",
           "code   locality                   pack                        V    W    I\n"));
    for (const LocalityResult& l : result.localities) {
      auto pad = [](std::string text, size_t w) {
        size_t shown = DisplayWidth(text);
        while (shown > w) {  // cut on a code point boundary
          do text.pop_back();
          while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80);
          if (!text.empty()) text.pop_back();
          shown = DisplayWidth(text);
        }
        return text + std::string(w - shown + 1, ' ');
      };
      char counts[48];
      std::snprintf(counts, sizeof counts, "%4s %4s %4s", count_of(l, Severity::kViolation).c_str(),
                    count_of(l, Severity::kWarning).c_str(), count_of(l, Severity::kInfo).c_str());
      out += pad(l.code, 6) + pad(l.name, 26) + pad(l.pack, 25) + counts + "\n";
    }
    out += "\n";
  }
  size_t next = 0;
  for (const LocalityResult& locality : result.localities) {
    out += rule_line + "\n";
    out += Wrap(Format(Tr(lang, "{0} ({1}) — kiểm tra ngày {2}", "{0} ({1}) — checked as of {2}"),
                       {locality.name, locality.code, result.as_of.Display()}),
                width, 2);
    out += Wrap(
        Format(Tr(lang, "Gói quy tắc: {0} (hiệu lực {1}, mã {2})",
                  "Rule pack: {0} (effective {1}, hash {2})"),
               {locality.pack, locality.effective.Display(), locality.pack_hash.substr(0, 12)}),
        width, 2);
    out += rule_line + "\n";
    bool any = false;
    while (next < result.findings.size() && result.findings[next].locality == locality.code) {
      const Finding& f = result.findings[next++];
      any = true;
      std::string head = SeverityLabel(f.severity, lang) + "  " + f.rule;
      head += "  " + (f.unit ? *f.unit : std::string(Tr(lang, "(toàn xã)", "(locality)")));
      head += "  " + DisplayPeriod(f.period);
      if (!f.clause.empty()) head += "  [" + f.clause + "]";
      out += Wrap(head, width, 4);
      out += "    " + Wrap(f.message, width - 4, 4);
      if (f.evidence_total > 1 || (f.evidence.size() == 1 && f.record.empty())) {
        std::string ids;
        for (const std::string& id : f.evidence) ids += (ids.empty() ? "" : ", ") + id;
        if (f.evidence_total > static_cast<int64_t>(f.evidence.size())) {
          ids += Format(Tr(lang, " … ({0} bản ghi)", " … ({0} records)"),
                        {std::to_string(f.evidence_total)});
        }
        out += "    " + Wrap(std::string(Tr(lang, "Hồ sơ: ", "Records: ")) + ids, width - 4, 4);
      }
    }
    if (!any) out += std::string(Tr(lang, "Không có phát hiện nào.\n", "No findings.\n"));
    auto count = [&](Severity s) {
      auto it = locality.counts.find(s);
      return std::to_string(it == locality.counts.end() ? 0 : it->second);
    };
    // Appended piece by piece: `"\n" + std::string` makes g++ 12 at -O3 report a false
    // -Wrestrict from the inlined insert at position 0 (a known g++ 12 false positive).
    out += '\n';
    out += Format(Tr(lang, "Tổng: {0} vi phạm, {1} cảnh báo, {2} thông tin\n",
                     "Total: {0} violations, {1} warnings, {2} info\n"),
                  {count(Severity::kViolation), count(Severity::kWarning), count(Severity::kInfo)});
    const std::vector<const Finding*> kpis = LocalityKpis(result, locality.code);
    if (!kpis.empty()) {
      out += "\n" + std::string(Tr(lang, "Chỉ tiêu (toàn xã, năm gần nhất):\n",
                                   "Targets (whole locality, latest year):\n"));
      for (const Finding* f : kpis) {
        out += "  " + Wrap(f->rule + " " + f->period + ": " + KpiObserved(*f, lang) + "; " +
                               std::string(Tr(lang, "chỉ tiêu ", "target ")) + KpiTarget(*f, lang) +
                               " — " + SeverityLabel(f->severity, lang),
                           width - 2, 4);
      }
    }
    if (options.show_manual && !locality.manual.empty()) {
      out += "\n" + std::string(Tr(lang, "Nội dung kiểm tra thủ công (không tự động được):\n",
                                   "Manual checklist (not machine-checkable):\n"));
      for (const ManualItem& item : locality.manual) {
        out += "  [ ] " + Wrap(item.text + (item.clause.empty() ? "" : " [" + item.clause + "]"),
                               width - 6, 6);
      }
    }
    out += "\n";
  }
  for (const Diagnostic& d : result.errors) {
    out += Wrap(std::string(Tr(lang, "LỖI QUY TẮC: ", "RULE ERROR: ")) + d.AsString(), width, 2);
  }
  return out;
}

}  // namespace tuanthu
