// A check streamed locality by locality (RunCheck with a CheckSink) against the same check
// collected whole: the same bytes in every format, whatever the number of threads, and the same
// run in the history. The data: bench/sweep.py, 60 communes in 3 provinces.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "history/history.h"
#include "output/check_writers.h"
#include "output/html_site.h"
#include "output/render.h"
#include "output/xlsx_sweep.h"
#include "report_test_util.h"
#include "tuanthu/engine.h"
#include "tuanthu/store.h"

namespace tuanthu::report_test {
namespace {

namespace fs = std::filesystem;
using ordered_json = nlohmann::ordered_json;

struct StreamData {
  ScratchDir dir{"stream"};
  std::string store;
};

const StreamData& Data() {
  static StreamData* data = [] {
    auto* d = new StreamData;
    const std::string folder = d->dir / "data";
    d->store = d->dir / "store.db";
    const CommandRun generated = Shell(std::string(kPython) + " " + TUANTHU_SOURCE_DIR +
                                       "/bench/sweep.py 60 3 " + Quote(folder) + " --keep 0.1");
    INFO(generated.err);
    REQUIRE(generated.status == 0);
    const CommandRun imported =
        Tuanthu("import --quiet --data " + Quote(folder) + " --db " + Quote(d->store));
    INFO(imported.err);
    REQUIRE(imported.status == 0);
    return d;
  }();
  return *data;
}

CheckOptions Options(int threads, bool passes) {
  CheckOptions options;
  options.as_of = *Date::ParseIso("2026-11-24");
  options.threads = threads;
  options.include_passes = passes;
  return options;
}

CheckResult Collected(int threads, bool passes) {
  Database db(Data().store);
  RuleBook book;
  return RunCheck(db, book, Options(threads, passes));
}

// Runs the check streamed into `sink`.
CheckSummary Streamed(int threads, bool passes, CheckSink& sink) {
  Database db(Data().store);
  RuleBook book;
  return RunCheck(db, book, Options(threads, passes), sink);
}

std::string StreamedText(int threads, bool passes,
                         std::unique_ptr<CheckSink> (*make)(const RenderOptions&, std::ostream&)) {
  std::ostringstream out;
  RenderOptions render;
  auto writer = make(render, out);
  Streamed(threads, passes, *writer);
  return out.str();
}

// The JSON document as the writer of the collected result built it before the check streamed:
// one ordered_json tree dumped with indent 2.
std::string JsonAsOneDocument(const CheckResult& result) {
  ordered_json root;
  root["as_of"] = result.as_of.Iso();
  ordered_json findings = ordered_json::array();
  for (const Finding& f : result.findings) findings.push_back(FindingJson(f));
  root["findings"] = std::move(findings);
  auto counts = [](const std::map<Severity, int64_t>& c) {
    ordered_json j;
    for (Severity s : {Severity::kViolation, Severity::kWarning, Severity::kInfo}) {
      auto it = c.find(s);
      j[SeverityName(s)] = it == c.end() ? 0 : it->second;
    }
    return j;
  };
  root["summary"] = counts(result.summary);
  ordered_json localities = ordered_json::array();
  for (const LocalityResult& l : result.localities) {
    ordered_json j;
    j["code"] = l.code;
    j["name"] = l.name;
    j["pack"] = l.pack;
    j["pack_hash"] = l.pack_hash;
    j["effective"] = l.effective.Iso();
    j["summary"] = counts(l.counts);
    std::map<std::string, const Finding*> latest;
    for (const Finding& f : result.kpis) {
      if (f.locality != l.code || f.unit || !f.denominator) continue;
      auto& slot = latest[f.rule];
      if (slot == nullptr || slot->period < f.period) slot = &f;
    }
    ordered_json kpis = ordered_json::array();
    for (const auto& [rule, f] : latest) {
      kpis.push_back({{"rule", f->rule},
                      {"period", f->period},
                      {"observed", MeasureJson(f->observed)},
                      {"expected", MeasureJson(f->expected)},
                      {"numerator", *f->numerator},
                      {"denominator", *f->denominator},
                      {"comparator", f->comparator},
                      {"status", SeverityName(f->severity)}});
    }
    j["kpis"] = std::move(kpis);
    ordered_json manual = ordered_json::array();
    for (const ManualItem& item : l.manual)
      manual.push_back({{"id", item.id}, {"text", item.text}, {"clause", item.clause}});
    j["manual"] = std::move(manual);
    localities.push_back(std::move(j));
  }
  root["localities"] = std::move(localities);
  root["errors"] = ordered_json::array();
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::vector<fs::path> Files(const std::string& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), folder));
  }
  std::sort(files.begin(), files.end());
  return files;
}

report::ReportContext ContextOf(const std::string& store) {
  Database db(store);
  SqliteActivityStore activity(db);
  report::ReportContext context;
  context.as_of = *Date::ParseIso("2026-11-24");
  activity.ForEachLocality([&context](const StoredLocality& l) {
    context.places[std::string(l.code)] = {std::string(l.name), std::string(l.level),
                                           std::string(l.parent_code)};
  });
  return context;
}

}  // namespace

TEST_CASE("streamed check: JSON, CSV and table are the collected result's bytes on any threads") {
  for (const bool passes : {false, true}) {
    CAPTURE(passes);
    const CheckResult whole = Collected(1, passes);
    REQUIRE(whole.localities.size() == 60);
    REQUIRE(whole.findings.size() > 100);
    const std::string json = RenderJson(whole, {});
    // The streamed writer writes what one document dumped whole would hold.
    CHECK(json == JsonAsOneDocument(whole));
    const std::string csv = RenderCsv(whole, {});
    const std::string table = RenderTable(whole, {});
    for (const int threads : {1, 2, 3, 5}) {
      CAPTURE(threads);
      CHECK(RenderJson(Collected(threads, passes), {}) == json);
      CHECK(StreamedText(threads, passes, NewJsonWriter) == json);
      CHECK(StreamedText(threads, passes, NewCsvWriter) == csv);
      CHECK(StreamedText(threads, passes, NewTableWriter) == table);
    }
  }
}

TEST_CASE("streamed check: the sink gets every locality once, in code order, then the end") {
  struct Recording : CheckSink {
    std::vector<std::string> begun, arrived;
    size_t findings = 0;
    bool ended = false;
    void Begin(Date, const std::vector<LocalityResult>& localities) override {
      for (const LocalityResult& l : localities) begun.push_back(l.code);
    }
    void Locality(LocalityOutcome& outcome) override {
      CHECK_FALSE(ended);
      arrived.push_back(outcome.locality->code);
      for (const Finding& f : outcome.findings) CHECK(f.locality == outcome.locality->code);
      for (const Finding& f : outcome.kpis) CHECK(f.locality == outcome.locality->code);
      CHECK(std::is_sorted(outcome.findings.begin(), outcome.findings.end(), FindingLess));
      findings += outcome.findings.size();
    }
    void End(const CheckSummary&) override { ended = true; }
  } sink;
  const CheckSummary summary = Streamed(2, false, sink);
  CHECK(sink.ended);
  CHECK(sink.arrived == sink.begun);
  CHECK(std::is_sorted(sink.arrived.begin(), sink.arrived.end()));
  CHECK(sink.arrived.size() == summary.localities);
  const CheckResult whole = Collected(2, false);
  CHECK(sink.findings == whole.findings.size());
  CHECK(summary.summary == whole.summary);
}

TEST_CASE("streamed check: the paged site and the sweep workbook equal those of the whole result") {
  const StreamData& data = Data();
  const CheckResult whole = Collected(1, true);
  const report::ReportContext context = ContextOf(data.store);
  // The writers fed from the whole result, as before the check streamed.
  const std::string site = data.dir / "site-whole";
  {
    auto sink = NewHtmlSite(site, context);
    std::string error;
    REQUIRE(report::FeedResult(whole, *sink, &error));
  }
  const std::string xlsx = data.dir / "whole.xlsx";
  {
    std::string error;
    REQUIRE(WriteSweepXlsx(whole, context, xlsx, &error));
  }
  // The command line, which streams the check into them, on one thread and on three.
  for (const char* threads : {"1", "3"}) {
    CAPTURE(threads);
    const std::string streamed_site = data.dir / (std::string("site-") + threads);
    const std::string streamed_xlsx = data.dir / (std::string("streamed-") + threads + ".xlsx");
    const std::string check = "check --data " + Quote(data.store) +
                              " --as-of 2026-11-24 --fail-on never --threads " + threads;
    REQUIRE(Tuanthu(check + " --format html --out " + Quote(streamed_site)).status == 0);
    REQUIRE(Tuanthu(check + " --format xlsx --out " + Quote(streamed_xlsx)).status == 0);
    const std::vector<fs::path> expected = Files(site), got = Files(streamed_site);
    REQUIRE(expected.size() == got.size());
    REQUIRE(expected.size() > 60);
    for (size_t i = 0; i < expected.size(); ++i) {
      CAPTURE(expected[i].string());
      REQUIRE(expected[i] == got[i]);
      CHECK(ReadFile((fs::path(site) / expected[i]).string()) ==
            ReadFile((fs::path(streamed_site) / got[i]).string()));
    }
    CHECK(ReadFile(xlsx) == ReadFile(streamed_xlsx));
  }
}

TEST_CASE("streamed check: --record stores what History::Record stores for the whole result") {
  const StreamData& data = Data();
  const std::string streamed = data.dir / "recorded-streamed.db";
  const std::string whole = data.dir / "recorded-whole.db";
  fs::copy_file(data.store, streamed, fs::copy_options::overwrite_existing);
  fs::copy_file(data.store, whole, fs::copy_options::overwrite_existing);
  // Two runs each, so that the second finds the first's findings (first_seen).
  for (const char* as_of : {"2026-06-10", "2026-11-24"}) {
    const CommandRun run = Tuanthu("check --quiet --fail-on never --threads 2 --record --data " +
                                   Quote(streamed) + " --as-of " + as_of);
    INFO(run.err);
    REQUIRE(run.status == 0);
    Database db(whole);
    RuleBook book;
    CheckOptions options = Options(1, false);
    options.as_of = *Date::ParseIso(as_of);
    const CheckResult result = RunCheck(db, book, options);
    History history(db);
    history.Record(result, "start", "end", "fingerprint", "");
  }
  Database a(streamed), b(whole);
  History streamed_history(a), whole_history(b);
  const std::vector<RunInfo> runs = streamed_history.Runs(), expected_runs = whole_history.Runs();
  REQUIRE(runs.size() == 2);
  REQUIRE(expected_runs.size() == 2);
  for (size_t i = 0; i < runs.size(); ++i) {
    CHECK(runs[i].as_of == expected_runs[i].as_of);
    CHECK(runs[i].packs == expected_runs[i].packs);
    CHECK(runs[i].localities == expected_runs[i].localities);
    CHECK(runs[i].violations == expected_runs[i].violations);
    CHECK(runs[i].warnings == expected_runs[i].warnings);
    CHECK(runs[i].infos == expected_runs[i].infos);
    const std::vector<StoredFinding> got = streamed_history.Findings(runs[i].id);
    const std::vector<StoredFinding> expected = whole_history.Findings(expected_runs[i].id);
    REQUIRE(got.size() == expected.size());
    size_t carried = 0;
    for (size_t k = 0; k < got.size(); ++k) {
      CHECK(got[k].identity == expected[k].identity);
      CHECK(got[k].first_seen == expected[k].first_seen);
      CHECK(got[k].finding.message == expected[k].finding.message);
      if (got[k].first_seen != runs[i].as_of) ++carried;
    }
    if (i == 1) CHECK(carried > 0);  // findings still open since the first run
  }
}

}  // namespace tuanthu::report_test
