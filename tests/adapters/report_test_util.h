// Helpers for the report tests (HTML, xlsx, the browser): a hand-made check result with hostile
// text in it, a scratch folder, and running commands (the real binary, python3, chromium).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "../support/shell.h"
#include "tuanthu/engine.h"

namespace tuanthu::report_test {

inline constexpr const char* kScriptUnit = "<script>alert(1)</script>";
inline constexpr const char* kQuotedMessage = R"(Báo cáo "quý" của đơn vị 'A' & 'B' <b>chậm</b>)";

// A folder under the system temp folder, removed with everything in it when destroyed.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("tuanthu-report-" + name + "-" + std::to_string(::getpid()) + "-" +
             std::to_string(counter.fetch_add(1)));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

using testing::CommandRun;
using testing::Quote;
using testing::Shell;

inline std::string ReadFile(const std::string& path) { return testing::ReadAll(path); }

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

// Runs the real binary with `args` (already quoted where needed).
inline CommandRun Tuanthu(const std::string& args) {
  return Shell(Quote(TUANTHU_BINARY) + " " + args);
}

inline constexpr const char* kPython = "/usr/bin/python3";
inline constexpr const char* kChromium = "/usr/bin/chromium";

inline bool HaveOpenpyxl() {
  if (!std::filesystem::exists(kPython)) return false;
  return Shell(std::string(kPython) + " -c 'import openpyxl' >/dev/null").status == 0;
}

inline bool HaveChromium() { return std::filesystem::exists(kChromium); }

// Chromium without a sandbox, network or first-run work, with a profile of its own.
inline std::string ChromiumCommand(const std::string& profile_dir) {
  return std::string("timeout 120 ") + kChromium +
         " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
         " --disable-background-networking --disable-component-update --disable-sync"
         " --hide-scrollbars --user-data-dir=" +
         Quote(profile_dir);
}

inline Finding MakeFinding(const std::string& rule, Severity severity,
                           std::optional<std::string> unit, const std::string& period,
                           const std::string& message) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.pack = "test/pack";
  f.locality = "L1";
  f.unit = std::move(unit);
  f.period = period;
  f.clause = "II.1";
  f.message = message;
  return f;
}

// One commune with a finding of every kind the reports arrange: KPIs (share and reduction,
// pass and not), every deadline state, ordinary findings, and hostile text in the unit, the
// message, the locality's name and the manual checklist.
inline CheckResult SampleResult() {
  CheckResult result;
  result.as_of = Date::FromCivil(2026, 11, 24);

  Finding share =
      MakeFinding("meetings.online_share", Severity::kPass, std::nullopt, "2026",
                  "Tỷ lệ hội nghị trực tuyến năm 2026: 60,5% (43/71), đạt chỉ tiêu ≥ 60%");
  share.observed = 43.0 / 71.0;
  share.expected = 0.6;
  share.numerator = 43;
  share.denominator = 71;
  Finding reduction =
      MakeFinding("meetings.reduction", Severity::kWarning, std::nullopt, "2026",
                  "Giảm số lượng hội nghị năm 2026: 80 (năm 2025: 94; tối đa 84,6)");
  reduction.observed = int64_t{80};
  reduction.expected = 84.6;
  reduction.numerator = 80;
  reduction.denominator = 94;
  Finding unit_share = MakeFinding("meetings.online_share", Severity::kWarning,
                                   std::string(kScriptUnit), "2026", kQuotedMessage);
  unit_share.observed = 0.25;
  unit_share.expected = 0.6;
  unit_share.numerator = 1;
  unit_share.denominator = 4;
  unit_share.evidence = {"M-1", "M-2"};
  unit_share.evidence_total = 3;

  Finding met = MakeFinding("reports.semiannual", Severity::kPass, "U02", "2026-H1",
                            "Đã có báo cáo 6 tháng 2026-H1 ngày 03/06/2026, đúng hạn");
  met.observed = std::string("2026-06-03");
  met.expected = std::string("2026-06-04");
  met.record = "R-1";
  met.evidence = {"R-1"};
  Finding late = MakeFinding("reports.semiannual", Severity::kViolation, "U04", "2026-H1",
                             "Báo cáo 6 tháng 2026-H1 ngày 05/06/2026 là chậm");
  late.observed = std::string("2026-06-05");
  late.expected = std::string("2026-06-04");
  Finding missing = MakeFinding("plans.unit_plan", Severity::kViolation, "U05", "2026",
                                "Chưa có kế hoạch của đơn vị; hạn chậm nhất ngày 31/05/2026");
  missing.expected = std::string("2026-05-31");
  Finding due_soon = MakeFinding("reports.annual", Severity::kWarning, "U03", "2026",
                                 "Chưa có báo cáo năm 2026; còn 6 ngày");
  due_soon.expected = std::string("2026-11-30");
  due_soon.open = true;
  Finding pending = MakeFinding("reports.annual", Severity::kPass, "U06", "2026",
                                "Chưa có báo cáo năm 2026; còn 10 ngày (chưa đến hạn)");
  pending.expected = std::string("2026-12-04");
  pending.open = true;
  Finding no_date = MakeFinding("tasks.deadline", Severity::kInfo, std::nullopt, "2026",
                                "Nhiệm vụ PL-11 thường xuyên, không có thời hạn");
  no_date.record = "PL-11";
  Finding duration = MakeFinding("meetings.duration", Severity::kViolation, "U02", "2026-05-12",
                                 "Cuộc họp M-9 ngày 12/05/2026 kéo dài 1 ngày, quá 0,5 ngày");
  duration.observed = 1.0;
  duration.expected = 0.5;
  duration.record = "M-9";
  duration.evidence = {"M-9"};

  result.kpis = {share, reduction, unit_share};
  result.findings = {share,   reduction, unit_share, met,     late,
                     missing, due_soon,  pending,    no_date, duration};
  std::sort(result.kpis.begin(), result.kpis.end(), FindingLess);
  std::sort(result.findings.begin(), result.findings.end(), FindingLess);

  LocalityResult locality;
  locality.code = "L1";
  locality.name = "Xã <b>Thử</b> & \"Mẫu\"";
  locality.level = "commune";
  locality.pack = "test/pack";
  locality.pack_hash = "0123456789abcdef";
  locality.effective = Date::FromCivil(2026, 4, 29);
  locality.manual = {
      {"m1", "Kiểm tra <img src=x onerror=alert(1)> việc tuyên truyền", "II.1", "test/pack"}};
  for (const Finding& f : result.findings) {
    if (f.severity != Severity::kPass) {
      ++locality.counts[f.severity];
      ++result.summary[f.severity];
    }
  }
  result.localities = {locality};
  return result;
}

}  // namespace tuanthu::report_test
