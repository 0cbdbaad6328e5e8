#include "cli/commands.h"

#include <boost/program_options.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/data_source.h"
#include "cli/rules_commands.h"
#include "import/importer.h"
#include "output/render.h"
#include "tuanthu/engine.h"

namespace tuanthu::cli {
namespace po = boost::program_options;
namespace {

constexpr const char* kUsage =
    "tuanthu — kiểm tra tuân thủ kế hoạch chấn chỉnh lề lối làm việc (KL 226-KL/TW, QĐ 534/QĐ-TTg)\n"
    "\n"
    "Usage:\n"
    "  tuanthu check  --data PATH [--pack PACK] [--as-of YYYY-MM-DD] [--format table|json|csv]\n"
    "                 [--out FILE] [--lang vi|en] [--rules DIR] [filters]\n"
    "  tuanthu import --data PATH --db FILE [--keep-good] [--rejects FILE] [--replace]\n"
    "  tuanthu rules  list | show PACK | kinds | diff PACK [OTHER] | test [PATH]\n"
    "  tuanthu version\n"
    "\n"
    "`tuanthu COMMAND --help` describes each command.\n";

std::string Today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

Lang LangOption(const std::string& text) {
  auto lang = ParseLang(text);
  if (!lang) throw po::error("--lang must be vi or en, not '" + text + "'");
  return *lang;
}

// Writes `text` to --out (atomically: a temporary file renamed into place) or to `out`.
void Emit(const std::string& text, const std::string& path, std::ostream& out) {
  if (path.empty() || path == "-") {
    out << text;
    return;
  }
  const std::string temporary = path + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) throw std::runtime_error("cannot write " + path);
    file << text;
    if (!file.flush()) throw std::runtime_error("cannot write " + path);
  }
  std::filesystem::rename(temporary, path);
}

int Check(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string data, pack, as_of_text, format = "table", out_path, lang_text = "vi", fail_on,
                                       min_severity = "info";
  std::vector<std::string> rule_dirs, localities, provinces, units, rules;
  bool include_pass = false, quiet = false;
  po::options_description options("tuanthu check");
  options.add_options()("help,h", "this help")(
      "data", po::value(&data)->required(),
      "activity data: a folder of CSV files, a .json file or a SQLite database")(
      "pack", po::value(&pack), "check every locality with this pack (default: localities.pack)")(
      "as-of", po::value(&as_of_text), "the day the check is made as of (default: today)")(
      "format", po::value(&format), "table (default), json or csv")(
      "out", po::value(&out_path), "write the result to FILE instead of standard output")(
      "lang", po::value(&lang_text), "vi (default) or en")(
      "rules", po::value(&rule_dirs)->composing(), "a folder of packs searched before the shipped ones")(
      "locality", po::value(&localities)->composing(), "only this locality code (repeatable)")(
      "province", po::value(&provinces)->composing(), "only localities of this province code")(
      "unit", po::value(&units)->composing(), "only findings about this unit")(
      "rule", po::value(&rules)->composing(), "only this rule id, or a prefix such as 'meetings.'")(
      "severity", po::value(&min_severity), "lowest severity shown: info (default), warning, violation")(
      "include-pass", po::bool_switch(&include_pass), "also list the rules that passed")(
      "fail-on", po::value(&fail_on), "exit 1 on: violation (default), warning, never")(
      "quiet,q", po::bool_switch(&quiet), "print nothing but errors (the exit status tells)");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << options;
    return 0;
  }
  po::notify(vm);

  CheckOptions check;
  check.lang = LangOption(lang_text);
  const auto as_of = Date::Parse(as_of_text.empty() ? Today() : as_of_text);
  if (!as_of) throw po::error("--as-of must be a date YYYY-MM-DD, not '" + as_of_text + "'");
  check.as_of = *as_of;
  check.pack = pack;
  check.localities = {localities.begin(), localities.end()};
  check.provinces = {provinces.begin(), provinces.end()};
  check.units = {units.begin(), units.end()};
  check.rules = {rules.begin(), rules.end()};
  check.include_passes = include_pass;
  const auto severity = ParseSeverity(min_severity);
  if (!severity || *severity == Severity::kPass)
    throw po::error("--severity must be info, warning or violation");
  check.min_severity = *severity;
  if (format != "table" && format != "json" && format != "csv")
    throw po::error("--format must be table, json or csv, not '" + format + "'");
  Severity fail_level = Severity::kViolation;
  if (fail_on == "warning") fail_level = Severity::kWarning;
  else if (fail_on == "never") fail_level = Severity::kPass;
  else if (!fail_on.empty() && fail_on != "violation")
    throw po::error("--fail-on must be violation, warning or never");

  OpenedData opened = OpenData(data, check.lang, err);
  if (!opened.db) return 2;
  RuleBook book(rule_dirs);
  CheckResult result;
  try {
    result = RunCheck(*opened.db, book, check);
  } catch (const CheckError& e) {
    err << "tuanthu: " << e.what() << "\n";
    return 2;
  }
  RenderOptions render;
  render.lang = check.lang;
  std::string text;
  if (format == "json") text = RenderJson(result, render);
  else if (format == "csv") text = RenderCsv(result, render);
  else text = RenderTable(result, render);
  if (!quiet || !out_path.empty()) Emit(text, out_path, out);
  for (const Diagnostic& d : result.errors) err << "tuanthu: rule error: " << d.AsString() << "\n";
  if (!result.errors.empty()) return 2;
  if (fail_level == Severity::kPass) return 0;
  for (const Finding& f : result.findings) {
    if (f.severity != Severity::kPass && f.severity >= fail_level) return 1;
  }
  return 0;
}

int Import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string data, db_path, rejects, lang_text = "vi";
  bool keep_good = false, replace = false;
  po::options_description options("tuanthu import");
  options.add_options()("help,h", "this help")(
      "data", po::value(&data)->required(), "a folder of CSV files, a .json file or a SQLite database")(
      "db", po::value(&db_path)->required(), "the SQLite store to import into (created if absent)")(
      "keep-good", po::bool_switch(&keep_good), "import the valid rows, reject the others")(
      "rejects", po::value(&rejects), "with --keep-good: write rejected rows and reasons to FILE (CSV)")(
      "replace", po::bool_switch(&replace), "delete the stored activity data first")(
      "lang", po::value(&lang_text), "vi (default) or en");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << options;
    return 0;
  }
  po::notify(vm);
  ImportOptions import;
  import.lang = LangOption(lang_text);
  import.keep_good_rows = keep_good;
  import.rejects_path = rejects;
  import.replace = replace;
  Database db(db_path);
  const ImportResult result = ImportDataSet(data, db, import);
  const Lang lang = import.lang;
  if (!result.ok()) err << result.ErrorsText();
  int64_t read = 0, imported = 0, rejected = 0;
  for (const auto& [table, counts] : result.counts) {
    read += counts.read;
    imported += counts.imported;
    rejected += counts.rejected;
    out << Format(Tr(lang, "{0}: đọc {1}, nhập {2}, loại {3}\n", "{0}: read {1}, imported {2}, rejected {3}\n"),
                  {table, std::to_string(counts.read), std::to_string(counts.imported),
                   std::to_string(counts.rejected)});
  }
  if (!result.committed) {
    err << Tr(lang, "Không nhập gì: dữ liệu có lỗi, cơ sở dữ liệu giữ nguyên.\n",
              "Nothing imported: the data has errors; the database is unchanged.\n");
    return 2;
  }
  out << Format(Tr(lang, "Tổng: đọc {0}, nhập {1}, loại {2}\n", "Total: read {0}, imported {1}, rejected {2}\n"),
                {std::to_string(read), std::to_string(imported), std::to_string(rejected)});
  return rejected > 0 ? 1 : 0;
}

}  // namespace

int Dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    out << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "check") return Check(rest, out, err);
  if (command == "import") return Import(rest, out, err);
  if (command == "rules") return Rules(rest, out, err);
  if (command == "version" || command == "--version") {
    out << "tuanthu " << TUANTHU_VERSION << "\n";
    return 0;
  }
  err << "tuanthu: unknown command '" << command << "'\n" << kUsage;
  return 2;
}

}  // namespace tuanthu::cli
