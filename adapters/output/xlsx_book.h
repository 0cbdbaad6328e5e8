// What the Excel writers share (internal to adapters/output): the workbook's lifetime, the
// formats, and cell writers that never let text become a formula.
#pragma once

#include <xlsxwriter.h>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "output/report_model.h"
#include "tuanthu/engine.h"
#include "tuanthu/utf8.h"

namespace tuanthu::xlsx {

// Excel keeps at most 32767 characters in a cell; cut on a UTF-8 boundary.
inline std::string CellText(std::string_view text) {
  constexpr size_t kMax = 32767;
  if (text.size() <= kMax) return std::string(text);
  size_t end = kMax;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end));
}

// A sheet name Excel accepts: no []:*?/\ and at most 31 characters (counted in code points).
inline std::string SheetName(std::string_view name) {
  std::string out;
  size_t points = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if ((c & 0xC0) != 0x80) {
      if (points == 31) break;
      ++points;
    }
    out += std::string_view("[]:*?/\\").find(name[i]) == std::string_view::npos ? name[i] : '_';
  }
  return out;
}

// libxlsxwriter's error (its lxw_strerror is English) in `lang`.
inline std::string XlsxErrorText(lxw_error error, Lang lang) {
  if (lang == Lang::kEn) return lxw_strerror(error);
  switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      return "hết bộ nhớ";
    case LXW_ERROR_CREATING_XLSX_FILE:
      return "không tạo được tệp .xlsx (thường do không có quyền ghi vào thư mục)";
    case LXW_ERROR_CREATING_TMPFILE:
      return "không tạo được tệp tạm (thư mục tạm không ghi được hoặc đĩa đầy)";
    case LXW_ERROR_READING_TMPFILE:
      return "không đọc được tệp tạm";
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return "lỗi khi ghi tệp nén .xlsx (đĩa đầy hoặc lỗi ghi đĩa)";
    default:
      return "lỗi của libxlsxwriter (mã " + std::to_string(static_cast<int>(error)) + ")";
  }
}

// Owns the lxw_workbook: closing writes the file; destroying an unclosed one frees it unwritten.
class Workbook {
 public:
  Workbook(const std::string& path, bool constant_memory) {
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    if (!path.empty()) workbook_ = workbook_new_opt(path.c_str(), &options);
  }
  ~Workbook() {
    if (workbook_ != nullptr) lxw_workbook_free(workbook_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  lxw_workbook* get() const { return workbook_; }
  lxw_error Close() { return workbook_close(std::exchange(workbook_, nullptr)); }

 private:
  lxw_workbook* workbook_ = nullptr;
};

struct Column {
  std::string title;
  double width;
};

// Formats and cell writers over one workbook; the first error is kept (error()).
class Book {
 public:
  Book(lxw_workbook* workbook, Lang lang) : workbook_(workbook), lang_(lang) {
    header_ = AddFormat([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, LXW_COLOR_WHITE);
      format_set_bg_color(f, 0x1F4E79);
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_border_color(f, 0x9FB6CD);
    });
    title_ = AddFormat([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 14);
      format_set_font_color(f, 0x1F4E79);
    });
    text_ = AddFormat([](lxw_format* f) { format_set_align(f, LXW_ALIGN_VERTICAL_TOP); });
    wrap_ = AddFormat([](lxw_format* f) {
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    date_ = AddFormat([](lxw_format* f) {
      format_set_num_format(f, "dd/mm/yyyy");
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      format_set_align(f, LXW_ALIGN_LEFT);
    });
    percent_ = AddFormat([](lxw_format* f) {
      format_set_num_format(f, "0.0%");
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    integer_ = AddFormat([](lxw_format* f) {
      format_set_num_format(f, "0");
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    decimal_ = AddFormat([](lxw_format* f) {
      format_set_num_format(f, "0.0##");
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    severity_[Severity::kViolation] = AddFormat([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, LXW_COLOR_WHITE);
      format_set_bg_color(f, 0xB42318);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    severity_[Severity::kWarning] = AddFormat([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, 0x7A2E0E);
      format_set_bg_color(f, 0xFEF0C7);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    severity_[Severity::kInfo] = AddFormat([](lxw_format* f) {
      format_set_font_color(f, 0x344054);
      format_set_bg_color(f, 0xF2F4F7);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    severity_[Severity::kPass] = AddFormat([](lxw_format* f) {
      format_set_font_color(f, 0x05603A);
      format_set_bg_color(f, 0xECFDF3);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    pending_ = AddFormat([](lxw_format* f) {
      format_set_font_color(f, 0x1F4E79);
      format_set_bg_color(f, 0xEEF4FB);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
  }

  lxw_error error() const { return error_; }

 protected:
  template <typename Setup>
  lxw_format* AddFormat(Setup setup) {
    lxw_format* format = workbook_add_format(workbook_);
    setup(format);
    return format;
  }

  std::string T(std::string_view vi, std::string_view en) const {
    return std::string(Tr(lang_, vi, en));
  }

  void Check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
  }

  lxw_worksheet* Sheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, SheetName(name).c_str());
    if (sheet == nullptr) {
      Check(LXW_ERROR_SHEETNAME_ALREADY_USED);
      return nullptr;
    }
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
    return sheet;
  }

  // The header row of a table at `row`, with widths; frozen, repeated on every printed page.
  void Header(lxw_worksheet* sheet, lxw_row_t row, const std::vector<Column>& columns) {
    for (size_t i = 0; i < columns.size(); ++i) {
      const auto col = static_cast<lxw_col_t>(i);
      Check(worksheet_set_column(sheet, col, col, columns[i].width, nullptr));
      String(sheet, row, col, columns[i].title, header_);
    }
    Check(worksheet_set_row(sheet, row, 30, nullptr));
    worksheet_freeze_panes(sheet, row + 1, 0);
    Check(worksheet_repeat_rows(sheet, row, row));
  }

  // An autofilter over the header at `row` and `rows` data rows below it.
  void Filter(lxw_worksheet* sheet, lxw_row_t row, size_t columns, lxw_row_t rows) {
    const auto last_col = static_cast<lxw_col_t>(columns - 1);
    Check(worksheet_autofilter(sheet, row, 0, row + std::max<lxw_row_t>(rows, 1), last_col));
  }

  // Header and filter at once, when the number of rows is known.
  void Table(lxw_worksheet* sheet, lxw_row_t row, const std::vector<Column>& columns,
             lxw_row_t rows) {
    Header(sheet, row, columns);
    Filter(sheet, row, columns.size(), rows);
  }

  // Text, always as a string cell: never a formula, whatever it begins with.
  void String(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::string_view text,
              lxw_format* format = nullptr) {
    if (text.empty()) {
      if (format != nullptr) Check(worksheet_write_blank(sheet, row, col, format));
      return;
    }
    const std::string cell = CellText(SanitizeUtf8(text));
    Check(worksheet_write_string(sheet, row, col, cell.c_str(), format ? format : text_));
  }

  void Number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, double value,
              lxw_format* format) {
    Check(worksheet_write_number(sheet, row, col, value, format));
  }

  void DateCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, Date date) {
    lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0.0};
    Check(worksheet_write_datetime(sheet, row, col, &when, date_));
  }

  // A period: a real date when it is one, else the text ("2026", "2026-H1").
  void Period(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& period) {
    if (auto date = Date::ParseIso(period)) return DateCell(sheet, row, col, *date);
    String(sheet, row, col, period);
  }

  void MeasureCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Measure& measure,
                   bool share) {
    if (std::holds_alternative<int64_t>(measure)) {
      return Number(sheet, row, col, static_cast<double>(std::get<int64_t>(measure)), integer_);
    }
    if (std::holds_alternative<double>(measure)) {
      return Number(sheet, row, col, std::get<double>(measure), share ? percent_ : decimal_);
    }
    if (auto date = report::MeasureDate(measure)) return DateCell(sheet, row, col, *date);
    if (std::holds_alternative<std::string>(measure)) {
      String(sheet, row, col, std::get<std::string>(measure));
    }
  }

  std::string Unit(const Finding& f, const LocalityResult& locality) const {
    return f.unit ? *f.unit : report::LocalityWide(locality, lang_);
  }

  static int64_t Count(const LocalityResult& locality, Severity severity) {
    auto it = locality.counts.find(severity);
    return it == locality.counts.end() ? 0 : it->second;
  }

  lxw_workbook* workbook_;
  Lang lang_;
  lxw_error error_ = LXW_NO_ERROR;
  lxw_format* header_ = nullptr;
  lxw_format* title_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* wrap_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* percent_ = nullptr;
  lxw_format* integer_ = nullptr;
  lxw_format* decimal_ = nullptr;
  lxw_format* pending_ = nullptr;
  std::map<Severity, lxw_format*> severity_;
};

// A workbook being written to `path` through a temporary file renamed into place at Commit.
// The document properties are fixed (creation time = the as-of date, so equal results give
// equal files). With `constant_memory`, rows are flushed to disk as they are written (each sheet
// must then be written top to bottom).
class PendingWorkbook {
 public:
  PendingWorkbook(std::string path, Date as_of, Lang lang, bool constant_memory);
  // Null when the workbook could not be created (Commit then says why).
  lxw_workbook* get() const { return workbook_.get(); }
  // Closes and renames the file, unless `fill_error` (the sheets' first error) says otherwise.
  bool Commit(lxw_error fill_error, std::string* error);

 private:
  bool Fail(const std::string& message, std::string* error);

  std::string path_;
  std::string temporary_;
  std::string problem_;
  Lang lang_;
  Workbook workbook_;
};

// Writes a workbook in one go: `fill` adds the sheets and returns the first error.
bool SaveWorkbook(const std::string& path, Date as_of, Lang lang, bool constant_memory,
                  const std::function<lxw_error(lxw_workbook*)>& fill, std::string* error);

}  // namespace tuanthu::xlsx
