#include "cli/report_output.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "history/history.h"
#include "output/html.h"
#include "output/html_site.h"
#include "output/xlsx.h"
#include "output/xlsx_sweep.h"

namespace tuanthu::cli {
namespace {

bool EndsWith(const std::string& text, const std::string& suffix) {
  if (text.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    const char c = text[text.size() - suffix.size() + i];
    if (std::tolower(static_cast<unsigned char>(c)) != suffix[i]) return false;
  }
  return true;
}

// The previous recorded run: the latest with an as-of date before this check's.
std::optional<report::PreviousRun> PreviousRunOf(History* history, Date as_of) {
  if (history == nullptr) return std::nullopt;
  std::optional<RunInfo> chosen;
  for (const RunInfo& run : history->Runs()) {
    const auto date = Date::ParseIso(run.as_of);
    if (date && *date < as_of) chosen = run;
  }
  if (!chosen) return std::nullopt;
  report::PreviousRun previous;
  previous.id = chosen->id;
  previous.as_of = *Date::ParseIso(chosen->as_of);
  previous.scope = chosen->scope;
  std::istringstream codes(chosen->localities);
  for (std::string code; std::getline(codes, code, ',');) {
    const size_t first = code.find_first_not_of(' ');
    if (first != std::string::npos) previous.localities.insert(code.substr(first));
  }
  previous.counts = history->CountsByLocality(chosen->id);
  if (auto outcomes = history->KpiOutcomes(chosen->id)) {
    previous.kpis_recorded = true;
    // The latest period of each rule, as the reports pick it (report::ViewOf).
    std::map<std::pair<std::string, std::string>, const StoredKpiOutcome*> latest;
    for (const StoredKpiOutcome& k : *outcomes) {
      const StoredKpiOutcome*& kept = latest[{k.locality, k.rule}];
      if (kept == nullptr || k.period > kept->period) kept = &k;
    }
    for (const auto& [key, k] : latest) previous.kpis[key.first][key.second] = k->outcome;
  }
  return previous;
}

report::ReportContext ContextOf(Date as_of, ActivityStore& store, History* history, Lang lang) {
  report::ReportContext context;
  context.as_of = as_of;
  context.lang = lang;
  store.ForEachLocality([&context](const StoredLocality& l) {
    context.places[std::string(l.code)] = {std::string(l.name), std::string(l.level),
                                           std::string(l.parent_code)};
  });
  context.previous = PreviousRunOf(history, as_of);
  return context;
}

void WriteText(const std::string& text, const std::string& path, Lang lang) {
  const auto fail = [&path, lang]() {
    return std::runtime_error(Format(Tr(lang, "không ghi được {0}: {1}", "cannot write {0}: {1}"),
                                     {path, SystemErrorText(errno, lang)}));
  };
  const std::string temporary = path + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) throw fail();
    file << text;
    if (!file.flush()) throw fail();
  }
  std::filesystem::rename(temporary, path);
}

// The paged site and the sweep workbook take the localities as they arrive; a commune's own
// workbook and the one-page report are drawn from the whole (small) result at the end.
class ReportWriter final : public ReportSink {
 public:
  ReportWriter(std::string format, ActivityStore& store, History* history, Lang lang,
               std::string path, std::ostream& err, std::string* error)
      : format_(std::move(format)),
        store_(store),
        history_(history),
        lang_(lang),
        path_(std::move(path)),
        err_(err),
        error_(error) {}

  void Begin(Date as_of, const std::vector<LocalityResult>& localities) override {
    const size_t count = localities.size();
    if (format_ == "xlsx" ? count > 1 : WantsPagedHtml(path_, count)) {
      context_ = ContextOf(as_of, store_, history_, lang_);  // the writers keep a reference
      feed_ = format_ == "xlsx" ? NewSweepXlsx(path_, context_) : NewHtmlSite(path_, context_);
      return;
    }
    if (format_ == "html" && count > 1) {
      err_ << Format(Tr(lang_,
                        "tuanthu: {0} địa phương trong một trang; --out THƯ_MỤC ghi báo cáo nhiều "
                        "trang (mục lục, tỉnh, xã)\n",
                        "tuanthu: {0} localities on one page; --out FOLDER writes a paged report "
                        "(index, provinces, communes)\n"),
                     {std::to_string(count)});
    }
    collected_.Begin(as_of, localities);
  }

  void Locality(LocalityOutcome& outcome) override {
    if (!feed_) {
      collected_.Locality(outcome);
      return;
    }
    report::LocalityFeed feed;
    feed.locality = outcome.locality;
    for (const Finding& f : outcome.findings) feed.findings.push_back(&f);
    for (const Finding& f : outcome.kpis) feed.kpis.push_back(&f);
    feed_->Add(feed);
  }

  void End(const CheckSummary& summary) override {
    if (feed_) {
      ok_ = feed_->Finish(summary.errors, error_);
      return;
    }
    collected_.End(summary);
    const CheckResult& result = collected_.result();
    RenderOptions render;
    render.lang = lang_;
    if (format_ == "xlsx") {
      ok_ = WriteXlsx(result, render, path_, error_);
    } else {
      WriteText(RenderHtml(result, render), path_, lang_);
    }
  }

  bool written() const override { return ok_; }

 private:
  std::string format_;
  ActivityStore& store_;
  History* history_;
  Lang lang_;
  std::string path_;
  std::ostream& err_;
  std::string* error_;
  report::ReportContext context_;
  std::unique_ptr<report::LocalitySink> feed_;
  CollectingSink collected_;
  bool ok_ = true;
};

}  // namespace

bool WantsPagedHtml(const std::string& path, size_t localities) {
  if (std::filesystem::is_directory(path)) return true;
  if (!path.empty() && path.back() == '/') return true;
  return localities > 1 && !EndsWith(path, ".html") && !EndsWith(path, ".htm");
}

std::unique_ptr<ReportSink> NewReportWriter(const std::string& format, ActivityStore& store,
                                            History* history, Lang lang, const std::string& path,
                                            std::ostream& err, std::string* error) {
  return std::make_unique<ReportWriter>(format, store, history, lang, path, err, error);
}

}  // namespace tuanthu::cli
