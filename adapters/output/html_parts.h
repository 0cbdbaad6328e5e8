// What the single-page report (html.cpp) and the paged one (html_site.cpp) share: the styles,
// small markup helpers and one locality's section. Internal to adapters/output.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "output/html.h"
#include "output/report_model.h"

namespace tuanthu::html {

// The report's styles: inline in the single page, the shared style.css of the paged one.
extern const char* const kStyle;
// What the paged report adds: navigation, rollup tables, distribution charts, sort orders.
extern const char* const kSiteStyle;

// A number for SVG coordinates: one decimal is plenty at this size.
std::string Coord(double value);
// ` name="value"`, the value escaped.
std::string Attr(std::string_view name, std::string_view value);
const char* SeverityClass(Severity severity);
std::string SeverityIcon(Severity severity);
std::string Chip(const char* css, const std::string& icon, const std::string& label);
std::string SeverityChip(Severity severity, Lang lang);
// The hidden SVG that defines the hatch pattern warnings are filled with.
std::string HatchDefs();

int64_t Count(const LocalityResult& locality, Severity severity);
std::map<report::DeadlineState, int> DeadlineCounts(const report::LocalityView& view);
int KpisMet(const report::LocalityView& view);
// A right-aligned count cell, marked `hot` (a CSS class) when above zero.
std::string CountCell(int64_t n, const char* hot);

// Appends one locality's section to *out: the tiles, the plan's KPIs as bars against their
// targets, the deadline timeline, the findings by severity and (with `show_manual`) the manual
// checklist. `before_heading` is markup placed first in the section (a breadcrumb).
void RenderLocality(const report::LocalityView& view, Date as_of, Lang lang, bool show_manual,
                    std::string* out, const std::string& before_heading = "");

}  // namespace tuanthu::html
