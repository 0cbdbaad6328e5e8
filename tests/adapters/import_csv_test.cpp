// Import of CSV folders: file format, values, and every invariant of data-model.md.
#include <doctest/doctest.h>

#include "import/importer.h"
#include "import_test_util.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

constexpr std::string_view kDocumentsHeader =
    "doc_id,unit_id,direction,doc_class,doc_type,date,electronic,secret\n";

const ImportIssue& OnlyError(const ImportResult& result) {
  REQUIRE_MESSAGE(result.errors.size() == 1, result.ErrorsText());
  return result.errors.front();
}

void CheckIssue(const ImportIssue& issue, const std::string& file, int64_t line, int column,
                const std::string& column_name, const std::string& value) {
  CHECK(issue.file == file);
  CHECK(issue.line == line);
  CHECK(issue.column == column);
  CHECK(issue.column_name == column_name);
  CHECK(issue.value == value);
}

TEST_CASE("import csv: a valid data set is stored with typed values") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("meetings.csv",
            "meeting_id,unit_id,role,category,kind,start_date,duration_days,format,paperless,"
            "organizer_level,attended,materials_sent_date,total_minutes,discussion_minutes\n"
            "M1,U1,host,conference,dissemination,2026-06-04,0.5,in_person,1,,,03/06/2026,240,"
            "60\n"
            "M2,U2, Attendee ,MEETING,Briefing,4/6/2026,1,online,,province,có,,,\n");
  dir.Write("notes.csv", "whatever;this;is\n1;2\n");  // not a table: ignored
  dir.Write("readme.txt", "not data");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(result.committed);
  CHECK(result.counts.at("localities").read == 2);
  CHECK(result.counts.at("localities").imported == 2);
  CHECK(result.counts.at("units").imported == 3);
  CHECK(result.counts.at("meetings").imported == 2);
  CHECK(result.counts.at("documents").read == 0);
  CHECK(CountRows(db, "meetings") == 2);

  CHECK(QueryText(db, "SELECT parent_code FROM localities WHERE code = '01'") == "NULL");
  CHECK(QueryText(db, "SELECT name FROM localities WHERE code = '00004'") == "Phường Ngọc Hà");
  CHECK(QueryText(db, "SELECT start_date FROM meetings WHERE meeting_id = 'M1'") == "2026-06-04");
  CHECK(QueryText(db, "SELECT materials_sent_date FROM meetings WHERE meeting_id = 'M1'") ==
        "2026-06-03");
  CHECK(QueryText(db,
                  "SELECT typeof(duration_days) || ':' || duration_days FROM meetings "
                  "WHERE meeting_id = 'M1'") == "real:0.5");
  CHECK(QueryText(db,
                  "SELECT typeof(paperless) || ':' || paperless FROM meetings WHERE "
                  "meeting_id = 'M1'") == "integer:1");
  CHECK(QueryText(db, "SELECT attended FROM meetings WHERE meeting_id = 'M1'") == "NULL");
  CHECK(QueryText(db, "SELECT organizer_level FROM meetings WHERE meeting_id = 'M1'") == "NULL");
  CHECK(QueryText(db, "SELECT total_minutes FROM meetings WHERE meeting_id = 'M1'") == "240");
  // Enums are matched ignoring case and spaces, and stored in lower case.
  CHECK(QueryText(db,
                  "SELECT role || '/' || category || '/' || kind FROM meetings WHERE "
                  "meeting_id = 'M2'") == "attendee/meeting/briefing");
  CHECK(QueryText(db, "SELECT start_date FROM meetings WHERE meeting_id = 'M2'") == "2026-06-04");
  CHECK(QueryText(db, "SELECT attended FROM meetings WHERE meeting_id = 'M2'") == "1");
  CHECK(QueryText(db, "SELECT paperless FROM meetings WHERE meeting_id = 'M2'") == "NULL");
}

TEST_CASE("import csv: semicolons, byte order mark, CRLF and quoted fields") {
  TempDir dir;
  dir.Write("localities.csv",
            "\xEF\xBB\xBF"
            "code;name;level;parent_code;pack\r\n"
            "01;\"Thành phố \"\"Hà Nội\"\"; thủ đô\";province;;vn/ha-noi\r\n"
            "00004;Phường Ngọc Hà;ward;01;vn/ha-noi/ngoc-ha\r\n");
  dir.Write("units.csv",
            "unit_id,locality_code,name,role\r\n"
            "U1,00004,\"UBND phường\r\nNgọc Hà, Hà Nội\",committee\r\n"
            "U2,00004,\"Văn phòng; HĐND\",office\r\n"
            "U3,00004,Phòng,chief\r\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  // Line 5: the quoted line break in U1 takes lines 2 and 3.
  CheckIssue(OnlyError(result), (dir.path() / "units.csv").string(), 5, 4, "role", "chief");
  CHECK(CountRows(db, "localities") == 0);

  dir.Write("units.csv",
            "unit_id,locality_code,name,role\r\n"
            "U1,00004,\"UBND phường\r\nNgọc Hà, Hà Nội\",committee\r\n"
            "U2,00004,\"Văn phòng; HĐND\",office\r\n");
  const ImportResult good = ImportDataSet(dir.str(), db, {});
  REQUIRE_MESSAGE(good.ok(), good.ErrorsText());
  CHECK(QueryText(db, "SELECT name FROM localities WHERE code = '01'") ==
        "Thành phố \"Hà Nội\"; thủ đô");
  CHECK(QueryText(db, "SELECT name FROM units WHERE unit_id = 'U1'") ==
        "UBND phường\r\nNgọc Hà, Hà Nội");
  CHECK(QueryText(db, "SELECT name FROM units WHERE unit_id = 'U2'") == "Văn phòng; HĐND");
}

TEST_CASE("import csv: Vietnamese and differently cased headers, extra columns") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("documents.csv",
            "Số ký hiệu;UNIT_ID;Chiều;Nhóm văn bản;Loại văn bản; Ngày ban hành ;Điện tử;MẬT;Ghi "
            "chú\n"
            "12/KH-UBND;U1;outgoing;administrative;plan;05/06/2026;Có;không;anything\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(QueryText(db, "SELECT date || ' ' || electronic || ' ' || secret FROM documents") ==
        "2026-06-05 1 0");
}

TEST_CASE("import csv: every date form") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                 "D1,U1,outgoing,administrative,plan,2026-06-04,1,0\n"
                                 "D2,U1,outgoing,administrative,plan,04/06/2026,1,0\n"
                                 "D3,U1,outgoing,administrative,plan,4/6/2026,1,0\n"
                                 "D4,U1,outgoing,administrative,plan, 29/02/2024 ,1,0\n"
                                 "D5,U1,outgoing,administrative,plan,31/12/2026,1,0\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(QueryText(db,
                  "SELECT group_concat(date, ' ') FROM (SELECT date FROM documents ORDER BY "
                  "doc_id)") == "2026-06-04 2026-06-04 2026-06-04 2024-02-29 2026-12-31");
}

TEST_CASE("import csv: dates that do not exist or put the month first are errors") {
  TempDir dir;
  WriteBase(dir);
  const std::string file =
      dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                     "D1,U1,outgoing,administrative,plan,2026-02-30,1,0\n"
                                     "D2,U1,outgoing,administrative,plan,13/25/2026,1,0\n"
                                     "D3,U1,outgoing,administrative,plan,06/13/2026,1,0\n"
                                     "D4,U1,outgoing,administrative,plan,12/31/2026,1,0\n"
                                     "D5,U1,outgoing,administrative,plan,2026/06/04,1,0\n"
                                     "D6,U1,outgoing,administrative,plan,29/02/2026,1,0\n"
                                     "D7,U1,outgoing,administrative,plan,4 June 2026,1,0\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE(result.errors.size() == 7);
  const char* values[] = {"2026-02-30", "13/25/2026", "06/13/2026", "12/31/2026",
                          "2026/06/04", "29/02/2026", "4 June 2026"};
  for (size_t i = 0; i < 7; ++i) {
    CheckIssue(result.errors[i], file, static_cast<int64_t>(i) + 2, 6, "date", values[i]);
    CHECK(result.errors[i].message ==
          "not a valid date; use YYYY-MM-DD or dd/mm/yyyy (day before month)");
  }
  CHECK_FALSE(result.committed);
  CHECK(CountRows(db, "localities") == 0);
}

TEST_CASE("import csv: every boolean form, and empty is unknown") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("documents.csv",
            "doc_id,unit_id,direction,doc_class,doc_type,date,electronic,secret,digitized,"
            "digitally_signed\n"
            "B1,U1,outgoing,administrative,plan,2026-06-01,1,0,true,false\n"
            "B2,U1,outgoing,administrative,plan,2026-06-01,yes,no,có,không\n"
            "B3,U1,outgoing,administrative,plan,2026-06-01,TRUE,False,YES,No\n"
            "B4,U1,outgoing,administrative,plan,2026-06-01,Có,KHÔNG, có ,\n"
            "B5,U1,outgoing,administrative,plan,2026-06-01, 1 ,0,,\"\"\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  const auto flags = [&](const std::string& id) {
    return QueryText(db,
                     "SELECT quote(electronic) || quote(secret) || quote(digitized) || "
                     "quote(digitally_signed) FROM documents WHERE doc_id = '" +
                         id + "'");
  };
  CHECK(flags("B1") == "1010");
  CHECK(flags("B2") == "1010");
  CHECK(flags("B3") == "1010");
  CHECK(flags("B4") == "101NULL");
  CHECK(flags("B5") == "10NULLNULL");
}

TEST_CASE("import csv: invalid booleans, enums and numbers say what is valid") {
  TempDir dir;
  WriteBase(dir);
  const std::string documents =
      dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                     "B1,U1,outgoing,administrative,plan,2026-06-01,maybe,0\n"
                                     "B2,U1,sideways,administrative,plan,2026-06-01,1,2\n");
  const std::string meetings =
      dir.Write("meetings.csv",
                "meeting_id,unit_id,role,category,kind,start_date,duration_days,format,"
                "total_minutes\n"
                "M1,U1,host,meeting,other,2026-06-01,0,online,-3\n"
                "M2,U1,host,meeting,other,2026-06-01,\"0,5\",online,12.0\n"
                "M3,U1,host,meeting,other,2026-06-01,abc,online,1.5\n");
  const std::string baselines = dir.Write("baselines.csv",
                                          "scope,metric,year,value\n"
                                          "U1,meetings,two thousand,-1\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 9, result.ErrorsText());
  CheckIssue(result.errors[0], baselines, 2, 3, "year", "two thousand");
  CHECK(result.errors[0].message == "not a whole number; use a whole number, e.g. 2026");
  CheckIssue(result.errors[1], baselines, 2, 4, "value", "-1");
  CHECK(result.errors[1].message ==
        "not a non-negative whole number; use a whole number ≥ 0, e.g. 12");
  CheckIssue(result.errors[2], documents, 2, 7, "electronic", "maybe");
  CHECK(result.errors[2].message == "not a yes/no value; use 1/0, true/false, yes/no or có/không");
  CheckIssue(result.errors[3], documents, 3, 3, "direction", "sideways");
  CHECK(result.errors[3].message == "unknown value; use one of: outgoing, incoming");
  CheckIssue(result.errors[4], documents, 3, 8, "secret", "2");
  CheckIssue(result.errors[5], meetings, 2, 7, "duration_days", "0");
  CHECK(result.errors[5].message ==
        "not a number greater than 0; use a number greater than 0, e.g. 1 or 0.5");
  CheckIssue(result.errors[6], meetings, 2, 9, "total_minutes", "-3");
  CheckIssue(result.errors[7], meetings, 4, 7, "duration_days", "abc");
  CheckIssue(result.errors[8], meetings, 4, 9, "total_minutes", "1.5");
}

TEST_CASE("import csv: required cells and required columns") {
  TempDir dir;
  WriteBase(dir);
  const std::string documents =
      dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                     "D1,U1,outgoing,administrative,plan,2026-06-01,1,\n"
                                     "  ,U1,outgoing,administrative,plan,2026-06-01,1,0\n");
  const std::string feedback = dir.Write("feedback.csv",
                                         "feedback_id,unit_id,received_date\n"
                                         "F1,U1,2026-06-01\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 3, result.ErrorsText());
  CheckIssue(result.errors[0], documents, 2, 8, "secret", "");
  CHECK(result.errors[0].message ==
        "required value is empty; enter 1/0, true/false, yes/no or có/không");
  CheckIssue(result.errors[1], documents, 3, 1, "doc_id", "  ");
  // A required column missing from the header is reported once, on the header line.
  CheckIssue(result.errors[2], feedback, 1, 0, "due_date", "");
  CHECK(result.errors[2].message == "missing required column 'due_date'; add it to the header");
}

TEST_CASE("import csv: localities and units files are required, others are optional") {
  TempDir dir;
  dir.Write("units.csv", kUnits);
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  // The missing file, then every unit naming an unknown locality.
  REQUIRE(result.errors.size() == 4);
  CheckIssue(result.errors[0], (dir.path() / "localities.csv").string(), 0, 0, "", "");
  CHECK(result.errors[0].message ==
        "missing required file localities.csv; add it (a header line at least) to the folder");
  CheckIssue(result.errors[1], (dir.path() / "units.csv").string(), 2, 2, "locality_code", "00004");
}

TEST_CASE("import csv: a row with the wrong number of fields names its line") {
  TempDir dir;
  WriteBase(dir);
  const std::string file =
      dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                     "D1,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                     "D2,U1,outgoing,administrative,plan,2026-06-01,1\n"
                                     "\n"
                                     "D3,U1,outgoing,administrative,plan,2026-06-01,1,0,x\n"
                                     ",,,,,,,\n"
                                     "D4,U1,\"outgoing,administrative,plan,2026-06-01,1,0\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 3, result.ErrorsText());
  CheckIssue(result.errors[0], file, 3, 0, "", "");
  CHECK(result.errors[0].message ==
        "the row has 7 fields but the header has 8; check the delimiters and quotes");
  CheckIssue(result.errors[1], file, 5, 0, "", "");
  CHECK(result.errors[2].line == 7);
  CHECK(result.errors[2].column == 3);
  CHECK(result.errors[2].message ==
        "a quote opening the field is never closed; add \" at the end of the field");
}

TEST_CASE("import csv: ids are unique within their table") {
  TempDir dir;
  WriteBase(dir);
  const std::string file =
      dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                     "D1,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                     "D2,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                     " D1 ,U2,incoming,administrative,plan,2026-06-01,1,0\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  CheckIssue(OnlyError(result), file, 4, 1, "doc_id", " D1 ");
  CHECK(result.errors[0].message ==
        "duplicate doc_id: already used on line 2; each doc_id must be unique in its table");
}

TEST_CASE("import csv: a repeated id is found wherever its first row is, valid or not") {
  TempDir dir;
  WriteBase(dir);
  // D1 first on line 2 with a bad date; D2 twice after an error elsewhere; D3 after a valid D3.
  const std::string file =
      dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                     "D1,U1,outgoing,administrative,plan,2026-13-01,1,0\n"
                                     "D2,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                     "D1,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                     "D3,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                     "D2,U2,incoming,administrative,plan,2026-06-02,1,0\n"
                                     "D3,U1,outgoing,administrative,plan,2026-02-30,1,0\n");
  for (bool keep : {false, true}) {
    CAPTURE(keep);
    Database db(":memory:");
    ImportOptions options = English();
    options.keep_good_rows = keep;
    const ImportResult result = ImportDataSet(dir.str(), db, options);
    REQUIRE_MESSAGE(result.errors.size() == 5, result.ErrorsText());
    CHECK(result.errors[0].line == 2);
    CheckIssue(result.errors[1], file, 4, 1, "doc_id", "D1");
    CHECK(result.errors[1].message ==
          "duplicate doc_id: already used on line 2; each doc_id must be unique in its table");
    CheckIssue(result.errors[2], file, 6, 1, "doc_id", "D2");
    CHECK(result.errors[2].message ==
          "duplicate doc_id: already used on line 3; each doc_id must be unique in its table");
    CheckIssue(result.errors[3], file, 7, 1, "doc_id", "D3");
    CHECK(result.errors[3].message ==
          "duplicate doc_id: already used on line 5; each doc_id must be unique in its table");
    CHECK(result.errors[4].line == 7);
    CHECK(result.committed == keep);
    if (keep) {
      Statement count = db.Prepare("SELECT group_concat(doc_id) FROM documents ORDER BY doc_id");
      REQUIRE(count.Step());
      CHECK(count.Text(0) == "D2,D3");
    }
  }
}

TEST_CASE("import csv: an id already in the store is told apart from one repeated in the data") {
  TempDir first;
  WriteBase(first);
  first.Write("documents.csv", std::string(kDocumentsHeader) +
                                   "D1,U1,outgoing,administrative,plan,2026-06-01,1,0\n");
  const auto path = std::filesystem::path(first.str()) / "store.db";
  Database db(path.string());
  REQUIRE(ImportDataSet(first.str(), db, English()).ok());
  TempDir second;
  const std::string file =
      second.Write("documents.csv", std::string(kDocumentsHeader) +
                                        "D1,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                        "D5,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                        "D5,U1,outgoing,administrative,plan,2026-06-01,1,0\n");
  const ImportResult result = ImportDataSet(second.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 2, result.ErrorsText());
  CheckIssue(result.errors[0], file, 2, 1, "doc_id", "D1");
  CHECK(result.errors[0].message.find("already in the store") != std::string::npos);
  CheckIssue(result.errors[1], file, 4, 1, "doc_id", "D5");
  CHECK(result.errors[1].message ==
        "duplicate doc_id: already used on line 3; each doc_id must be unique in its table");
}

TEST_CASE("import csv: schedules and baselines are unique by their composite key") {
  TempDir dir;
  WriteBase(dir);
  const std::string schedules = dir.Write("schedules.csv",
                                          "locality_code,week_start,published_date\n"
                                          "00004,2026-06-01,2026-05-29\n"
                                          "00004,01/06/2026,2026-05-30\n"
                                          "00004,2026-06-08,2026-06-05\n");
  const std::string baselines = dir.Write("baselines.csv",
                                          "scope,metric,year,value\n"
                                          "U1,meetings,2025,10\n"
                                          "U1,conferences,2025,3\n"
                                          "U1,Meetings,2025,11\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 2, result.ErrorsText());
  CheckIssue(result.errors[0], baselines, 4, 3, "year", "2025");
  CHECK(result.errors[0].message ==
        "duplicate (scope, metric, year): same as line 2; each combination must appear only "
        "once");
  CheckIssue(result.errors[1], schedules, 3, 2, "week_start", "01/06/2026");
}

TEST_CASE("import csv: references resolve") {
  TempDir dir;
  const std::string localities =
      dir.Write("localities.csv",
                "code,name,level,parent_code\n"
                "00004,Phường Ngọc Hà,ward,01\n"  // the parent comes later: fine
                "01,Hà Nội,province,\n"
                "00005,Phường X,ward,02\n");
  const std::string units = dir.Write("units.csv",
                                      "unit_id,locality_code,name,role\n"
                                      "U1,00004,UBND,committee\n"
                                      "U2,00009,Văn phòng,office\n");
  const std::string meetings =
      dir.Write("meetings.csv",
                "meeting_id,unit_id,role,category,kind,start_date,duration_days,format\n"
                "M1,U1,host,meeting,other,2026-06-01,1,online\n"
                "M2,U7,host,meeting,other,2026-06-01,1,online\n");
  const std::string documents =
      dir.Write("documents.csv",
                std::string(kDocumentsHeader) + "D1,U8,outgoing,other,plan,2026-06-01,1,0\n");
  const std::string dossiers = dir.Write("dossiers.csv",
                                         "dossier_id,unit_id,received_date,due_date,"
                                         "digital_processing\n"
                                         "H1,U6,2026-06-01,2026-06-05,1\n");
  const std::string reports = dir.Write("reports.csv",
                                        "report_id,unit_id,subject,period,submitted_date,form,"
                                        "recipient_unit_id\n"
                                        "R1,U1,KL226,2026-H1,2026-06-01,electronic,U1\n"
                                        "R2,U1,KL226,2026-H1,2026-06-01,paper,UBND tỉnh\n");
  const std::string feedback = dir.Write("feedback.csv",
                                         "feedback_id,unit_id,received_date,due_date\n"
                                         "F1,U5,2026-06-01,2026-06-05\n");
  const std::string schedules = dir.Write("schedules.csv",
                                          "locality_code,week_start,published_date\n"
                                          "00099,2026-06-01,2026-05-29\n");
  const std::string baselines = dir.Write("baselines.csv",
                                          "scope,metric,year,value\n"
                                          "U1,meetings,2025,10\n"
                                          "00004,meetings,2025,10\n"
                                          "X1,meetings,2025,10\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 9, result.ErrorsText());
  const auto& e = result.errors;  // sorted by file name
  CheckIssue(e[0], baselines, 4, 1, "scope", "X1");
  CHECK(e[0].message ==
        "'X1' is neither a unit_id nor a locality code in the data; use a unit_id of table units "
        "or a code of table localities");
  CheckIssue(e[1], documents, 2, 2, "unit_id", "U8");
  CHECK(e[1].message ==
        "'U8' is not in table units; use a unit_id listed in units or already "
        "in the store");
  CheckIssue(e[2], dossiers, 2, 2, "unit_id", "U6");
  CheckIssue(e[3], feedback, 2, 2, "unit_id", "U5");
  CheckIssue(e[4], localities, 4, 4, "parent_code", "02");
  CHECK(e[4].message ==
        "'02' is not in table localities; use a code listed in localities or "
        "already in the store");
  CheckIssue(e[5], meetings, 3, 2, "unit_id", "U7");
  CheckIssue(e[6], reports, 3, 7, "recipient_unit_id", "UBND tỉnh");
  CheckIssue(e[7], schedules, 2, 1, "locality_code", "00099");
  CheckIssue(e[8], units, 3, 2, "locality_code", "00009");
}

TEST_CASE("import csv: dates in order, minutes, Mondays") {
  TempDir dir;
  WriteBase(dir);
  const std::string dossiers =
      dir.Write("dossiers.csv",
                "dossier_id,unit_id,received_date,due_date,resolved_date,digital_processing\n"
                "H1,U1,2026-06-05,2026-06-04,,1\n"
                "H2,U1,2026-06-05,2026-06-05,2026-06-04,1\n"
                "H3,U1,2026-06-05,2026-06-10,2026-06-05,1\n");
  const std::string feedback =
      dir.Write("feedback.csv",
                "feedback_id,unit_id,received_date,due_date,answered_date\n"
                "F1,U1,10/06/2026,09/06/2026,\n"
                "F2,U1,10/06/2026,20/06/2026,01/06/2026\n");
  const std::string meetings =
      dir.Write("meetings.csv",
                "meeting_id,unit_id,role,category,kind,start_date,duration_days,format,"
                "total_minutes,discussion_minutes\n"
                "M1,U1,host,meeting,other,2026-06-01,1,online,60,61\n"
                "M2,U1,host,meeting,other,2026-06-01,1,online,60,60\n"
                "M3,U1,host,meeting,other,2026-06-01,1,online,,60\n");
  const std::string schedules = dir.Write("schedules.csv",
                                          "locality_code,week_start,published_date\n"
                                          "00004,2026-06-01,2026-05-29\n"
                                          "00004,2026-06-10,2026-06-05\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 6, result.ErrorsText());
  const auto& e = result.errors;
  CheckIssue(e[0], dossiers, 2, 4, "due_date", "2026-06-04");
  CHECK(e[0].message ==
        "due_date (2026-06-04) is before received_date (2026-06-05); due_date "
        "must be on or after received_date");
  CheckIssue(e[1], dossiers, 3, 5, "resolved_date", "2026-06-04");
  CheckIssue(e[2], feedback, 2, 4, "due_date", "09/06/2026");
  CheckIssue(e[3], feedback, 3, 5, "answered_date", "01/06/2026");
  CheckIssue(e[4], meetings, 2, 10, "discussion_minutes", "61");
  CHECK(e[4].message ==
        "discussion_minutes (61) is more than total_minutes (60); it must be ≤ "
        "total_minutes");
  CheckIssue(e[5], schedules, 3, 2, "week_start", "2026-06-10");
  CHECK(e[5].message ==
        "2026-06-10 is not a Monday; week_start must be the Monday the week "
        "starts on (this week: 2026-06-08)");
}

TEST_CASE("import csv: several errors are listed at once, in order, as text") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("units.csv", std::string(kUnits) + "U4,00004,Phòng Kinh tế,economist\n");
  dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                 "D1,U1,outgoing,administrative,plan,2026-02-30,1,0\n"
                                 "D2,U9,outgoing,administrative,plan,2026-06-01,si,0\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  CHECK_FALSE(result.ok());
  const std::string documents = (dir.path() / "documents.csv").string();
  const std::string units = (dir.path() / "units.csv").string();
  CHECK(result.ErrorsText() ==
        documents +
            ":2:6: cột 'date', giá trị '2026-02-30': ngày không hợp lệ; dùng YYYY-MM-DD hoặc "
            "dd/mm/yyyy (ngày trước, tháng sau)\n" +
            documents +
            ":3:2: cột 'unit_id', giá trị 'U9': không có 'U9' trong bảng units; dùng một unit_id "
            "có trong bảng units hoặc trong kho\n" +
            documents +
            ":3:7: cột 'electronic', giá trị 'si': không phải giá trị có/không; dùng 1/0, "
            "true/false, yes/no hoặc có/không\n" +
            units +
            ":5:4: cột 'role', giá trị 'economist': giá trị không có trong danh mục; dùng một "
            "trong: committee, office, culture_social, economy, department, service_center, "
            "public_service, village, front\n");
}

TEST_CASE("import csv: messages are Vietnamese by default and English on request") {
  TempDir dir;
  WriteBase(dir);
  dir.Write("schedules.csv",
            "locality_code,week_start,published_date\n"
            "00004,2026-06-03,2026-05-29\n");
  Database db(":memory:");
  const ImportResult vi = ImportDataSet(dir.str(), db, {});
  CHECK(OnlyError(vi).message ==
        "2026-06-03 không phải thứ Hai; week_start phải là thứ Hai đầu tuần (tuần này: "
        "2026-06-01)");
  CHECK(vi.lang == Lang::kVi);
  const ImportResult en = ImportDataSet(dir.str(), db, English());
  CHECK(OnlyError(en).message ==
        "2026-06-03 is not a Monday; week_start must be the Monday the week starts on (this "
        "week: 2026-06-01)");
  CHECK(en.ErrorsText().find(": column 'week_start', value '2026-06-03': ") != std::string::npos);
}

TEST_CASE("import csv: tasks' lead and coordinating units resolve, empty or several leads pass") {
  TempDir dir;
  WriteBase(dir);
  const std::string tasks = dir.Write("tasks.csv",
                                      "task_id,title,lead_unit_id,coordinating_unit_ids,due_date\n"
                                      "T1,Một đơn vị chủ trì,U1,U2; U3,2026-06-30\n"
                                      "T2,Không có đơn vị chủ trì,,,\n"
                                      "T3,Hai đơn vị chủ trì,U1;U2,,\n"
                                      "T4,Đơn vị lạ,U1;U9,U3;;U8,\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.errors.size() == 2, result.ErrorsText());
  CheckIssue(result.errors[0], tasks, 5, 3, "lead_unit_id", "U9");
  CheckIssue(result.errors[1], tasks, 5, 4, "coordinating_unit_ids", "U8");

  dir.Write("tasks.csv",
            "task_id,title,lead_unit_id,coordinating_unit_ids\n"
            "T2,Không có đơn vị chủ trì,,\n"
            "T3,Hai đơn vị chủ trì,U1;U2,\n");
  const ImportResult good = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(good.ok(), good.ErrorsText());
  CHECK(QueryText(db, "SELECT lead_unit_id FROM tasks WHERE task_id = 'T3'") == "U1;U2");
  CHECK(QueryText(db, "SELECT lead_unit_id FROM tasks WHERE task_id = 'T2'") == "NULL");
}

TEST_CASE("import csv: a task's locality is derived from its units or the only commune") {
  TempDir dir;
  dir.Write("localities.csv",
            "code,name,level,parent_code\n"
            "01,Hà Nội,province,\n"
            "00004,Phường Ngọc Hà,ward,01\n"
            "00007,Phường Ba Đình,ward,01\n");
  dir.Write("units.csv",
            "unit_id,locality_code,name,role\n"
            "A1,00004,UBND Ngọc Hà,committee\n"
            "B1,00007,UBND Ba Đình,committee\n");
  const std::string tasks =
      dir.Write("tasks.csv",
                "task_id,title,lead_unit_id,coordinating_unit_ids,locality_code\n"
                "T1,Lead,B1,A1,\n"
                "T2,Coordinating,,B1;A1,\n"
                "T3,Several leads,A1;B1,,\n"
                "T4,Explicit,,,00004\n"
                "T5,Nothing to go by,,,\n");
  Database db(":memory:");
  ImportResult result = ImportDataSet(dir.str(), db, English());
  CheckIssue(OnlyError(result), tasks, 6, 5, "locality_code", "");
  CHECK(result.errors[0].message ==
        "cannot tell the task's locality: it has no known lead or coordinating unit, and the data "
        "has 2 communes/wards/special zones; fill locality_code");

  dir.Write("tasks.csv",
            "task_id,title,lead_unit_id,coordinating_unit_ids,locality_code\n"
            "T1,Lead,B1,A1,\n"
            "T2,Coordinating,,B1;A1,\n"
            "T3,Several leads,A1;B1,,\n"
            "T4,Explicit,,,00004\n");
  result = ImportDataSet(dir.str(), db, English());
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(QueryText(db,
                  "SELECT group_concat(task_id || '=' || locality_code, ' ') FROM (SELECT * "
                  "FROM tasks ORDER BY task_id)") == "T1=00007 T2=00007 T3=00004 T4=00004");

  // One ward (and a province): a task without units belongs to it, also without the column.
  TempDir single;
  WriteBase(single);
  single.Write("tasks.csv",
               "task_id,title\n"
               "T1,Không có đơn vị\n");
  Database db2(":memory:");
  result = ImportDataSet(single.str(), db2, English());
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(QueryText(db2, "SELECT locality_code FROM tasks") == "00004");
}

TEST_CASE("import csv: text is trimmed and report periods keep one spelling") {
  TempDir dir;
  dir.Write("localities.csv",
            "code,name,level\n"
            "  00004  ,\"  Phường Ngọc Hà \t\",ward\n");
  dir.Write("units.csv",
            "unit_id,locality_code,name,role\n"
            "U1,00004,\xC2\xA0UBND\xC2\xA0,committee\n");
  dir.Write("reports.csv",
            "report_id,unit_id,subject,period,submitted_date,form\n"
            "R1,U1,KL226,2026-h1,2026-06-01,data\n"
            "R2,U1,KL226,2026-q3,2026-10-01,data\n"
            "R3,U1,KL226, 2026-07 ,2026-08-01,data\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(QueryText(db, "SELECT code || '|' || name FROM localities") == "00004|Phường Ngọc Hà");
  CHECK(QueryText(db, "SELECT name FROM units") == "UBND");
  CHECK(QueryText(db,
                  "SELECT group_concat(period, ' ') FROM (SELECT period FROM reports ORDER "
                  "BY report_id)") == "2026-H1 2026-Q3 2026-07");
}

TEST_CASE("import csv: a column named twice in the header") {
  TempDir dir;
  WriteBase(dir);
  const std::string file =
      dir.Write("documents.csv",
                "doc_id,unit_id,direction,doc_class,doc_type,date,electronic,secret,Ngày ban hành\n"
                "D1,U1,outgoing,administrative,plan,2026-06-01,1,0,2026-06-01\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  const ImportIssue& issue = OnlyError(result);
  CHECK(issue.file == file);
  CHECK(issue.line == 1);
  CHECK(issue.column == 9);
  CHECK(issue.message == "column 'date' appears twice (columns 6 and 9); keep one");
}

TEST_CASE("import csv: text must be UTF-8") {
  TempDir dir;
  WriteBase(dir);
  const std::string file =
      dir.Write("documents.csv", std::string(kDocumentsHeader) +
                                     "D1,U1,outgoing,administrative,plan,2026-06-01,1,0\n"
                                     "D\xE0\xFE,U1,outgoing,administrative,plan,2026-06-01,1,"
                                     "0\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, English());
  CheckIssue(OnlyError(result), file, 3, 1, "doc_id", "D\xE0\xFE");
  CHECK(result.errors[0].message == "text is not valid UTF-8; save the file as UTF-8");
}

TEST_CASE("import: a path that does not exist or is not a data set") {
  TempDir dir;
  Database db(":memory:");
  const std::string missing = (dir.path() / "nowhere").string();
  ImportResult result = ImportDataSet(missing, db, English());
  CheckIssue(OnlyError(result), missing, 0, 0, "", "");
  CHECK(result.errors[0].message ==
        "path not found; use a folder of CSV files, a .json file or a SQLite database");
  CHECK_FALSE(result.committed);

  const std::string text = dir.Write("data.txt", "hello");
  result = ImportDataSet(text, db, English());
  CHECK(OnlyError(result).message.find("unrecognised data") == 0);
}

TEST_CASE("import: IsSqliteFile reads the header") {
  TempDir dir;
  const std::string db_path = (dir.path() / "store.db").string();
  {
    Database db(db_path);
    db.EnsureSchema();
  }
  CHECK(IsSqliteFile(db_path));
  CHECK_FALSE(IsSqliteFile(dir.Write("x.json", "{}")));
  CHECK_FALSE(IsSqliteFile(dir.Write("short", "SQLite")));
  CHECK_FALSE(IsSqliteFile((dir.path() / "absent").string()));
  CHECK_FALSE(IsSqliteFile(dir.str()));
}

}  // namespace
}  // namespace tuanthu::testing
