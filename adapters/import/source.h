// The three kinds of data set (a folder of CSV files, a JSON file, a SQLite database) behind one
// interface: each streams a table's rows, with every cell mapped to its column of the data model
// and placed (line, column) for error messages.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "import/importer.h"
#include "tuanthu/data_model.h"
#include "tuanthu/lang.h"

namespace tuanthu::importing {

// One cell as read, not yet trimmed or parsed. Views stay valid only during RowSink::Row.
struct SourceCell {
  bool present = false;   // the source has this column (CSV/SQLite) or the row has this key (JSON)
  bool is_null = false;   // JSON null or SQL NULL
  std::string_view text;  // the value as read
  std::string_view name;  // the header, key or column name as written in the source
  int column = 0;         // 1-based field index (CSV, SQLite) or key position (JSON)
};

struct SourceRow {
  int64_t line = 0;  // physical line (CSV), line of the row's `{` (JSON), rowid (SQLite)
  std::vector<SourceCell> cells;      // one per column of the TableSpec
  std::vector<ImportIssue> problems;  // syntax problems; the row is rejected and not parsed
};

struct TableLayout {
  std::string file;   // the file errors about this table name
  std::string sheet;  // a workbook's sheet holding the table (ImportIssue::sheet)
  // Per column of the TableSpec: required but absent from the header (already reported once).
  std::vector<bool> missing_required;
};

class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual void BeginTable(const TableLayout& layout) = 0;
  virtual void Row(const SourceRow& row) = 0;
  // A problem with the table as a whole (header, structure).
  virtual void Issue(ImportIssue issue) = 0;
};

class DataSource {
 public:
  virtual ~DataSource() = default;
  // The file name that errors about `table` carry, also when the table is absent.
  virtual std::string TableFile(const TableSpec& table) const = 0;
  // Streams the rows of `table` into `sink`, BeginTable first. False, with no call to `sink`, if
  // the data set has no such table.
  virtual bool ReadTable(const TableSpec& table, RowSink& sink) = 0;
  // The message for a required table that is absent.
  virtual std::string MissingTableMessage(const TableSpec& table, Lang lang) const = 0;
};

// Each returns nullptr, with the reason appended to `errors`, when the data set cannot be read
// at all.
std::unique_ptr<DataSource> OpenCsvFolder(const std::string& path, Lang lang,
                                          std::vector<ImportIssue>* errors);
std::unique_ptr<DataSource> OpenJsonFile(const std::string& path, Lang lang,
                                         std::vector<ImportIssue>* errors);
std::unique_ptr<DataSource> OpenSqliteFile(const std::string& path, Lang lang,
                                           std::vector<ImportIssue>* errors);
// An Excel workbook (.xlsx); the sheets it ignores are told in `notices`.
std::unique_ptr<DataSource> OpenWorkbookFile(const std::string& path, Lang lang,
                                             std::vector<ImportIssue>* errors,
                                             std::vector<std::string>* notices);
// True if `path` is named as a workbook or starts as a zip or an Office compound file.
bool LooksLikeWorkbook(const std::string& path);
// A workbook location: `meetings!F4`, `meetings!4:4` (column 0: the row), `meetings` (row 0);
// a sheet name other than letters, digits and `_` in quotes (`'Hướng dẫn'!A1`).
std::string CellReference(std::string_view sheet, int64_t row, int column);
// The place of a sheet's table in the data model (sheets of no table last), to list errors in
// the order the tables are read.
size_t SheetOrder(std::string_view sheet);

// Reads a whole file; false (with a reason in `error`) if it cannot be read.
bool ReadWholeFile(const std::string& path, Lang lang, std::string* contents, std::string* error);

// Maps the column names of a header (CSV, SQLite) to the table's columns. `names[i]` is the i-th
// header (0-based); returns per TableSpec column the 0-based header index, or -1. Duplicates and
// missing required columns are appended to `issues` (line `line`) and flagged in `layout`.
std::vector<int> MapHeader(const TableSpec& table, const std::vector<std::string>& names,
                           int64_t line, Lang lang, TableLayout* layout,
                           std::vector<ImportIssue>* issues);

}  // namespace tuanthu::importing
