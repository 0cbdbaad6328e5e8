#include "cli/commands.h"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <cerrno>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

#include "cli/data_source.h"
#include "cli/history_commands.h"
#include "cli/import_commands.h"
#include "cli/limits.h"
#include "cli/lock.h"
#include "cli/report_output.h"
#include "cli/rules_commands.h"
#include "cli/store_commands.h"
#include "cli/version.h"
#include "history/history.h"
#include "import/importer.h"
#include "output/check_writers.h"
#include "output/html_site.h"
#include "output/render.h"
#include "output/template.h"
#include "output/xlsx.h"
#include "store/postgres.h"
#include "store/postgres_import.h"
#include "store/postgres_schema.h"
#include "tuanthu/engine.h"

namespace tuanthu::cli {
namespace po = boost::program_options;
namespace {

constexpr const char* kUsageVi =
    "tuanthu — kiểm tra tuân thủ kế hoạch chấn chỉnh lề lối làm việc (KL 226-KL/TW, QĐ "
    "534/QĐ-TTg)\n"
    "\n"
    "Cách dùng:\n"
    "  tuanthu check  --data ĐƯỜNG-DẪN [--pack GÓI] [--as-of YYYY-MM-DD]\n"
    "                 [--format table|json|csv|html|xlsx] [--out TỆP] [--lang vi|en]\n"
    "                 [--rules THƯ-MỤC] [bộ lọc]   (xlsx cần --out TỆP; html: --out TỆP.html\n"
    "                                              cho một trang, --out THƯ-MỤC cho báo cáo nhiều "
    "trang)\n"
    "  tuanthu import --data ĐƯỜNG-DẪN --db KHO [--keep-good] [--rejects TỆP]\n"
    "                 [--replace | --resubmit]   (KHO: một tệp SQLite hoặc postgresql://...)\n"
    "  tuanthu template --out TỆP.xlsx [--lang vi|en]   sổ tính trống để điền\n"
    "  tuanthu check  ... --record [--history TỆP] [--wait GIÂY]   (các lần chạy hằng đêm)\n"
    "  tuanthu check  ... --due-soon SỐ-NGÀY         các hạn sắp đến và ai chưa đáp ứng\n"
    "  tuanthu runs   --db KHO                        các lần chạy đã lưu\n"
    "  tuanthu diff   --db KHO [TỪ [ĐẾN]]             phát hiện mới, đã khắc phục và còn tồn tại\n"
    "  tuanthu store  init --db postgresql://... [--roles] | account ...   một kho dùng chung\n"
    "  tuanthu rules  list | show GÓI | kinds | diff GÓI [GÓI-KHÁC] | test [ĐƯỜNG-DẪN] | path\n"
    "                 | draft KẾ-HOẠCH --id GÓI --parent GÓI-CHA --out THƯ-MỤC\n"
    "  tuanthu version                                phiên bản và commit git\n"
    "\n"
    "`tuanthu LỆNH --help` mô tả từng lệnh; --lang en để đọc bằng tiếng Anh.\n";

constexpr const char* kUsageEn =
    "tuanthu — compliance checks of the plans rectifying working style (Conclusion 226-KL/TW, "
    "Decision 534/QĐ-TTg)\n"
    "\n"
    "Usage:\n"
    "  tuanthu check  --data PATH [--pack PACK] [--as-of YYYY-MM-DD]\n"
    "                 [--format table|json|csv|html|xlsx] [--out FILE] [--lang vi|en]\n"
    "                 [--rules DIR] [filters]      (xlsx needs --out FILE; html --out FILE.html\n"
    "                                              for one page, --out DIR for a paged report)\n"
    "  tuanthu import --data PATH --db STORE [--keep-good] [--rejects FILE]\n"
    "                 [--replace | --resubmit]   (STORE: a SQLite file or postgresql://...)\n"
    "  tuanthu template --out FILE.xlsx [--lang vi|en]   the blank workbook to fill in\n"
    "  tuanthu check  ... --record [--history FILE] [--wait SECONDS]   (nightly runs)\n"
    "  tuanthu check  ... --due-soon DAYS            deadlines coming up and who has not met them\n"
    "  tuanthu runs   --db STORE                      the recorded runs\n"
    "  tuanthu diff   --db STORE [FROM [TO]]          new, resolved and still-open findings\n"
    "  tuanthu store  init --db postgresql://... [--roles] | account ...   a shared store\n"
    "  tuanthu rules  list | show PACK | kinds | diff PACK [OTHER] | test [PATH] | path\n"
    "                 | draft PLAN --id PACK --parent PARENT --out DIR\n"
    "  tuanthu version                                the version and the git commit\n"
    "\n"
    "`tuanthu COMMAND --help` describes each command.\n";

std::string UtcNow() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

std::string Today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

// Where a check's text goes: --out (atomically: a temporary file renamed into place at Commit,
// removed if the check stops before) or `out`. A device or pipe (--out /dev/null, /dev/stdout)
// is written in place, never renamed over.
class OutputTarget {
 public:
  OutputTarget(const std::string& path, std::ostream& out, Lang lang) : path_(path), lang_(lang) {
    if (path.empty() || path == "-") {
      stream_ = &out;
      return;
    }
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
      file_.open(path, std::ios::binary);
    } else {
      temporary_ = path + ".tmp";
      file_.open(temporary_, std::ios::binary | std::ios::trunc);
    }
    if (!file_) throw Problem();
    stream_ = &file_;
  }
  ~OutputTarget() {
    if (!temporary_.empty()) {
      file_.close();
      std::error_code ignored;
      std::filesystem::remove(temporary_, ignored);
    }
  }
  OutputTarget(const OutputTarget&) = delete;
  OutputTarget& operator=(const OutputTarget&) = delete;

  std::ostream& stream() { return *stream_; }
  void Commit() {
    if (!stream_->flush()) throw Problem();
    if (temporary_.empty()) return;
    file_.close();
    if (!file_) throw Problem();
    std::error_code renamed;
    std::filesystem::rename(temporary_, path_, renamed);
    if (renamed) {
      errno = renamed.value();
      throw Problem();
    }
    temporary_.clear();
  }

 private:
  // Why writing failed, with the operating system's reason (the failed call left it in errno).
  std::runtime_error Problem() const {
    const int reason = errno;
    std::string text = Format(Tr(lang_, "không ghi được {0}", "cannot write {0}"), {path_});
    if (reason != 0) text += ": " + SystemErrorText(reason, lang_);
    return std::runtime_error(text);
  }

  std::string path_;
  Lang lang_;
  std::string temporary_;  // empty: written in place
  std::ofstream file_;
  std::ostream* stream_ = nullptr;
};

// --due-soon: the open deadlines, kept as they arrive and listed soonest first at the end.
class DueSoonWriter final : public CheckSink {
 public:
  DueSoonWriter(int days, const RenderOptions& options, bool json, std::ostream& out)
      : days_(days), options_(options), json_(json), out_(out) {}
  void Begin(Date as_of, const std::vector<LocalityResult>&) override { due_.as_of = as_of; }
  void Locality(LocalityOutcome& outcome) override {
    for (Finding& f : outcome.findings) {
      if (f.open && std::holds_alternative<std::string>(f.expected))
        due_.findings.push_back(std::move(f));
    }
  }
  void End(const CheckSummary&) override { out_ << RenderDueSoon(due_, days_, options_, json_); }

 private:
  int days_;
  RenderOptions options_;
  bool json_;
  std::ostream& out_;
  CheckResult due_;
};

// What the check command does with each locality: fail status, history, then the output.
struct CheckOutputs final : public CheckSink {
  Severity fail_level = Severity::kViolation;
  bool failed = false;
  RunRecorder* recorder = nullptr;
  CheckSink* writer = nullptr;
  std::ostream* progress_line = nullptr;  // wiped before output to the same terminal
  std::ostream* flush = nullptr;

  void Begin(Date as_of, const std::vector<LocalityResult>& localities) override {
    if (writer) writer->Begin(as_of, localities);
  }
  void Locality(LocalityOutcome& outcome) override {
    for (const Finding& f : outcome.findings) {
      if (fail_level != Severity::kPass && f.severity != Severity::kPass &&
          f.severity >= fail_level)
        failed = true;
    }
    if (recorder) recorder->Add(*outcome.locality, outcome.findings, outcome.kpis);
    if (progress_line) *progress_line << "\r\033[K" << std::flush;
    if (writer) writer->Locality(outcome);  // may move from the outcome: last
    if (flush) flush->flush();
  }
  void End(const CheckSummary& summary) override {
    if (progress_line) *progress_line << "\r\033[K" << std::flush;
    if (writer) writer->End(summary);
  }
};

int Check(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string data, pack, as_of_text, format = "table", out_path, lang_text = "vi", fail_on,
                                      min_severity = "info";
  std::vector<std::string> rule_dirs, localities, provinces, units, rules;
  bool include_pass = false, quiet = false, record = false;
  std::string history_path;
  int wait_seconds = 60, due_soon = -1, threads = 0;
  double rule_timeout = 0;
  const Lang h = LangOfArguments(args);  // the language of --help
  po::options_description options("tuanthu check");
  options.add_options()("help,h", Says(h, "trợ giúp này", "this help"))(
      "data", po::value(&data)->required(),
      Says(h,
           "dữ liệu hoạt động: một thư mục tệp CSV, một tệp .json, một sổ tính .xlsx hoặc một cơ "
           "sở dữ liệu SQLite",
           "activity data: a folder of CSV files, a .json file, an .xlsx workbook or a SQLite "
           "database"))("pack", po::value(&pack),
                        Says(h, "kiểm tra mọi địa bàn bằng gói này (mặc định: localities.pack)",
                             "check every locality with this pack (default: localities.pack)"))(
      "as-of", po::value(&as_of_text),
      Says(h, "ngày lấy làm mốc kiểm tra (mặc định: hôm nay)",
           "the day the check is made as of (default: today)"))(
      "format", po::value(&format),
      Says(h,
           "table (mặc định), json, csv, html (báo cáo để in; --out TỆP.html cho một trang, "
           "--out THƯ-MỤC cho trang mục lục, tỉnh và xã) hoặc xlsx (sổ tính); html và xlsx cần "
           "--out",
           "table (default), json, csv, html (report to print; --out FILE.html for one page, "
           "--out DIR for index, province and commune pages) or xlsx (workbook); html and xlsx "
           "need --out"))("out", po::value(&out_path),
                          Says(h, "ghi kết quả ra TỆP thay vì đầu ra chuẩn",
                               "write the result to FILE instead of standard output"))(
      "lang", po::value(&lang_text), Says(h, "vi (mặc định) hoặc en", "vi (default) or en"))(
      "rules", po::value(&rule_dirs)->composing(),
      Says(h, "một thư mục gói được tìm trước các gói kèm theo",
           "a folder of packs searched before the shipped ones"))(
      "locality", po::value(&localities)->composing(),
      Says(h, "chỉ mã địa bàn này (dùng nhiều lần được)", "only this locality code (repeatable)"))(
      "province", po::value(&provinces)->composing(),
      Says(h, "chỉ các địa bàn của mã tỉnh này", "only localities of this province code"))(
      "unit", po::value(&units)->composing(),
      Says(h, "chỉ các phát hiện về đơn vị này", "only findings about this unit"))(
      "rule", po::value(&rules)->composing(),
      Says(h, "chỉ id quy tắc này, hoặc một tiền tố như 'meetings.'",
           "only this rule id, or a prefix such as 'meetings.'"))(
      "severity", po::value(&min_severity),
      Says(h, "mức thấp nhất được hiện: info (mặc định), warning, violation",
           "lowest severity shown: info (default), warning, violation"))(
      "include-pass", po::bool_switch(&include_pass),
      Says(h, "liệt kê cả các quy tắc đạt", "also list the rules that passed"))(
      "fail-on", po::value(&fail_on),
      Says(h, "thoát với mã 1 khi có: violation (mặc định), warning, never",
           "exit 1 on: violation (default), warning, never"))(
      "quiet,q", po::bool_switch(&quiet),
      Says(h, "chỉ in lỗi (mã thoát cho biết kết quả)",
           "print nothing but errors (the exit status tells)"))(
      "record", po::bool_switch(&record),
      Says(h, "lưu lần chạy này và các phát hiện vào lịch sử (kho --data, hoặc --history TỆP)",
           "store this run and its findings in the history (the --data store, or --history "
           "FILE)"))("history", po::value(&history_path),
                     Says(h, "với --record: tệp SQLite giữ lịch sử",
                          "with --record: the SQLite file that keeps the history"))(
      "wait", po::value(&wait_seconds),
      Says(h,
           "với --record: số giây chờ một lần chạy khác đang ghi cùng cơ sở dữ liệu (mặc định 60)",
           "with --record: seconds to wait for another run writing the same database (default "
           "60)"))("due-soon", po::value(&due_soon),
                   Says(h, "thay vào đó liệt kê mọi hạn trong SỐ-NGÀY tới chưa được đáp ứng",
                        "list instead every deadline in the next DAYS days that is not met yet"))(
      "threads", po::value(&threads),
      Says(h,
           "số luồng xử lý các địa bàn của một kho (mặc định: một luồng mỗi lõi); kết quả không "
           "đổi",
           "worker threads for a store's localities (default: one per core); the output is the "
           "same"))(
      "rule-timeout", po::value(&rule_timeout),
      Says(h,
           "số giây tối đa cho một lần gọi quy tắc tự định nghĩa hay một lần nạp gói (mặc định 5, "
           "hoặc TUANTHU_RULE_TIMEOUT)",
           "seconds one custom rule call or pack load may take (default 5, or "
           "TUANTHU_RULE_TIMEOUT)"));
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << options;
    return 0;
  }
  po::notify(vm);

  CheckOptions check;
  check.lang = LangOption(lang_text);
  if (threads < 0)
    throw po::error(std::string(Tr(check.lang, "--threads phải là 0 (một luồng mỗi lõi) trở lên",
                                   "--threads must be 0 (one per core) or more")));
  check.threads = threads;
  const auto as_of = Date::Parse(as_of_text.empty() ? Today() : as_of_text);
  if (!as_of) {
    throw po::error(Format(Tr(check.lang, "--as-of phải là một ngày YYYY-MM-DD, không phải '{0}'",
                              "--as-of must be a date YYYY-MM-DD, not '{0}'"),
                           {as_of_text}));
  }
  check.as_of = *as_of;
  check.pack = pack;
  check.localities = {localities.begin(), localities.end()};
  check.provinces = {provinces.begin(), provinces.end()};
  check.units = {units.begin(), units.end()};
  check.rules = {rules.begin(), rules.end()};
  // The reports show what was met (KPI charts, the deadline timeline) beside what was not.
  const bool report = format == "html" || format == "xlsx";
  check.include_passes = include_pass || report;
  const auto severity = ParseSeverity(min_severity);
  if (!severity || *severity == Severity::kPass)
    throw po::error(std::string(Tr(check.lang, "--severity phải là info, warning hoặc violation",
                                   "--severity must be info, warning or violation")));
  check.min_severity = *severity;
  if (format != "table" && format != "json" && format != "csv" && !report)
    throw po::error(Format(Tr(check.lang,
                              "--format phải là table, json, csv, html hoặc xlsx, không phải "
                              "'{0}'",
                              "--format must be table, json, csv, html or xlsx, not '{0}'"),
                           {format}));
  if (report && (out_path.empty() || out_path == "-"))
    throw po::error(
        Format(Tr(check.lang, "--format {0} ghi ra tệp: thêm --out TỆP (ví dụ --out bao-cao.{0})",
                  "--format {0} writes a file: add --out FILE (e.g. --out report.{0})"),
               {format}));
  // A folder that may not receive a paged report is refused before the check, not after it.
  if (format == "html" && std::filesystem::is_directory(out_path)) {
    std::string refusal;
    if (!CanWriteSite(out_path, check.lang, &refusal)) {
      err << "tuanthu: " << refusal << "\n";
      return 2;
    }
  }
  Severity fail_level = Severity::kViolation;
  if (fail_on == "warning")
    fail_level = Severity::kWarning;
  else if (fail_on == "never")
    fail_level = Severity::kPass;
  else if (!fail_on.empty() && fail_on != "violation")
    throw po::error(std::string(Tr(check.lang, "--fail-on phải là violation, warning hoặc never",
                                   "--fail-on must be violation, warning or never")));

  if (due_soon >= 0) check.include_passes = true;  // deadlines not yet due are passes, still open
  const bool pg_history =
      record && (history_path.empty() ? pg::IsPostgresUri(data) : pg::IsPostgresUri(history_path));
  if (record && history_path.empty() && pg::IsPostgresUri(data)) history_path = data;
  if (record && history_path.empty()) {
    if (!IsSqliteFile(data)) {
      throw po::error(std::string(
          Tr(check.lang,
             "--record lưu lịch sử trong một kho SQLite: hãy nhập dữ liệu trước (tuanthu import "
             "--data THƯ-MỤC --db TỆP) hoặc chỉ định kho bằng --history TỆP",
             "--record keeps the history in a SQLite store: import the data first "
             "(tuanthu import --data DIR --db FILE) or name one with --history FILE")));
    }
    history_path = data;
  }
  // One recording run at a time per history: a lock file beside SQLite, an advisory lock in
  // PostgreSQL (released by the server if this process dies).
  std::unique_ptr<RunLock> lock;
  std::unique_ptr<pg::SessionLock> pg_lock;
  if (record && pg_history) {
    pg_lock = std::make_unique<pg::SessionLock>(history_path, "runs", wait_seconds, check.lang);
  } else if (record) {
    lock = std::make_unique<RunLock>(history_path, wait_seconds, check.lang);
  }
  const std::string started_at = UtcNow();
  const bool show_progress = !quiet && ::isatty(STDERR_FILENO);
  if (show_progress) {
    check.progress = [&err](const std::string& stage) { err << "\r\033[K" << stage << std::flush; };
  }

  OpenedData opened = OpenData(data, check.lang, err);
  if (!opened.ok()) return 2;
  RuleBook book(
      rule_dirs, true,
      OperatorLimits(vm.count("rule-timeout") ? std::optional<double>(rule_timeout) : std::nullopt,
                     check.lang));
  std::unique_ptr<SqliteActivityStore> sqlite_store;
  if (!opened.pg) sqlite_store = std::make_unique<SqliteActivityStore>(*opened.db);
  ActivityStore& store = opened.pg ? static_cast<ActivityStore&>(*opened.pg) : *sqlite_store;
  RenderOptions render;
  render.lang = check.lang;

  // Where the check goes, locality by locality: the text output or the report, and the history.
  std::unique_ptr<OutputTarget> output;
  std::unique_ptr<CheckSink> writer;
  std::unique_ptr<ReportSink> report_writer;
  std::unique_ptr<pg::Connection> previous_pg;
  std::unique_ptr<History> previous_runs;
  std::string report_error;
  std::ostringstream discarded;  // --quiet: no hints, only errors
  if (due_soon >= 0) {
    if (!quiet || !out_path.empty()) {
      output = std::make_unique<OutputTarget>(out_path, out, check.lang);
      writer =
          std::make_unique<DueSoonWriter>(due_soon, render, format == "json", output->stream());
    }
  } else if (report) {
    if (opened.pg) {
      previous_pg = std::make_unique<pg::Connection>(data);
      if (pg::HasSchema(*previous_pg) && pg::HasTable(*previous_pg, "tuanthu_run_findings")) {
        previous_runs = std::make_unique<History>(*previous_pg);
      }
    } else if (opened.db->HasTable("tuanthu_runs") && opened.db->HasTable("tuanthu_run_findings")) {
      previous_runs = std::make_unique<History>(*opened.db);
    }
    report_writer = NewReportWriter(format, store, previous_runs.get(), check.lang, out_path,
                                    quiet ? discarded : err, &report_error);
  } else if (!quiet || !out_path.empty()) {
    output = std::make_unique<OutputTarget>(out_path, out, check.lang);
    if (format == "json")
      writer = NewJsonWriter(render, output->stream());
    else if (format == "csv")
      writer = NewCsvWriter(render, output->stream());
    else
      writer = NewTableWriter(render, output->stream());
  }
  std::unique_ptr<Database> history_db;
  std::unique_ptr<pg::Connection> history_pg;
  std::unique_ptr<History> history;
  std::unique_ptr<RunRecorder> recorder;
  if (record) {
    if (pg_history) {
      history_pg = std::make_unique<pg::Connection>(history_path);
      pg::EnsureSchema(*history_pg);
      history = std::make_unique<History>(*history_pg);
    } else {
      history_db = std::make_unique<Database>(history_path);
      history = std::make_unique<History>(*history_db);
    }
    recorder = std::make_unique<RunRecorder>(*history, check.as_of, started_at);
  }

  CheckOutputs outputs;
  outputs.fail_level = fail_level;
  outputs.recorder = recorder.get();
  outputs.writer = report_writer ? report_writer.get() : writer.get();
  // Text on a terminal: the progress line is wiped before each piece of output.
  if (show_progress && output && out_path.empty() && ::isatty(STDOUT_FILENO)) {
    outputs.progress_line = &err;
    outputs.flush = &output->stream();
  }
  CheckSummary summary;
  try {
    summary = RunCheck(store, book, check, outputs);
  } catch (const CheckError& e) {
    if (show_progress) err << "\r\033[K" << std::flush;
    err << "tuanthu: " << e.what() << "\n";
    return 2;
  }
  if (show_progress) err << "\r\033[K" << std::flush;
  if (output) output->Commit();
  if (report_writer && !report_writer->written()) {
    err << "tuanthu: " << report_error << "\n";
    return 2;
  }
  for (const Diagnostic& d : summary.errors) {
    err << Tr(check.lang, "tuanthu: lỗi quy tắc: ", "tuanthu: rule error: ")
        << d.AsString(check.lang) << "\n";
  }
  if (!summary.errors.empty()) return 2;  // nothing recorded: the recorder rolls back
  if (recorder) {
    const char* delay = std::getenv("TUANTHU_TEST_RECORD_DELAY_MS");
    std::string scope;
    auto add = [&scope](const std::string& name, const auto& values) {
      for (const std::string& v : values) {
        if (!v.empty()) scope += (scope.empty() ? "" : " ") + name + "=" + v;
      }
    };
    add("pack", std::vector<std::string>{pack});
    add("province", check.provinces);
    add("locality", check.localities);
    add("unit", check.units);
    add("rule", check.rules);
    if (check.min_severity != Severity::kInfo)
      add("severity", std::vector<std::string>{min_severity});
    // The fingerprint of the data the check read: the same snapshot on PostgreSQL.
    const std::string fingerprint =
        opened.pg ? DataFingerprint(opened.pg->connection()) : DataFingerprint(*opened.db);
    const int64_t run_id =
        recorder->Commit(UtcNow(), fingerprint, scope, delay != nullptr ? std::atoi(delay) : 0);
    if (!quiet)
      err << Format(Tr(check.lang, "tuanthu: đã lưu lần chạy #{0} vào {1}\n",
                       "tuanthu: recorded run #{0} in {1}\n"),
                    {std::to_string(run_id), pg::RedactUri(history_path)});
  }
  if (due_soon >= 0) return 0;
  return outputs.failed ? 1 : 0;
}

}  // namespace

Lang LangOption(const std::string& text) {
  auto lang = ParseLang(text);
  if (!lang) {
    // Which language the user wants is what is in doubt: both.
    throw po::error("--lang phải là vi hoặc en / must be vi or en: '" + text + "'");
  }
  return *lang;
}

Lang LangOfArguments(const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--lang=en" ||
        (args[i] == "--lang" && i + 1 < args.size() && args[i + 1] == "en")) {
      return Lang::kEn;
    }
  }
  return Lang::kVi;
}

int Dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    out << (LangOfArguments(args) == Lang::kEn ? kUsageEn : kUsageVi);
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "check") return Check(rest, out, err);
  if (command == "import") return Import(rest, out, err);
  if (command == "template") return Template(rest, out, err);
  if (command == "rules") return Rules(rest, out, err);
  if (command == "runs") return Runs(rest, out, err);
  if (command == "diff") return Diff(rest, out, err);
  if (command == "store") return Store(rest, out, err);
  if (command == "version" || command == "--version") {
    out << "tuanthu " << TUANTHU_VERSION << " (commit " << BuildCommit() << ")\n";
    return 0;
  }
  err << Format(Tr(LangOfArguments(args), "tuanthu: không có lệnh '{0}'\n",
                   "tuanthu: unknown command '{0}'\n"),
                {command})
      << (LangOfArguments(args) == Lang::kEn ? kUsageEn : kUsageVi);
  return 2;
}

}  // namespace tuanthu::cli
