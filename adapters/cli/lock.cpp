#include "cli/lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace tuanthu::cli {

RunLock::RunLock(const std::string& db_path, int wait_seconds, Lang lang) {
  const std::string path = db_path + ".lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    throw std::runtime_error(
        Format(Tr(lang, "không mở được tệp khóa {0}: {1}", "cannot open the lock file {0}: {1}"),
               {path, SystemErrorText(errno, lang)}));
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait_seconds);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      ::close(fd_);
      throw std::runtime_error(Format(Tr(lang, "không khóa được {0}: {1}", "cannot lock {0}: {1}"),
                                      {path, SystemErrorText(errno, lang)}));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      fd_ = -1;
      throw std::runtime_error(Format(
          Tr(lang,
             "một lần chạy tuanthu khác đang ghi vào {0} (khóa {1}); đã chờ {2} giây — hãy thử "
             "lại sau hoặc dùng --wait SỐ-GIÂY",
             "another tuanthu run is writing to {0} (lock {1}); waited {2} s — try again later "
             "or pass --wait SECONDS"),
          {db_path, path, std::to_string(wait_seconds)}));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

RunLock::~RunLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

}  // namespace tuanthu::cli
