// The paged HTML report of a sweep, for a province office or the Ministry: a folder holding
//   index.html        the country: rollup tiles, the provinces (pre-rendered sort orders), for
//                     each KPI the share of communes meeting it, a distribution chart and the 20
//                     communes furthest from its target; the rules that failed to run
//   p/<code>.html     a province: the same rollups for its communes, its communes in several
//                     orders and filtered to those with violations, its own rankings
//   c/<code>.html     a commune: the single-page report's locality section (KPIs, deadlines,
//                     findings, checklist), linked back to its province and the index
//   style.css         the one stylesheet every page links to
//   tuanthu-manifest.txt  the files this report wrote, one a line
// No page loads anything else and none has a script (a Content-Security-Policy says so); sorting
// and filtering are pre-rendered orders reached through anchors. Commune pages are written as
// the localities arrive; the province pages and the index at Finish, from the rollups.
//
// Writing into a folder that holds an earlier report replaces it: the files the earlier report
// wrote (its manifest, and pages that carry tuanthu's generator mark) and this one did not are
// removed, so no page of a commune or province no longer reported stays behind. Files tuanthu did
// not write are never removed: a non-empty folder without a manifest is refused unless all it
// holds is what a report writes (index.html, style.css, c/*.html and p/*.html made by tuanthu,
// and .tmp leftovers of them), as a report by a version before manifests does.
#pragma once

#include <memory>
#include <set>
#include <string>

#include "output/report_feed.h"

namespace tuanthu {

// The manifest of a report folder: what tuanthu wrote there.
inline constexpr const char* kSiteManifest = "tuanthu-manifest.txt";

// Whether a paged report may be written into `dir` (see above); when not, *error says why in
// `lang`. Reads the folder, changes nothing.
bool CanWriteSite(const std::string& dir, Lang lang, std::string* error);

// A sink that writes the paged report into `dir` (created if absent). Each file is written to a
// temporary name and renamed into place; the earlier report's leftovers are removed at Finish.
std::unique_ptr<report::LocalitySink> NewHtmlSite(const std::string& dir,
                                                  const report::ReportContext& context);

// The file name a locality's page gets (without folder or extension): the code, with anything
// but ASCII letters, digits, '-' and '.' written as _XX (hex); "_" for no code.
std::string PageName(const std::string& code);

}  // namespace tuanthu
