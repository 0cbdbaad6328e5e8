// A data set as one Excel workbook (.xlsx): a sheet per table, named as the table, row 1 (the
// first row with anything in it) holding the column names. Cells are read as the writer stored
// them (Excel, LibreOffice, Google Sheets, openpyxl) and given to the importer as the text a CSV
// file would hold: real dates as ISO dates, numbers without the float noise, `x` as yes, a code
// in a `00000` cell with its leading zeros, a month period a spreadsheet made a date as YYYY-MM.
// Formula errors and formulas without a saved value are errors of their cell.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "import/messages.h"
#include "import/source.h"
#include "import/text.h"
#include "ooxml/workbook.h"

namespace tuanthu::importing {
namespace {

namespace fs = std::filesystem;

std::string FormatNumber(double value) {
  char buffer[40];
  if (std::trunc(value) == value && std::fabs(value) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(value));
    return buffer;
  }
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  if (std::strtod(buffer, nullptr) != value) std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

bool IsTick(std::string_view text) { return text == "x" || text == "X"; }

}  // namespace

// The text `cell` gives a column of type `column`, in the form ParseCell reads.
std::string WorkbookCellText(const ooxml::Cell& cell, const ColumnSpec& column, bool date1904) {
  using Type = ooxml::Cell::Type;
  switch (cell.type) {
    case Type::kText: {
      if (column.type == ColumnType::kBool && IsTick(Trim(cell.text))) return "1";
      return cell.text;
    }
    case Type::kBool:
      if (column.type == ColumnType::kBool || column.type == ColumnType::kInteger) {
        return cell.text;
      }
      return cell.text == "1" ? "TRUE" : "FALSE";
    case Type::kIsoDate:
      if (column.type == ColumnType::kDate || cell.text.size() < 10) return cell.text.substr(0, 10);
      return cell.text;
    case Type::kError:
      return cell.text;
    case Type::kNumber: {
      char* end = nullptr;
      const double value = std::strtod(cell.text.c_str(), &end);
      if (end == cell.text.c_str() || !std::isfinite(value)) return cell.text;
      if (column.type == ColumnType::kDate ||
          (cell.date_style && column.type == ColumnType::kText)) {
        const std::string iso = ooxml::SerialToIsoDate(value, date1904);
        if (iso.empty()) return FormatNumber(value);
        // A month period typed as "2026-07" is turned by spreadsheets into the date 01/07/2026.
        if (column.type == ColumnType::kText && column.name == "period" && iso.substr(8) == "01") {
          return iso.substr(0, 7);
        }
        return iso;
      }
      std::string text = FormatNumber(value);
      if (cell.zero_pad > 0 && column.type == ColumnType::kText && value >= 0 &&
          std::trunc(value) == value && text.size() < static_cast<size_t>(cell.zero_pad)) {
        text.insert(0, static_cast<size_t>(cell.zero_pad) - text.size(), '0');
      }
      return text;
    }
  }
  return cell.text;
}

namespace {

std::string SheetList(Lang) {
  std::string names;
  for (const TableSpec& table : DataModel()) {
    if (!names.empty()) names += ", ";
    names += table.name;
  }
  return names;
}

bool IsInstructionSheet(std::string_view name) {
  const std::string lower = Utf8Lower(Trim(name));
  return lower == "hướng dẫn" || lower == "instructions" || lower == "huong dan";
}

class WorkbookSource final : public DataSource {
 public:
  WorkbookSource(std::string path, std::unique_ptr<ooxml::Workbook> book,
                 std::map<std::string, size_t> sheets, Lang lang)
      : path_(std::move(path)), book_(std::move(book)), sheets_(std::move(sheets)), lang_(lang) {}

  std::string TableFile(const TableSpec&) const override { return path_; }

  std::string MissingTableMessage(const TableSpec& table, Lang lang) const override {
    return Format(Tr(lang, "sổ tính không có trang tính '{0}' (bảng bắt buộc)",
                     "the workbook has no sheet '{0}' (a required table)"),
                  {table.name});
  }

  bool ReadTable(const TableSpec& table, RowSink& sink) override;

 private:
  void ReportReadError(const TableLayout& layout, const ooxml::Error& error, RowSink& sink) {
    ImportIssue issue{layout.file, 0, 0, "", "", ooxml::Describe(error, lang_)};
    issue.sheet = layout.sheet;
    sink.Issue(std::move(issue));
  }

  std::string path_;
  std::unique_ptr<ooxml::Workbook> book_;
  std::map<std::string, size_t> sheets_;  // table name -> index in book_->sheets()
  Lang lang_;
};

bool WorkbookSource::ReadTable(const TableSpec& table, RowSink& sink) {
  const auto found = sheets_.find(table.name);
  if (found == sheets_.end()) return false;
  const ooxml::SheetInfo& sheet = book_->sheets()[found->second];
  TableLayout layout;
  layout.file = path_;
  layout.sheet = sheet.name;
  layout.missing_required.assign(table.columns.size(), false);

  ooxml::Error error;
  std::unique_ptr<ooxml::SheetReader> reader = book_->ReadSheet(sheet, &error);
  if (reader == nullptr) {
    sink.BeginTable(layout);
    ReportReadError(layout, error, sink);
    return true;
  }
  ooxml::SheetRow row;
  ooxml::SheetReader::Status status = reader->Next(&row, &error);
  if (status != ooxml::SheetReader::Status::kRow) {  // an empty sheet: a table with no rows
    sink.BeginTable(layout);
    if (status == ooxml::SheetReader::Status::kError) ReportReadError(layout, error, sink);
    return true;
  }

  // The header: the first row with anything in it.
  const int64_t header_row = row.number;
  const ColumnSpec text_column;
  std::vector<std::string> headers;
  for (const ooxml::Cell& cell : row.cells) {
    if (cell.column > static_cast<int>(headers.size())) {
      headers.resize(static_cast<size_t>(cell.column));
    }
    headers[static_cast<size_t>(cell.column - 1)] =
        std::string(Trim(WorkbookCellText(cell, text_column, book_->date1904())));
  }
  std::vector<ImportIssue> header_issues;
  const std::vector<int> source_index =
      MapHeader(table, headers, header_row, lang_, &layout, &header_issues);
  sink.BeginTable(layout);
  for (ImportIssue& issue : header_issues) {
    issue.sheet = layout.sheet;
    sink.Issue(std::move(issue));
  }

  // Sheet column (1-based) -> column of the table.
  std::vector<int> table_column(headers.size() + 1, -1);
  SourceRow source;
  source.cells.resize(table.columns.size());
  for (size_t i = 0; i < table.columns.size(); ++i) {
    SourceCell& cell = source.cells[i];
    cell.present = source_index[i] >= 0;
    if (!cell.present) continue;
    cell.column = source_index[i] + 1;
    cell.name = headers[static_cast<size_t>(source_index[i])];
    table_column[static_cast<size_t>(cell.column)] = static_cast<int>(i);
  }
  std::vector<std::string> texts(table.columns.size());
  for (;;) {
    status = reader->Next(&row, &error);
    if (status == ooxml::SheetReader::Status::kEnd) break;
    if (status == ooxml::SheetReader::Status::kError) {
      ReportReadError(layout, error, sink);
      break;
    }
    for (std::string& text : texts) text.clear();
    source.problems.clear();
    source.line = row.number;
    bool blank = true;
    for (const ooxml::Cell& cell : row.cells) {
      if (cell.column < 1 || static_cast<size_t>(cell.column) >= table_column.size()) continue;
      const int index = table_column[static_cast<size_t>(cell.column)];
      if (index < 0) continue;
      const ColumnSpec& column = table.columns[static_cast<size_t>(index)];
      std::string& text = texts[static_cast<size_t>(index)];
      text = WorkbookCellText(cell, column, book_->date1904());
      if (!Trim(text).empty() || cell.formula_no_value) blank = false;
      const std::string_view name = source.cells[static_cast<size_t>(index)].name;
      if (cell.type == ooxml::Cell::Type::kError) {
        source.problems.push_back(
            {path_, row.number, cell.column, std::string(name), text,
             Format(Tr(lang_, "ô chứa lỗi công thức {0}; hãy sửa công thức hoặc nhập giá trị ({1})",
                       "the cell holds the formula error {0}; fix the formula or type the value "
                       "({1})"),
                    {text, msg::ValidValues(column, lang_)})});
      } else if (cell.formula_no_value) {
        source.problems.push_back(
            {path_, row.number, cell.column, std::string(name), "",
             std::string(Tr(lang_,
                            "ô là công thức chưa có giá trị được lưu; hãy mở tệp bằng Excel hoặc "
                            "LibreOffice và lưu lại, hoặc nhập giá trị",
                            "the cell is a formula whose value was never saved; open and save "
                            "the file in Excel or LibreOffice, or type the value"))});
      }
    }
    if (blank) continue;
    for (size_t i = 0; i < texts.size(); ++i) source.cells[i].text = texts[i];
    sink.Row(source);
  }
  return true;
}

}  // namespace

std::string CellReference(std::string_view sheet, int64_t row, int column) {
  bool plain = !sheet.empty();
  for (const char c : sheet) {
    plain = plain && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_');
  }
  std::string reference;
  if (plain) {
    reference = sheet;
  } else {
    reference = "'";
    for (const char c : sheet) reference += c == '\'' ? std::string("''") : std::string(1, c);
    reference += "'";
  }
  if (row <= 0) return reference;
  const std::string number = std::to_string(row);
  if (column <= 0) return reference + "!" + number + ":" + number;
  return reference + "!" + ooxml::ColumnLetters(column) + number;
}

size_t SheetOrder(std::string_view sheet) {
  const std::vector<TableSpec>& model = DataModel();
  const std::string name = Utf8Lower(Trim(sheet));
  for (size_t i = 0; i < model.size(); ++i) {
    if (model[i].name == name) return i;
  }
  return model.size();
}

bool LooksLikeWorkbook(const std::string& path) {
  const std::string extension = Utf8Lower(fs::path(path).extension().string());
  if (extension == ".xlsx" || extension == ".xlsm" || extension == ".xltx" || extension == ".xls") {
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  char head[8] = {};
  in.read(head, sizeof head);
  const std::string_view start(head, static_cast<size_t>(in.gcount()));
  return start.substr(0, 4) == "PK\x03\x04" || start == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
}

std::unique_ptr<DataSource> OpenWorkbookFile(const std::string& path, Lang lang,
                                             std::vector<ImportIssue>* errors,
                                             std::vector<std::string>* notices) {
  ooxml::Error error;
  std::unique_ptr<ooxml::Workbook> book = ooxml::Workbook::Open(path, &error);
  if (book == nullptr) {
    errors->push_back({path, 0, 0, "", "", ooxml::Describe(error, lang)});
    return nullptr;
  }
  std::map<std::string, size_t> sheets;
  const std::vector<ooxml::SheetInfo>& infos = book->sheets();
  // A sheet named exactly as a table wins over one that differs in case or spaces.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < infos.size(); ++i) {
      const std::string name = pass == 0 ? infos[i].name : Utf8Lower(Trim(infos[i].name));
      const TableSpec* table = FindTable(name);
      if (table == nullptr) continue;
      const auto [slot, inserted] = sheets.emplace(table->name, i);
      if (inserted || slot->second == i) continue;
      if (pass == 1) {
        ImportIssue issue{path,
                          0,
                          0,
                          "",
                          "",
                          Format(Tr(lang,
                                    "hai trang tính cho bảng {0}: '{1}' và '{2}'; hãy gộp lại "
                                    "hoặc đổi tên một trang",
                                    "two sheets for table {0}: '{1}' and '{2}'; merge them or "
                                    "rename one"),
                                 {table->name, infos[slot->second].name, infos[i].name})};
        issue.sheet = infos[i].name;
        errors->push_back(std::move(issue));
      }
    }
  }
  for (size_t i = 0; i < infos.size(); ++i) {
    bool used = false;
    for (const auto& [table, index] : sheets) used = used || index == i;
    if (used || IsInstructionSheet(infos[i].name)) continue;
    notices->push_back(
        Format(Tr(lang, "{0}: bỏ qua trang tính '{1}': tên không phải một bảng dữ liệu ({2})",
                  "{0}: sheet '{1}' ignored: its name is not a table of the data model ({2})"),
               {path, infos[i].name, SheetList(lang)}));
  }
  return std::make_unique<WorkbookSource>(path, std::move(book), std::move(sheets), lang);
}

}  // namespace tuanthu::importing
