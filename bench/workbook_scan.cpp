// Reads every row of every sheet of a workbook through the streaming reader and prints the rows,
// cells, time and peak memory: the reader's own cost, without the importer and the store.
//   build/tuanthu_bench_workbook_scan FILE.xlsx
#include <sys/resource.h>

#include <chrono>
#include <cstdio>

#include "ooxml/workbook.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: tuanthu_bench_workbook_scan FILE.xlsx\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  tuanthu::ooxml::Error error;
  auto book = tuanthu::ooxml::Workbook::Open(argv[1], &error);
  if (book == nullptr) {
    std::fprintf(stderr, "%s\n", tuanthu::ooxml::Describe(error, tuanthu::Lang::kEn).c_str());
    return 2;
  }
  long long rows = 0, cells = 0;
  for (const tuanthu::ooxml::SheetInfo& sheet : book->sheets()) {
    auto reader = book->ReadSheet(sheet, &error);
    if (reader == nullptr) {
      std::fprintf(stderr, "%s\n", tuanthu::ooxml::Describe(error, tuanthu::Lang::kEn).c_str());
      return 2;
    }
    tuanthu::ooxml::SheetRow row;
    tuanthu::ooxml::SheetReader::Status status;
    while ((status = reader->Next(&row, &error)) == tuanthu::ooxml::SheetReader::Status::kRow) {
      ++rows;
      cells += static_cast<long long>(row.cells.size());
    }
    if (status == tuanthu::ooxml::SheetReader::Status::kError) {
      std::fprintf(stderr, "%s\n", tuanthu::ooxml::Describe(error, tuanthu::Lang::kEn).c_str());
      return 2;
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%lld rows, %lld cells, %.1f s, peak %ld MiB\n", rows, cells, seconds,
              usage.ru_maxrss / 1024);
  return 0;
}
