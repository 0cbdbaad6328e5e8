// The check's result as one self-contained HTML page for inspectors: per locality the plan's
// KPIs as charts against their targets, the deadline timeline, the findings grouped by severity
// and the manual checklist; for a sweep an overview of the localities first. Printable on A4.
#pragma once

#include <string>
#include <string_view>

#include "output/render.h"
#include "tuanthu/engine.h"

namespace tuanthu {

// Renders `result` as a complete HTML document (UTF-8). The page loads nothing: styles and the
// SVG charts are inline, there is no script, and a Content-Security-Policy forbids any fetch.
// Every value from the data is escaped. Labels follow `options.lang` (Vietnamese by default);
// dates read dd/mm/yyyy.
//
// `result.findings` should hold the `pass` outcomes too (CheckOptions::include_passes): the
// timeline needs them to show what was met; the findings table leaves them out either way.
// Each KPI bar carries its numbers as data attributes (data-locality, data-rule, data-period,
// data-observed, data-expected, data-numerator, data-denominator, data-severity), written as the
// JSON output writes them, so a reader can compare the two.
std::string RenderHtml(const CheckResult& result, const RenderOptions& options);

// Escapes & < > " ' for text and attribute values; control characters other than tab and
// newlines become U+FFFD.
std::string HtmlEscape(std::string_view text);

}  // namespace tuanthu
