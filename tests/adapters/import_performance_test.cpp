// A million rows, to check the import stays fast. Skipped by default; run it with
// `tuanthu_tests -tc='import performance*' --no-skip`.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "import/importer.h"
#include "import_test_util.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

TEST_CASE("import performance: a million rows" * doctest::skip()) {
  TempDir dir;
  WriteBase(dir);
  std::string units = std::string(kUnits);
  for (int i = 10; i < 110; ++i) {
    units += "U" + std::to_string(i) + ",00004,Đơn vị " + std::to_string(i) + ",department\n";
  }
  dir.Write("units.csv", units);
  constexpr int kDocuments = 600000;
  constexpr int kMeetings = 200000;
  constexpr int kDossiers = 200000;
  std::string text = "doc_id,unit_id,direction,doc_class,doc_type,date,electronic,secret,subject\n";
  for (int i = 0; i < kDocuments; ++i) {
    text += "D" + std::to_string(i) + ",U" + std::to_string(10 + i % 100) +
            ",outgoing,administrative,plan," + std::to_string(1 + i % 28) + "/" +
            std::to_string(1 + i % 12) + "/2026,1,0,\"Kế hoạch, số " + std::to_string(i) + "\"\n";
  }
  dir.Write("documents.csv", text);
  text = "meeting_id;unit_id;role;category;kind;start_date;duration_days;format;paperless\n";
  for (int i = 0; i < kMeetings; ++i) {
    text += "M" + std::to_string(i) + ";U" + std::to_string(10 + i % 100) +
            ";host;meeting;briefing;2026-06-0" + std::to_string(1 + i % 9) + ";0,5;online;có\n";
  }
  dir.Write("meetings.csv", text);
  text = "dossier_id,unit_id,received_date,due_date,resolved_date,digital_processing\n";
  for (int i = 0; i < kDossiers; ++i) {
    text += "H" + std::to_string(i) + ",U" + std::to_string(10 + i % 100) +
            ",2026-05-01,2026-05-10,2026-05-0" + std::to_string(1 + i % 9) + ",true\n";
  }
  dir.Write("dossiers.csv", text);
  text.clear();
  text.shrink_to_fit();

  Database db((dir.path() / "store.db").string());
  const auto start = std::chrono::steady_clock::now();
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText().substr(0, 2000));
  CHECK(CountRows(db, "documents") == kDocuments);
  CHECK(CountRows(db, "meetings") == kMeetings);
  CHECK(CountRows(db, "dossiers") == kDossiers);
  std::printf("imported %d rows in %.2f s\n", kDocuments + kMeetings + kDossiers, seconds);
  CHECK(seconds < 60);
}

}  // namespace
}  // namespace tuanthu::testing

namespace tuanthu::testing {
namespace {

TEST_CASE("import performance: a JSON file of 300 000 rows" * doctest::skip()) {
  TempDir dir;
  constexpr int kDocuments = 300000;
  std::string text =
      "{\n\"localities\": [{\"code\": \"00004\", \"name\": \"Ngọc Hà\", \"level\": "
      "\"ward\"}],\n\"units\": [{\"unit_id\": \"U1\", \"locality_code\": \"00004\", "
      "\"name\": \"UBND\", \"role\": \"committee\"}],\n\"documents\": [\n";
  for (int i = 0; i < kDocuments; ++i) {
    text += std::string(i ? ",\n" : "") + "  {\"doc_id\": \"D" + std::to_string(i) +
            "\", \"unit_id\": \"U1\", \"direction\": \"incoming\", \"doc_class\": \"other\", "
            "\"doc_type\": \"notice\", \"date\": \"2026-06-04\", \"electronic\": true, "
            "\"secret\": false, \"digitized\": null}";
  }
  text += "\n]}\n";
  const std::string file = dir.Write("data.json", text);
  Database db((dir.path() / "store.db").string());
  const auto start = std::chrono::steady_clock::now();
  const ImportResult result = ImportDataSet(file, db, {});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText().substr(0, 2000));
  CHECK(CountRows(db, "documents") == kDocuments);
  std::printf("imported %d JSON rows in %.2f s\n", kDocuments, seconds);
}

}  // namespace
}  // namespace tuanthu::testing
