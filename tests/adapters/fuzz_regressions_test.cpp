// Every input kept in fuzz/regressions/ (crashes and hangs the fuzzers found, and hand-made
// hard cases) replayed through the same target bodies the fuzzers run, in every build (also the
// sanitizer build of scripts/test.sh).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../../fuzz/targets.h"

namespace tuanthu::testing {
namespace {

namespace fs = std::filesystem;

int Replay(const std::string& target, int (*body)(const uint8_t*, size_t)) {
  const fs::path dir = fs::path(TUANTHU_SOURCE_DIR) / "fuzz" / "regressions" / target;
  int replayed = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string input = bytes.str();
    CAPTURE(entry.path().string());
    CHECK(body(reinterpret_cast<const uint8_t*>(input.data()), input.size()) == 0);
    ++replayed;
  }
  return replayed;
}

}  // namespace

TEST_CASE("fuzz regressions: the CSV reader") {
  CHECK(Replay("csv_reader", fuzz::FuzzCsvReader) > 0);
}
TEST_CASE("fuzz regressions: dates, numbers and values") {
  CHECK(Replay("values", fuzz::FuzzValues) > 0);
}
TEST_CASE("fuzz regressions: the JSON source") {
  CHECK(Replay("json_source", fuzz::FuzzJsonSource) > 0);
}
TEST_CASE("fuzz regressions: the workbook (.xlsx) reader") {
  CHECK(Replay("xlsx_reader", fuzz::FuzzXlsxReader) > 0);
}
TEST_CASE("fuzz regressions: pack loading") { CHECK(Replay("pack_load", fuzz::FuzzPackLoad) > 0); }

}  // namespace tuanthu::testing
