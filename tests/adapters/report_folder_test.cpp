// The folder of a paged report written again: the pages of communes and provinces no longer in
// the report go, files tuanthu did not write stay, and a folder holding someone else's files is
// refused (in the user's language) before anything is checked or written.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "output/html_site.h"
#include "output/site_folder.h"
#include "report_test_util.h"

namespace tuanthu::report_test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kData = "data/province-sweep";

// Every file under `dir`, relative, '/'-separated.
std::set<std::string> Files(const fs::path& dir) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.insert(fs::relative(entry.path(), dir).generic_string());
  }
  return files;
}

CommandRun Report(const std::string& out, const std::string& extra) {
  return Tuanthu("check --data " + std::string(kData) +
                 " --as-of 2026-11-24 --fail-on never --format html --out " + Quote(out) + " " +
                 extra);
}

}  // namespace

TEST_CASE("report folder: a report written again removes the pages it no longer has") {
  ScratchDir scratch("folder");
  const std::string site = scratch / "site";
  const CommandRun first = Report(site + "/", "--province 01 --province 12");
  INFO(first.err);
  REQUIRE(first.status == 0);
  const std::set<std::string> before = Files(site);
  CHECK(before.count("c/00004.html") == 1);
  CHECK(before.count("c/03199.html") == 1);
  CHECK(before.count("p/01.html") == 1);
  CHECK(before.count("p/12.html") == 1);
  CHECK(before.count(kSiteManifest) == 1);
  // The manifest lists every file the report wrote, and only those.
  std::set<std::string> listed;
  {
    std::istringstream manifest(ReadFile(site + "/" + kSiteManifest));
    for (std::string line; std::getline(manifest, line);) {
      if (!line.empty() && line[0] != '#') listed.insert(line);
    }
  }
  std::set<std::string> expected = before;
  expected.erase(kSiteManifest);
  CHECK(listed == expected);

  // Someone's own notes in the folder, and a page of theirs under c/.
  WriteFile(site + "/ghi-chu.txt", "ghi chú của thanh tra");
  WriteFile(site + "/c/cua-toi.html", "<html><body>trang tự làm</body></html>");

  SUBCASE("the same folder, other provinces: the earlier pages go, the notes stay") {
    const CommandRun second = Report(site, "--province 12 --province 20");
    INFO(second.err);
    REQUIRE(second.status == 0);
    const std::set<std::string> after = Files(site);
    CHECK(after.count("c/00004.html") == 0);  // Hà Nội's commune, no longer reported
    CHECK(after.count("p/01.html") == 0);
    CHECK(after.count("c/03199.html") == 1);
    CHECK(after.count("p/12.html") == 1);
    CHECK(after.count("p/20.html") == 1);
    CHECK(after.count("ghi-chu.txt") == 1);
    CHECK(after.count("c/cua-toi.html") == 1);
    CHECK(ReadFile(site + "/ghi-chu.txt") == "ghi chú của thanh tra");
    // No link of the index leads to a missing page.
    const std::string index = ReadFile(site + "/index.html");
    CHECK(index.find("p/01.html") == std::string::npos);
    CHECK(index.find("p/20.html") != std::string::npos);
    const std::string manifest = ReadFile(site + "/" + kSiteManifest);
    CHECK(manifest.find("c/00004.html") == std::string::npos);
    CHECK(manifest.find("ghi-chu.txt") == std::string::npos);
    CHECK(manifest.find("p/20.html") != std::string::npos);
  }

  SUBCASE("a report by a version without a manifest is tidied the same way") {
    fs::remove(site + "/ghi-chu.txt");
    fs::remove(site + "/c/cua-toi.html");
    fs::remove(site + "/" + kSiteManifest);
    const CommandRun second = Report(site, "--province 20");
    INFO(second.err);
    REQUIRE(second.status == 0);
    const std::set<std::string> after = Files(site);
    CHECK(after.count("c/00004.html") == 0);
    CHECK(after.count("c/03199.html") == 0);
    CHECK(after.count("p/20.html") == 1);
    CHECK(after.count(kSiteManifest) == 1);
  }

  SUBCASE("without a manifest, someone else's files make the folder refused, nothing written") {
    fs::remove(site + "/" + kSiteManifest);
    const std::set<std::string> held = Files(site);
    const CommandRun refused = Report(site, "--province 20");
    CHECK(refused.status == 2);
    CHECK(refused.err.find("không phải do tuanthu ghi") != std::string::npos);
    CHECK(refused.err.find("ghi-chu.txt") != std::string::npos);
    CHECK(refused.err.find("c/cua-toi.html") != std::string::npos);
    CHECK(Files(site) == held);
    const CommandRun english = Report(site, "--province 20 --lang en");
    CHECK(english.status == 2);
    CHECK(english.err.find("holds files tuanthu did not write") != std::string::npos);
    CHECK(Files(site) == held);
  }
}

TEST_CASE("report folder: an empty or absent folder is written, a folder of other files is not") {
  ScratchDir scratch("folder-new");
  const std::string empty = scratch / "empty";
  fs::create_directories(empty);
  const CommandRun into_empty = Report(empty, "");
  INFO(into_empty.err);
  CHECK(into_empty.status == 0);
  CHECK(fs::exists(empty + "/index.html"));

  const std::string documents = scratch / "documents";
  fs::create_directories(documents + "/2025");
  WriteFile(documents + "/2025/bao-cao.docx", "x");
  WriteFile(documents + "/index.html", "<html>not a report</html>");
  const CommandRun refused = Report(documents, "");
  CHECK(refused.status == 2);
  CHECK(refused.err.find("2025") != std::string::npos);
  CHECK(Files(documents) == std::set<std::string>{"2025/bao-cao.docx", "index.html"});

  std::string error;
  CHECK(CanWriteSite(scratch / "absent", Lang::kVi, &error));
  CHECK_FALSE(CanWriteSite(documents, Lang::kEn, &error));
  CHECK(error.find("index.html") != std::string::npos);  // no tuanthu mark: not ours
}

TEST_CASE("report folder: the names a report writes") {
  CHECK(site::IsReportFileName("index.html"));
  CHECK(site::IsReportFileName("style.css"));
  CHECK(site::IsReportFileName("c/03199.html"));
  CHECK(site::IsReportFileName("p/_.html"));
  CHECK(site::IsReportFileName("c/A_2FB.html.tmp"));
  CHECK_FALSE(site::IsReportFileName("c/../x.html"));
  CHECK_FALSE(site::IsReportFileName("c/sub/x.html"));
  CHECK_FALSE(site::IsReportFileName("notes.txt"));
  CHECK_FALSE(site::IsReportFileName("c/.html"));
  CHECK_FALSE(site::IsReportFileName("d/x.html"));
}

}  // namespace tuanthu::report_test
