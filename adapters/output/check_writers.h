// The check's text formats written as the check streams (CheckSink): JSON, CSV and the table,
// each locality as it arrives, so a national sweep is written in memory bounded by the number
// of localities whatever the number of findings. They write the same bytes as RenderJson,
// RenderCsv and RenderTable (which replay a collected result through them).
#pragma once

#include <memory>
#include <ostream>

#include "output/render.h"
#include "tuanthu/engine.h"

namespace tuanthu {

// The JSON contract of cli.md: as_of, then the findings as they arrive, then summary,
// localities (each locality's entry waits in a temporary file until the findings are written)
// and errors.
std::unique_ptr<CheckSink> NewJsonWriter(const RenderOptions& options, std::ostream& out);
// A header row, then one row per finding as it arrives.
std::unique_ptr<CheckSink> NewCsvWriter(const RenderOptions& options, std::ostream& out);
// The table. For more than one locality the summary of every locality's counts comes first, so
// the localities' sections are spooled to a temporary file until the end.
std::unique_ptr<CheckSink> NewTableWriter(const RenderOptions& options, std::ostream& out);

}  // namespace tuanthu
