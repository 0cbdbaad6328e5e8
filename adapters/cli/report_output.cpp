#include "cli/report_output.h"

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

report::ReportContext ContextOf(const CheckResult& result, ActivityStore& store, History* history,
                                Lang lang) {
  report::ReportContext context;
  context.as_of = result.as_of;
  context.lang = lang;
  store.ForEachLocality([&context](const StoredLocality& l) {
    context.places[std::string(l.code)] = {std::string(l.name), std::string(l.level),
                                           std::string(l.parent_code)};
  });
  context.previous = PreviousRunOf(history, result.as_of);
  return context;
}

void WriteText(const std::string& text, const std::string& path) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) throw std::runtime_error("cannot write " + path);
    file << text;
    if (!file.flush()) throw std::runtime_error("cannot write " + path);
  }
  std::filesystem::rename(temporary, path);
}

}  // namespace

bool WantsPagedHtml(const std::string& path, size_t localities) {
  if (std::filesystem::is_directory(path)) return true;
  if (!path.empty() && path.back() == '/') return true;
  return localities > 1 && !EndsWith(path, ".html") && !EndsWith(path, ".htm");
}

bool WriteReport(const std::string& format, const CheckResult& result, ActivityStore& store,
                 History* history, Lang lang, const std::string& path, std::ostream& err,
                 std::string* error) {
  RenderOptions render;
  render.lang = lang;
  if (format == "xlsx") {
    if (result.localities.size() <= 1) return WriteXlsx(result, render, path, error);
    const report::ReportContext context = ContextOf(result, store, history, lang);
    return WriteSweepXlsx(result, context, path, error);
  }
  if (!WantsPagedHtml(path, result.localities.size())) {
    if (result.localities.size() > 1) {
      err << Format(Tr(lang,
                       "tuanthu: {0} địa phương trong một trang; --out THƯ_MỤC ghi báo cáo nhiều "
                       "trang (mục lục, tỉnh, xã)\n",
                       "tuanthu: {0} localities on one page; --out FOLDER writes a paged report "
                       "(index, provinces, communes)\n"),
                    {std::to_string(result.localities.size())});
    }
    WriteText(RenderHtml(result, render), path);
    return true;
  }
  const report::ReportContext context = ContextOf(result, store, history, lang);
  auto site = NewHtmlSite(path, context);
  return report::FeedResult(result, *site, error);
}

}  // namespace tuanthu::cli
