// Bulk import into an empty SQLite store: valid rows of the activity tables are written on a
// thread of their own (import/write_behind.h) and SQLite's per-row foreign-key look-up is left
// to the importer's own reference checks. Whatever goes wrong on that path must be reported
// exactly as the row-by-row import reports it, and the store must end as consistent.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "import/importer.h"
#include "import/write_behind.h"
#include "import_test_util.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

constexpr std::string_view kDocumentsHeader =
    "doc_id,unit_id,direction,doc_class,doc_type,date,electronic,secret\n";
// More rows than the writer takes at once, so that several batches are in flight.
constexpr int kDocuments = 3 * static_cast<int>(importing::WriteBehind::kRowsPerBatch) + 17;

std::string JuneDay(int day) {
  return "2026-06-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
}

std::string DocumentRow(const std::string& id, const std::string& unit, int day) {
  return id + "," + unit + ",outgoing,administrative,plan," + JuneDay(day) + "," +
         std::to_string(day % 2) + ",0\n";
}

// kDocuments rows D0... on U1 and U2; `line_of_repeat` (when > 0) repeats D0's id instead.
std::string Documents(int line_of_repeat = 0) {
  std::string text(kDocumentsHeader);
  for (int i = 0; i < kDocuments; ++i) {
    const int line = i + 2;
    const std::string id = line == line_of_repeat ? "D0" : "D" + std::to_string(i);
    text += DocumentRow(id, i % 3 == 0 ? "U2" : "U1", 1 + i % 28);
  }
  return text;
}

// All or nothing, or (`keep`) keeping the good rows; messages in English.
ImportResult ImportKeeping(const TempDir& dir, Database& db, bool keep) {
  ImportOptions options = English();
  options.keep_good_rows = keep;
  return ImportDataSet(dir.str(), db, options);
}

int64_t Pragma(Database& db, const std::string& name) {
  Statement pragma = db.Prepare("PRAGMA " + name);
  return pragma.Step() ? pragma.Int(0) : -1;
}

// The rows `PRAGMA foreign_key_check` finds: references to rows that do not exist.
int64_t DanglingReferences(Database& db) {
  Statement check = db.Prepare("PRAGMA foreign_key_check");
  int64_t rows = 0;
  while (check.Step()) ++rows;
  return rows;
}

TEST_CASE("import write-behind: every row of many batches is stored, as written") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("documents.csv", Documents());
  Database db((dir.path() / "store.db").string());
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(result.counts.at("documents").imported == kDocuments);
  CHECK(CountRows(db, "documents") == kDocuments);
  // In file order, each with its own values.
  CHECK(QueryText(db,
                  "SELECT group_concat(doc_id) FROM (SELECT doc_id FROM documents "
                  "ORDER BY rowid LIMIT 3)") == "D0,D1,D2");
  CHECK(QueryText(db,
                  "SELECT doc_id || ' ' || unit_id || ' ' || date || ' ' || electronic "
                  "FROM documents ORDER BY rowid DESC LIMIT 1") ==
        "D" + std::to_string(kDocuments - 1) + " U1 " + JuneDay(1 + (kDocuments - 1) % 28) + " " +
            std::to_string((1 + (kDocuments - 1) % 28) % 2));
  CHECK(QueryText(db, "SELECT count(*) FROM documents WHERE unit_id = 'U2'") ==
        std::to_string((kDocuments + 2) / 3));
  CHECK(DanglingReferences(db) == 0);
  CHECK(Pragma(db, "foreign_keys") == 1);  // the connection's setting is back
}

TEST_CASE("import write-behind: a repeated id found by the writer is reported as row by row") {
  TempDir dir;
  WriteBase(dir);
  // Line 5000 repeats the id of line 2, in a batch long after the first one was written.
  const std::string file = dir.Write("documents.csv", Documents(5000));
  for (bool keep : {false, true}) {
    CAPTURE(keep);
    Database db((dir.path() / ("store-" + std::to_string(keep) + ".db")).string());
    const ImportResult result = ImportKeeping(dir, db, keep);
    REQUIRE_MESSAGE(result.errors.size() == 1, result.ErrorsText());
    CHECK(result.errors[0].file == file);
    CHECK(result.errors[0].line == 5000);
    CHECK(result.errors[0].column == 1);
    CHECK(result.errors[0].value == "D0");
    CHECK(result.errors[0].message ==
          "duplicate doc_id: already used on line 2; each doc_id must be unique in its table");
    CHECK(result.committed == keep);
    CHECK(result.counts.at("documents").read == kDocuments);
    CHECK(result.counts.at("documents").rejected == 1);
    CHECK(result.counts.at("documents").imported == (keep ? kDocuments - 1 : 0));
    CHECK(CountRows(db, "documents") == (keep ? kDocuments - 1 : 0));
    CHECK(CountRows(db, "units") == (keep ? 3 : 0));
    CHECK(QueryText(db, "SELECT date FROM documents WHERE doc_id = 'D0'") ==
          (keep ? "2026-06-01" : "<no row>"));
    CHECK(Pragma(db, "foreign_keys") == 1);
  }
}

TEST_CASE("import write-behind: references are checked without SQLite's own check") {
  TempDir dir;
  WriteBase(dir);
  // U2 is rejected (an unknown role); U9 does not exist at all.
  dir.Write("units.csv",
            "unit_id,locality_code,name,role\n"
            "U1,00004,UBND phường Ngọc Hà,committee\n"
            "U2,00004,Văn phòng,no-such-role\n");
  std::string documents = Documents();
  documents += DocumentRow("DX", "U9", 3);
  dir.Write("documents.csv", documents);
  for (bool keep : {false, true}) {
    CAPTURE(keep);
    Database db((dir.path() / ("store-" + std::to_string(keep) + ".db")).string());
    const ImportResult result = ImportKeeping(dir, db, keep);
    // The unknown unit and the bad role (errors sort by file); the rows on the rejected U2
    // follow from it (in the rejects file only, with keep_good_rows).
    REQUIRE_MESSAGE(result.errors.size() == 2, result.ErrorsText());
    CHECK(result.errors[0].line == kDocuments + 2);
    CHECK(result.errors[0].value == "U9");
    CHECK(result.errors[1].column_name == "role");
    CHECK(result.committed == keep);
    const int64_t on_u2 = (kDocuments + 2) / 3;
    CHECK(result.counts.at("documents").rejected == (keep ? on_u2 + 1 : 1));
    CHECK(CountRows(db, "documents") == (keep ? kDocuments - on_u2 : 0));
    CHECK(QueryText(db, "SELECT count(*) FROM documents WHERE unit_id <> 'U1'") == "0");
    CHECK(DanglingReferences(db) == 0);
    CHECK(Pragma(db, "foreign_keys") == 1);
  }
}

TEST_CASE("import write-behind: a new store that rolls back to run again is not left corrupt") {
  // `tuanthu import` builds a new store in a file of its own. A repeated id at the end of a
  // table larger than the import's page cache (64 MiB) makes SQLite write pages of that file
  // before the rollback that precedes the row-by-row run: the rollback must still restore it.
  TempDir dir;
  WriteBase(dir);
  constexpr int kRows = 320000;
  const std::string subject(200, 'x');
  std::string text = "doc_id,unit_id,direction,doc_class,doc_type,date,electronic,secret,subject\n";
  text.reserve(static_cast<size_t>(kRows) * 270);
  for (int i = 0; i < kRows; ++i) {
    text += "D" + std::to_string(i) + ",U1,outgoing,administrative,plan,2026-06-01,1,0," + subject +
            "\n";
  }
  text += "D0,U2,incoming,administrative,plan,2026-06-02,1,0,\n";
  dir.Write("documents.csv", text);
  text.clear();
  text.shrink_to_fit();
  const std::string store = (dir.path() / "store.db").string();
  std::ostringstream out, err;
  const int status = cli::Dispatch(
      {"import", "--data", dir.str(), "--db", store, "--lang", "en", "--quiet"}, out, err);
  CHECK(status == 2);
  CHECK_MESSAGE(err.str().find("documents.csv:" + std::to_string(kRows + 2) +
                               ":1: column 'doc_id', value 'D0': duplicate doc_id: already used "
                               "on line 2") != std::string::npos,
                err.str().substr(0, 2000));
  CHECK(err.str().find("Nothing imported") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(store + ".importing"));
  Database db(store);
  CHECK(QueryText(db, "PRAGMA integrity_check") == "ok");
  CHECK(CountRows(db, "documents") == 0);
}

}  // namespace
}  // namespace tuanthu::testing
