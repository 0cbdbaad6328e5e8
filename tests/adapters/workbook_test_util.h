// Workbooks written by hand, part by part, for the reader's tests: each test says exactly which
// SpreadsheetML forms its cells take (shared or inline strings, typed booleans, styled dates,
// formulas, the 1904 date system), which no single spreadsheet program would all produce.
#pragma once

#include <doctest/doctest.h>
#include <zip.h>

#include <map>
#include <string>
#include <vector>

namespace tuanthu::testing {

struct XlsxSheet {
  std::string name;
  std::string rows;  // the <row> elements of <sheetData>
};

struct XlsxBook {
  std::vector<XlsxSheet> sheets;
  std::vector<std::string> shared_strings;  // each an <si> body, e.g. "<t>U1</t>"
  bool date1904 = false;
};

inline void WriteZipFile(const std::string& path, const std::map<std::string, std::string>& parts) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  REQUIRE(zip != nullptr);
  for (const auto& [name, text] : parts) {
    zip_source_t* source = zip_source_buffer(zip, text.data(), text.size(), 0);
    REQUIRE(source != nullptr);
    REQUIRE(zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
}

// Style 0 is General, 1 a built-in date (14), 2 a custom "dd/mm/yyyy", 3 text ("@"), 4 a number
// shown with leading zeros ("00000").
inline void WriteXlsx(const std::string& path, const XlsxBook& book) {
  constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  constexpr const char* kRel =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::map<std::string, std::string> parts;
  parts["[Content_Types].xml"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)";
  parts["_rels/.rels"] =
      std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") +
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
      R"(<Relationship Id="rId1" Type=")" + kRel +
      R"(/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
  std::string workbook = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns=")") +
                         kMain + R"(" xmlns:r=")" + kRel + R"(">)";
  if (book.date1904) workbook += R"(<workbookPr date1904="1"/>)";
  workbook += "<sheets>";
  std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (size_t i = 0; i < book.sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    workbook += R"(<sheet name=")" + book.sheets[i].name + R"(" sheetId=")" + n + R"(" r:id="rId)" +
                n + R"("/>)";
    rels += R"(<Relationship Id="rId)" + n + R"(" Type=")" + kRel +
            R"(/worksheet" Target="worksheets/sheet)" + n + R"(.xml"/>)";
    parts["xl/worksheets/sheet" + n + ".xml"] =
        std::string(R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns=")") + kMain +
        R"("><sheetData>)" + book.sheets[i].rows + "</sheetData></worksheet>";
  }
  workbook += "</sheets></workbook>";
  rels +=
      R"(<Relationship Id="rIdS" Type=")" + std::string(kRel) + R"(/styles" Target="styles.xml"/>)";
  if (!book.shared_strings.empty()) {
    rels += R"(<Relationship Id="rIdT" Type=")" + std::string(kRel) +
            R"(/sharedStrings" Target="/xl/sharedStrings.xml"/>)";
    std::string strings =
        std::string(R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns=")") + kMain + R"(">)";
    for (const std::string& item : book.shared_strings) strings += "<si>" + item + "</si>";
    parts["xl/sharedStrings.xml"] = strings + "</sst>";
  }
  rels += "</Relationships>";
  parts["xl/workbook.xml"] = workbook;
  parts["xl/_rels/workbook.xml.rels"] = rels;
  parts["xl/styles.xml"] =
      std::string(R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns=")") + kMain +
      R"("><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>)"
      R"(<numFmt numFmtId="165" formatCode="00000"/></numFmts>)"
      R"(<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>)"
      R"(<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>)"
      R"(<xf numFmtId="49"/><xf numFmtId="165"/></cellXfs></styleSheet>)";
  WriteZipFile(path, parts);
}

// Cells.
inline std::string Inline(const std::string& ref, const std::string& text) {
  return R"(<c r=")" + ref + R"(" t="inlineStr"><is><t>)" + text + "</t></is></c>";
}
inline std::string Shared(const std::string& ref, int index) {
  return R"(<c r=")" + ref + R"(" t="s"><v>)" + std::to_string(index) + "</v></c>";
}
inline std::string Number(const std::string& ref, const std::string& value, int style = 0) {
  return R"(<c r=")" + ref + R"(" s=")" + std::to_string(style) + R"("><v>)" + value + "</v></c>";
}
inline std::string Boolean(const std::string& ref, bool value) {
  return R"(<c r=")" + ref + R"(" t="b"><v>)" + (value ? "1" : "0") + "</v></c>";
}
inline std::string Row(int number, const std::string& cells) {
  return R"(<row r=")" + std::to_string(number) + R"(">)" + cells + "</row>";
}
// A row of inline strings from column A on.
inline std::string TextRow(int number, const std::vector<std::string>& texts) {
  std::string cells;
  for (size_t i = 0; i < texts.size(); ++i) {
    if (texts[i].empty()) continue;
    cells += Inline(std::string(1, static_cast<char>('A' + i)) + std::to_string(number), texts[i]);
  }
  return Row(number, cells);
}

}  // namespace tuanthu::testing
