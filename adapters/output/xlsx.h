// The check's result as an Excel workbook (libxlsxwriter) for inspectors who read, filter and
// forward spreadsheets: an overview, the findings (filterable, frozen header, real dates), a KPI
// sheet per locality, the deadlines and the manual checklist.
#pragma once

#include <string>

#include "output/render.h"
#include "tuanthu/engine.h"

namespace tuanthu {

// Writes `result` to `path` (replaced atomically: a temporary file renamed into place).
// Sheets, in order (names follow `options.lang`):
//   Tổng quan / Overview           one row per locality: counts, KPIs met, pack and hash
//   Phát hiện / Findings           violation, warning, info (never pass), as RenderCsv orders them
//   KPI <code>                     every KPI outcome of the locality, pass included
//   Thời hạn / Deadlines           reports, unit plans, appendix tasks, weekly schedules
//   Kiểm tra thủ công / Manual checklist
// Every text is written as a string cell, never as a formula, so "=1+1" stays text. Dates
// (ISO periods, observed or expected dates) are real dates shown dd/mm/yyyy; shares are numbers
// shown as percentages. The document's creation time is the as-of date (00:00 UTC), not the
// clock, so the same result gives the same file.
// Returns false and sets *error (when not null) if the file cannot be written.
bool WriteXlsx(const CheckResult& result, const RenderOptions& options, const std::string& path,
               std::string* error);

}  // namespace tuanthu
