#include "output/render.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "output/check_writers.h"
#include "tuanthu/utf8.h"

// g++ 12 at -O3 reports a false -Wrestrict for `"literal" + std::string` (the inlined insert at
// position 0 of the right-hand string), which this renderer writes throughout; the warning is
// silenced for this file and that compiler only. The code is correct: operator+ copies.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

namespace tuanthu {

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

// The streaming writers (check_writers.h) fed with the collected result.
void WriteJson(const CheckResult& result, const RenderOptions& options, std::ostream& out) {
  Replay(result, *NewJsonWriter(options, out));
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

void WriteCsv(const CheckResult& result, const RenderOptions& options, std::ostream& out) {
  Replay(result, *NewCsvWriter(options, out));
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
  std::ostringstream out;
  Replay(result, *NewTableWriter(options, out));
  return out.str();
}

}  // namespace tuanthu
