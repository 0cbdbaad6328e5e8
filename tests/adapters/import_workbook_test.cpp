// Workbook (.xlsx) import: every form a cell can take in SpreadsheetML, both date systems, sheets
// in any order and extra ones, errors named by sheet and cell, and the files that are not
// workbooks. The workbooks are written part by part (workbook_test_util.h).
#include <doctest/doctest.h>

#include <memory>

#include "import/importer.h"
#include "import_test_util.h"
#include "ooxml/workbook.h"
#include "tuanthu/date.h"
#include "workbook_test_util.h"

namespace tuanthu::testing {
namespace {

const std::vector<std::string> kMeetingHeader = {
    "meeting_id",    "unit_id",           "role",          "category",
    "kind",          "start_date",        "duration_days", "format",
    "paperless",     "organizer_level",   "attended",      "materials_sent_date",
    "total_minutes", "discussion_minutes"};

std::string Serial(int year, int month, int day, bool date1904 = false) {
  const Date origin = date1904 ? Date::FromCivil(1904, 1, 1) : Date::FromCivil(1899, 12, 30);
  return std::to_string(Date::FromCivil(year, month, day) - origin);
}

XlsxSheet Localities() {
  return {"localities",
          TextRow(1, {"code", "name", "level", "parent_code", "pack"}) +
              TextRow(2, {"01", "Thành phố Hà Nội", "province", "", "vn/ha-noi"}) +
              // The ward's code typed as the number 4 in a cell formatted 00000.
              Row(3, Number("A3", "4", 4) + Inline("B3", "Phường Ngọc Hà") + Inline("C3", "ward") +
                         Inline("D3", "01") + Inline("E3", "vn/ha-noi/ngoc-ha"))};
}

// Units through shared strings, one of them rich text with a phonetic run that is not text.
XlsxSheet Units(XlsxBook* book) {
  book->shared_strings = {"<t>unit_id</t>", "<t>U1</t>",
                          "<r><t>UBND phường </t></r><r><t>Ngọc Hà</t></r><rPh><t>x</t></rPh>",
                          "<t xml:space=\"preserve\">  committee </t>"};
  return {"units",
          Row(1, Shared("A1", 0) + Inline("B1", "locality_code") + Inline("C1", "name") +
                     Inline("D1", "role")) +
              Row(2, Shared("A2", 1) + Inline("B2", "00004") + Shared("C2", 2) + Shared("D2", 3)) +
              TextRow(3, {"U2", "00004", "Văn phòng_x000D_HĐND", "office"})};
}

std::unique_ptr<Database> ImportInto(const std::string& path, ImportResult* result,
                                     bool keep_good = false, Lang lang = Lang::kVi) {
  auto db = std::make_unique<Database>(":memory:");
  ImportOptions options;
  options.keep_good_rows = keep_good;
  options.lang = lang;
  *result = ImportDataSet(path, *db, options);
  return db;
}

TEST_CASE("import xlsx: strings shared, inline and rich, real and text dates, x, TRUE and 1") {
  TempDir dir;
  XlsxBook book;
  XlsxSheet units = Units(&book);
  std::string meetings = TextRow(1, kMeetingHeader);
  // M1: a built-in date style, decimal number, TRUE cell, x, numbers as numbers.
  meetings += Row(2, Inline("A2", "M1") + Inline("B2", "U1") + Inline("C2", "host") +
                         Inline("D2", "meeting") + Inline("E2", "briefing") +
                         Number("F2", Serial(2026, 5, 15), 1) + Number("G2", "0.5") +
                         Inline("H2", "online") + Boolean("I2", true) + Inline("K2", "x") +
                         Number("L2", Serial(2026, 5, 12) + ".75", 2) + Number("M2", "120") +
                         Number("N2", "45"));
  // M2: a date typed as text, numbers stored as text, không, 1 as a number, no `r` on cells.
  meetings += R"(<row r="3">)" + Inline("A3", "M2") + Inline("B3", "U2") +
              R"(<c t="inlineStr"><is><t>attendee</t></is></c>)" + Inline("D3", "conference") +
              Inline("E3", "dissemination") + Inline("F3", "03/06/2026") + Inline("G3", "1") +
              Inline("H3", "hybrid") + Inline("I3", "không") + Inline("J3", "province") +
              Number("K3", "1") + Number("L3", Serial(2026, 6, 1)) + Inline("M3", "90") +
              // A formula whose result is the empty text: an empty cell.
              R"(<c r="N3" t="str"><f>IF(M3&gt;100,"x","")</f><v></v></c>)" + "</row>";
  // Empty and formatted rows and columns around the data are nothing.
  meetings += R"(<row r="4" s="3" customFormat="1"/><row r="9"><c r="C9" s="3"/></row>)";
  // Periods: text, a year as a number, and a month a spreadsheet turned into a date.
  const std::string reports =
      TextRow(1, {"report_id", "unit_id", "subject", "period", "submitted_date", "form"}) +
      Row(2, Inline("A2", "R1") + Inline("B2", "U1") + Inline("C2", "KL226") +
                 Number("D2", Serial(2026, 7, 1), 2) + Number("E2", Serial(2026, 8, 3), 1) +
                 Inline("F2", "electronic")) +
      Row(3, Inline("A3", "R2") + Inline("B3", "U1") + Inline("C3", "KL226") +
                 Number("D3", "2026") + Inline("E3", "2026-12-01") + Inline("F3", "paper")) +
      Row(4, Inline("A4", "R3") + Inline("B4", "U1") + Inline("C4", "KL226") +
                 Inline("D4", "2026-h1") + Inline("E4", "4/6/2026") + Inline("F4", "data"));
  book.sheets = {Localities(), units, {"meetings", meetings}, {"reports", reports}};
  const std::string path = dir.str() + "/data.xlsx";
  WriteXlsx(path, book);

  ImportResult result;
  auto db = ImportInto(path, &result);
  INFO(result.ErrorsText());
  REQUIRE(result.ok());
  CHECK(result.counts["meetings"].read == 2);
  CHECK(result.counts["units"].imported == 2);
  CHECK(QueryText(*db, "SELECT name FROM units WHERE unit_id='U1'") == "UBND phường Ngọc Hà");
  CHECK(QueryText(*db, "SELECT role FROM units WHERE unit_id='U1'") == "committee");
  CHECK(QueryText(*db, "SELECT name FROM units WHERE unit_id='U2'") == "Văn phòng\rHĐND");
  CHECK(QueryText(*db, "SELECT code FROM localities WHERE level='ward'") == "00004");
  CHECK(QueryText(*db,
                  "SELECT start_date || ' ' || duration_days || ' ' || paperless || ' ' || "
                  "attended || ' ' || materials_sent_date || ' ' || total_minutes FROM meetings "
                  "WHERE meeting_id='M1'") == "2026-05-15 0.5 1 1 2026-05-12 120");
  CHECK(QueryText(*db,
                  "SELECT role || ' ' || start_date || ' ' || duration_days || ' ' || paperless "
                  "|| ' ' || attended || ' ' || materials_sent_date || ' ' || total_minutes FROM "
                  "meetings WHERE meeting_id='M2'") == "attendee 2026-06-03 1.0 0 1 2026-06-01 90");
  CHECK(QueryText(*db, "SELECT discussion_minutes IS NULL FROM meetings WHERE meeting_id='M2'") ==
        "1");
  CHECK(QueryText(*db,
                  "SELECT group_concat(period || '@' || submitted_date, ' ') FROM (SELECT * "
                  "FROM reports ORDER BY report_id)") ==
        "2026-07@2026-08-03 2026@2026-12-01 2026-H1@2026-06-04");
}

TEST_CASE("import xlsx: the 1904 date system moves every serial date by 1462 days") {
  TempDir dir;
  XlsxBook book;
  book.date1904 = true;
  XlsxSheet units = Units(&book);
  const std::string meetings =
      TextRow(1, kMeetingHeader) +
      Row(2, Inline("A2", "M1") + Inline("B2", "U1") + Inline("C2", "host") +
                 Inline("D2", "meeting") + Inline("E2", "briefing") +
                 Number("F2", Serial(2026, 5, 15, true), 2) + Number("G2", "1") +
                 Inline("H2", "online"));
  book.sheets = {Localities(), units, {"meetings", meetings}};
  const std::string path = dir.str() + "/mac.xlsx";
  WriteXlsx(path, book);
  ImportResult result;
  auto db = ImportInto(path, &result);
  INFO(result.ErrorsText());
  REQUIRE(result.ok());
  CHECK(QueryText(*db, "SELECT start_date FROM meetings") == "2026-05-15");

  CHECK(ooxml::SerialToIsoDate(46157, false) == "2026-05-15");
  CHECK(ooxml::SerialToIsoDate(44695, true) == "2026-05-15");
  CHECK(ooxml::SerialToIsoDate(1, false) == "1900-01-01");
  CHECK(ooxml::SerialToIsoDate(60, false) == "1900-02-29");  // Excel's phantom day: not a date
  CHECK(ooxml::SerialToIsoDate(61, false) == "1900-03-01");
  CHECK(ooxml::SerialToIsoDate(0, true) == "1904-01-01");
}

TEST_CASE("import xlsx: a bad cell is named sheet!cell with its value and what is valid") {
  TempDir dir;
  XlsxBook book;
  XlsxSheet units = Units(&book);
  const std::string meetings =
      TextRow(1, kMeetingHeader) +
      Row(2, Inline("A2", "M1") + Inline("B2", "U1") + Inline("C2", "host") +
                 Inline("D2", "meeting") + Inline("E2", "briefing") +
                 Number("F2", Serial(2026, 5, 15), 1) + Number("G2", "1") +
                 Inline("H2", "online")) +
      Row(4, Inline("A4", "M2") + Inline("B4", "U9") + Inline("C4", "host") +
                 Inline("D4", "meeting") + Inline("E4", "briefing") + Inline("F4", "31/02/2026") +
                 Number("G4", "1") + Inline("H4", "zoom") + Inline("I4", "maybe")) +
      Row(5, Inline("A5", "M3") + Inline("B5", "U1") + Inline("C5", "host") +
                 Inline("D5", "meeting") + Inline("E5", "briefing") +
                 Number("F5", Serial(2026, 5, 15), 1) + Number("G5", "1") + Inline("H5", "online") +
                 R"(<c r="M5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="N5"><f>M5/2</f></c>)");
  book.sheets = {Localities(), units, {"meetings", meetings}};
  const std::string path = dir.str() + "/bad.xlsx";
  WriteXlsx(path, book);

  ImportResult result;
  auto db = ImportInto(path, &result);
  const std::string text = result.ErrorsText();
  INFO(text);
  CHECK_FALSE(result.committed);
  CHECK(CountRows(*db, "meetings") == 0);
  CHECK(text.find(path + ": meetings!B4: cột 'unit_id', giá trị 'U9'") != std::string::npos);
  CHECK(text.find(path +
                  ": meetings!F4: cột 'start_date', giá trị '31/02/2026': ngày không hợp lệ") !=
        std::string::npos);
  CHECK(text.find("meetings!H4: cột 'format', giá trị 'zoom': giá trị không có trong danh mục; "
                  "dùng một trong: online, in_person, hybrid") != std::string::npos);
  CHECK(text.find("meetings!I4: cột 'paperless', giá trị 'maybe'") != std::string::npos);
  CHECK(text.find("meetings!M5: cột 'total_minutes', giá trị '#DIV/0!': ô chứa lỗi công thức") !=
        std::string::npos);
  CHECK(text.find("meetings!N5: cột 'discussion_minutes'") != std::string::npos);
  CHECK(text.find("chưa có giá trị được lưu") != std::string::npos);

  ImportResult english;
  ImportInto(path, &english, false, Lang::kEn);
  CHECK(english.ErrorsText().find("meetings!F4: column 'start_date', value '31/02/2026': not a "
                                  "valid date") != std::string::npos);

  ImportResult kept;
  auto partial = ImportInto(path, &kept, true);
  CHECK(kept.committed);
  CHECK(kept.counts["meetings"].read == 3);
  CHECK(kept.counts["meetings"].imported == 1);
  CHECK(kept.counts["meetings"].rejected == 2);
  CHECK(CountRows(*partial, "meetings") == 1);
}

TEST_CASE("import xlsx: sheets in any order, any case, others ignored with a notice") {
  TempDir dir;
  XlsxBook book;
  XlsxSheet units = Units(&book);
  units.name = "Units";
  book.sheets = {{"Ghi chú", TextRow(1, {"notes"})},
                 {"meetings", TextRow(1, kMeetingHeader)},
                 units,
                 {"Hướng dẫn", TextRow(1, {"instructions"})},
                 Localities()};
  const std::string path = dir.str() + "/order.xlsx";
  WriteXlsx(path, book);
  ImportResult result;
  auto db = ImportInto(path, &result);
  INFO(result.ErrorsText());
  REQUIRE(result.ok());
  CHECK(CountRows(*db, "units") == 2);
  REQUIRE(result.notices.size() == 1);
  CHECK(result.notices[0].find("bỏ qua trang tính 'Ghi chú'") != std::string::npos);

  // A workbook without the required units sheet says so, by sheet.
  book.sheets = {Localities()};
  WriteXlsx(path, book);
  ImportInto(path, &result, false, Lang::kEn);
  CHECK(result.ErrorsText().find("the workbook has no sheet 'units'") != std::string::npos);

  // A header missing a required column is reported on the header row.
  book.sheets = {Localities(), {"units", TextRow(1, {"unit_id", "name", "role"})}};
  WriteXlsx(path, book);
  ImportInto(path, &result, false, Lang::kEn);
  CHECK(result.ErrorsText().find(path + ": units!1:1: ") != std::string::npos);
  CHECK(result.ErrorsText().find("locality_code") != std::string::npos);
}

TEST_CASE("import xlsx: a file that is not a workbook, a locked one and a truncated one") {
  TempDir dir;
  ImportResult result;

  const std::string csv = dir.Write("data.xlsx", "code,name\n01,Hà Nội\n");
  ImportInto(csv, &result);
  CHECK(result.ErrorsText().find("không phải tệp Excel (.xlsx)") != std::string::npos);

  std::string cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  cfb.resize(512, '\0');
  for (char c : std::string("EncryptedPackage")) {
    cfb += c;
    cfb += '\0';
  }
  cfb.resize(1536, '\0');
  const std::string locked = dir.Write("locked.xlsx", cfb);
  ImportInto(locked, &result);
  CHECK(result.ErrorsText().find("được bảo vệ bằng mật khẩu") != std::string::npos);
  ImportInto(locked, &result, false, Lang::kEn);
  CHECK(result.ErrorsText().find("protected by a password") != std::string::npos);

  XlsxBook book;
  XlsxSheet units = Units(&book);
  book.sheets = {Localities(), units};
  const std::string whole = dir.str() + "/whole.xlsx";
  WriteXlsx(whole, book);
  const std::string bytes = dir.Read("whole.xlsx");
  const std::string cut = dir.Write("cut.xlsx", bytes.substr(0, bytes.size() - 40));
  ImportInto(cut, &result, false, Lang::kEn);
  CHECK(result.ErrorsText().find("truncated or damaged") != std::string::npos);
  CHECK(result.counts["units"].imported == 0);

  // A part whose bytes were damaged in transit: found when the sheet is read, named by sheet.
  std::string damaged = bytes;
  const size_t local_header = damaged.find("xl/worksheets/sheet2.xml");
  REQUIRE(local_header != std::string::npos);
  damaged[local_header + 24 + 12] = static_cast<char>(damaged[local_header + 24 + 12] ^ 0x55);
  const std::string broken = dir.Write("broken.xlsx", damaged);
  ImportInto(broken, &result, false, Lang::kEn);
  INFO(result.ErrorsText());
  CHECK(result.ErrorsText().find(broken + ": units: the zip file is truncated or damaged "
                                          "(xl/worksheets/sheet2.xml)") != std::string::npos);
  CHECK_FALSE(result.committed);

  WriteZipFile(dir.str() + "/letter.docx",
               {{"word/document.xml", "<w:document xmlns:w=\"urn:w\"/>"}});
  std::filesystem::rename(dir.str() + "/letter.docx", dir.str() + "/letter.xlsx");
  ImportInto(dir.str() + "/letter.xlsx", &result, false, Lang::kEn);
  CHECK(result.ErrorsText().find("not an Excel workbook") != std::string::npos);

  WriteZipFile(dir.str() + "/calc.xlsx",
               {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                {"content.xml", "<office:document-content xmlns:office=\"urn:o\"/>"}});
  ImportInto(dir.str() + "/calc.xlsx", &result, false, Lang::kEn);
  CHECK(result.ErrorsText().find("OpenDocument (.ods)") != std::string::npos);
}

TEST_CASE("ooxml: number formats that show dates, and column letters") {
  CHECK(ooxml::IsDateFormatCode("dd/mm/yyyy"));
  CHECK(ooxml::IsDateFormatCode("[$-42A]d mmmm yyyy"));
  CHECK(ooxml::IsDateFormatCode("m/d/yy h:mm"));
  CHECK_FALSE(ooxml::IsDateFormatCode("0.00"));
  CHECK_FALSE(ooxml::IsDateFormatCode("#,##0\" ngày\""));
  CHECK_FALSE(ooxml::IsDateFormatCode("[Red]0.0"));
  CHECK_FALSE(ooxml::IsDateFormatCode("h:mm"));
  CHECK(ooxml::ColumnNumber("F4") == 6);
  CHECK(ooxml::ColumnNumber("AA1") == 27);
  CHECK(ooxml::ColumnLetters(27) == "AA");
  CHECK(ooxml::ColumnLetters(16384) == "XFD");
}

}  // namespace
}  // namespace tuanthu::testing
