// Spreadsheets (SpreadsheetML, .xlsx) on top of the package reader: the sheets in workbook order,
// the date system, the shared strings, which styles show dates, and each sheet read a row at a
// time. Cells come out as the file holds them (a number is its XML text); what a cell means for
// a column is the caller's business.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ooxml/package.h"

namespace tuanthu::ooxml {

struct SheetInfo {
  std::string name;  // as the tab shows it
  std::string part;  // "xl/worksheets/sheet1.xml"
};

struct Cell {
  enum class Type {
    kNumber,   // text: the number as written ("45413", "0.5", "1E-3")
    kText,     // shared, inline or formula string
    kBool,     // text: "1" or "0"
    kIsoDate,  // a `t="d"` cell: text is ISO 8601 ("2026-05-01T00:00:00")
    kError,    // text: the error code ("#N/A")
  };
  int column = 0;  // 1-based: A = 1
  Type type = Type::kText;
  std::string text;
  bool date_style = false;        // its number format shows a date
  int zero_pad = 0;               // its number format pads with zeros to this width ("00000")
  bool formula_no_value = false;  // a formula whose result the writer did not store
};

struct SheetRow {
  int64_t number = 0;       // 1-based row number
  std::vector<Cell> cells;  // in column order; cells with nothing in them are left out
};

class SheetReader;

// What the reader needs of a cell style (an entry of cellXfs).
struct CellStyle {
  bool date = false;
  int zero_pad = 0;
};

class Workbook {
 public:
  // Opens the package and reads workbook.xml and its relationships. nullptr with `error` set if
  // the file is not a readable workbook (see package.h for the kinds of error; a package without
  // a workbook, e.g. a .docx, is kMissingPart for "xl/workbook.xml").
  static std::unique_ptr<Workbook> Open(const std::string& path, Error* error);
  ~Workbook();

  const std::vector<SheetInfo>& sheets() const { return sheets_; }
  // True when the workbook counts serial dates from 1904-01-01 (old Mac Excel), not 1900.
  bool date1904() const { return date1904_; }

  // Starts reading a sheet; the shared strings and styles are loaded on the first call.
  std::unique_ptr<SheetReader> ReadSheet(const SheetInfo& sheet, Error* error);

  // The shared-string table (public for the reader).
  struct Strings {
    std::string text;              // every string, end to end (at most 1 GiB)
    std::vector<uint32_t> offset;  // start of string i; offset[i + 1] its end
    std::string_view Get(size_t i) const {
      return std::string_view(text).substr(offset[i], offset[i + 1] - offset[i]);
    }
    size_t size() const { return offset.empty() ? 0 : offset.size() - 1; }
  };

 private:
  Workbook() = default;
  bool LoadShared(Error* error);

  std::unique_ptr<Package> package_;
  std::string workbook_part_;
  std::vector<SheetInfo> sheets_;
  bool date1904_ = false;
  std::string shared_strings_part_;
  std::string styles_part_;
  bool shared_loaded_ = false;
  Strings strings_;
  std::vector<CellStyle> styles_;  // by cellXfs index
};

class SheetReader {
 public:
  enum class Status { kRow, kEnd, kError };
  ~SheetReader();
  // The next row with at least one cell, in file order.
  Status Next(SheetRow* row, Error* error);

 private:
  friend class Workbook;
  struct Impl;
  explicit SheetReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Excel's serial day number as a civil date (ISO): 1900 system (with its phantom 29/02/1900,
// serial 60, given as "1900-02-29" so it reads as no real day) or the 1904 system. The fraction
// (time of day) is dropped. Empty if the serial is outside 1 .. 31/12/9999.
std::string SerialToIsoDate(double serial, bool date1904);

// True if a number format code shows a date ("dd/mm/yyyy", "[$-42A]d mmmm yyyy", "m/d/yy h:mm").
bool IsDateFormatCode(std::string_view code);
// True for the built-in number formats that are dates or times (14-22, 27-36, 45-47, 50-58).
bool IsBuiltinDateFormat(int id);

// "F" -> 6, "AA" -> 27; and back.
int ColumnNumber(std::string_view letters);
std::string ColumnLetters(int number);

}  // namespace tuanthu::ooxml
