#include "output/template.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "import/messages.h"
#include "output/xlsx_book.h"
#include "tuanthu/data_model.h"

namespace tuanthu::output {
namespace {

// Data validation limits Excel enforces (counted in characters).
constexpr size_t kMaxInputTitle = 32;
constexpr size_t kMaxInputMessage = 255;

size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// `text` cut to `limit` characters on a UTF-8 boundary, with "…" when cut.
std::string Clip(std::string_view text, size_t limit) {
  if (CodePoints(text) <= limit) return std::string(text);
  size_t points = 0;
  size_t end = 0;
  for (; end < text.size(); ++end) {
    if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80) {
      if (points == limit - 1) break;
      ++points;
    }
  }
  return std::string(text.substr(0, end)) + "…";
}

std::string TypeWord(const ColumnSpec& column, Lang lang) {
  switch (column.type) {
    case ColumnType::kText:
      return std::string(Tr(lang, "chữ", "text"));
    case ColumnType::kEnum:
      return std::string(Tr(lang, "danh mục", "list"));
    case ColumnType::kDate:
      return std::string(Tr(lang, "ngày (dd/mm/yyyy)", "date (dd/mm/yyyy)"));
    case ColumnType::kBool:
      return std::string(Tr(lang, "có/không", "yes/no (có/không)"));
    case ColumnType::kInteger:
      return std::string(Tr(lang, "số nguyên", "whole number"));
    case ColumnType::kDecimal:
      return std::string(Tr(lang, "số", "number"));
  }
  return {};
}

std::string RequiredWord(const ColumnSpec& column, Lang lang) {
  return std::string(column.required ? Tr(lang, "bắt buộc", "required")
                                     : Tr(lang, "không bắt buộc", "optional"));
}

std::string ValidWords(const ColumnSpec& column, Lang lang) {
  if (column.type == ColumnType::kBool) {
    return std::string(Tr(lang, "có/không (cũng nhận x, TRUE/FALSE, 1/0); để trống = chưa rõ",
                          "có/không (also x, TRUE/FALSE, 1/0); empty = unknown"));
  }
  if (column.type == ColumnType::kDate) {
    return std::string(Tr(lang,
                          "ngày thật của bảng tính hoặc chữ dd/mm/yyyy (ngày trước, tháng sau)",
                          "a real spreadsheet date or text dd/mm/yyyy (day before month)"));
  }
  std::string words = importing::msg::ValidValues(column, lang);
  if (!column.references.empty()) {
    words +=
        Format(Tr(lang, "; phải có trong cột {0}", "; must appear in {0}"), {column.references});
  }
  return words;
}

class Writer {
 public:
  Writer(lxw_workbook* workbook, Lang lang) : workbook_(workbook), lang_(lang) {
    required_header_ = AddFormat(0x1F4E79);
    optional_header_ = AddFormat(0x5B7FA6);
    date_ = workbook_add_format(workbook_);
    format_set_num_format(date_, "dd/mm/yyyy");
    text_ = workbook_add_format(workbook_);
    format_set_num_format(text_, "@");
    integer_ = workbook_add_format(workbook_);
    format_set_num_format(integer_, "0");
    title_ = workbook_add_format(workbook_);
    format_set_bold(title_);
    format_set_font_size(title_, 14);
    format_set_font_color(title_, 0x1F4E79);
    bold_ = workbook_add_format(workbook_);
    format_set_bold(bold_);
    wrap_ = workbook_add_format(workbook_);
    format_set_text_wrap(wrap_);
    format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    table_header_ = AddFormat(0x1F4E79);
  }

  void WriteAll() {
    WriteInstructions();
    for (const TableSpec& table : DataModel()) WriteTable(table);
  }

  lxw_error error() const { return error_; }
  const std::string& missing_doc() const { return missing_doc_; }

 private:
  lxw_format* AddFormat(uint32_t fill) {
    lxw_format* f = workbook_add_format(workbook_);
    format_set_bold(f);
    format_set_font_color(f, LXW_COLOR_WHITE);
    format_set_bg_color(f, fill);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, 0x9FB6CD);
    return f;
  }

  void Check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
  }

  void Text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text,
            lxw_format* format = nullptr) {
    Check(worksheet_write_string(sheet, row, col, text.c_str(), format));
  }

  const ColumnDoc* Doc(const TableSpec& table, const ColumnSpec& column) {
    const ColumnDoc* doc = FindColumnDoc(table.name, column.name);
    if (doc == nullptr && missing_doc_.empty()) missing_doc_ = table.name + "." + column.name;
    return doc;
  }

  std::string Meaning(const ColumnDoc* doc) const {
    if (doc == nullptr) return {};
    return lang_ == Lang::kEn ? doc->meaning_en : doc->meaning_vi;
  }

  void WriteInstructions() {
    lxw_worksheet* sheet =
        workbook_add_worksheet(workbook_, std::string(InstructionsSheetName(lang_)).c_str());
    if (sheet == nullptr) return Check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    worksheet_set_column(sheet, 0, 0, 16, nullptr);
    worksheet_set_column(sheet, 1, 1, 24, nullptr);
    worksheet_set_column(sheet, 2, 2, 14, nullptr);
    worksheet_set_column(sheet, 3, 3, 16, nullptr);
    worksheet_set_column(sheet, 4, 4, 60, wrap_);
    worksheet_set_column(sheet, 5, 5, 44, wrap_);
    worksheet_set_column(sheet, 6, 6, 22, nullptr);
    lxw_row_t row = 0;
    Text(sheet, row++, 0,
         std::string(Tr(lang_,
                        "Mẫu nhập dữ liệu tuanthu — kiểm tra tuân thủ KL 226-KL/TW, QĐ 534/QĐ-TTg",
                        "tuanthu data workbook — compliance with KL 226-KL/TW, QĐ 534/QĐ-TTg")),
         title_);
    row++;
    const std::string_view steps_vi[] = {
        "1. Mỗi trang tính là một bảng dữ liệu; tên trang và tên cột ở dòng 1 giữ nguyên, không "
        "sửa, không dịch (có thể thêm cột ghi chú ở bên phải, tuanthu bỏ qua).",
        "2. Nhập từ dòng 2, mỗi dòng một bản ghi. Trang localities và units là bắt buộc; trang "
        "nào không có dữ liệu thì để trống.",
        "3. Tiêu đề cột màu xanh đậm là cột bắt buộc; chọn một ô để xem ý nghĩa, kiểu và ví dụ "
        "(hoặc đọc bảng dưới đây).",
        "4. Ngày nhập dạng dd/mm/yyyy (ngày trước, tháng sau); có/không chọn trong danh sách; "
        "các danh mục chọn trong danh sách thả xuống.",
        "5. Mã (mã đơn vị, mã xã) phải khớp giữa các trang: unit_id ở trang meetings phải có ở "
        "trang units.",
        "6. Lưu tệp dạng .xlsx rồi kiểm tra: tuanthu check --data TEN_TEP.xlsx --as-of "
        "YYYY-MM-DD; nhập vào kho: tuanthu import --data TEN_TEP.xlsx --db kho.db. Lỗi được chỉ "
        "rõ trang và ô, ví dụ meetings!F4.",
    };
    const std::string_view steps_en[] = {
        "1. Each sheet is a table; keep the sheet names and the column names in row 1 exactly as "
        "they are (you may add note columns on the right; tuanthu ignores them).",
        "2. Fill in from row 2, one record per row. The localities and units sheets are "
        "required; leave a sheet empty if you have no such data.",
        "3. Dark blue headers are required columns; select a cell to see its meaning, type and "
        "an example (or read the table below).",
        "4. Dates as dd/mm/yyyy (day before month); có/không (yes/no) and the lists from the "
        "drop-down.",
        "5. Ids must match across sheets: a unit_id on the meetings sheet must be on the units "
        "sheet.",
        "6. Save as .xlsx, then check: tuanthu check --data FILE.xlsx --as-of YYYY-MM-DD; "
        "import into a store: tuanthu import --data FILE.xlsx --db store.db. Errors name the "
        "sheet and the cell, e.g. meetings!F4.",
    };
    for (size_t i = 0; i < std::size(steps_vi); ++i) {
      Text(sheet, row++, 0, std::string(lang_ == Lang::kEn ? steps_en[i] : steps_vi[i]));
    }
    row++;
    const std::string_view headings_vi[] = {"Trang tính",     "Cột",  "Bắt buộc", "Kiểu", "Ý nghĩa",
                                            "Giá trị hợp lệ", "Ví dụ"};
    const std::string_view headings_en[] = {"Sheet",   "Column",       "Required", "Type",
                                            "Meaning", "Valid values", "Example"};
    const lxw_row_t heading_row = row;
    for (lxw_col_t c = 0; c < 7; ++c) {
      Text(sheet, row, c, std::string(lang_ == Lang::kEn ? headings_en[c] : headings_vi[c]),
           table_header_);
    }
    row++;
    for (const TableSpec& table : DataModel()) {
      const TableDoc* table_doc = FindTableDoc(table.name);
      if (table_doc == nullptr && missing_doc_.empty()) missing_doc_ = table.name;
      Text(sheet, row, 0, table.name, bold_);
      if (table_doc != nullptr) {
        Text(sheet, row, 4, lang_ == Lang::kEn ? table_doc->meaning_en : table_doc->meaning_vi,
             bold_);
      }
      row++;
      for (const ColumnSpec& column : table.columns) {
        const ColumnDoc* doc = Doc(table, column);
        Text(sheet, row, 0, table.name);
        Text(sheet, row, 1, column.name);
        Text(sheet, row, 2, std::string(column.required ? Tr(lang_, "có", "yes") : ""));
        Text(sheet, row, 3, TypeWord(column, lang_));
        Text(sheet, row, 4, Meaning(doc), wrap_);
        Text(sheet, row, 5, ValidWords(column, lang_), wrap_);
        if (doc != nullptr) Text(sheet, row, 6, doc->example, text_);
        row++;
      }
    }
    worksheet_freeze_panes(sheet, heading_row + 1, 0);
    worksheet_activate(sheet);
  }

  void WriteTable(const TableSpec& table) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, table.name.c_str());
    if (sheet == nullptr) return Check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    for (size_t i = 0; i < table.columns.size(); ++i) {
      const ColumnSpec& column = table.columns[i];
      const auto col = static_cast<lxw_col_t>(i);
      const ColumnDoc* doc = Doc(table, column);
      const std::string example = doc != nullptr ? doc->example : "";
      const double width = std::clamp<double>(
          static_cast<double>(std::max(CodePoints(column.name), CodePoints(example))) + 3, 12, 40);
      lxw_format* format = nullptr;
      if (column.type == ColumnType::kDate) {
        format = date_;
      } else if (column.type == ColumnType::kInteger) {
        format = integer_;
      } else if (column.type == ColumnType::kText || column.type == ColumnType::kEnum) {
        format = text_;  // "03199" stays 03199; "2026-07" stays a period, not a date
      }
      Check(worksheet_set_column(sheet, col, col, width, format));
      Text(sheet, 0, col, column.name, column.required ? required_header_ : optional_header_);

      // The comment on the header: everything about the column.
      std::string comment =
          column.name + " (" + RequiredWord(column, lang_) + ")\n" + Meaning(doc) + "\n" +
          std::string(Tr(lang_, "Kiểu: ", "Type: ")) + TypeWord(column, lang_) + "\n" +
          std::string(Tr(lang_, "Hợp lệ: ", "Valid: ")) + ValidWords(column, lang_) + "\n" +
          std::string(Tr(lang_, "Ví dụ: ", "Example: ")) + example;
      lxw_comment_options comment_options{};
      comment_options.width = 320;
      comment_options.height = 150;
      std::string author = "tuanthu";
      comment_options.author = author.data();
      Check(worksheet_write_comment_opt(sheet, 0, col, comment.c_str(), &comment_options));

      Validate(sheet, col, column, doc, example);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_row(sheet, 0, 20, nullptr);
    Check(worksheet_autofilter(sheet, 0, 0, 0, static_cast<lxw_col_t>(table.columns.size() - 1)));
  }

  // The input message (and, where the values are known, a list) on the column's data cells.
  void Validate(lxw_worksheet* sheet, lxw_col_t col, const ColumnSpec& column, const ColumnDoc* doc,
                const std::string& example) {
    std::string title = Clip(column.name, kMaxInputTitle);
    std::string message =
        Clip(Meaning(doc) + "\n" + TypeWord(column, lang_) + ", " + RequiredWord(column, lang_) +
                 ". " + std::string(Tr(lang_, "Ví dụ: ", "Example: ")) + example,
             kMaxInputMessage);
    std::string error_title(Tr(lang_, "Giá trị không hợp lệ", "Invalid value"));
    std::string error_message = Clip(ValidWords(column, lang_), kMaxInputMessage);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_ANY;
    validation.ignore_blank = LXW_VALIDATION_ON;
    validation.show_input = LXW_VALIDATION_ON;
    validation.input_title = title.data();
    validation.input_message = message.data();
    validation.error_title = error_title.data();
    validation.error_message = error_message.data();
    // Enumerations are closed lists; elsewhere a wrong entry is warned about, not refused, since
    // the importer also reads what Excel cannot check (x for yes, dates typed as text).
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    std::vector<std::string> items;
    if (column.type == ColumnType::kEnum) {
      items = column.enum_values;
      validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    } else if (column.type == ColumnType::kBool) {
      items = {"có", "không"};
    }
    std::vector<char*> list;
    for (std::string& item : items) list.push_back(item.data());
    list.push_back(nullptr);
    if (!items.empty()) {
      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = list.data();
      validation.show_error = LXW_VALIDATION_ON;
    } else if (column.type == ColumnType::kDate) {
      validation.validate = LXW_VALIDATION_TYPE_DATE;
      validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      validation.minimum_datetime = lxw_datetime{2000, 1, 1, 0, 0, 0};
      validation.maximum_datetime = lxw_datetime{2100, 12, 31, 0, 0, 0};
      validation.show_error = LXW_VALIDATION_ON;
    } else if (column.type == ColumnType::kInteger && column.non_negative) {
      validation.validate = LXW_VALIDATION_TYPE_INTEGER;
      validation.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      validation.value_number = 0;
      validation.show_error = LXW_VALIDATION_ON;
    } else if (column.type == ColumnType::kDecimal && column.positive) {
      validation.validate = LXW_VALIDATION_TYPE_DECIMAL;
      validation.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN;
      validation.value_number = 0;
      validation.show_error = LXW_VALIDATION_ON;
    }
    Check(worksheet_data_validation_range(sheet, 1, col, LXW_ROW_MAX - 1, col, &validation));
  }

  lxw_workbook* workbook_;
  Lang lang_;
  lxw_format* required_header_ = nullptr;
  lxw_format* optional_header_ = nullptr;
  lxw_format* table_header_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* integer_ = nullptr;
  lxw_format* title_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* wrap_ = nullptr;
  lxw_error error_ = LXW_NO_ERROR;
  std::string missing_doc_;
};

}  // namespace

std::string_view InstructionsSheetName(Lang lang) { return Tr(lang, "Hướng dẫn", "Instructions"); }

bool WriteTemplate(const std::string& path, Lang lang, std::string* error) {
  auto fail = [&](const std::string& message) {
    if (error != nullptr) {
      *error =
          Format(Tr(lang, "không ghi được {0}: {1}", "cannot write {0}: {1}"), {path, message});
    }
    return false;
  };
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  if (!folder.empty() && !std::filesystem::is_directory(folder)) {
    return fail(Format(Tr(lang, "thư mục {0} không có", "the folder {0} does not exist"),
                       {folder.string()}));
  }
  const std::string temporary = path + ".tmp";
  lxw_workbook* workbook = workbook_new(temporary.c_str());
  if (workbook == nullptr) {
    return fail(std::string(Tr(lang, "không tạo được sổ tính", "cannot create the workbook")));
  }

  std::string title(Tr(lang, "Mẫu nhập dữ liệu tuanthu", "tuanthu data workbook"));
  std::string subject = "KL 226-KL/TW, QĐ 534/QĐ-TTg";
  std::string author = "tuanthu " TUANTHU_VERSION;
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  properties.author = author.data();
  properties.created = 1767225600;  // 2026-01-01: a fixed date, so the file is always the same
  workbook_set_properties(workbook, &properties);

  Writer writer(workbook, lang);
  writer.WriteAll();
  if (writer.error() != LXW_NO_ERROR || !writer.missing_doc().empty()) {
    lxw_workbook_free(workbook);
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return fail(writer.missing_doc().empty()
                    ? xlsx::XlsxErrorText(writer.error(), lang)
                    : "no description of " + writer.missing_doc() + " (template_docs.cpp)");
  }
  if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return fail(xlsx::XlsxErrorText(closed, lang));
  }
  std::error_code renamed;
  std::filesystem::rename(temporary, path, renamed);
  if (renamed) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return fail(SystemErrorText(renamed.value(), lang));
  }
  return true;
}

}  // namespace tuanthu::output
