#include "tuanthu/lang.h"

#include <cerrno>
#include <cstring>
#include <string>
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
      case ENOTEMPTY:
        return "thư mục không trống";
      case EBUSY:
      case ETXTBSY:
        return "tệp đang được dùng";
      case EFBIG:
        return "tệp quá lớn";
      case EDQUOT:
        return "vượt hạn mức đĩa";
      case ELOOP:
        return "quá nhiều liên kết tượng trưng";
      case EXDEV:
        return "không chuyển được giữa hai hệ thống tệp";
      case ENOMEM:
        return "hết bộ nhớ";
      case EINVAL:
        return "đối số không hợp lệ";
      case ENODEV:
      case ENXIO:
        return "thiết bị không hỗ trợ thao tác này";
      case EPIPE:
        return "đường ống đã đóng";
      case ETIMEDOUT:
        return "hết thời gian chờ";
      case ECONNREFUSED:
        return "bị từ chối kết nối";
      default: {
        // No Vietnamese text: the symbolic name and number, which stay searchable.
        const char* name = strerrorname_np(errnum);
        return "lỗi hệ điều hành " + std::string(name != nullptr ? name : "") + " (errno " +
               std::to_string(errnum) + ")";
      }
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
