// Stores written by earlier versions: read as they are, upgraded by the next import, and a
// store from a newer version refused with what to do.
#include <doctest/doctest.h>

#include "run_tool.h"
#include "tuanthu/data_model.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

// The layout of schema 1, as the first version wrote it.
constexpr const char* kSchema1Indexes[] = {
    "CREATE INDEX units_locality ON units(locality_code, role)",
    "CREATE INDEX meetings_unit ON meetings(unit_id, start_date)",
    "CREATE INDEX documents_unit ON documents(unit_id, date)",
    "CREATE INDEX dossiers_unit ON dossiers(unit_id, received_date)",
    "CREATE INDEX reports_unit ON reports(unit_id, period)",
    "CREATE INDEX tasks_locality ON tasks(locality_code, ref)",
    "CREATE INDEX feedback_unit ON feedback(unit_id, due_date)",
};

// Builds a schema-1 store holding what `data` imports to.
void WriteSchema1Store(const std::string& data, const std::string& path,
                       const std::filesystem::path& scratch) {
  const std::string current = (scratch / "current.db").string();
  const ToolRun imported = Tool("import --quiet --data " + data + " --db " + Quote(current));
  REQUIRE_MESSAGE(imported.status == 0, imported.err);
  Database db(path);
  db.Exec(
      "CREATE TABLE tuanthu_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "INSERT INTO tuanthu_meta(key, value) VALUES ('schema_version', '1')");
  for (const TableSpec& table : DataModel()) db.Exec(CreateTableSql(table.name));
  for (const char* index : kSchema1Indexes) db.Exec(index);
  Statement attach = db.Prepare("ATTACH DATABASE ? AS current");
  attach.Bind(1, current);
  attach.Run();
  db.Exec("BEGIN");
  for (const TableSpec& table : DataModel()) {
    db.Exec("INSERT INTO main." + table.name + " SELECT * FROM current." + table.name);
  }
  db.Exec("COMMIT");
  db.Exec("DETACH DATABASE current");
}

}  // namespace

TEST_CASE("store schema: a schema-1 store checks to the same findings, and import upgrades it") {
  const auto dir = TempDir("schema1");
  const std::string old_store = (dir / "old.db").string();
  WriteSchema1Store("data/province-sweep", old_store, dir);
  const std::string args = " --as-of 2026-11-24 --format json --fail-on never --include-pass";
  const ToolRun from_csv = Tool("check --data data/province-sweep" + args);
  REQUIRE(from_csv.status == 0);
  const ToolRun from_old = Tool("check --data " + Quote(old_store) + args);
  CHECK_MESSAGE(from_old.status == 0, from_old.err);
  CHECK(from_old.out == from_csv.out);
  const ToolRun one = Tool("check --data " + Quote(old_store) + args + " --locality 03199");
  CHECK(one.status == 0);
  {
    Database db(old_store, Database::Mode::kReadOnly);
    CHECK(db.SchemaVersion() == 1);  // reading does not change the store
  }

  // The next import (here: the same data again, replacing) brings it to the current schema.
  const ToolRun reimport =
      Tool("import --quiet --replace --data data/province-sweep --db " + Quote(old_store));
  REQUIRE_MESSAGE(reimport.status == 0, reimport.err);
  {
    Database db(old_store, Database::Mode::kReadOnly);
    CHECK(db.SchemaVersion() == kSchemaVersion);
    Statement index = db.Prepare(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'units_by_locality'");
    CHECK(index.Step());
    CHECK(db.HasTable("sqlite_stat1"));  // analysed for the planner
  }
  const ToolRun upgraded = Tool("check --data " + Quote(old_store) + args);
  CHECK(upgraded.out == from_csv.out);
  std::filesystem::remove_all(dir);
}

TEST_CASE("store schema: a store from a newer version is refused with what to do") {
  const auto dir = TempDir("schema-new");
  const std::string store = (dir / "store.db").string();
  REQUIRE(Tool("import --quiet --data data/si-lo-lau --db " + Quote(store)).status == 0);
  {
    Database db(store);
    db.Exec("UPDATE tuanthu_meta SET value = '99' WHERE key = 'schema_version'");
  }
  const ToolRun check = Tool("check --data " + Quote(store) + " --as-of 2026-11-24");
  CHECK(check.status == 2);
  CHECK(check.err.find("phiên bản tuanthu mới hơn") != std::string::npos);
  CHECK(check.err.find("nhập lại") != std::string::npos);
  const ToolRun english = Tool("check --data " + Quote(store) + " --as-of 2026-11-24 --lang en");
  CHECK(english.status == 2);
  CHECK(english.err.find("newer tuanthu") != std::string::npos);
  CHECK(english.err.find("re-import") != std::string::npos);
  const ToolRun import = Tool("import --quiet --data data/si-lo-lau --db " + Quote(store));
  CHECK(import.status == 2);
  CHECK(import.err.find("phiên bản tuanthu mới hơn") != std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace tuanthu::testing
