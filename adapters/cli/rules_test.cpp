// `tuanthu rules test [PATH...]`: runs the tests packs carry in pack_test.lua, like `opa test`.
// Each test's data goes through the validating importer into a temporary store; the check runs
// with the pack under test; expectations are matched against the findings.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

#include "cli/limits.h"
#include "import/importer.h"
#include "output/render.h"
#include "tuanthu/engine.h"

namespace tuanthu::cli {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct TestFile {
  std::string pack;
  std::string path;
};

bool MeasureMatches(const Measure& actual, const json& expected) {
  if (expected.is_null()) return std::holds_alternative<std::monostate>(actual);
  if (expected.is_number()) {
    double value = 0;
    if (std::holds_alternative<int64_t>(actual))
      value = static_cast<double>(std::get<int64_t>(actual));
    else if (std::holds_alternative<double>(actual))
      value = std::get<double>(actual);
    else
      return false;
    return std::fabs(value - expected.get<double>()) < 1e-6;
  }
  if (expected.is_string()) {
    return std::holds_alternative<std::string>(actual) &&
           std::get<std::string>(actual) == expected.get<std::string>();
  }
  return false;
}

bool Matches(const Finding& f, const json& e) {
  if (e.contains("rule") && e["rule"] != f.rule) return false;
  if (e.contains("severity") && e["severity"] != SeverityName(f.severity)) return false;
  if (e.contains("unit")) {
    const json& unit = e["unit"];
    if (unit.is_boolean() || unit.is_null()) {
      if (f.unit.has_value()) return false;
    } else if (!f.unit || unit != *f.unit) {
      return false;
    }
  }
  if (e.contains("period") && e["period"] != f.period) return false;
  if (e.contains("record") && e["record"] != f.record) return false;
  if (e.contains("clause") && e["clause"] != f.clause) return false;
  if (e.contains("observed") && !MeasureMatches(f.observed, e["observed"])) return false;
  if (e.contains("expected") && !MeasureMatches(f.expected, e["expected"])) return false;
  if (e.contains("message_contains") &&
      f.message.find(e["message_contains"].get<std::string>()) == std::string::npos)
    return false;
  return true;
}

// True if `clauses` ("III.4.a; III.4.b") names `clause` as one of its items.
bool CitesClause(const std::string& clauses, const std::string& clause) {
  size_t start = 0;
  while (start <= clauses.size()) {
    size_t end = clauses.find(';', start);
    if (end == std::string::npos) end = clauses.size();
    std::string item = clauses.substr(start, end - start);
    const size_t first = item.find_first_not_of(' ');
    const size_t last = item.find_last_not_of(' ');
    if (first != std::string::npos && item.substr(first, last - first + 1) == clause) return true;
    start = end + 1;
  }
  return false;
}

std::string Describe(const Finding& f) {
  std::string text = f.rule + " " + SeverityName(f.severity) + " unit=" + f.unit.value_or("—") +
                     " period=" + f.period;
  if (!f.record.empty()) text += " record=" + f.record;
  const std::string observed = MeasureText(f.observed);
  const std::string expected = MeasureText(f.expected);
  if (!observed.empty()) text += " observed=" + observed;
  if (!expected.empty()) text += " expected=" + expected;
  return text + "\n        «" + f.message + "»";
}

std::string DescribeExpectation(const json& e) {
  std::string text;
  for (const char* key : {"rule", "severity", "unit", "period", "record", "clause", "observed",
                          "expected", "message_contains"}) {
    if (!e.contains(key)) continue;
    if (!text.empty()) text += " ";
    const json& v = e[key];
    text += std::string(key) + "=" +
            (v.is_string() ? v.get<std::string>() : (v.is_boolean() ? std::string("—") : v.dump()));
  }
  return text;
}

// Runs one test; returns the failure text, empty when it passed.
std::string RunOne(RuleBook& book, const TestFile& file, const PackTest& test, Lang lang) {
  const json& spec = test.spec;
  const std::string pack = spec.value("pack", file.pack);
  const auto as_of = Date::Parse(spec.value("as_of", ""));
  if (!as_of)
    return std::string(Tr(lang, "    thiếu as_of hoặc as_of không phải một ngày\n",
                          "    as_of is missing or not a date\n"));
  if (!spec.contains("data") || !spec["data"].is_object())
    return std::string(Tr(lang, "    thiếu data = { ... }\n", "    data = { ... } is missing\n"));
  const fs::path temporary =
      fs::temp_directory_path() /
      ("tuanthu-test-" + std::to_string(std::hash<std::string>{}(file.path + test.name)) + ".json");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << spec["data"].dump(1);
  }
  Database db(":memory:");
  ImportOptions import_options;
  import_options.lang = lang;
  const ImportResult imported = ImportDataSet(temporary.string(), db, import_options);
  std::error_code ec;
  fs::remove(temporary, ec);
  if (!imported.ok())
    return std::string(Tr(lang, "    dữ liệu của bài kiểm thử không nhập được:\n",
                          "    the test's data does not import:\n")) +
           imported.ErrorsText();

  CheckOptions options;
  options.lang = lang;
  options.as_of = *as_of;
  options.pack = pack;
  options.include_passes = true;
  if (spec.contains("rules")) {
    for (const json& rule : spec["rules"]) options.rules.insert(rule.get<std::string>());
  }
  CheckResult result;
  try {
    result = RunCheck(db, book, options);
  } catch (const std::exception& e) {
    return "    " + ErrorMessage(e, lang) + "\n";
  }
  std::string failure;
  for (const Diagnostic& d : result.errors)
    failure +=
        std::string(Tr(lang, "    lỗi quy tắc: ", "    rule error: ")) + d.AsString(lang) + "\n";
  std::vector<bool> used(result.findings.size(), false);
  const json expect = spec.value("expect", json::array());
  for (const json& e : expect) {
    bool found = false;
    for (size_t i = 0; i < result.findings.size() && !found; ++i) {
      if (!used[i] && Matches(result.findings[i], e)) {
        used[i] = true;
        found = true;
      }
    }
    if (!found)
      failure += std::string(Tr(lang, "    cần có, không thấy: ", "    expected, not found: ")) +
                 DescribeExpectation(e) + "\n";
  }
  if (spec.value("exact", true)) {
    for (size_t i = 0; i < result.findings.size(); ++i) {
      if (!used[i] && result.findings[i].severity != Severity::kPass) {
        failure +=
            std::string(Tr(lang, "    thấy, không cần có:  ", "    found, not expected:  ")) +
            Describe(result.findings[i]) + "\n";
      }
    }
  }
  // manual = { { clause = "II.7", text_contains = "..." }, ... }: the pack's checklist for the
  // inspector holds an item citing that clause (and wording).
  for (const json& e : spec.value("manual", json::array())) {
    const std::string clause = e.value("clause", "");
    const std::string text = e.value("text_contains", "");
    const std::string id = e.value("id", "");
    bool found = false;
    for (const LocalityResult& locality : result.localities) {
      for (const ManualItem& item : locality.manual) {
        if (!id.empty() && item.id != id) continue;
        if (!text.empty() && item.text.find(text) == std::string::npos) continue;
        if (!clause.empty() && !CitesClause(item.clause, clause)) continue;
        found = true;
      }
    }
    if (!found) {
      failure += Tr(lang, "    cần có mục kiểm tra thủ công, không thấy:",
                    "    expected manual item, not found:");
      if (!id.empty()) failure += " id=" + id;
      if (!clause.empty()) failure += " clause=" + clause;
      if (!text.empty()) failure += " text_contains=" + text;
      failure += "\n";
    }
  }
  if (!failure.empty()) {
    failure += Tr(lang, "    các phát hiện thực tế:\n", "    actual findings:\n");
    for (const Finding& f : result.findings) failure += "      " + Describe(f) + "\n";
  }
  return failure;
}

// The search root that holds `path`, if any.
std::optional<fs::path> RootOf(const fs::path& path, const std::vector<std::string>& roots) {
  const fs::path absolute = fs::weakly_canonical(path);
  for (const std::string& root : roots) {
    const fs::path r = fs::weakly_canonical(root);
    auto mismatch = std::mismatch(r.begin(), r.end(), absolute.begin(), absolute.end());
    if (mismatch.first == r.end()) return r;
  }
  return std::nullopt;
}

void Collect(const fs::path& dir, const fs::path& root, std::vector<TestFile>* files) {
  std::error_code ec;
  std::vector<fs::path> found;
  if (fs::is_regular_file(dir, ec)) {
    found.push_back(dir);
  } else {
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file() && it->path().filename() == "pack_test.lua")
        found.push_back(it->path());
    }
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& path : found) {
    const fs::path canonical = fs::weakly_canonical(path);
    files->push_back(
        {fs::relative(canonical.parent_path(), root).generic_string(), canonical.string()});
  }
}

}  // namespace

int RulesTest(const std::vector<std::string>& rule_dirs, const std::vector<std::string>& paths,
              Lang lang, std::ostream& out, std::ostream& err) {
  std::vector<std::string> roots = rule_dirs;
  // A folder outside every search path becomes one, so a locality's own packs can be tested.
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec) && !RootOf(path, rule_dirs) &&
        !RootOf(path, DefaultRulesDirs())) {
      roots.push_back(path);
    }
  }
  RuleBook book(roots, true, OperatorLimits(std::nullopt, lang));
  book.set_lang(lang);
  std::vector<TestFile> files;
  if (paths.empty()) {
    for (const std::string& root : book.search_paths()) {
      std::error_code ec;
      if (fs::is_directory(root, ec)) Collect(root, fs::weakly_canonical(root), &files);
    }
  }
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::exists(path, ec)) {
      const auto root = RootOf(path, book.search_paths());
      Collect(path, root ? *root : fs::weakly_canonical(path), &files);
      continue;
    }
    // A pack id.
    bool found = false;
    for (const std::string& root : book.search_paths()) {
      const fs::path file = fs::path(root) / path / "pack_test.lua";
      if (fs::is_regular_file(file, ec)) {
        files.push_back({path, fs::weakly_canonical(file).string()});
        found = true;
        break;
      }
    }
    if (!found) {
      err << "tuanthu: "
          << Format(Tr(lang,
                       "không có bài kiểm thử tại '{0}' (một thư mục, một tệp pack_test.lua hoặc "
                       "một id gói)\n",
                       "no tests at '{0}' (a folder, a pack_test.lua or a pack id)\n"),
                    {path});
      return 2;
    }
  }
  std::set<std::string> seen_packs;
  int passed = 0, failed = 0;
  bool load_errors = false;
  for (const TestFile& file : files) {
    if (!seen_packs.insert(file.pack).second) continue;  // an earlier search path shadows it
    LoadResult loaded;
    const std::vector<PackTest> tests = LoadPackTests(book, file.path, &loaded);
    if (!loaded.successful()) {
      err << loaded.AsString(lang);
      load_errors = true;
      continue;
    }
    for (const PackTest& test : tests) {
      const std::string failure = RunOne(book, file, test, lang);
      if (failure.empty()) {
        ++passed;
        out << "ok    " << file.pack << ": " << test.name << "\n";
      } else {
        ++failed;
        out << "FAIL  " << file.pack << ": " << test.name << "  (" << file.path << ":" << test.line
            << ")\n"
            << failure;
      }
    }
  }
  out << Format(Tr(lang, "{0} đạt, {1} không đạt\n", "{0} passed, {1} failed\n"),
                {std::to_string(passed), std::to_string(failed)});
  if (load_errors) return 2;
  return failed > 0 ? 1 : 0;
}

}  // namespace tuanthu::cli
