#include "lua_messages.h"

#include <regex>
#include <utility>

namespace tuanthu {
namespace {

struct Phrase {
  std::regex pattern;
  const char* vietnamese;  // a std::regex_replace format ($1, $2, ...)
};

const std::vector<Phrase>& Phrases() {
  static const std::vector<Phrase> phrases = [] {
    const std::pair<const char*, const char*> table[] = {
        // The parser.
        {R"('([^']+)' expected \(to close '([^']+)' at line (\d+)\) near)",
         "thiếu '$1' (để đóng '$2' ở dòng $3) gần"},
        {R"('([^']+)' expected near)", "thiếu '$1' gần"},
        {R"(unexpected symbol near)", "ký hiệu không mong đợi gần"},
        {R"(unfinished string near)", "chuỗi chưa đóng gần"},
        {R"(unfinished long string)", "chuỗi dài chưa đóng"},
        {R"(unfinished long comment)", "chú thích dài chưa đóng"},
        {R"(malformed number near)", "số sai dạng gần"},
        {R"(syntax error near)", "lỗi cú pháp gần"},
        {R"(<eof>)", "<hết tệp>"},
        // The VM.
        {R"(attempt to compare two (\w+) values)", "so sánh hai giá trị $1"},
        {R"(attempt to compare (\w+) with (\w+))", "so sánh $1 với $2"},
        {R"(attempt to index a (\w+) value)", "truy cập chỉ mục trên một giá trị $1"},
        {R"(attempt to call a (\w+) value)", "gọi một giá trị $1"},
        {R"(attempt to perform arithmetic on a (\w+) value)", "tính toán trên một giá trị $1"},
        {R"(attempt to perform bitwise operation on a (\w+) value)",
         "phép toán bit trên một giá trị $1"},
        {R"(attempt to concatenate a (\w+) value)", "nối chuỗi với một giá trị $1"},
        {R"(attempt to get length of a (\w+) value)", "lấy độ dài của một giá trị $1"},
        {R"(\(global '([^']*)'\))", "(biến toàn cục '$1')"},
        {R"(\(local '([^']*)'\))", "(biến cục bộ '$1')"},
        {R"(\(field '([^']*)'\))", "(trường '$1')"},
        {R"(\(upvalue '([^']*)'\))", "(biến ngoài '$1')"},
        {R"(\(method '([^']*)'\))", "(phương thức '$1')"},
        {R"(bad argument #(\d+) to '([^']+)')", "đối số #$1 của '$2' sai"},
        {R"((\w+) expected, got (no value|\w+))", "cần $1, nhận $2"},
        {R"(number has no integer representation)", "số không có dạng số nguyên"},
        {R"(stack overflow)", "tràn ngăn xếp"},
        {R"(invalid order function for sorting)", "hàm thứ tự không hợp lệ khi sắp xếp"},
        {R"(invalid value \(at index (\d+)\) in table for 'concat')",
         "giá trị không hợp lệ (ở vị trí $1) trong bảng cho 'concat'"},
        {R"(resulting string too large)", "chuỗi kết quả quá lớn"},
        {R"(not enough memory)", "không đủ bộ nhớ"},
        {R"(error object is not a string)", "đối tượng lỗi không phải một chuỗi"},
        {R"(unknown Lua error)", "lỗi Lua không rõ"},
        {R"(cannot load chunk)", "không nạp được đoạn mã"},
        // The sandbox.
        {R"(global writes are not allowed in a rule pack \(tried to set '([^']*)'\); use local)",
         "không được ghi biến toàn cục trong gói quy tắc (định gán '$1'); hãy dùng local"},
        {R"(library tables are read-only in a rule pack)",
         "các bảng thư viện là chỉ đọc trong gói quy tắc"},
        {R"(precompiled bytecode is not allowed in a rule pack)",
         "không được dùng mã Lua đã biên dịch trong gói quy tắc"},
        // The bounded pattern matcher (lua_bounded.cpp).
        {R"(malformed pattern \(ends with '%'\))", "mẫu sai (kết thúc bằng '%')"},
        {R"(malformed pattern \(missing '\]'\))", "mẫu sai (thiếu ']')"},
        {R"(malformed pattern \(missing arguments to '%b'\))", "mẫu sai (thiếu đối số cho '%b')"},
        {R"(too many captures)", "quá nhiều nhóm bắt"},
        {R"(invalid pattern capture)", "nhóm bắt không hợp lệ trong mẫu"},
        {R"(invalid capture index %(\d+))", "chỉ số nhóm bắt %$1 không hợp lệ"},
        {R"(pattern too complex)", "mẫu quá phức tạp"},
        {R"(missing '\[' after '%f' in pattern)", "thiếu '[' sau '%f' trong mẫu"},
        {R"(unfinished capture)", "nhóm bắt chưa đóng"},
        {R"(invalid use of '%' in replacement string)", "dùng '%' sai trong chuỗi thay thế"},
        {R"(invalid replacement value \(a (\w+)\))", "giá trị thay thế không hợp lệ (kiểu $1)"},
        // ctx.query (the stores' messages, SQLite's and PostgreSQL's).
        {R"(ctx\.query: reads ([\w.]+) \(only)", "ctx.query: đọc $1 (only"},
        {R"(ERROR:\s+relation \"([^"]*)\" does not exist)", "không có bảng: $1"},
        {R"(ERROR:\s+column \"([^"]*)\" does not exist)", "không có cột: $1"},
        {R"(ERROR:\s+function ([^\n]*) does not exist)", "không có hàm: $1"},
        {R"(ERROR:\s+syntax error at or near \"([^"]*)\")", "lỗi cú pháp SQL gần \"$1\""},
        {R"(ERROR:\s+syntax error at end of input)", "câu lệnh chưa hết"},
        {R"(ERROR:\s+permission denied[^\n]*)", "không được phép"},
        {R"(ERROR:\s+canceling statement due to user request)", "bị dừng"},
        {R"(ERROR:\s+)", "lỗi PostgreSQL: "},
        {R"(\nLINE (\d+):)", "\ndòng $1:"},
        {R"(\nHINT:\s+[^\n]*)", ""},
        {R"(\(only SELECT over the activity tables is allowed\))",
         "(chỉ được SELECT trên các bảng hoạt động)"},
        {R"(one statement at a time)", "mỗi lần một câu lệnh"},
        {R"(only read-only SELECT statements)", "chỉ được dùng câu lệnh SELECT chỉ đọc"},
        {R"(more than (\d+) rows; aggregate in SQL)", "hơn $1 dòng; hãy tổng hợp trong SQL"},
        {R"(query ran too long \(past its step budget or the rule's time limit\))",
         "truy vấn chạy quá lâu (vượt ngân sách bước hoặc giới hạn thời gian của quy tắc)"},
        {R"(no such table: )", "không có bảng: "},
        {R"(no such column: )", "không có cột: "},
        {R"(no such function: )", "không có hàm: "},
        {R"x(near "([^"]*)": syntax error)x", "lỗi cú pháp SQL gần \"$1\""},
        {R"(incomplete input)", "câu lệnh chưa hết"},
        {R"(not authorized)", "không được phép"},
        {R"(interrupted)", "bị dừng"},
        // ctx.query and ctx.finding arguments.
        {R"(argument (\d+) must be a string, number, boolean or nil)",
         "đối số $1 phải là chuỗi, số, boolean hoặc nil"},
        {R"(ctx.finding: expects a table)", "ctx.finding: cần một bảng"},
        // pack_test.lua.
        {R"(test '([^']*)': expects a table)", "test '$1': cần một bảng"},
        {R"(test '([^']*)' is defined twice)", "test '$1' được định nghĩa hai lần"},
        {R"(severity '([^']*)' is not violation, warning or info)",
         "mức '$1' không phải violation, warning hay info"},
    };
    std::vector<Phrase> out;
    for (const auto& [english, vietnamese] : table) {
      out.push_back(
          {std::regex(english, std::regex::ECMAScript | std::regex::optimize), vietnamese});
    }
    return out;
  }();
  return phrases;
}

}  // namespace

std::string LuaMessageIn(Lang lang, std::string message) {
  if (lang == Lang::kEn) return message;
  for (const Phrase& phrase : Phrases()) {
    message = std::regex_replace(message, phrase.pattern, phrase.vietnamese);
  }
  return message;
}

}  // namespace tuanthu
