// The check command's report formats: which HTML (one page or a paged folder) and which
// workbook (a commune's own or the sweep's) a check gets, and what they are fed with besides the
// result (the localities table for the rollups' names, the previous recorded run for trends).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "history/history.h"
#include "tuanthu/engine.h"
#include "tuanthu/store.h"

namespace tuanthu::cli {

// True when `--format html --out PATH` writes the paged report into the folder PATH: PATH is a
// folder, ends with '/', or (for a check over more than one locality) does not end in .html/.htm.
bool WantsPagedHtml(const std::string& path, size_t localities);

// A check's html or xlsx report, written as the check streams: the paged site (html, --out a
// folder) and the sweep workbook (xlsx, more than one locality) locality by locality, the
// one-page report and a commune's own workbook from the whole result at the end.
class ReportSink : public CheckSink {
 public:
  // After the check: false when the report could not be written (why in the `error` given).
  virtual bool written() const = 0;
};

// `store` is the store the check reads (names of provinces); `history` its recorded runs (null
// when it has none), for the trend against the previous run; `err` gets the hints.
std::unique_ptr<ReportSink> NewReportWriter(const std::string& format, ActivityStore& store,
                                            History* history, Lang lang, const std::string& path,
                                            std::ostream& err, std::string* error);

}  // namespace tuanthu::cli
