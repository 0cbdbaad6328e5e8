// The paged HTML report of a sweep, for a province office or the Ministry: a folder holding
//   index.html        the country: rollup tiles, the provinces (pre-rendered sort orders), for
//                     each KPI the share of communes meeting it, a distribution chart and the 20
//                     communes furthest from its target; the rules that failed to run
//   p/<code>.html     a province: the same rollups for its communes, its communes in several
//                     orders and filtered to those with violations, its own rankings
//   c/<code>.html     a commune: the single-page report's locality section (KPIs, deadlines,
//                     findings, checklist), linked back to its province and the index
//   style.css         the one stylesheet every page links to
// No page loads anything else and none has a script (a Content-Security-Policy says so); sorting
// and filtering are pre-rendered orders reached through anchors. Commune pages are written as
// the localities arrive; the province pages and the index at Finish, from the rollups.
#pragma once

#include <memory>
#include <string>

#include "output/report_feed.h"

namespace tuanthu {

// A sink that writes the paged report into `dir` (created if absent). Each file is written to a
// temporary name and renamed into place.
std::unique_ptr<report::LocalitySink> NewHtmlSite(const std::string& dir,
                                                  const report::ReportContext& context);

// The file name a locality's page gets (without folder or extension): the code, with anything
// but ASCII letters, digits, '-' and '.' written as _XX (hex); "_" for no code.
std::string PageName(const std::string& code);

}  // namespace tuanthu
