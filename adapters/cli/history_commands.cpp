#include "cli/history_commands.h"

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "history/history.h"
#include "output/render.h"
#include "store/postgres.h"
#include "store/postgres_schema.h"

namespace tuanthu::cli {
namespace po = boost::program_options;
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json RunJson(const RunInfo& r) {
  return ordered_json{
      {"id", r.id},
      {"as_of", r.as_of},
      {"started_at", r.started_at},
      {"finished_at", r.finished_at},
      {"data_fingerprint", r.data_fingerprint},
      {"packs", r.packs},
      {"localities", r.localities},
      {"scope", r.scope},
      {"summary", {{"violation", r.violations}, {"warning", r.warnings}, {"info", r.infos}}}};
}

ordered_json StoredJson(const StoredFinding& s) {
  ordered_json j = FindingJson(s.finding);
  j["first_seen"] = s.first_seen;
  return j;
}

ordered_json ChangedJson(const ChangedFinding& c) {
  ordered_json j = FindingJson(c.finding.finding);
  j["from_severity"] = SeverityName(c.from_severity);
  j["to_severity"] = SeverityName(c.finding.finding.severity);
  j["first_seen"] = c.finding.first_seen;
  return j;
}

// The history of a SQLite file or a PostgreSQL store, opened for reading.
struct OpenedHistory {
  std::unique_ptr<Database> db;
  std::unique_ptr<pg::Connection> pg;
  std::unique_ptr<History> history;
};

std::optional<OpenedHistory> OpenHistory(const std::string& path, Lang lang, std::ostream& err) {
  OpenedHistory opened;
  const std::string no_runs(
      Tr(lang, "tuanthu: {0} chưa lưu lần chạy nào (lưu bằng check --record)\n",
         "tuanthu: {0} has no recorded runs (record one with check --record)\n"));
  if (pg::IsPostgresUri(path)) {
    opened.pg = std::make_unique<pg::Connection>(path);
    if (!pg::HasSchema(*opened.pg) || !pg::HasTable(*opened.pg, "tuanthu_runs")) {
      err << Format(no_runs, {pg::RedactUri(path)});
      return std::nullopt;
    }
    opened.history = std::make_unique<History>(*opened.pg);
    return opened;
  }
  if (!std::filesystem::exists(path)) {
    err << Format(
        Tr(lang, "tuanthu: không có cơ sở dữ liệu tại {0}\n", "tuanthu: no database at {0}\n"),
        {path});
    return std::nullopt;
  }
  opened.db = std::make_unique<Database>(path, Database::Mode::kReadOnly);
  if (!opened.db->HasTable("tuanthu_runs")) {
    err << Format(no_runs, {path});
    return std::nullopt;
  }
  opened.history = std::make_unique<History>(*opened.db);
  return opened;
}

void Section(std::string& out, const std::string& title, const std::vector<StoredFinding>& list,
             Lang lang, bool show_since) {
  out += title + " (" + std::to_string(list.size()) + ")\n";
  for (const StoredFinding& s : list) {
    const Finding& f = s.finding;
    std::string head = "  " + SeverityLabel(f.severity, lang) + "  " + f.rule + "  " + f.locality +
                       " " + f.unit.value_or("—") + "  " + DisplayPeriod(f.period);
    if (!f.clause.empty()) head += "  [" + f.clause + "]";
    if (show_since) {
      head += Format(Tr(lang, "  (từ {0})", "  (since {0})"), {DisplayPeriod(s.first_seen)});
    }
    out += Wrap(head, 80, 6);
    out += "      " + Wrap(f.message, 74, 6);
  }
}

void ChangeSection(std::string& out, const std::string& title,
                   const std::vector<ChangedFinding>& list, Lang lang) {
  out += title + " (" + std::to_string(list.size()) + ")\n";
  for (const ChangedFinding& c : list) {
    const Finding& f = c.finding.finding;
    std::string head = "  " + SeverityLabel(c.from_severity, lang) + " → " +
                       SeverityLabel(f.severity, lang) + "  " + f.rule + "  " + f.locality + " " +
                       f.unit.value_or("—") + "  " + DisplayPeriod(f.period);
    if (!f.clause.empty()) head += "  [" + f.clause + "]";
    head += Format(Tr(lang, "  (từ {0})", "  (since {0})"), {DisplayPeriod(c.finding.first_seen)});
    out += Wrap(head, 80, 6);
    out += "      " + Wrap(f.message, 74, 6);
  }
}

}  // namespace

int Runs(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db_path, format = "table", lang_text = "vi";
  const Lang h = LangOfArguments(args);  // the language of --help
  po::options_description options("tuanthu runs");
  options.add_options()("help,h", Says(h, "trợ giúp này", "this help"))(
      "db", po::value(&db_path)->required(),
      Says(h, "kho giữ lịch sử (tệp SQLite hoặc postgresql://...)",
           "the store holding the history (SQLite file or postgresql://...)"))(
      "format", po::value(&format),
      Says(h, "table (mặc định) hoặc json", "table (default) or json"))(
      "lang", po::value(&lang_text), Says(h, "vi (mặc định) hoặc en", "vi (default) or en"));
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << options;
    return 0;
  }
  po::notify(vm);
  const Lang lang = LangOption(lang_text);
  auto opened = OpenHistory(db_path, lang, err);
  if (!opened) return 2;
  History& history = *opened->history;
  const std::vector<RunInfo> runs = history.Runs();
  if (format == "json") {
    ordered_json list = ordered_json::array();
    for (const RunInfo& r : runs) list.push_back(RunJson(r));
    out << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  out << Tr(lang, "  #  ngày kiểm tra  bắt đầu (UTC)         VP   CB   TT  gói\n",
            "  #  as of          started (UTC)          V    W    I  packs\n");
  for (const RunInfo& r : runs) {
    char line[160];
    std::snprintf(line, sizeof line, "%3lld  %-13s  %-20s %4lld %4lld %4lld  ",
                  static_cast<long long>(r.id), DisplayPeriod(r.as_of).c_str(),
                  r.started_at.c_str(), static_cast<long long>(r.violations),
                  static_cast<long long>(r.warnings), static_cast<long long>(r.infos));
    out << line << r.packs << "\n";
  }
  return 0;
}

int Diff(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db_path, format = "table", out_path, lang_text = "vi";
  std::vector<int64_t> ids;
  bool only_new = false;
  const Lang h = LangOfArguments(args);  // the language of --help
  po::options_description options("tuanthu diff");
  options.add_options()("help,h", Says(h, "trợ giúp này", "this help"))(
      "db", po::value(&db_path)->required(),
      Says(h, "kho giữ lịch sử (tệp SQLite hoặc postgresql://...)",
           "the store holding the history (SQLite file or postgresql://...)"))(
      "format", po::value(&format),
      Says(h, "table (mặc định) hoặc json", "table (default) or json"))(
      "out", po::value(&out_path),
      Says(h, "ghi ra TỆP thay vì đầu ra chuẩn", "write to FILE instead of standard output"))(
      "lang", po::value(&lang_text), Says(h, "vi (mặc định) hoặc en", "vi (default) or en"))(
      "new-only", po::bool_switch(&only_new),
      Says(h, "chỉ liệt kê các phát hiện mới", "list only the new findings"))(
      "runs", po::value(&ids)->composing(),
      Says(h, "TỪ ĐẾN (mặc định: hai lần chạy gần nhất)", "FROM TO (default: the last two runs)"));
  po::positional_options_description positional;
  positional.add("runs", 2);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    out << Says(h, "Cách dùng: tuanthu diff --db TỆP [TỪ [ĐẾN]]\n",
                "Usage: tuanthu diff --db FILE [FROM [TO]]\n")
        << options;
    return 0;
  }
  po::notify(vm);
  const Lang lang = LangOption(lang_text);
  auto opened = OpenHistory(db_path, lang, err);
  if (!opened) return 2;
  History& history = *opened->history;
  const std::vector<RunInfo> runs = history.Runs();
  int64_t from = 0, to = 0;
  if (ids.size() == 2) {
    from = ids[0];
    to = ids[1];
  } else if (ids.size() == 1) {
    to = ids[0];
    for (const RunInfo& r : runs) {
      if (r.id < to) from = r.id;
    }
  } else {
    if (runs.size() < 2) {
      err << Format(Tr(lang, "tuanthu: lịch sử có {0} lần chạy; so sánh cần hai\n",
                       "tuanthu: the history has {0} run(s); a diff needs two\n"),
                    {std::to_string(runs.size())});
      return 2;
    }
    from = runs[runs.size() - 2].id;
    to = runs.back().id;
  }
  RunDiff diff;
  try {
    diff = history.Diff(from, to);
  } catch (const StoreError& e) {
    err << "tuanthu: "
        << Format(Tr(lang, "lịch sử không có đủ hai lần chạy {0} và {1}",
                     "runs {0} and {1} are not both in the history"),
                  {std::to_string(from), std::to_string(to)})
        << "\n";
    return 2;
  }
  std::string text;
  if (format == "json") {
    ordered_json j;
    j["from"] = RunJson(diff.from);
    j["to"] = RunJson(diff.to);
    auto list = [](const std::vector<StoredFinding>& findings) {
      ordered_json a = ordered_json::array();
      for (const StoredFinding& s : findings) a.push_back(StoredJson(s));
      return a;
    };
    auto changes = [](const std::vector<ChangedFinding>& findings) {
      ordered_json a = ordered_json::array();
      for (const ChangedFinding& c : findings) a.push_back(ChangedJson(c));
      return a;
    };
    j["same_scope"] = diff.from.scope == diff.to.scope;
    j["new"] = list(diff.added);
    if (!only_new) j["resolved"] = list(diff.resolved);
    // An escalation is news as much as a new finding: --new-only keeps it.
    j["escalated"] = changes(diff.escalated);
    if (!only_new) {
      j["deescalated"] = changes(diff.deescalated);
      j["still_open"] = list(diff.open);
    }
    text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  } else {
    text = Format(Tr(lang, "Lần chạy #{0} (ngày {1}) → #{2} (ngày {3})\n\n",
                     "Run #{0} (as of {1}) → #{2} (as of {3})\n\n"),
                  {std::to_string(diff.from.id), DisplayPeriod(diff.from.as_of),
                   std::to_string(diff.to.id), DisplayPeriod(diff.to.as_of)});
    if (diff.from.scope != diff.to.scope) {
      text += Wrap(Format(Tr(lang,
                             "Lưu ý: hai lần chạy có phạm vi khác nhau ({0} / {1}); phát hiện mới "
                             "hay đã khắc phục có thể chỉ do phạm vi.",
                             "Note: the two runs had different scopes ({0} / {1}); new or resolved "
                             "findings may only reflect that."),
                          {diff.from.scope.empty() ? "—" : diff.from.scope,
                           diff.to.scope.empty() ? "—" : diff.to.scope}),
                   80, 0) +
              "\n";
    }
    Section(text, std::string(Tr(lang, "MỚI", "NEW")), diff.added, lang, false);
    text += "\n";
    ChangeSection(text, std::string(Tr(lang, "NẶNG HƠN", "ESCALATED")), diff.escalated, lang);
    if (!only_new) {
      text += "\n";
      Section(text, std::string(Tr(lang, "ĐÃ KHẮC PHỤC", "RESOLVED")), diff.resolved, lang, false);
      text += "\n";
      ChangeSection(text, std::string(Tr(lang, "NHẸ HƠN", "DE-ESCALATED")), diff.deescalated, lang);
      text += "\n";
      Section(text, std::string(Tr(lang, "VẪN TỒN TẠI", "STILL OPEN")), diff.open, lang, true);
    }
  }
  if (out_path.empty() || out_path == "-") {
    out << text;
  } else {
    std::ofstream file(out_path, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
      err << Format(Tr(lang, "tuanthu: không ghi được {0}\n", "tuanthu: cannot write {0}\n"),
                    {out_path});
      return 2;
    }
  }
  return 0;
}

}  // namespace tuanthu::cli
