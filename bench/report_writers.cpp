// The report writers' own cost, apart from the check's: checks data/province-sweep once (five
// communes, passes included), then feeds COMMUNES renamed copies of its localities, one at a
// time, to the paged HTML writer or the sweep workbook, as a streaming check would. Run from the
// repository root under /usr/bin/time (bench/reports.sh does):
//
//   build/tuanthu_bench_report_writers html|xlsx COMMUNES PROVINCES OUT
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "cli/data_source.h"
#include "output/html_site.h"
#include "output/xlsx_sweep.h"

using namespace tuanthu;

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: tuanthu_bench_report_writers html|xlsx COMMUNES PROVINCES OUT\n";
    return 2;
  }
  const std::string format = argv[1];
  const int communes = std::atoi(argv[2]);
  const int provinces = std::atoi(argv[3]);
  const std::string out = argv[4];

  cli::OpenedData opened = cli::OpenData("data/province-sweep", Lang::kVi, std::cerr);
  if (!opened.db) return 2;
  RuleBook book;
  CheckOptions options;
  options.as_of = Date::FromCivil(2026, 11, 24);
  options.include_passes = true;
  const CheckResult templates = RunCheck(*opened.db, book, options);

  report::ReportContext context;
  context.as_of = options.as_of;
  for (int p = 1; p <= provinces; ++p) {
    char code[16];
    std::snprintf(code, sizeof code, "P%02d", p);
    context.places[code] = {"Tỉnh Thử Nghiệm " + std::to_string(p), "province", ""};
  }
  auto sink = format == "xlsx" ? NewSweepXlsx(out, context) : NewHtmlSite(out, context);

  const auto start = std::chrono::steady_clock::now();
  size_t findings = 0;
  for (int n = 0; n < communes; ++n) {
    const LocalityResult& t = templates.localities[n % templates.localities.size()];
    char code[24], parent[16];
    std::snprintf(code, sizeof code, "C%04d-", n);
    std::snprintf(parent, sizeof parent, "P%02d", n % provinces + 1);
    LocalityResult locality = t;
    locality.code = code + t.code;
    locality.name = t.name + " " + std::to_string(n + 1);
    locality.parent_code = parent;
    // This locality's findings and KPI outcomes, made now and dropped after the call.
    std::vector<Finding> own, kpis;
    for (const Finding& f : templates.findings) {
      if (f.locality != t.code) continue;
      own.push_back(f);
      own.back().locality = locality.code;
    }
    for (const Finding& f : templates.kpis) {
      if (f.locality != t.code) continue;
      kpis.push_back(f);
      kpis.back().locality = locality.code;
    }
    report::LocalityFeed feed;
    feed.locality = &locality;
    for (const Finding& f : own) feed.findings.push_back(&f);
    for (const Finding& f : kpis) feed.kpis.push_back(&f);
    findings += own.size();
    sink->Add(feed);
  }
  std::string error;
  if (!sink->Finish(templates.errors, &error)) {
    std::cerr << error << "\n";
    return 2;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << format << ": " << communes << " communes, " << findings << " findings fed in "
            << seconds << " s\n";
  return 0;
}
