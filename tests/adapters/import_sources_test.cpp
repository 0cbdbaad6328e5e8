// Import from a JSON file and from a SQLite database.
#include <doctest/doctest.h>

#include "import/importer.h"
#include "import_test_util.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

void CheckIssue(const ImportIssue& issue, const std::string& file, int64_t line, int column,
                const std::string& column_name, const std::string& value) {
  CHECK(issue.file == file);
  CHECK(issue.line == line);
  CHECK(issue.column == column);
  CHECK(issue.column_name == column_name);
  CHECK(issue.value == value);
}

TEST_CASE("import json: tables in any order, strings, numbers, booleans and null") {
  TempDir dir;
  const std::string file = dir.Write("data.json", R"({
  "units": [
    {"unit_id": "U1", "locality_code": "00004", "name": "UBND", "role": "committee"},
    {
      "unit_id": "U2",
      "locality_code": "00004",
      "name": "Văn phòng",
      "role": "Office"
    }
  ],
  "localities": [
    {"code": "00004", "name": "Phường Ngọc Hà", "level": "ward", "parent_code": null}
  ],
  "documents": [
    {"doc_id": 7, "unit_id": "U1", "direction": "incoming", "doc_class": "other",
     "doc_type": "notice", "date": "04/06/2026", "electronic": true, "secret": false,
     "digitized": null, "extra": {"a": [1, 2]}}
  ],
  "meetings": [
    {"meeting_id": "M1", "unit_id": "U1", "role": "host", "category": "meeting",
     "kind": "other", "start_date": "2026-06-01", "duration_days": 0.5, "format": "online",
     "total_minutes": 90, "discussion_minutes": 30, "paperless": 1}
  ],
  "feedback": null,
  "notes": "not a table"
})");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(file, db, {});
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(result.counts.at("units").imported == 2);
  CHECK(QueryText(db, "SELECT role FROM units WHERE unit_id = 'U2'") == "office");
  CHECK(QueryText(db,
                  "SELECT doc_id || ' ' || date || ' ' || electronic || ' ' || secret || ' ' "
                  "|| quote(digitized) FROM documents") == "7 2026-06-04 1 0 NULL");
  CHECK(QueryText(db,
                  "SELECT duration_days || ' ' || total_minutes || ' ' || paperless FROM "
                  "meetings") == "0.5 90 1");
}

TEST_CASE("import json: errors give the line of the row's object and the key's position") {
  TempDir dir;
  const std::string file = dir.Write("data.json", R"({
  "localities": [
    {"code": "00004", "name": "P", "level": "ward"}
  ],
  "units": [
    {"unit_id": "U1", "locality_code": "00004", "name": "UBND", "role": "committee"},
    {
      "unit_id": "U2",
      "name": "Văn phòng",
      "locality_code": "00004",
      "role": "boss"
    },
    {"unit_id": "U3", "locality_code": "00004", "name": ["x"], "role": "office"},
    "U4",
    {"unit_id": "U5", "locality_code": "00004", "name": "N", "role": "office", "unit_id": "U6"},
    {"unit_id": "U7", "locality_code": "00004", "role": "office"}
  ]
})");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(file, db, English());
  REQUIRE_MESSAGE(result.errors.size() == 5, result.ErrorsText());
  CheckIssue(result.errors[0], file, 7, 4, "role", "boss");
  CheckIssue(result.errors[1], file, 13, 3, "name", "");
  CHECK(result.errors[1].message == "the value must be a string, a number, true/false or null");
  CheckIssue(result.errors[2], file, 14, 0, "", "");
  CHECK(result.errors[2].message == "each row must be an object { \"column\": value, ... }");
  CheckIssue(result.errors[3], file, 15, 5, "unit_id", "");
  CHECK(result.errors[3].message == "key 'unit_id' appears twice in the row; keep one");
  CheckIssue(result.errors[4], file, 16, 0, "name", "");
  CHECK(result.errors[4].message == "required value is empty; enter a value");
  CHECK(result.counts.at("units").read == 6);
  CHECK(CountRows(db, "units") == 0);
}

TEST_CASE("import json: syntax errors and tables that are not arrays") {
  TempDir dir;
  std::string file = dir.Write("bad.json",
                               "{\n"
                               "  \"localities\": [\n"
                               "    {\"code\": \"1\",, \"name\": \"x\"}\n"
                               "  ]\n"
                               "}\n");
  Database db(":memory:");
  ImportResult result = ImportDataSet(file, db, English());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].file == file);
  CHECK(result.errors[0].line == 3);
  CHECK(result.errors[0].message.find("invalid JSON (") == 0);
  CHECK_FALSE(result.committed);

  file = dir.Write("object.json",
                   "{\"localities\": {\"code\": \"1\"},\n"
                   " \"units\": []}");
  result = ImportDataSet(file, db, English());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 1);
  CHECK(result.errors[0].message ==
        "table 'localities' must be an array of objects [ {...}, ... ]");

  file = dir.Write("array.json", "[1, 2]");
  result = ImportDataSet(file, db, English());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message ==
        "the JSON file must be an object { \"table\": [ {...}, ... ] }");

  // Named otherwise, a file that starts with `{` is still JSON; required tables are required.
  file = dir.Write("export.txt", "\xEF\xBB\xBF  {\"units\": []}");
  result = ImportDataSet(file, db, English());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message == "missing required table 'localities'; add it to the data");
}

TEST_CASE("import sqlite: tables of the same names, errors by rowid") {
  TempDir dir;
  const std::string source = (dir.path() / "source.db").string();
  {
    Database src(source);
    src.Exec(
        "CREATE TABLE localities (code TEXT, name TEXT, level TEXT, parent_code TEXT, note "
        "TEXT);"
        "INSERT INTO localities (code, name, level) VALUES ('00004', 'Phường Ngọc Hà', 'ward');"
        "CREATE TABLE units (\"Mã đơn vị\" TEXT, locality_code TEXT, name TEXT, role TEXT);"
        "INSERT INTO units VALUES ('U1', '00004', 'UBND', 'committee');"
        "INSERT INTO units (rowid, \"Mã đơn vị\", locality_code, name, role) "
        "  VALUES (7, 'U2', '00004', 'Văn phòng', 'boss');"
        "CREATE TABLE meetings (meeting_id TEXT, unit_id TEXT, role TEXT, category TEXT, kind "
        "TEXT, start_date TEXT, duration_days REAL, format TEXT, paperless INTEGER, "
        "total_minutes INTEGER, attended TEXT);"
        "INSERT INTO meetings VALUES ('M1', 'U1', 'host', 'meeting', 'other', '01/06/2026', 0.5, "
        "'online', 1, 120, NULL);"
        "CREATE TABLE schedules (locality_code TEXT, week_start TEXT, published_date TEXT, "
        "PRIMARY KEY (locality_code, week_start)) WITHOUT ROWID;"
        "INSERT INTO schedules VALUES ('00004', '2026-06-02', '2026-05-29');"
        "CREATE TABLE something_else (x);");
  }
  REQUIRE(IsSqliteFile(source));
  Database db(":memory:");
  ImportResult result = ImportDataSet(source, db, English());
  REQUIRE_MESSAGE(result.errors.size() == 2, result.ErrorsText());
  CheckIssue(result.errors[0], source + "#schedules", 1, 2, "week_start", "2026-06-02");
  CheckIssue(result.errors[1], source + "#units", 7, 4, "role", "boss");

  {
    Database src(source);
    src.Exec(
        "UPDATE units SET role = 'office' WHERE rowid = 7;"
        "UPDATE schedules SET week_start = '2026-06-01'");
  }
  result = ImportDataSet(source, db, English());
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(result.counts.at("units").imported == 2);
  CHECK(QueryText(db,
                  "SELECT start_date || ' ' || duration_days || ' ' || paperless || ' ' || "
                  "total_minutes || ' ' || quote(attended) FROM meetings") ==
        "2026-06-01 0.5 1 120 NULL");
}

TEST_CASE("import sqlite: the store cannot import itself") {
  TempDir dir;
  const std::string store = (dir.path() / "store.db").string();
  Database db(store);
  db.EnsureSchema();
  const ImportResult result = ImportDataSet(store, db, English());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message ==
        "the data set is the store being written; choose another SQLite file");
}

}  // namespace
}  // namespace tuanthu::testing
