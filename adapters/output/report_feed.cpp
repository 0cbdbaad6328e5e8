#include "output/report_feed.h"

#include <unordered_map>

namespace tuanthu::report {

LocalityView ViewOf(const LocalityFeed& feed) {
  LocalityView view;
  view.locality = feed.locality;
  for (const Finding* f : feed.findings) {
    if (IsDeadlineRule(f->rule)) view.deadlines.push_back(f);
    if (f->severity != Severity::kPass) view.findings.push_back(f);
  }
  for (const Finding* f : feed.kpis) {
    view.all_kpis.push_back(f);
    if (f->unit) continue;
    // One per rule: the latest period (periods of a rule share a format, so text order works).
    bool replaced = false;
    for (const Finding*& kept : view.kpis) {
      if (kept->rule != f->rule) continue;
      if (f->period > kept->period) kept = f;
      replaced = true;
    }
    if (!replaced) view.kpis.push_back(f);
  }
  return view;
}

bool FeedResult(const CheckResult& result, LocalitySink& sink, std::string* error) {
  // Findings are sorted by locality first, so each locality's findings form one run; the index
  // holds where each run starts.
  std::unordered_map<std::string, std::pair<size_t, size_t>> findings, kpis;
  auto runs = [](const std::vector<Finding>& all,
                 std::unordered_map<std::string, std::pair<size_t, size_t>>* index) {
    for (size_t i = 0; i < all.size();) {
      size_t j = i;
      while (j < all.size() && all[j].locality == all[i].locality) ++j;
      (*index)[all[i].locality] = {i, j};
      i = j;
    }
  };
  runs(result.findings, &findings);
  runs(result.kpis, &kpis);
  for (const LocalityResult& locality : result.localities) {
    LocalityFeed feed;
    feed.locality = &locality;
    if (auto it = findings.find(locality.code); it != findings.end()) {
      for (size_t i = it->second.first; i < it->second.second; ++i)
        feed.findings.push_back(&result.findings[i]);
    }
    if (auto it = kpis.find(locality.code); it != kpis.end()) {
      for (size_t i = it->second.first; i < it->second.second; ++i)
        feed.kpis.push_back(&result.kpis[i]);
    }
    sink.Add(feed);
  }
  return sink.Finish(result.errors, error);
}

}  // namespace tuanthu::report
