// The folder a paged report is written into (see html_site.h): which of its files an earlier
// tuanthu report wrote, and, once the new report is written, the removal of those it did not
// write again and the new manifest. Internal to adapters/output.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "tuanthu/engine.h"

namespace tuanthu::site {

// The files (relative paths, '/'-separated) an earlier report wrote in `dir`: its manifest's, and
// the pages carrying tuanthu's generator mark. nullopt, with *error in `lang`, when `dir` holds
// files tuanthu did not write and no manifest (or is not a folder). An absent or empty folder
// has none.
std::optional<std::set<std::string>> EarlierReportFiles(const std::string& dir, Lang lang,
                                                        std::string* error);

// After a report was written into `dir`: with `complete`, removes the `earlier` files that are
// not `written` and writes the manifest of `written`; otherwise (the report failed half-way)
// removes nothing and lists both, so that the next report can tidy up. Returns "" or what failed.
std::string FinishFolder(const std::string& dir, const std::set<std::string>& earlier,
                         const std::set<std::string>& written, bool complete, Lang lang);

// Whether `relative` is a name a report writes: index.html, style.css, c/NAME.html,
// p/NAME.html (NAME as PageName makes it), or one of those with ".tmp" appended.
bool IsReportFileName(const std::string& relative);

}  // namespace tuanthu::site
