// End-to-end: a store of many localities (bench/generate_national.py at a small scale) checked
// on one thread and on several, in full and for one locality or province.
#include <doctest/doctest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "run_tool.h"

namespace tuanthu::testing {
namespace {

std::filesystem::path& TempDirPath() {
  static std::filesystem::path path;
  return path;
}

// 33 localities in one province, about 240,000 records; built once per test binary run.
const std::string& GeneratedStore() {
  static std::unique_ptr<TestStore> store;
  static const std::string path = [] {
    const auto dir = TempDir("scale");
    TempDirPath() = dir;
    const std::string data = (dir / "data").string();
    const CommandRun generated =
        Shell("python3 " + Quote(std::string(TUANTHU_SOURCE_DIR) + "/bench/generate_national.py") +
              " " + Quote(data) + " --scale 0.01 --volume 0.3");
    REQUIRE_MESSAGE(generated.status == 0, generated.err);
    store = std::make_unique<TestStore>(dir, "store.db");
    const ToolRun imported =
        Tool("import --quiet --data " + Quote(data) + " --db " + Quote(store->uri()));
    REQUIRE_MESSAGE(imported.status == 0, imported.err);
    std::atexit([] { std::filesystem::remove_all(TempDirPath()); });
    return store->uri();
  }();
  return path;
}

std::string Check(const std::string& extra) {
  const ToolRun run = Tool("check --data " + Quote(GeneratedStore()) +
                           " --as-of 2026-11-24 --fail-on never " + extra);
  REQUIRE_MESSAGE(run.status == 0, run.err);
  return run.out;
}

nlohmann::json FindingsOf(const nlohmann::json& findings, const std::string& locality) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : findings) {
    if (f["locality"] == locality) out.push_back(f);
  }
  return out;
}

}  // namespace

TEST_CASE("scale: one thread and four give byte-identical output in every streamed format") {
  for (const char* format : {"json", "csv", "table"}) {
    CAPTURE(format);
    const std::string one = Check(std::string("--threads 1 --format ") + format);
    const std::string four = Check(std::string("--threads 4 --format ") + format);
    CHECK(one == four);
    CHECK(one.size() > 1000);
  }
  // Each locality with one pack as well as each with its own.
  CHECK(Check("--threads 1 --format json --pack vn/lai-chau/si-lo-lau --include-pass") ==
        Check("--threads 3 --format json --pack vn/lai-chau/si-lo-lau --include-pass"));
}

TEST_CASE("scale: --locality gives exactly the full sweep's findings for that locality") {
  const auto sweep = nlohmann::json::parse(Check("--format json --include-pass"));
  for (const char* code : {"00001", "00017", "00033"}) {
    CAPTURE(code);
    const auto one = nlohmann::json::parse(
        Check(std::string("--format json --include-pass --locality ") + code));
    const auto expected = FindingsOf(sweep["findings"], code);
    CHECK(expected.size() > 0);
    CHECK(one["findings"] == expected);
  }
  // A province is every locality of it: here all of them.
  const auto province = nlohmann::json::parse(Check("--format json --include-pass --province 01"));
  CHECK(province["findings"] == sweep["findings"]);
}

}  // namespace tuanthu::testing
