#include "import/messages.h"

namespace tuanthu::importing::msg {
namespace {

std::string Join(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out += ", ";
    out += value;
  }
  return out;
}

std::string F(Lang lang, std::string_view vi, std::string_view en,
              std::initializer_list<std::string_view> args = {}) {
  return Format(Tr(lang, vi, en), args);
}

}  // namespace

std::string ValidValues(const ColumnSpec& column, Lang lang) {
  switch (column.type) {
    case ColumnType::kText:
      return F(lang, "một giá trị", "a value");
    case ColumnType::kEnum:
      return F(lang, "một trong: {0}", "one of: {0}", {Join(column.enum_values)});
    case ColumnType::kDate:
      return F(lang, "YYYY-MM-DD hoặc dd/mm/yyyy (ngày trước, tháng sau)",
               "YYYY-MM-DD or dd/mm/yyyy (day before month)");
    case ColumnType::kBool:
      return F(lang, "1/0, true/false, yes/no hoặc có/không",
               "1/0, true/false, yes/no or có/không");
    case ColumnType::kInteger:
      return column.non_negative ? F(lang, "số nguyên ≥ 0, ví dụ 12", "a whole number ≥ 0, e.g. 12")
                                 : F(lang, "số nguyên, ví dụ 2026", "a whole number, e.g. 2026");
    case ColumnType::kDecimal:
      return column.positive ? F(lang, "số lớn hơn 0, ví dụ 1 hoặc 0.5",
                                 "a number greater than 0, e.g. 1 or 0.5")
                             : F(lang, "một số, ví dụ 1.5", "a number, e.g. 1.5");
  }
  return {};
}

std::string RequiredEmpty(const ColumnSpec& column, Lang lang) {
  return F(lang, "ô bắt buộc đang trống; nhập {0}", "required value is empty; enter {0}",
           {ValidValues(column, lang)});
}

std::string InvalidValue(const ColumnSpec& column, Lang lang) {
  const std::string valid = ValidValues(column, lang);
  switch (column.type) {
    case ColumnType::kDate:
      return F(lang, "ngày không hợp lệ; dùng {0}", "not a valid date; use {0}", {valid});
    case ColumnType::kBool:
      return F(lang, "không phải giá trị có/không; dùng {0}", "not a yes/no value; use {0}",
               {valid});
    case ColumnType::kEnum:
      return F(lang, "giá trị không có trong danh mục; dùng {0}", "unknown value; use {0}",
               {valid});
    case ColumnType::kInteger:
      return column.non_negative ? F(lang, "không phải số nguyên không âm; dùng {0}",
                                     "not a non-negative whole number; use {0}", {valid})
                                 : F(lang, "không phải số nguyên; dùng {0}",
                                     "not a whole number; use {0}", {valid});
    case ColumnType::kDecimal:
      return column.positive ? F(lang, "không phải số lớn hơn 0; dùng {0}",
                                 "not a number greater than 0; use {0}", {valid})
                             : F(lang, "không phải số; dùng {0}", "not a number; use {0}", {valid});
    case ColumnType::kText:
      break;
  }
  return F(lang, "giá trị không hợp lệ; dùng {0}", "invalid value; use {0}", {valid});
}

std::string InvalidUtf8(Lang lang) {
  return F(lang, "văn bản không phải UTF-8 hợp lệ; lưu tệp với mã hóa UTF-8",
           "text is not valid UTF-8; save the file as UTF-8");
}

std::string DuplicateKey(std::string_view key_column, int64_t first_line, Lang lang) {
  return F(lang, "{0} bị trùng với dòng {1}; mỗi {0} chỉ được dùng một lần trong bảng",
           "duplicate {0}: already used on line {1}; each {0} must be unique in its table",
           {key_column, std::to_string(first_line)});
}

std::string KeyInStore(std::string_view key_column, Lang lang) {
  return F(lang,
           "{0} này đã có trong kho dữ liệu; dùng {0} khác, hoặc nhập với tùy chọn thay thế dữ "
           "liệu cũ",
           "this {0} is already in the store; use another {0}, or import with the option that "
           "replaces the stored data",
           {key_column});
}

std::string DuplicateComposite(std::string_view columns, int64_t first_line, Lang lang) {
  return F(lang, "bộ ({0}) bị trùng với dòng {1}; mỗi bộ giá trị chỉ được xuất hiện một lần",
           "duplicate ({0}): same as line {1}; each combination must appear only once",
           {columns, std::to_string(first_line)});
}

std::string CompositeInStore(std::string_view columns, Lang lang) {
  return F(lang,
           "bộ ({0}) này đã có trong kho dữ liệu; dùng giá trị khác, hoặc nhập với tùy chọn thay "
           "thế dữ liệu cũ",
           "this ({0}) is already in the store; use other values, or import with the option "
           "that replaces the stored data",
           {columns});
}

std::string UnknownReference(std::string_view value, std::string_view table,
                             std::string_view column, Lang lang) {
  return F(lang, "không có '{0}' trong bảng {1}; dùng một {2} có trong bảng {1} hoặc trong kho",
           "'{0}' is not in table {1}; use a {2} listed in {1} or already in the store",
           {value, table, column});
}

std::string RejectedReference(std::string_view value, std::string_view table, std::string_view file,
                              int64_t line, Lang lang) {
  return F(lang, "tham chiếu '{0}' của bảng {1} đã bị loại ({2}:{3}); sửa dòng đó rồi nhập lại",
           "refers to '{0}' in table {1}, which was rejected ({2}:{3}); fix that row and import "
           "again",
           {value, table, file, std::to_string(line)});
}

std::string UnknownScope(std::string_view value, Lang lang) {
  return F(lang,
           "'{0}' không phải unit_id hay mã xã (code) có trong dữ liệu; dùng một unit_id của "
           "bảng units hoặc một code của bảng localities",
           "'{0}' is neither a unit_id nor a locality code in the data; use a unit_id of table "
           "units or a code of table localities",
           {value});
}

std::string DateBefore(std::string_view column, std::string_view value,
                       std::string_view other_column, std::string_view other_value, Lang lang) {
  return F(lang, "{0} ({1}) sớm hơn {2} ({3}); {0} phải bằng hoặc sau {2}",
           "{0} ({1}) is before {2} ({3}); {0} must be on or after {2}",
           {column, value, other_column, other_value});
}

std::string DiscussionOverTotal(int64_t discussion, int64_t total, Lang lang) {
  return F(lang,
           "số phút thảo luận ({0}) lớn hơn tổng số phút total_minutes ({1}); discussion_minutes "
           "phải ≤ total_minutes",
           "discussion_minutes ({0}) is more than total_minutes ({1}); it must be ≤ "
           "total_minutes",
           {std::to_string(discussion), std::to_string(total)});
}

std::string NotMonday(std::string_view value, std::string_view monday, Lang lang) {
  return F(lang, "{0} không phải thứ Hai; week_start phải là thứ Hai đầu tuần (tuần này: {1})",
           "{0} is not a Monday; week_start must be the Monday the week starts on (this week: "
           "{1})",
           {value, monday});
}

std::string TaskLocalityUnknown(size_t sub_localities, Lang lang) {
  return F(lang,
           "không xác định được xã/phường của nhiệm vụ: không có đơn vị chủ trì hay phối hợp đã "
           "biết, và dữ liệu có {0} xã/phường/đặc khu; hãy điền locality_code",
           "cannot tell the task's locality: it has no known lead or coordinating unit, and the "
           "data has {0} communes/wards/special zones; fill locality_code",
           {std::to_string(sub_localities)});
}

std::string ColumnMissingForRow(std::string_view column, Lang lang) {
  return F(lang, "tệp thiếu cột bắt buộc '{0}'; thêm cột này rồi nhập lại",
           "the file has no required column '{0}'; add it and import again", {column});
}

std::string RowNotWritten(std::string_view detail, Lang lang) {
  return F(lang, "không ghi được dòng vào kho: {0}", "cannot write the row to the store: {0}",
           {detail});
}

std::string FieldCount(size_t got, size_t expected, Lang lang) {
  return F(lang, "dòng có {0} ô nhưng dòng tiêu đề có {1}; kiểm tra dấu phân cách và dấu ngoặc kép",
           "the row has {0} fields but the header has {1}; check the delimiters and quotes",
           {std::to_string(got), std::to_string(expected)});
}

std::string UnclosedQuote(Lang lang) {
  return F(lang, "dấu ngoặc kép mở đầu ô chưa được đóng; thêm \" ở cuối ô",
           "a quote opening the field is never closed; add \" at the end of the field");
}

std::string TextAfterQuote(Lang lang) {
  return F(lang,
           "có ký tự sau dấu ngoặc kép đóng ô; trong ô có ngoặc kép, viết \"\" cho mỗi dấu \"",
           "text after the quote that closes the field; inside a quoted field write \"\" for "
           "each \"");
}

std::string JsonSyntax(std::string_view detail, Lang lang) {
  return F(lang, "JSON không hợp lệ ({0}); tệp phải có dạng { \"bảng\": [ {...}, ... ] }",
           "invalid JSON ({0}); the file must look like { \"table\": [ {...}, ... ] }", {detail});
}

std::string JsonNotObject(Lang lang) {
  return F(lang, "tệp JSON phải là một đối tượng { \"bảng\": [ {...}, ... ] }",
           "the JSON file must be an object { \"table\": [ {...}, ... ] }");
}

std::string JsonTableNotArray(std::string_view table, Lang lang) {
  return F(lang, "bảng '{0}' phải là một mảng các đối tượng [ {...}, ... ]",
           "table '{0}' must be an array of objects [ {...}, ... ]", {table});
}

std::string JsonRowNotObject(Lang lang) {
  return F(lang, "mỗi dòng phải là một đối tượng { \"cột\": giá trị, ... }",
           "each row must be an object { \"column\": value, ... }");
}

std::string JsonNestedValue(Lang lang) {
  return F(lang, "giá trị phải là chuỗi, số, true/false hoặc null",
           "the value must be a string, a number, true/false or null");
}

std::string JsonDuplicateKey(std::string_view key, Lang lang) {
  return F(lang, "khóa '{0}' xuất hiện hai lần trong dòng; giữ một",
           "key '{0}' appears twice in the row; keep one", {key});
}

std::string JsonDuplicateTable(std::string_view table, Lang lang) {
  return F(lang, "bảng '{0}' xuất hiện hai lần; gộp các dòng vào một mảng",
           "table '{0}' appears twice; put all its rows in one array", {table});
}

std::string MissingColumn(std::string_view column, Lang lang) {
  return F(lang, "thiếu cột bắt buộc '{0}'; thêm cột này vào dòng tiêu đề",
           "missing required column '{0}'; add it to the header", {column});
}

std::string DuplicateColumn(std::string_view column, int first, int second, Lang lang) {
  return F(lang, "cột '{0}' xuất hiện hai lần (cột {1} và {2}); giữ một cột",
           "column '{0}' appears twice (columns {1} and {2}); keep one",
           {column, std::to_string(first), std::to_string(second)});
}

std::string MissingCsvFile(std::string_view file, Lang lang) {
  return F(lang, "thiếu tệp bắt buộc {0}; thêm tệp này (ít nhất dòng tiêu đề) vào thư mục",
           "missing required file {0}; add it (a header line at least) to the folder", {file});
}

std::string MissingTable(std::string_view table, Lang lang) {
  return F(lang, "thiếu bảng bắt buộc '{0}'; thêm bảng này vào dữ liệu",
           "missing required table '{0}'; add it to the data", {table});
}

std::string CannotRead(std::string_view detail, Lang lang) {
  return F(lang, "không đọc được: {0}", "cannot read: {0}", {detail});
}

std::string PathNotFound(Lang lang) {
  return F(lang,
           "không tìm thấy đường dẫn; dùng một thư mục tệp CSV, một tệp .json hoặc một cơ sở dữ "
           "liệu SQLite",
           "path not found; use a folder of CSV files, a .json file or a SQLite database");
}

std::string UnsupportedFile(Lang lang) {
  return F(lang,
           "không nhận ra loại dữ liệu; dùng một thư mục tệp <bảng>.csv, một tệp .json hoặc một "
           "cơ sở dữ liệu SQLite",
           "unrecognised data; use a folder of <table>.csv files, a .json file or a SQLite "
           "database");
}

std::string SourceIsStore(Lang lang) {
  return F(lang, "nguồn dữ liệu chính là kho đang ghi; chọn một tệp SQLite khác",
           "the data set is the store being written; choose another SQLite file");
}

std::string ResubmitCarriesNoLocality(Lang lang) {
  return F(lang,
           "--resubmit thay dữ liệu của các địa phương có trong bảng localities, nhưng bảng này "
           "không có dòng hợp lệ nào; thêm dòng của xã, phường gửi lại",
           "--resubmit replaces the data of the localities in the localities table, but it has no "
           "valid row; add the row of the commune or ward that resubmits",
           {});
}

std::string CannotWriteRejects(Lang lang) {
  return F(lang, "không ghi được tệp các dòng bị loại; kiểm tra đường dẫn và quyền ghi",
           "cannot write the rejected-rows file; check the path and permissions");
}

std::string_view ColumnWord(Lang lang) { return Tr(lang, "cột", "column"); }
std::string_view ValueWord(Lang lang) { return Tr(lang, "giá trị", "value"); }

}  // namespace tuanthu::importing::msg
