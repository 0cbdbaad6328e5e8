// The PostgreSQL store against a real server: the schema and its version, COPY import with the
// importer's located errors, resubmission of one locality, a connection lost mid-import, and the
// one snapshot a check reads while submissions land.
#include <doctest/doctest.h>

#include <filesystem>

#include "../support/pg.h"
#include "import/importer.h"
#include "import_test_util.h"
#include "store/postgres_activity_store.h"
#include "store/postgres_import.h"
#include "store/postgres_schema.h"

namespace tuanthu::testing {
namespace {

const std::string kData = std::string(TUANTHU_SOURCE_DIR) + "/data/";

int64_t PgCount(pg::Connection& connection, const std::string& sql) {
  return connection.Query(sql).Int(0, 0);
}

ImportResult ImportInto(const std::string& uri, const std::string& path,
                        ImportOptions options = {}) {
  pg::Connection connection(uri);
  pg::PgImportTarget target(connection);
  return ImportDataSet(path, target, options);
}

// A copy of a sample data set, to be altered by a test.
void CopyDataSet(const std::string& name, const TempDir& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(kData + name)) {
    std::filesystem::copy(entry.path(), dir.path() / entry.path().filename());
  }
}

// Drops the data rows of `file` after the first `keep`.
void Truncate(const TempDir& dir, const std::string& file, size_t keep) {
  const std::string text = dir.Read(file);
  size_t pos = 0;
  for (size_t line = 0; line <= keep && pos != std::string::npos; ++line) {
    pos = text.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  dir.Write(file, text.substr(0, pos));
}

struct Counter final : RecordVisitor {
  int64_t meetings = 0;
  void OnMeeting(const StoredMeeting&) override { ++meetings; }
};

struct MeetingCapture final : RecordVisitor {
  std::vector<StoredMeeting> meetings;
  std::vector<std::string> texts;  // id, kind and format of each, kept past the scan
  int throw_at = -1;
  void OnMeeting(const StoredMeeting& m) override {
    if (static_cast<int>(meetings.size()) == throw_at) throw std::runtime_error("rule failed");
    meetings.push_back(m);
    texts.push_back(std::string(m.id) + "|" + std::string(m.kind) + "|" + std::string(m.format));
  }
};

ScanRequest WholeTable(ActivityTable table) {
  ScanRequest request;
  request.table = table;
  request.from = *Date::ParseIso("1900-01-01");
  request.to = *Date::ParseIso("2100-01-01");
  return request;
}

}  // namespace

TEST_CASE(
    "postgres: a scan reads back every stored value exactly: old dates, fractions, negative and "
    "missing numbers, Unicode text") {
  PgTestDatabase database("scan_values");
  REQUIRE(ImportInto(database.uri(), kData + "si-lo-lau").ok());
  pg::Connection connection(database.uri());
  connection.Exec(
      "UPDATE meetings SET start_date = '1999-12-31', duration_days = 0.25, paperless = NULL, "
      "attended = TRUE, materials_sent_date = '1970-01-01', total_minutes = -9000000000, "
      "discussion_minutes = NULL, format = 'online' WHERE meeting_id = 'SLL-M0001'");
  connection.Query("UPDATE meetings SET kind = ? WHERE meeting_id = 'SLL-M0001'",
                   {std::string("Hội nghị\ttrực tuyến\nđợt 2 \\ \"x\"")});
  connection.Exec(
      "UPDATE meetings SET start_date = '2026-02-28', duration_days = 1e-3, paperless = FALSE, "
      "attended = NULL, materials_sent_date = NULL, total_minutes = 0, "
      "discussion_minutes = 2147483648 WHERE meeting_id = 'SLL-M0002'");

  pg::PgActivityStore store(database.uri());
  REQUIRE(store.HasActivityData());
  MeetingCapture capture;
  ScanRequest request = WholeTable(ActivityTable::kMeetings);
  request.localities = {"03199"};
  store.Scan(request, capture);
  const int64_t stored = PgCount(connection, "SELECT count(*) FROM meetings");
  REQUIRE(static_cast<int64_t>(capture.meetings.size()) == stored);
  bool seen_first = false, seen_second = false;
  for (size_t i = 0; i < capture.meetings.size(); ++i) {
    const StoredMeeting& m = capture.meetings[i];
    if (capture.texts[i].rfind("SLL-M0001|", 0) == 0) {
      seen_first = true;
      CHECK(capture.texts[i] == "SLL-M0001|Hội nghị\ttrực tuyến\nđợt 2 \\ \"x\"|online");
      CHECK(m.start == *Date::ParseIso("1999-12-31"));
      CHECK(m.duration_days == 0.25);
      CHECK_FALSE(m.paperless.has_value());
      CHECK(m.attended == std::optional<bool>(true));
      CHECK(m.materials_sent == Date::ParseIso("1970-01-01"));
      CHECK(m.total_minutes == std::optional<int64_t>(-9000000000));
      CHECK_FALSE(m.discussion_minutes.has_value());
    } else if (capture.texts[i].rfind("SLL-M0002|", 0) == 0) {
      seen_second = true;
      CHECK(m.start == *Date::ParseIso("2026-02-28"));
      CHECK(m.duration_days == 1e-3);
      CHECK(m.paperless == std::optional<bool>(false));
      CHECK_FALSE(m.attended.has_value());
      CHECK_FALSE(m.materials_sent.has_value());
      CHECK(m.total_minutes == std::optional<int64_t>(0));
      CHECK(m.discussion_minutes == std::optional<int64_t>(2147483648));
    }
  }
  CHECK(seen_first);
  CHECK(seen_second);

  // The period bounds the scan: the row moved to 1999 falls outside 2025-2026.
  MeetingCapture recent;
  request.from = *Date::ParseIso("2025-01-01");
  store.Scan(request, recent);
  CHECK(static_cast<int64_t>(recent.meetings.size()) == stored - 1);
  MeetingCapture elsewhere;
  request.localities = {"NOT-A-LOCALITY'; DROP TABLE meetings; --"};
  store.Scan(request, elsewhere);
  CHECK(elsewhere.meetings.empty());
  CHECK(PgCount(connection, "SELECT count(*) FROM meetings") == stored);
}

TEST_CASE(
    "postgres: a failure while a scan streams leaves the reader usable, and a date it "
    "cannot read is named") {
  PgTestDatabase database("scan_failure");
  REQUIRE(ImportInto(database.uri(), kData + "si-lo-lau").ok());
  pg::PgActivityStore store(database.uri());
  REQUIRE(store.HasActivityData());
  MeetingCapture failing;
  failing.throw_at = 3;
  CHECK_THROWS_WITH_AS(store.Scan(WholeTable(ActivityTable::kMeetings), failing), "rule failed",
                       std::runtime_error);
  MeetingCapture again;
  store.Scan(WholeTable(ActivityTable::kMeetings), again);
  pg::Connection connection(database.uri());
  CHECK(static_cast<int64_t>(again.meetings.size()) ==
        PgCount(connection, "SELECT count(*) FROM meetings"));

  connection.Exec("UPDATE feedback SET due_date = 'infinity' WHERE feedback_id = 'SLL-F0002'");
  struct Feedback final : RecordVisitor {
    void OnFeedback(const StoredFeedback&) override {}
  } visitor;
  pg::PgActivityStore fresh(database.uri());
  REQUIRE(fresh.HasActivityData());
  CHECK_THROWS_WITH_AS(fresh.Scan(WholeTable(ActivityTable::kFeedback), visitor),
                       doctest::Contains("feedback.due_date"), StoreError);

  // A reader whose connection was cut says so on its next scan, and delivers nothing.
  const std::string pid(fresh.connection().Query("SELECT pg_backend_pid()").Text(0, 0));
  connection.Query("SELECT pg_terminate_backend(?::int, 10000)", {pid});
  MeetingCapture after_cut;
  try {
    fresh.Scan(WholeTable(ActivityTable::kMeetings), after_cut);
    FAIL("a scan whose connection is cut must fail");
  } catch (const pg::PgError& e) {
    CHECK(e.connection_lost());
  }
  CHECK(after_cut.meetings.empty());
}

TEST_CASE(
    "postgres: the schema is made on first use, versioned, and every table has its locality") {
  PgTestDatabase database("schema");
  pg::Connection connection(database.uri());
  CHECK_FALSE(pg::HasSchema(connection));
  pg::EnsureSchema(connection);
  pg::EnsureSchema(connection);  // idempotent
  CHECK(
      connection.Query("SELECT value FROM tuanthu_meta WHERE key = 'schema_version'").Text(0, 0) ==
      std::to_string(pg::kSchemaVersion));
  for (const TableSpec& table : DataModel()) {
    if (table.name == "localities") continue;
    CAPTURE(table.name);
    // The distribution column of each table of activity data leads its primary key.
    const pg::Result key = connection.Query(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = i.indkey[0] WHERE i.indrelid = ?::regclass AND i.indisprimary",
        {table.name});
    REQUIRE(key.Rows() == 1);
    CHECK(key.Text(0, 0) == "locality_code");
  }
  connection.Exec("UPDATE tuanthu_meta SET value = '99' WHERE key = 'schema_version'");
  try {
    pg::EnsureSchema(connection);
    FAIL("a newer schema must not be read");
  } catch (const StoreError& e) {
    CHECK(std::string(e.what()).find("version 99") != std::string::npos);
    CHECK(std::string(e.what()).find("upgrade tuanthu") != std::string::npos);
  }
}

TEST_CASE("postgres: import through COPY holds what SQLite holds, row for row") {
  PgTestDatabase database("import");
  const ImportResult result = ImportInto(database.uri(), kData + "si-lo-lau");
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(result.committed);
  Database sqlite(":memory:");
  REQUIRE(ImportDataSet(kData + "si-lo-lau", sqlite, {}).ok());
  pg::Connection connection(database.uri());
  for (const TableSpec& table : DataModel()) {
    CAPTURE(table.name);
    CHECK(PgCount(connection, "SELECT count(*) FROM " + table.name) ==
          CountRows(sqlite, table.name));
  }
  // Every record carries the locality of its unit.
  CHECK(PgCount(connection,
                "SELECT count(*) FROM meetings m JOIN units u ON u.unit_id = m.unit_id "
                "WHERE u.locality_code <> m.locality_code") == 0);
  CHECK(PgCount(connection, "SELECT count(DISTINCT locality_code) FROM documents") == 1);
  // Text with tabs, backslashes and newlines survives COPY's escaping.
  CHECK(QueryText(sqlite,
                  "SELECT group_concat(subject, '|') FROM (SELECT subject FROM documents "
                  "ORDER BY doc_id)") ==
        connection
            .Query("SELECT string_agg(subject, '|' ORDER BY doc_id COLLATE \"C\") FROM documents")
            .Text(0, 0));
}

TEST_CASE("postgres: bad input gets the same located errors as SQLite and changes nothing") {
  PgTestDatabase database("bad");
  REQUIRE(ImportInto(database.uri(), kData + "si-lo-lau").ok());
  TempDir dir;
  CopyDataSet("ngoc-ha", dir);
  std::string meetings = dir.Read("meetings.csv");
  meetings += "NH-BAD-1,NH-U01,host,conference,dissemination,31/02/2026,1,online,,,,,,\n";
  dir.Write("meetings.csv", meetings);

  const ImportResult on_pg = ImportInto(database.uri(), dir.str());
  Database sqlite(":memory:");
  const ImportResult on_sqlite = ImportDataSet(dir.str(), sqlite, {});
  REQUIRE_FALSE(on_pg.ok());
  CHECK_FALSE(on_pg.committed);
  CHECK(on_pg.ErrorsText() == on_sqlite.ErrorsText());
  CHECK(on_pg.ErrorsText().find("meetings.csv:") != std::string::npos);
  pg::Connection connection(database.uri());
  CHECK(PgCount(connection, "SELECT count(*) FROM localities") == 2);  // Sì Lở Lầu only
  CHECK(PgCount(connection, "SELECT count(*) FROM units WHERE locality_code <> '03199'") == 0);
}

TEST_CASE("postgres: an id already stored under another locality is a located error") {
  PgTestDatabase database("dup");
  REQUIRE(ImportInto(database.uri(), kData + "si-lo-lau").ok());
  const ImportResult again = ImportInto(database.uri(), kData + "si-lo-lau");
  CHECK_FALSE(again.ok());
  CHECK(again.ErrorsText().find("units.csv:2:1") != std::string::npos);
}

TEST_CASE("postgres: a resubmission replaces its locality's data and nothing else") {
  PgTestDatabase database("resubmit");
  REQUIRE(ImportInto(database.uri(), kData + "si-lo-lau").ok());
  REQUIRE(ImportInto(database.uri(), kData + "ngoc-ha").ok());
  pg::Connection connection(database.uri());
  const int64_t si_lo_lau =
      PgCount(connection, "SELECT count(*) FROM meetings WHERE locality_code = '03199'");
  const int64_t ngoc_ha_documents = PgCount(connection,
                                            "SELECT count(*) FROM documents "
                                            "WHERE locality_code <> '03199'");
  REQUIRE(ngoc_ha_documents > 0);

  TempDir dir;
  CopyDataSet("ngoc-ha", dir);
  Truncate(dir, "meetings.csv", 10);
  ImportOptions options;
  options.resubmit = true;
  const ImportResult result = ImportInto(database.uri(), dir.str(), options);
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(PgCount(connection, "SELECT count(*) FROM meetings WHERE locality_code = '03199'") ==
        si_lo_lau);
  CHECK(PgCount(connection, "SELECT count(*) FROM meetings WHERE locality_code <> '03199'") == 10);
  CHECK(PgCount(connection, "SELECT count(*) FROM documents WHERE locality_code <> '03199'") ==
        ngoc_ha_documents);

  // The same on SQLite.
  Database sqlite(":memory:");
  REQUIRE(ImportDataSet(kData + "si-lo-lau", sqlite, {}).ok());
  REQUIRE(ImportDataSet(kData + "ngoc-ha", sqlite, {}).ok());
  const ImportResult on_sqlite = ImportDataSet(dir.str(), sqlite, options);
  REQUIRE_MESSAGE(on_sqlite.ok(), on_sqlite.ErrorsText());
  CHECK(QueryText(sqlite,
                  "SELECT count(*) FROM meetings m JOIN units u USING (unit_id) "
                  "WHERE u.locality_code = '03199'") == std::to_string(si_lo_lau));
  CHECK(QueryText(sqlite,
                  "SELECT count(*) FROM meetings m JOIN units u USING (unit_id) "
                  "WHERE u.locality_code <> '03199'") == "10");
}

TEST_CASE("postgres: a connection lost mid-import leaves the store as it was, and says so") {
  PgTestDatabase database("lost");
  REQUIRE(ImportInto(database.uri(), kData + "si-lo-lau").ok());
  pg::Connection observer(database.uri());
  const int64_t before = PgCount(observer, "SELECT count(*) FROM units");

  pg::Connection connection(database.uri());
  const std::string pid(connection.Query("SELECT pg_backend_pid()").Text(0, 0));
  pg::PgImportTarget target(connection);
  int batches = 0;
  target.after_batch = [&] {
    if (++batches == 2) observer.Query("SELECT pg_terminate_backend(?::int)", {pid});
  };
  try {
    ImportDataSet(kData + "ngoc-ha", target, {});
    FAIL("the import must fail when its connection is cut");
  } catch (const pg::PgError& e) {
    CHECK(e.connection_lost());
    CHECK(std::string(e.what()).find("connection to the PostgreSQL server was lost") !=
          std::string::npos);
  }
  CHECK(PgCount(observer, "SELECT count(*) FROM units") == before);
  CHECK(PgCount(observer, "SELECT count(*) FROM localities") == 2);
}

TEST_CASE("postgres: a check reads one snapshot while a submission lands") {
  PgTestDatabase database("snapshot");
  REQUIRE(ImportInto(database.uri(), kData + "si-lo-lau").ok());
  pg::PgActivityStore store(database.uri());
  REQUIRE(store.HasActivityData());
  auto another = store.OpenAnotherReader();
  ScanRequest request;
  request.table = ActivityTable::kMeetings;
  request.from = *Date::ParseIso("2000-01-01");
  request.to = *Date::ParseIso("2100-01-01");
  Counter before;
  store.Scan(request, before);
  REQUIRE(before.meetings > 10);

  TempDir dir;
  CopyDataSet("si-lo-lau", dir);
  Truncate(dir, "meetings.csv", 10);
  ImportOptions options;
  options.resubmit = true;
  REQUIRE(ImportInto(database.uri(), dir.str(), options).ok());

  Counter during, other_reader;
  store.Scan(request, during);
  another->Scan(request, other_reader);
  CHECK(during.meetings == before.meetings);
  CHECK(other_reader.meetings == before.meetings);
  pg::PgActivityStore after(database.uri());
  Counter now;
  after.Scan(request, now);
  CHECK(now.meetings == 10);
}

}  // namespace tuanthu::testing
