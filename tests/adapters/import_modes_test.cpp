// All or nothing, keeping the good rows (with the rejects file), appending and replacing.
#include <doctest/doctest.h>

#include "import/importer.h"
#include "import_test_util.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

constexpr std::string_view kMeetingsHeader =
    "meeting_id,unit_id,role,category,kind,start_date,duration_days,format\n";

TEST_CASE("import all or nothing: one bad row leaves an empty store empty") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("meetings.csv", std::string(kMeetingsHeader) +
                                "M1,U1,host,meeting,briefing,2026-06-01,1,online\n"
                                "M2,U1,host,meeting,briefing,2026-06-31,1,online\n"
                                "M3,U1,host,meeting,briefing,2026-06-02,1,online\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  CHECK_FALSE(result.ok());
  CHECK_FALSE(result.committed);
  CHECK(result.errors.size() == 1);
  for (const char* table : {"localities", "units", "meetings"}) {
    CHECK(CountRows(db, table) == 0);
    CHECK(result.counts.at(table).imported == 0);
  }
  CHECK(result.counts.at("meetings").read == 3);
  CHECK(result.counts.at("meetings").rejected == 1);
}

int64_t CountIndexes(Database& db) {
  Statement count =
      db.Prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
  count.Step();
  return count.Int(0);
}

TEST_CASE(
    "import into an empty store: secondary indexes are built at the end, or kept on failure") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("meetings.csv", std::string(kMeetingsHeader) +
                                "M1,U1,host,meeting,briefing,2026-06-01,1,online\n"
                                "M2,U1,host,meeting,briefing,2026-06-31,1,online\n");
  Database db((dir.path() / "store.db").string());
  db.EnsureSchema();
  const int64_t indexes = CountIndexes(db);
  REQUIRE(indexes >= 11);
  const ImportResult failed = ImportDataSet(dir.str(), db, {});
  CHECK_FALSE(failed.committed);
  CHECK(CountIndexes(db) == indexes);  // the drop was rolled back with the rows

  dir.Write("meetings.csv",
            std::string(kMeetingsHeader) + "M1,U1,host,meeting,briefing,2026-06-01,1,online\n");
  const ImportResult imported = ImportDataSet(dir.str(), db, {});
  REQUIRE(imported.committed);
  CHECK(CountIndexes(db) == indexes);
  CHECK(QueryText(db,
                  "SELECT meeting_id FROM meetings INDEXED BY meetings_unit "
                  "WHERE unit_id = 'U1' AND start_date = '2026-06-01'") == "M1");
}

TEST_CASE("import all or nothing: a failed append leaves the stored data as it was") {
  TempDir base;
  WriteBase(base);
  base.Write("meetings.csv",
             std::string(kMeetingsHeader) + "M1,U1,host,meeting,briefing,2026-06-01,1,online\n");
  const std::string store = (base.path() / "store.db").string();
  Database db(store);
  REQUIRE(ImportDataSet(base.str(), db, {}).ok());

  // Appending: the folder has no localities or units; the store has them.
  TempDir more;
  const std::string meetings =
      more.Write("meetings.csv", std::string(kMeetingsHeader) +
                                     "M2,U2,host,meeting,briefing,2026-06-02,1,online\n"
                                     "M3,U2,host,meeting,briefing,2026-06-03,1,paper\n");
  ImportResult result = ImportDataSet(more.str(), db, English());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].file == meetings);
  CHECK(result.errors[0].line == 3);
  CHECK(result.errors[0].column == 8);
  CHECK(result.errors[0].value == "paper");
  CHECK(result.errors[0].message == "unknown value; use one of: online, in_person, hybrid");
  CHECK(CountRows(db, "meetings") == 1);
  CHECK(QueryText(db, "SELECT meeting_id FROM meetings") == "M1");
  CHECK(CountRows(db, "units") == 3);

  // Fixed, it goes in, referencing units that are only in the store.
  more.Write("meetings.csv", std::string(kMeetingsHeader) +
                                 "M2,U2,host,meeting,briefing,2026-06-02,1,online\n"
                                 "M3,U2,host,meeting,briefing,2026-06-03,1,in_person\n");
  result = ImportDataSet(more.str(), db, English());
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(CountRows(db, "meetings") == 3);

  // Ids already in the store are errors when appending.
  more.Write("meetings.csv", std::string(kMeetingsHeader) +
                                 "M1,U2,host,meeting,briefing,2026-06-02,1,online\n"
                                 "M4,U2,host,meeting,briefing,2026-06-02,1,online\n");
  more.Write("localities.csv", kLocalities);
  more.Write("schedules.csv",
             "locality_code,week_start,published_date\n"
             "00004,2026-06-01,2026-05-29\n");
  result = ImportDataSet(more.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 3, result.ErrorsText());
  CHECK(result.errors[0].file == (more.path() / "localities.csv").string());
  CHECK(result.errors[0].line == 2);
  CHECK(result.errors[0].value == "01");
  CHECK(result.errors[0].message ==
        "this code is already in the store; use another code, or import with the option that "
        "replaces the stored data");
  CHECK(result.errors[1].line == 3);
  CHECK(result.errors[2].file == meetings);
  CHECK(result.errors[2].value == "M1");
  CHECK(CountRows(db, "meetings") == 3);
  CHECK(CountRows(db, "schedules") == 0);

  // A composite key already in the store, too.
  TempDir schedules;
  schedules.Write("schedules.csv",
                  "locality_code,week_start,published_date\n"
                  "00004,2026-06-01,2026-05-29\n");
  REQUIRE(ImportDataSet(schedules.str(), db, English()).ok());
  result = ImportDataSet(schedules.str(), db, English());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message ==
        "this (locality_code, week_start) is already in the store; use other values, or import "
        "with the option that replaces the stored data");
  CHECK(CountRows(db, "schedules") == 1);
}

TEST_CASE("import replace: the stored activity data is replaced in the same transaction") {
  TempDir first;
  WriteBase(first);
  first.Write("meetings.csv",
              std::string(kMeetingsHeader) + "M1,U1,host,meeting,briefing,2026-06-01,1,online\n");
  Database db(":memory:");
  REQUIRE(ImportDataSet(first.str(), db, {}).ok());

  TempDir second;
  second.Write("localities.csv",
               "code,name,level\n"
               "03199,Xã Sì Lở Lầu,commune\n");
  second.Write("units.csv",
               "unit_id,locality_code,name,role\n"
               "U1,03199,UBND xã,committee\n");
  ImportOptions options;
  options.replace = true;
  // With an error nothing changes, not even the deletion.
  second.Write("meetings.csv",
               std::string(kMeetingsHeader) + "M7,U1,host,meeting,briefing,2026-06-01,-1,online\n");
  ImportResult result = ImportDataSet(second.str(), db, options);
  CHECK(result.errors.size() == 1);
  CHECK(CountRows(db, "localities") == 2);
  CHECK(CountRows(db, "meetings") == 1);

  second.Write("meetings.csv",
               std::string(kMeetingsHeader) + "M1,U1,host,meeting,briefing,2026-06-01,1,online\n");
  result = ImportDataSet(second.str(), db, options);
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(result.committed);
  CHECK(CountRows(db, "localities") == 1);
  CHECK(CountRows(db, "units") == 1);
  CHECK(QueryText(db, "SELECT locality_code FROM units WHERE unit_id = 'U1'") == "03199");
  CHECK(CountRows(db, "meetings") == 1);
}

TEST_CASE("import keep_good_rows: rejects rows and what references them, counts reconcile") {
  TempDir dir;
  dir.Write("localities.csv", kLocalities);
  dir.Write("units.csv",
            "unit_id,locality_code,name,role\n"
            "U1,00004,UBND,committee\n"
            "U2,00004,Văn phòng,office\n"
            "UX,00004,Bad unit,boss\n"
            "U9,99999,Nowhere,office\n");
  dir.Write("meetings.csv", std::string(kMeetingsHeader) +
                                "M1,U1,host,meeting,briefing,2026-06-01,1,online\n"
                                "M2,UX,host,meeting,briefing,2026-06-01,1,online\n"
                                "M3,U2,host,meeting,briefing,2026-02-30,1,online\n"
                                "M4,U2,host,meeting,briefing,2026-06-02,=1+1,online\n"
                                "M5,@U2,host,meeting,briefing,2026-06-02,1,online\n");
  dir.Write("baselines.csv",
            "scope,metric,year,value\n"
            "U1,meetings,2025,-5\n"
            "00004,conferences,2025,12\n"
            "UX,meetings,2025,1\n");
  dir.Write("tasks.csv",
            "task_id,title,lead_unit_id,coordinating_unit_ids\n"
            "T1,Fine,U1,\n"
            "T2,Coordinated by a rejected unit,U1,U2;U9\n");
  ImportOptions options = English();
  options.keep_good_rows = true;
  options.rejects_path = (dir.path() / "out" / "rejects.csv").string();
  std::filesystem::create_directories(dir.path() / "out");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, options);

  CHECK(result.committed);
  CHECK_FALSE(result.ok());
  CHECK(result.errors.size() == 6);  // the rows' own problems, not the knock-on rejections
  const auto check_counts = [&](const char* table, int64_t read, int64_t imported) {
    CAPTURE(table);
    const TableCounts& counts = result.counts.at(table);
    CHECK(counts.read == read);
    CHECK(counts.imported == imported);
    CHECK(counts.read == counts.imported + counts.rejected);
    CHECK(CountRows(db, table) == imported);
  };
  check_counts("localities", 2, 2);
  check_counts("units", 4, 2);
  check_counts("meetings", 5, 1);
  check_counts("baselines", 3, 1);
  check_counts("tasks", 2, 1);
  check_counts("documents", 0, 0);
  CHECK(QueryText(db, "SELECT meeting_id FROM meetings") == "M1");
  CHECK(QueryText(db, "SELECT task_id FROM tasks") == "T1");

  const std::string d = dir.str();
  const std::string rejected_ux = "\"refers to 'UX' in table units, which was rejected (" + d +
                                  "/units.csv:4); fix that row and import again\"";
  CHECK(dir.Read("out/rejects.csv") ==
        "file,line,table,column,value,reason\n" +  //
            d +
            "/baselines.csv,2,baselines,value,'-5,\"not a non-negative whole number; use a whole "
            "number ≥ 0, e.g. 12\"\n" +
            d + "/baselines.csv,4,baselines,scope,UX," + rejected_ux + "\n" +  //
            d + "/meetings.csv,3,meetings,unit_id,UX," + rejected_ux + "\n" +  //
            d +
            "/meetings.csv,4,meetings,start_date,2026-02-30,not a valid date; use YYYY-MM-DD or "
            "dd/mm/yyyy (day before month)\n" +
            d +
            "/meetings.csv,5,meetings,duration_days,'=1+1,\"not a number greater than 0; use a "
            "number greater than 0, e.g. 1 or 0.5\"\n" +
            d +
            "/meetings.csv,6,meetings,unit_id,'@U2,'@U2' is not in table units; use a unit_id "
            "listed in units or already in the store\n" +
            d +
            "/tasks.csv,3,tasks,coordinating_unit_ids,U9,\"refers to 'U9' in table units, which "
            "was rejected (" +
            d + "/units.csv:5); fix that row and import again\"\n" +  //
            d +
            "/units.csv,4,units,role,boss,\"unknown value; use one of: committee, office, "
            "culture_social, economy, department, service_center, public_service, village, "
            "front\"\n" +
            d +
            "/units.csv,5,units,locality_code,99999,'99999' is not in table localities; use a "
            "code listed in localities or already in the store\n");
}

TEST_CASE("import keep_good_rows: a rejected locality takes its children along") {
  TempDir dir;
  dir.Write("localities.csv",
            "code,name,level,parent_code\n"
            "00004,Phường Ngọc Hà,ward,01\n"
            "01,Hà Nội,province,\n"
            "00005,Phường X,ward,02\n"
            "02,Tỉnh Y,state,\n");
  dir.Write("units.csv",
            "unit_id,locality_code,name,role\n"
            "U1,00004,UBND,committee\n"
            "U5,00005,UBND X,committee\n");
  dir.Write("meetings.csv", std::string(kMeetingsHeader) +
                                "M1,U1,host,meeting,briefing,2026-06-01,1,online\n"
                                "M5,U5,host,meeting,briefing,2026-06-01,1,online\n");
  ImportOptions options;
  options.keep_good_rows = true;
  options.rejects_path = (dir.path() / "rejects.csv").string();
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, options);
  CHECK(result.errors.size() == 1);  // level 'state'
  CHECK(result.counts.at("localities").imported == 2);
  CHECK(result.counts.at("localities").rejected == 2);
  CHECK(result.counts.at("units").rejected == 1);
  CHECK(result.counts.at("meetings").rejected == 1);
  CHECK(QueryText(db,
                  "SELECT group_concat(code, ' ') FROM (SELECT code FROM localities ORDER BY "
                  "code)") == "00004 01");
  const std::string rejects = dir.Read("rejects.csv");
  CHECK(rejects.find("/localities.csv,4,localities,parent_code,02,tham chiếu '02' của bảng "
                     "localities đã bị loại (") != std::string::npos);
  CHECK(rejects.find("/meetings.csv,3,meetings,unit_id,U5,") != std::string::npos);
}

TEST_CASE("import keep_good_rows: a task cannot belong to the only ward if it is rejected") {
  TempDir dir;
  dir.Write("localities.csv",
            "code,name,level,parent_code\n"
            "01,Hà Nội,province,\n"
            "00004,Phường Ngọc Hà,ward,99\n");
  dir.Write("units.csv", "unit_id,locality_code,name,role\n");
  dir.Write("tasks.csv",
            "task_id,title\n"
            "T1,Không có đơn vị\n");
  ImportOptions options = English();
  options.keep_good_rows = true;
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, options);
  CHECK(result.errors.size() == 1);
  CHECK(result.counts.at("localities").imported == 1);
  CHECK(result.counts.at("tasks").rejected == 1);
  CHECK(CountRows(db, "tasks") == 0);
}

TEST_CASE("import keep_good_rows: a required column missing rejects every row of the file") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("feedback.csv",
            "feedback_id,unit_id,received_date\n"
            "F1,U1,2026-06-01\n"
            "F2,U1,2026-06-02\n");
  ImportOptions options = English();
  options.keep_good_rows = true;
  options.rejects_path = (dir.path() / "rejects.csv").string();
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, options);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 1);
  CHECK(result.counts.at("feedback").read == 2);
  CHECK(result.counts.at("feedback").rejected == 2);
  CHECK(result.counts.at("units").imported == 3);
  CHECK(CountRows(db, "units") == 3);
  CHECK(dir.Read("rejects.csv") ==
        "file,line,table,column,value,reason\n" + dir.str() +
            "/feedback.csv,2,feedback,due_date,,the file has no required column 'due_date'; add "
            "it and import again\n" +
            dir.str() +
            "/feedback.csv,3,feedback,due_date,,the file has no required column 'due_date'; add "
            "it and import again\n");
}

TEST_CASE("import keep_good_rows: with nothing wrong the rejects file has only its header") {
  TempDir dir;
  WriteBase(dir);
  ImportOptions options;
  options.keep_good_rows = true;
  options.rejects_path = (dir.path() / "rejects.csv").string();
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, options);
  CHECK(result.ok());
  CHECK(result.committed);
  CHECK(dir.Read("rejects.csv") == "file,line,table,column,value,reason\n");
}

}  // namespace
}  // namespace tuanthu::testing
