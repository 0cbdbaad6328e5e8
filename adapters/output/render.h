// Renders a check's result for people (table) and programs (JSON, CSV). Only formatting lives
// here; what a finding says was decided by the engine.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "tuanthu/engine.h"

namespace tuanthu {

struct RenderOptions {
  Lang lang = Lang::kVi;
  int width = 80;           // table: terminal columns
  bool show_manual = true;  // table: print the manual checklist after the findings
};

// The JSON contract of cli.md (as_of, findings, summary), then localities and errors.
std::string RenderJson(const CheckResult& result, const RenderOptions& options);
// The same text written to `out` finding by finding (no document tree of every finding).
void WriteJson(const CheckResult& result, const RenderOptions& options, std::ostream& out);
// One row per finding, RFC 4180, UTF-8; text that a spreadsheet would run as a formula is
// prefixed with an apostrophe.
std::string RenderCsv(const CheckResult& result, const RenderOptions& options);
void WriteCsv(const CheckResult& result, const RenderOptions& options, std::ostream& out);
// Findings grouped by locality, readable in an 80-column terminal, with the manual checklist.
std::string RenderTable(const CheckResult& result, const RenderOptions& options);

// The deadlines of the next `days` days (from the as-of date) that are not met yet, soonest
// first, as a table or as JSON. Needs a result made with include_passes.
std::string RenderDueSoon(const CheckResult& result, int days, const RenderOptions& options,
                          bool json);

// Shared helpers.
// One finding as the JSON contract of cli.md writes it.
nlohmann::ordered_json FindingJson(const Finding& finding);
// A measure as JSON: null, an integer, a number (six significant digits) or a string.
nlohmann::ordered_json MeasureJson(const Measure& measure);
std::string CsvField(std::string_view value);  // quotes and formula-escapes one field
std::string MeasureText(const Measure& measure);
// A period as people read it: a date becomes dd/mm/yyyy, other periods stay.
std::string DisplayPeriod(const std::string& period);
std::string SeverityLabel(Severity severity, Lang lang);
size_t DisplayWidth(std::string_view utf8);
// Wraps `text` to `width` columns, each line after the first indented by `indent` spaces.
std::string Wrap(std::string_view text, size_t width, size_t indent);

}  // namespace tuanthu
