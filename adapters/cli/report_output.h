// The check command's report formats: which HTML (one page or a paged folder) and which
// workbook (a commune's own or the sweep's) a check gets, and what they are fed with besides the
// result (the localities table for the rollups' names, the previous recorded run for trends).
#pragma once

#include <iosfwd>
#include <string>

#include "history/history.h"
#include "tuanthu/engine.h"
#include "tuanthu/store.h"

namespace tuanthu::cli {

// True when `--format html --out PATH` writes the paged report into the folder PATH: PATH is a
// folder, ends with '/', or (for a check over more than one locality) does not end in .html/.htm.
bool WantsPagedHtml(const std::string& path, size_t localities);

// Writes the html or xlsx report of `result` to `path`. Returns false (error in *error) when it
// cannot. `store` is the store the check read (names of provinces); `history` its recorded runs
// (null when it has none), for the trend against the previous run.
bool WriteReport(const std::string& format, const CheckResult& result, ActivityStore& store,
                 History* history, Lang lang, const std::string& path, std::ostream& err,
                 std::string* error);

}  // namespace tuanthu::cli
