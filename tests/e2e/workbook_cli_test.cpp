// The office's path end to end: `tuanthu template`, the blank workbook filled by an independent
// writer (openpyxl, tests/e2e/fill_workbook.py) with real dates and có/không, then `check` and
// `import` of that workbook give exactly what the same data set gives as CSV or JSON.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "run_tool.h"

namespace tuanthu::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kPython = "/usr/bin/python3";

std::string Template(const fs::path& dir, const std::string& lang = "vi") {
  const std::string path = (dir / ("mau-" + lang + ".xlsx")).string();
  const ToolRun run = Tool("template --out " + Quote(path) + " --lang " + lang);
  INFO(run.err);
  REQUIRE(run.status == 0);
  return path;
}

std::string Fill(const fs::path& dir, const std::string& template_path, const std::string& data,
                 const std::string& flags = "") {
  const std::string out = (dir / "filled.xlsx").string();
  const CommandRun run =
      Shell(std::string(kPython) + " tests/e2e/fill_workbook.py " + Quote(template_path) + " " +
            Quote(data) + " " + Quote(out) + " " + flags);
  INFO(run.err);
  REQUIRE(run.status == 0);
  return out;
}

// The workbook's findings are the data set's, byte for byte, and so is the exit status.
void CheckSameFindings(const std::string& name, const std::string& data, const std::string& as_of,
                       const std::string& flags = "") {
  const fs::path dir = TempDir("workbook-" + name);
  const std::string workbook = Fill(dir, Template(dir), data, flags);
  const std::string args = " --as-of " + as_of + " --format json";
  const ToolRun from_data = Tool("check --data " + Quote(data) + args);
  const ToolRun from_workbook = Tool("check --data " + Quote(workbook) + args);
  INFO(from_workbook.err);
  REQUIRE(from_data.status <= 1);
  CHECK(from_workbook.status == from_data.status);
  CHECK(json::parse(from_data.out)["findings"].size() > 0);
  CHECK(from_workbook.out == from_data.out);

  // Imported into a store, the same counts.
  const TestStore store(dir, "store.db"), store_data(dir, "store-data.db");
  const ToolRun imported = Tool("import --data " + Quote(workbook) + " --db " + Quote(store));
  const ToolRun imported_data = Tool("import --data " + Quote(data) + " --db " + Quote(store_data));
  INFO(imported.err);
  CHECK(imported.status == 0);
  CHECK(imported.out == imported_data.out);
  fs::remove_all(dir);
}

TEST_CASE("e2e workbook: Sì Lở Lầu filled into the template checks as its CSV") {
  CheckSameFindings("si-lo-lau", "data/si-lo-lau", "2026-06-10");
}

TEST_CASE("e2e workbook: Yên Định filled into the template checks as its CSV") {
  CheckSameFindings("yen-dinh", "data/yen-dinh", "2026-11-24");
}

TEST_CASE("e2e workbook: An Phú filled into the template checks as its JSON") {
  CheckSameFindings("an-phu", "data/an-phu/an-phu.json", "2026-06-10");
}

TEST_CASE("e2e workbook: Thiên Tân filled into the template checks as its CSV") {
  CheckSameFindings("thien-tan", "data/thien-tan", "2026-11-24");
}

TEST_CASE("e2e workbook: Ngọc Hà filled into the template checks as its CSV") {
  CheckSameFindings("ngoc-ha", "data/ngoc-ha", "2026-06-10");
}

TEST_CASE("e2e workbook: the province sweep filled into the template checks as its CSV") {
  CheckSameFindings("province-sweep", "data/province-sweep", "2026-11-24");
}

TEST_CASE("e2e workbook: filled every way people fill cells, the findings do not change") {
  // Text dates, x and TRUE and 1 for yes, numbers typed as text, a notes sheet, units moved last.
  CheckSameFindings("mixed", "data/thien-tan", "2026-06-10", "--mixed");
}

TEST_CASE("e2e workbook: saved in the 1904 date system, the findings do not change") {
  CheckSameFindings("mac", "data/si-lo-lau", "2026-11-24", "--1904");
}

TEST_CASE("e2e workbook: strings in a shared-string table, as Excel stores them") {
  CheckSameFindings("shared", "data/yen-dinh", "2026-06-10", "--shared --mixed");
}

TEST_CASE("e2e workbook: a notes sheet is ignored with a notice naming it") {
  const fs::path dir = TempDir("workbook-notice");
  const std::string workbook = Fill(dir, Template(dir), "data/si-lo-lau", "--mixed");
  const ToolRun run = Tool("check --data " + Quote(workbook) + " --as-of 2026-06-10 --lang en");
  CHECK(run.err.find("sheet 'Ghi chú' ignored") != std::string::npos);
  CHECK(run.err.find("Instructions") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE(
    "e2e workbook: a wrong cell stops the check and is named sheet!cell, --keep-good imports "
    "the rest") {
  const fs::path dir = TempDir("workbook-bad-cell");
  const std::string workbook = Fill(dir, Template(dir), "data/si-lo-lau");
  const CommandRun edit =
      Shell(std::string(kPython) +
            " -c \"import openpyxl, sys; b = openpyxl.load_workbook(sys.argv[1]); "
            "s = b['meetings']; s['F4'] = '31/02/2026'; s['H7'] = 'zoom'; "
            "b.save(sys.argv[1])\" " +
            Quote(workbook));
  REQUIRE(edit.status == 0);
  const ToolRun check = Tool("check --data " + Quote(workbook) + " --as-of 2026-06-10");
  CHECK(check.status == 2);
  CHECK(check.err.find(workbook + ": meetings!F4: cột 'start_date', giá trị '31/02/2026': ngày "
                                  "không hợp lệ") != std::string::npos);
  CHECK(check.err.find(workbook + ": meetings!H7: cột 'format', giá trị 'zoom'") !=
        std::string::npos);

  const TestStore store(dir, "store.db");
  const ToolRun strict = Tool("import --data " + Quote(workbook) + " --db " + Quote(store));
  CHECK(strict.status == 2);
  const ToolRun kept =
      Tool("import --data " + Quote(workbook) + " --db " + Quote(store) +
           " --keep-good --rejects " + Quote((dir / "rejects.csv").string()) + " --lang en");
  CHECK(kept.status == 1);
  CHECK(kept.out.find("meetings: read") != std::string::npos);
  const std::string rejects = ReadAll(dir / "rejects.csv");
  CHECK(rejects.find(",4,meetings,start_date,31/02/2026,not a valid date") != std::string::npos);
  CHECK(rejects.find(",7,meetings,format,zoom,") != std::string::npos);
  fs::remove_all(dir);
}

// What openpyxl sees in the template: sheets, header row, validations, comments, formats.
constexpr const char* kDumpTemplate = R"py(
import json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": book.sheetnames, "tables": {}}
for sheet in book.worksheets[1:]:
    columns = []
    for cell in sheet[1]:
        letter = cell.column_letter
        kinds = [dv for dv in sheet.data_validations.dataValidation
                 if any(str(r).startswith(letter + "2:") for r in str(dv.sqref).split())]
        columns.append({
            "name": cell.value,
            "comment": cell.comment.text if cell.comment else None,
            "validation": kinds[0].type if kinds else None,
            "list": kinds[0].formula1 if kinds else None,
            "prompt": kinds[0].prompt if kinds else None,
            "format": sheet.column_dimensions[letter].number_format if letter in sheet.column_dimensions else None,
            "width": sheet.column_dimensions[letter].width if letter in sheet.column_dimensions else None,
        })
    out["tables"][sheet.title] = {"freeze": sheet.freeze_panes, "columns": columns,
                                  "rows": sheet.max_row}
first = book.worksheets[0]
out["instructions"] = [[c for c in row] for row in first.iter_rows(values_only=True)]
print(json.dumps(out, ensure_ascii=False))
)py";

json DumpTemplate(const fs::path& dir, const std::string& path) {
  const std::string script = (dir / "dump.py").string();
  {
    std::ofstream out(script);
    out << kDumpTemplate;
  }
  const CommandRun run = Shell(std::string(kPython) + " " + Quote(script) + " " + Quote(path));
  INFO(run.err);
  REQUIRE(run.status == 0);
  return json::parse(run.out);
}

TEST_CASE("e2e template: a sheet per table, the exact column names, lists, dates and help") {
  const fs::path dir = TempDir("template");
  const json dump = DumpTemplate(dir, Template(dir));
  const std::vector<std::string> expected_sheets = {
      "Hướng dẫn", "localities", "units",    "meetings",  "documents", "dossiers",
      "reports",   "tasks",      "feedback", "schedules", "baselines"};
  CHECK(dump["sheets"] == json(expected_sheets));

  const json& meetings = dump["tables"]["meetings"];
  CHECK(meetings["freeze"] == "A2");
  CHECK(meetings["rows"] == 1);
  std::vector<std::string> names;
  for (const json& column : meetings["columns"]) names.push_back(column["name"]);
  CHECK(names == std::vector<std::string>{"meeting_id", "unit_id", "role", "category", "kind",
                                          "start_date", "duration_days", "format", "paperless",
                                          "organizer_level", "attended", "materials_sent_date",
                                          "total_minutes", "discussion_minutes"});
  for (const auto& [table, sheet] : dump["tables"].items()) {
    for (const json& column : sheet["columns"]) {
      INFO(table << "." << column["name"]);
      CHECK(column["comment"].is_string());
      CHECK(column["prompt"].is_string());
      CHECK(column["width"].get<double>() >= 12);
    }
  }
  const json& format = meetings["columns"][7];
  CHECK(format["validation"] == "list");
  CHECK(format["list"] == "\"online,in_person,hybrid\"");
  CHECK(meetings["columns"][8]["list"] == "\"có,không\"");
  CHECK(meetings["columns"][5]["validation"] == "date");
  CHECK(meetings["columns"][5]["format"] == "dd/mm/yyyy");
  CHECK(meetings["columns"][0]["format"] == "@");
  CHECK(meetings["columns"][5]["comment"].get<std::string>().find("Ví dụ: 15/05/2026") !=
        std::string::npos);
  CHECK(dump["tables"]["units"]["columns"][3]["list"].get<std::string>().find("culture_social") !=
        std::string::npos);
  CHECK(dump["tables"]["documents"]["columns"][2]["list"] == "\"outgoing,incoming\"");

  // The instructions explain every column, in Vietnamese.
  const std::string instructions = dump["instructions"].dump();
  CHECK(instructions.find("discussion_minutes") != std::string::npos);
  CHECK(instructions.find("Thời gian thảo luận") != std::string::npos);

  // The same command writes the same bytes (no clock in the file).
  const std::string first = ReadAll(dir / "mau-vi.xlsx");
  Template(dir);
  CHECK(ReadAll(dir / "mau-vi.xlsx") == first);

  const json english = DumpTemplate(dir, Template(dir, "en"));
  CHECK(english["sheets"][0] == "Instructions");
  CHECK(english["instructions"].dump().find("Time for discussion") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE(
    "e2e template: the blank workbook reads as an empty data set, as header-only CSV files do") {
  const fs::path dir = TempDir("template-empty");
  const ToolRun run =
      Tool("check --data " + Quote(Template(dir)) + " --as-of 2026-06-10 --lang en");
  CHECK(run.status == 2);
  CHECK(run.err.find("no locality of the data set") != std::string::npos);
  CHECK(run.err.find("bỏ qua") == std::string::npos);  // the instructions sheet is expected
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tuanthu::testing
