// The Excel workbook, read back by an independent reader (openpyxl, Debian's python3-openpyxl):
// text that looks like a formula stays text, dates are real dates, and the findings are the
// JSON output's, row for row. CSV's formula guard is tested here too.
#include "output/xlsx.h"

#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "output/render.h"
#include "report_test_util.h"

namespace tuanthu::report_test {
namespace {

using nlohmann::json;

// Dumps every sheet of the workbook as JSON: name, frozen cell, filter range, and each cell's
// value (dates as {"date": ISO}), openpyxl type ('s' text, 'n' number, 'd' date, 'f' formula) and
// number format; plus how many formula elements the sheet XML holds.
constexpr const char* kDumpScript = R"py(
import datetime, json, sys, zipfile
import openpyxl
path = sys.argv[1]
book = openpyxl.load_workbook(path)
out = {"sheets": [], "formulas": 0,
       "created": book.properties.created.isoformat() if book.properties.created else None}
for sheet in book.worksheets:
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            if isinstance(value, datetime.datetime):
                value = {"date": value.date().isoformat(), "time": value.time().isoformat()}
            cells.append({"v": value, "t": cell.data_type, "f": cell.number_format})
        rows.append(cells)
    out["sheets"].append({"name": sheet.title, "freeze": sheet.freeze_panes,
                          "filter": sheet.auto_filter.ref, "rows": rows})
with zipfile.ZipFile(path) as archive:
    for name in archive.namelist():
        if name.startswith("xl/worksheets/"):
            xml = archive.read(name)
            out["formulas"] += xml.count(b"<f>") + xml.count(b"<f ")
print(json.dumps(out, ensure_ascii=False))
)py";

json DumpWorkbook(const ScratchDir& dir, const std::string& xlsx) {
  const std::string script = dir / "dump.py";
  WriteFile(script, kDumpScript);
  const CommandRun run = Shell(std::string(kPython) + " " + Quote(script) + " " + Quote(xlsx));
  INFO(run.err);
  REQUIRE(run.status == 0);
  return json::parse(run.out);
}

const json& SheetNamed(const json& dump, const std::string& name) {
  for (const json& sheet : dump["sheets"]) {
    if (sheet["name"] == name) return sheet;
  }
  FAIL("no sheet " << name);
  static const json kNone;
  return kNone;
}

bool IsIsoDate(const json& value) {
  return value.is_string() && Date::ParseIso(value.get<std::string>()).has_value();
}

std::string SeverityWordOf(const std::string& severity) {
  if (severity == "violation") return "Vi phạm";
  if (severity == "warning") return "Cảnh báo";
  if (severity == "info") return "Thông tin";
  if (severity == "pass") return "Đạt";
  return "?";
}

// A cell holds what the JSON output says: nothing, the same number, the same date as a real
// date shown dd/mm/yyyy, or the same text.
void CheckCell(const json& cell, const json& expected) {
  CAPTURE(cell.dump());
  CAPTURE(expected.dump());
  if (expected.is_null()) {
    CHECK(cell["v"].is_null());
  } else if (expected.is_number()) {
    REQUIRE(cell["v"].is_number());
    const double want = expected.get<double>();
    CHECK(std::fabs(cell["v"].get<double>() - want) <= 1e-5 * std::max(1.0, std::fabs(want)));
  } else if (IsIsoDate(expected)) {
    REQUIRE(cell["v"].is_object());
    CHECK(cell["t"] == "d");
    CHECK(cell["v"]["date"] == expected);
    CHECK(cell["f"] == "dd/mm/yyyy");
  } else {
    CHECK(cell["t"] == "s");
    CHECK(cell["v"] == expected);
  }
}

// A text cell's text, a date cell's ISO date.
json CellValue(const json& cell) {
  if (cell["v"].is_object() && cell["v"].contains("date")) return cell["v"]["date"];
  return cell["v"];
}

std::string Column(int index) { return std::string(1, static_cast<char>('A' + index)); }

// The findings sheet equals the JSON findings, row for row.
void CompareFindings(const json& dump, const json& findings) {
  const json& sheet = SheetNamed(dump, "Phát hiện");
  const json& rows = sheet["rows"];
  REQUIRE(rows.size() == findings.size() + 1);
  CHECK(sheet["freeze"] == "A2");
  CHECK(sheet["filter"] ==
        "A1:" + Column(static_cast<int>(rows[0].size()) - 1) + std::to_string(findings.size() + 1));
  CHECK(rows[0][2]["v"] == "Quy tắc");
  for (size_t i = 0; i < findings.size(); ++i) {
    const json& f = findings[i];
    const json& row = rows[i + 1];
    CAPTURE(i);
    CAPTURE(f.dump());
    CHECK(row[0]["v"] == f["locality"]);
    CHECK(row[2]["v"] == f["rule"]);
    CHECK(row[3]["v"] == SeverityWordOf(f["severity"]));
    if (f["unit"].is_null()) {
      CHECK(row[4]["v"].get<std::string>().rfind("(toàn ", 0) == 0);
    } else {
      CHECK(row[4]["v"] == f["unit"]);
    }
    CheckCell(row[5], f["period"]);
    CHECK(row[6]["v"] == (f["clause"] == "" ? json(nullptr) : f["clause"]));
    CHECK(row[7]["v"] == f["message"]);
    CheckCell(row[8], f["observed"]);
    CheckCell(row[9], f["expected"]);
    CHECK(row[12]["v"] == f["pack"]);
  }
}

// Every row of every "KPI <code>" sheet is a JSON outcome (passes included) with the same
// numbers and status; every locality has its sheet.
void CompareKpis(const json& dump, const json& all) {
  int sheets = 0;
  size_t rows_seen = 0;
  for (const json& sheet : dump["sheets"]) {
    const std::string name = sheet["name"];
    if (name.rfind("KPI ", 0) != 0) continue;
    ++sheets;
    const std::string code = name.substr(4);
    CHECK(sheet["freeze"] == "A2");
    const json& rows = sheet["rows"];
    REQUIRE(rows.size() > 1);
    for (size_t i = 1; i < rows.size(); ++i, ++rows_seen) {
      const json& row = rows[i];
      CAPTURE(name);
      CAPTURE(row.dump());
      const std::string unit = row[2]["v"];
      const json* match = nullptr;
      for (const json& f : all["findings"]) {
        const bool same_unit =
            f["unit"].is_null() ? unit.rfind("(toàn ", 0) == 0 : f["unit"] == unit;
        if (f["locality"] == code && f["rule"] == row[0]["v"] && same_unit &&
            f["period"] == CellValue(row[3])) {
          match = &f;
          break;
        }
      }
      REQUIRE(match != nullptr);
      CheckCell(row[4], (*match)["observed"]);
      CheckCell(row[5], (*match)["expected"]);
      CHECK(row[8]["v"] == SeverityWordOf((*match)["severity"]));
    }
  }
  CHECK(sheets == static_cast<int>(all["localities"].size()));
  CHECK(rows_seen > 0);
}

// The sweep's KPI sheet (long form): every row is a JSON outcome with the same numbers and
// status, and every locality has rows.
void CompareLongKpis(const json& dump, const json& all) {
  const json& sheet = SheetNamed(dump, "KPI");
  CHECK(sheet["freeze"] == "A2");
  const json& rows = sheet["rows"];
  REQUIRE(rows.size() > 1);
  std::set<std::string> localities;
  for (size_t i = 1; i < rows.size(); ++i) {
    const json& row = rows[i];
    CAPTURE(row.dump());
    const std::string code = row[0]["v"];
    const std::string unit = row[6]["v"];
    const json* match = nullptr;
    for (const json& f : all["findings"]) {
      const bool same_unit = f["unit"].is_null() ? unit.rfind("(toàn ", 0) == 0 : f["unit"] == unit;
      if (f["locality"] == code && f["rule"] == row[4]["v"] && same_unit &&
          f["period"] == CellValue(row[7])) {
        match = &f;
        break;
      }
    }
    REQUIRE(match != nullptr);
    CheckCell(row[9], (*match)["expected"]);
    CheckCell(row[10], (*match)["observed"]);
    CHECK(row[13]["v"] == SeverityWordOf((*match)["severity"]));
    localities.insert(code);
  }
  CHECK(localities.size() == all["localities"].size());
}

// The deadlines sheet holds every outcome of the deadline rules, dates as dates.
void CompareDeadlines(const json& dump, const json& all) {
  const json& rows = SheetNamed(dump, "Thời hạn")["rows"];
  size_t expected = 0;
  for (const json& f : all["findings"]) {
    const std::string rule = f["rule"];
    if (rule == "reports.semiannual" || rule == "reports.annual" || rule == "plans.unit_plan" ||
        rule == "tasks.deadline" || rule == "schedule.weekly") {
      ++expected;
    }
  }
  CHECK(rows.size() == expected + 1);
  CHECK(expected > 0);
  size_t dated = 0;
  for (size_t i = 1; i < rows.size(); ++i) {
    if (rows[i][7]["t"] == "d") {
      ++dated;
      CHECK(rows[i][7]["f"] == "dd/mm/yyyy");
    }
  }
  CHECK(dated > 0);
}

void EndToEnd(const std::string& data_args) {
  if (!HaveOpenpyxl()) {
    MESSAGE(
        "skipped: /usr/bin/python3 with openpyxl is not installed (apt-get install "
        "python3-openpyxl)");
    return;
  }
  ScratchDir dir("xlsx-e2e");
  const std::string xlsx = dir / "report.xlsx";
  const CommandRun findings = Tuanthu("check " + data_args + " --format json");
  REQUIRE_MESSAGE((findings.status == 0 || findings.status == 1), findings.err);
  const CommandRun all = Tuanthu("check " + data_args + " --format json --include-pass");
  REQUIRE_MESSAGE((all.status == 0 || all.status == 1), all.err);
  const CommandRun written = Tuanthu("check " + data_args + " --format xlsx --out " + Quote(xlsx));
  REQUIRE_MESSAGE((written.status == 0 || written.status == 1), written.err);
  CHECK(written.status == findings.status);  // same exit status as the other formats
  CHECK(written.out.empty());

  const json dump = DumpWorkbook(dir, xlsx);
  CHECK(dump["formulas"] == 0);
  CHECK(dump["created"].get<std::string>().rfind("2026-11-24", 0) == 0);
  const json findings_json = json::parse(findings.out);
  REQUIRE(findings_json["findings"].size() > 0);
  CompareFindings(dump, findings_json["findings"]);
  const json all_json = json::parse(all.out);
  CompareDeadlines(dump, all_json);
  if (all_json["localities"].size() == 1) {
    CompareKpis(dump, all_json);
    const json& overview = SheetNamed(dump, "Tổng quan")["rows"];
    CHECK(overview.size() == 5);
    return;
  }
  // A sweep: the fixed sheets, the KPIs in long form, a row per commune.
  CHECK(dump["sheets"].size() == 7);
  CompareLongKpis(dump, all_json);
  CHECK(SheetNamed(dump, "Xã, phường")["rows"].size() == 1 + all_json["localities"].size());
}

}  // namespace

TEST_CASE("csv: text a spreadsheet would run as a formula gets an apostrophe") {
  CHECK(CsvField("=1+1") == "'=1+1");
  CHECK(CsvField("+84 912") == "'+84 912");
  CHECK(CsvField("-2") == "'-2");
  CHECK(CsvField("@SUM(A1)") == "'@SUM(A1)");
  CHECK(CsvField("=HYPERLINK(\"http://x\",\"y\")") ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(CsvField("a=b") == "a=b");
  CHECK(CsvField("SLL-U02") == "SLL-U02");
  CHECK(CsvField("") == "");

  CheckResult result = SampleResult();
  result.findings[0].message = "=cmd|' /C calc'!A0";
  result.findings[0].clause = "@SUM(1+1)";
  const std::string csv = RenderCsv(result, {});
  CHECK(csv.find(",'=cmd|' /C calc'!A0,") != std::string::npos);
  CHECK(csv.find(",'@SUM(1+1),") != std::string::npos);
  CHECK(csv.find(",=cmd") == std::string::npos);
}

TEST_CASE("xlsx: the same result gives the same bytes, a bad path is an error") {
  ScratchDir dir("xlsx-bytes");
  const CheckResult result = SampleResult();
  std::string error;
  REQUIRE(WriteXlsx(result, {}, dir / "a.xlsx", &error));
  REQUIRE(WriteXlsx(result, {}, dir / "b.xlsx", &error));
  const std::string a = ReadFile(dir / "a.xlsx");
  CHECK(a.size() > 4000);
  CHECK(a.rfind("PK", 0) == 0);
  CHECK(a == ReadFile(dir / "b.xlsx"));
  CHECK_FALSE(std::filesystem::exists(dir / "a.xlsx.tmp"));

  const std::string bad = dir / "no-such-folder/report.xlsx";
  CHECK_FALSE(WriteXlsx(result, {}, bad, &error));
  CHECK(error.find(bad) != std::string::npos);
}

TEST_CASE("xlsx: text that begins with = + - @ is written as text, never as a formula") {
  if (!HaveOpenpyxl()) {
    MESSAGE(
        "skipped: /usr/bin/python3 with openpyxl is not installed (apt-get install "
        "python3-openpyxl)");
    return;
  }
  CheckResult result = SampleResult();
  const std::vector<std::string> hostile = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2",
                                            "-3+4", "@SUM(A1:A2)"};
  for (Finding& f : result.findings) {
    if (f.rule != "meetings.duration") continue;
    f.message = hostile[0];
    f.unit = hostile[1];
    f.clause = hostile[2];
    f.evidence = {hostile[3]};
  }
  // A control character (not allowed in XML) must not break the file.
  result.localities[0].manual[0].text = std::string("Chuông\x07 và tab\tcuối");
  ScratchDir dir("xlsx-formula");
  const std::string path = dir / "formula.xlsx";
  std::string error;
  REQUIRE_MESSAGE(WriteXlsx(result, {}, path, &error), error);
  const json dump = DumpWorkbook(dir, path);
  CHECK(dump["formulas"] == 0);
  CHECK(dump["created"].get<std::string>().rfind("2026-11-24", 0) == 0);
  bool found = false;
  for (const json& row : SheetNamed(dump, "Phát hiện")["rows"]) {
    if (row[2]["v"] != "meetings.duration") continue;
    found = true;
    CHECK(row[7]["v"] == hostile[0]);
    CHECK(row[4]["v"] == hostile[1]);
    CHECK(row[6]["v"] == hostile[2]);
    CHECK(row[10]["v"] == hostile[3]);
    for (int col : {4, 6, 7, 10}) CHECK(row[col]["t"] == "s");
    // The finding's period is a date: a real one.
    CHECK(row[5]["t"] == "d");
    CHECK(row[5]["v"]["date"] == "2026-05-12");
    // A measured number stays a number.
    CHECK(row[8]["t"] == "n");
  }
  CHECK(found);
  // The unit named <script> is plain text in a spreadsheet.
  bool script_unit = false;
  for (const json& row : SheetNamed(dump, "KPI L1")["rows"]) {
    if (row[2]["v"] == kScriptUnit) script_unit = row[2]["t"] == "s";
  }
  CHECK(script_unit);
  const json& manual = SheetNamed(dump, "Kiểm tra thủ công")["rows"];
  REQUIRE(manual.size() == 2);
  CHECK(manual[1][3]["v"].get<std::string>().find("Chuông") == 0);
  CHECK(manual[1][3]["v"].get<std::string>().find("tab\tcuối") != std::string::npos);
  // Sheets, in order.
  std::vector<std::string> names;
  for (const json& sheet : dump["sheets"]) names.push_back(sheet["name"]);
  CHECK(names == std::vector<std::string>{"Tổng quan", "Phát hiện", "KPI L1", "Thời hạn",
                                          "Kiểm tra thủ công"});
}

TEST_CASE("xlsx e2e: Sì Lở Lầu read back with openpyxl equals the JSON findings") {
  EndToEnd("--data data/si-lo-lau --pack vn/lai-chau/si-lo-lau --as-of 2026-11-24");
}

TEST_CASE("xlsx e2e: the province sweep read back with openpyxl equals the JSON findings") {
  EndToEnd("--data data/province-sweep --as-of 2026-11-24");
}

TEST_CASE("xlsx e2e: --format xlsx and html need --out") {
  for (const char* format : {"xlsx", "html"}) {
    CAPTURE(format);
    const CommandRun run =
        Tuanthu(std::string("check --data data/si-lo-lau --as-of 2026-11-24 --format ") + format);
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find("--out TỆP") != std::string::npos);
  }
}

}  // namespace tuanthu::report_test
