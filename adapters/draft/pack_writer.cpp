#include "draft/pack_writer.h"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "tuanthu/date.h"

namespace tuanthu::draft {
namespace {

using nlohmann::json;

constexpr size_t kWidth = 100;

// `text` as comment lines starting with `lead` ("-- "), wrapped at about kWidth bytes.
void Comment(std::ostringstream& out, const std::string& text, const std::string& lead = "-- ",
             const std::string& next_lead = "") {
  const std::string follow = next_lead.empty() ? lead : next_lead;
  const auto width = [](const std::string& t) {
    size_t n = 0;
    for (char c : t) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  std::istringstream words(text);
  std::string word, line = lead;
  bool first_word = true;
  while (words >> word) {
    if (!first_word && width(line) + 1 + width(word) > kWidth) {
      out << line << "\n";
      line = follow + word;
    } else {
      line += (first_word ? "" : " ") + word;
    }
    first_word = false;
  }
  out << line << "\n";
}

// Shares as the packs write them (0.60, 1.0), other numbers shortest (0.5, 1, 1.5).
std::string Number(double value, bool fraction) {
  char buf[32];
  if (fraction) {
    std::snprintf(buf, sizeof buf, value == 1.0 ? "%.1f" : "%.2f", value);
    if (std::strtod(buf, nullptr) == value) return buf;
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) return buf;
  }
  return buf;
}

std::string Value(const json& value, bool fraction = false) {
  if (value.is_string()) return LuaString(value.get<std::string>());
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_integer()) return std::to_string(value.get<int64_t>());
  if (value.is_number()) return Number(value.get<double>(), fraction);
  if (value.is_array()) {
    std::string out = "{ ";
    for (size_t i = 0; i < value.size(); ++i) out += (i ? ", " : "") + Value(value[i]);
    return out + " }";
  }
  if (value.is_object()) {
    std::string out = "{ ";
    bool first = true;
    for (const char* key : {"ref", "title", "due", "from_year", "lead_role"}) {
      if (!value.contains(key)) continue;
      out += (first ? "" : ", ") + std::string(key) + " = " + Value(value[key]);
      first = false;
    }
    return out + " }";
  }
  return "nil";
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

void WriteRule(std::ostringstream& out, const DraftRule& rule) {
  for (const Quote& q : rule.quotes)
    Comment(out, q.clause + ": \"" + q.text + "\"", "-- ", "--   ");
  for (const std::string& note : rule.notes) Comment(out, "Đọc là: " + note, "-- ", "--   ");
  out << "rule " << LuaString(rule.id) << " {\n";
  if (!rule.kind.empty() && rule.kind != rule.id)
    out << "  kind = " << LuaString(rule.kind) << ",\n";
  for (const auto& [name, value] : rule.params) {
    if (name == "tasks") {
      out << "  tasks = {\n";
      for (const json& task : value) {
        std::string line = "    " + Value(task) + ",";
        if (line.size() <= kWidth) {
          out << line << "\n";
          continue;
        }
        out << "    { ref = " << Value(task["ref"]) << ",\n";
        out << "      title = " << Value(task["title"]) << ",\n";
        out << "      due = " << Value(task["due"]);
        if (task.contains("from_year")) out << ", from_year = " << Value(task["from_year"]);
        if (task.contains("lead_role")) out << ", lead_role = " << Value(task["lead_role"]);
        out << " },\n";
      }
      out << "  },\n";
      continue;
    }
    out << "  " << name << " = " << Value(value, name == "threshold" || name == "target") << ",\n";
  }
  out << "  clause = " << LuaString(Join(rule.clauses)) << ",\n";
  out << "}\n\n";
}

// The last day a deadline `due` ("MM-DD" as dd/mm text) is met in `year`.
Date LastDay(const std::string& due_ddmm, bool strict, int year) {
  const int day = std::atoi(due_ddmm.substr(0, 2).c_str());
  const int month = std::atoi(due_ddmm.substr(3, 2).c_str());
  const Date d = Date::FromCivil(year, month, day);
  return strict ? d.AddDays(-1) : d;
}

// A share target tested at its edge for a closed year: a unit exactly at the threshold passes
// ("từ ... trở lên", "không ít hơn") or fails ("> 98%"), one record fewer fails, one more passes.
int WriteShareTests(std::ostringstream& out, const DraftPack& pack, int year) {
  struct Measure {
    const char* rule;
    const char* fixture;  // meeting, dossier, document
    const char* field;
    const char* good;
    const char* bad;
  };
  static const Measure kMeasures[] = {
      {"meetings.online_share", "meeting", "format", "\"online\"", "\"in_person\""},
      {"dossiers.online_share", "dossier", "online_full", "true", "false"},
      {"dossiers.digital_share", "dossier", "digital_processing", "true", "false"},
      {"dossiers.digitized_share", "dossier", "digitized", "true", "false"},
      {"documents.digitized_share", "document", "digitized", "true", "false"},
      {"documents.electronic_exchange", "document", "electronic", "true", "false"},
  };
  int tests = 0;
  for (const Measure& m : kMeasures) {
    const DraftRule* rule = nullptr;
    for (const DraftRule& r : pack.rules) {
      if (r.id == m.rule && r.kind.empty()) rule = &r;
    }
    if (rule == nullptr) continue;
    const json* threshold = rule->Find("threshold");
    if (threshold == nullptr || !threshold->is_number()) continue;
    const json* strict_value = rule->Find("strict");
    const bool strict = strict_value && strict_value->is_boolean() && strict_value->get<bool>();
    const long percent = std::lround(threshold->get<double>() * 100);
    if (std::fabs(threshold->get<double>() * 100 - static_cast<double>(percent)) > 1e-9 ||
        percent <= 0)
      continue;
    long n = 100, k = percent;
    for (long d = percent; d > 1; --d) {
      if (n % d == 0 && k % d == 0) {
        n /= d;
        k /= d;
        break;
      }
    }
    const std::string date = std::to_string(year) + "-12-01";
    const auto records = [&](const std::string& prefix, const std::string& unit, long good,
                             long total) {
      std::string text = "      rows(" + std::to_string(total) + ", function(i) return " +
                         m.fixture + "(\"" + prefix + "\" .. i, \"" + unit + "\", \"" + date +
                         "\", { " + m.field + " = i <= " + std::to_string(good) + " and " + m.good +
                         " or " + m.bad + " }) end),\n";
      return text;
    };
    const std::string table = std::string(m.fixture) == "meeting"   ? "meetings"
                              : std::string(m.fixture) == "dossier" ? "dossiers"
                                                                    : "documents";
    const std::string shown = std::to_string(percent) + "%";
    const std::string edge = std::to_string(k) + "/" + std::to_string(n);
    const bool above = strict && k < n;
    out << "test "
        << LuaString(std::string(m.rule) + ": năm " + std::to_string(year) + " đã khép lại, " +
                     edge + " = " + shown + (strict ? " chưa đạt (> " : " là đạt (≥ ") + shown +
                     ")" + (k > 0 ? ", ít hơn một là vi phạm" : "") + " (" +
                     [&] {
                       std::string c;
                       for (const std::string& x : rule->clauses) c += (c.empty() ? "" : "; ") + x;
                       return c;
                     }() +
                     ")")
        << " {\n"
        << "  as_of = \"" << year + 1 << "-01-10\",\n"
        << "  rules = { " << LuaString(m.rule) << " },\n"
        << "  data = data({ unit(\"U01\", \"office\"), unit(\"U02\", \"office\")"
        << (above ? ", unit(\"U03\", \"office\")" : "") << " }, {\n"
        << "    " << table << " = concat {\n"
        << records("A", "U01", k, n);
    if (k > 0) out << records("B", "U02", k - 1, n);
    if (above) out << records("C", "U03", k + 1, n);
    out << "    },\n"
        << "  }),\n"
        << "  expect = {\n"
        << "    { rule = " << LuaString(m.rule) << ", severity = \""
        << (strict ? "violation" : "pass") << "\", unit = \"U01\", period = \"" << year
        << "\" },\n";
    if (k > 0)
      out << "    { rule = " << LuaString(m.rule) << ", severity = \"violation\", unit = \"U02\", "
          << "period = \"" << year << "\" },\n";
    if (above)
      out << "    { rule = " << LuaString(m.rule) << ", severity = \"pass\", unit = \"U03\", "
          << "period = \"" << year << "\" },\n";
    out << "  },\n"
        << "  exact = false,\n"
        << "}\n\n";
    ++tests;
  }
  return tests;
}

}  // namespace

std::string LuaString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

std::string RenderPackLua(const DraftPack& pack) {
  std::ostringstream out;
  Comment(out, "BẢN NHÁP do `tuanthu rules draft` soạn từ " + pack.source +
                   ". Mỗi quy tắc có câu trích từ kế hoạch mà nó được đọc ra; cuối tệp là các câu "
                   "có số liệu, ngày tháng chưa được đọc. Người soạn kiểm tra từng câu, sửa, rồi "
                   "chạy `tuanthu rules test` và `tuanthu rules diff` trước khi dùng.");
  Comment(out,
          "DRAFT written by `tuanthu rules draft`: review every quoted sentence and the "
          "left-over list at the end before deploying.");
  out << "pack {\n";
  if (!pack.parent.empty()) out << "  parent = " << LuaString(pack.parent) << ",\n";
  out << "  title = " << LuaString(pack.title) << ",\n";
  out << "  locality = " << LuaString(pack.locality) << ",\n";
  out << "  source = " << LuaString(pack.source) << ",\n";
  if (!pack.effective.empty()) {
    if (!pack.effective_quote.empty())
      Comment(out, "\"" + pack.effective_quote + "\"", "  -- ", "  --   ");
    out << "  effective = " << LuaString(pack.effective) << ",\n";
  } else {
    out << "  -- effective = \"YYYY-MM-DD\",  -- KHÔNG ĐỌC ĐƯỢC NGÀY BAN HÀNH: điền tại đây\n";
  }
  if (!pack.effective_note.empty())
    out << "  effective_note = " << LuaString(pack.effective_note) << ",\n";
  out << "}\n\n";

  for (const DraftRule& rule : pack.rules) WriteRule(out, rule);

  if (!pack.manual.empty()) {
    out << "-- Kiểm tra thủ công: những việc kế hoạch giao mà dữ liệu không cho thấy.\n";
    for (const DraftManual& m : pack.manual) {
      out << "manual { id = " << LuaString(m.id) << ", text = " << LuaString(m.text)
          << ", clause = " << LuaString(Join(m.clauses)) << " }\n";
    }
    out << "\n";
  }

  out << "-- ==== CÒN LẠI ĐỂ XEM XÉT (" << pack.left_over.size()
      << "): câu có số liệu hoặc ngày tháng mà bản nháp chưa đọc thành quy tắc ====\n";
  if (pack.left_over.empty()) out << "-- (không có)\n";
  for (const LeftOver& l : pack.left_over) {
    Comment(out, "[" + l.clause + "] \"" + l.text + "\"", "-- ", "--   ");
    if (!l.note.empty()) Comment(out, "→ " + l.note, "--   ", "--     ");
  }
  return out.str();
}

std::string RenderPackTestLua(const DraftPack& pack) {
  const auto effective = Date::ParseIso(pack.effective);
  if (!effective) return "";
  std::ostringstream out;
  int tests = 0;
  out << "-- Kiểm thử soạn kèm bản nháp " << pack.id
      << ": mỗi thời hạn và chỉ tiêu đọc từ kế hoạch, ở hai phía của nó.\n"
      << "-- Nếu một kiểm thử sai với ý của kế hoạch, sửa quy tắc trong pack.lua (và kiểm thử).\n\n"
      << "local F = fixtures\n"
      << "local data, unit, report, document = F.data, F.unit, F.report, F.document\n"
      << "local meeting, dossier, rows, concat = F.meeting, F.dossier, F.rows, F.concat\n\n";
  tests += WriteShareTests(out, pack, effective->year());
  for (const DraftRule& rule : pack.rules) {
    const json* due = rule.Find("due");
    if (due == nullptr || !due->is_string()) continue;
    const json* strict_value = rule.Find("strict");
    const bool strict = strict_value && strict_value->is_boolean() && strict_value->get<bool>();
    std::string role = "office";
    if (const json* roles = rule.Find("roles"); roles && roles->is_array() && !roles->empty())
      role = (*roles)[0].get<std::string>();
    if (rule.id == "reports.semiannual" || rule.id == "reports.annual") {
      int year = effective->year();
      Date last = LastDay(due->get<std::string>(), strict, year);
      if (last < *effective) last = LastDay(due->get<std::string>(), strict, ++year);
      const std::string period =
          rule.id == "reports.semiannual" ? std::to_string(year) + "-H1" : std::to_string(year);
      const Date late = last.AddDays(1);
      out << "test "
          << LuaString(rule.id + ": gửi ngày " + last.Display() + " là đúng hạn, ngày " +
                       late.Display() + " là chậm (" + Join(rule.clauses) + ")")
          << " {\n"
          << "  as_of = \"" << late.AddDays(5).Iso() << "\",\n"
          << "  rules = { " << LuaString(rule.id) << " },\n"
          << "  data = data({ unit(\"U01\", \"" << role << "\"), unit(\"U02\", \"" << role
          << "\") }, {\n"
          << "    reports = {\n"
          << "      report(\"R1\", \"U01\", \"" << period << "\", \"" << last.Iso() << "\"),\n"
          << "      report(\"R2\", \"U02\", \"" << period << "\", \"" << late.Iso() << "\"),\n"
          << "    },\n"
          << "  }),\n"
          << "  expect = {\n"
          << "    { rule = " << LuaString(rule.id) << ", severity = \"pass\", unit = \"U01\", "
          << "period = \"" << period << "\" },\n"
          << "    { rule = " << LuaString(rule.id) << ", severity = \"violation\", unit = \"U02\", "
          << "period = \"" << period << "\" },\n"
          << "  },\n"
          << "  exact = false,\n"
          << "}\n\n";
      ++tests;
    } else if (rule.id == "plans.unit_plan") {
      const auto date = Date::ParseIso(due->get<std::string>());
      if (!date) continue;
      const Date last = strict ? date->AddDays(-1) : *date;
      const Date late = last.AddDays(1);
      out << "test "
          << LuaString(rule.id + ": ban hành ngày " + last.Display() + " là đúng hạn, ngày " +
                       late.Display() + " là chậm (" + Join(rule.clauses) + ")")
          << " {\n"
          << "  as_of = \"" << late.AddDays(5).Iso() << "\",\n"
          << "  rules = { \"plans.unit_plan\" },\n"
          << "  data = data({ unit(\"U01\", \"" << role << "\"), unit(\"U02\", \"" << role
          << "\") }, {\n"
          << "    documents = {\n"
          << "      document(\"D1\", \"U01\", \"" << last.Iso() << "\", { doc_type = \"plan\" }),\n"
          << "      document(\"D2\", \"U02\", \"" << late.Iso() << "\", { doc_type = \"plan\" }),\n"
          << "    },\n"
          << "  }),\n"
          << "  expect = {\n"
          << "    { rule = \"plans.unit_plan\", severity = \"pass\", unit = \"U01\" },\n"
          << "    { rule = \"plans.unit_plan\", severity = \"violation\", unit = \"U02\" },\n"
          << "  },\n"
          << "  exact = false,\n"
          << "}\n\n";
      ++tests;
    }
  }
  return tests > 0 ? out.str() : "";
}

}  // namespace tuanthu::draft
