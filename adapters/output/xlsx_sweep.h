// The workbook of a sweep (more than one locality): a fixed set of sheets whatever the number of
// communes, written one locality at a time in libxlsxwriter's constant_memory mode. Sheets, in
// order (names follow the language):
//   Cả nước / Country            the country's rollup (one row), each KPI's share of communes
//                                meeting it and its attainment bands; rules that failed to run
//   Tỉnh / Provinces             one rollup row per province, a share column per KPI
//   Xã, phường / Communes        one row per commune: counts, KPIs met, deadlines
//   KPI                          long form, one row per commune × KPI × unit × period: target,
//                                observed, counts, outcome, attainment (ready for a pivot table)
//   Phát hiện / Findings         violation, warning, info (as the commune's workbook)
//   Thời hạn / Deadlines         every deadline outcome
//   Kiểm tra thủ công / Manual checklist
// A single commune's workbook keeps its own layout (xlsx.h).
#pragma once

#include <memory>
#include <string>

#include "output/report_feed.h"

namespace tuanthu {

// A sink that writes the sweep workbook to `path` (a temporary file renamed into place at
// Finish).
std::unique_ptr<report::LocalitySink> NewSweepXlsx(const std::string& path,
                                                   const report::ReportContext& context);

// Feeds `result` to a sweep workbook at `path`.
bool WriteSweepXlsx(const CheckResult& result, const report::ReportContext& context,
                    const std::string& path, std::string* error);

// The number of sheets the sweep workbook always has.
inline constexpr int kSweepSheets = 7;

}  // namespace tuanthu
