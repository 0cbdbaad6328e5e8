#include "tuanthu/lang.h"

#include <cerrno>
#include <cstring>
#include <vector>

namespace tuanthu {

std::string SystemErrorText(int errnum, Lang lang) {
  if (lang == Lang::kVi) {
    switch (errnum) {
      case ENOENT:
        return "không có tệp hay thư mục này";
      case EACCES:
      case EPERM:
        return "không có quyền";
      case ENOSPC:
        return "đĩa đầy";
      case EROFS:
        return "hệ thống tệp chỉ cho phép đọc";
      case EISDIR:
        return "đây là một thư mục";
      case ENOTDIR:
        return "một phần của đường dẫn không phải thư mục";
      case EEXIST:
        return "tệp đã có";
      case EMFILE:
      case ENFILE:
        return "mở quá nhiều tệp";
      case EIO:
        return "lỗi đọc ghi đĩa";
      case ENAMETOOLONG:
        return "tên tệp quá dài";
      default:
        break;
    }
  }
  return std::strerror(errnum);
}

std::string Format(std::string_view pattern, std::initializer_list<std::string_view> args) {
  const std::vector<std::string_view> values(args);
  std::string out;
  out.reserve(pattern.size() + 32);
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      const size_t index = static_cast<size_t>(pattern[i + 1] - '0');
      if (index < values.size()) {
        out += values[index];
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace tuanthu
