// An advisory lock beside a database (`<db>.lock`, flock): one writer at a time. The kernel
// drops it when the process dies, even by kill -9, so a crashed run never blocks the next one.
#pragma once

#include <string>

#include "tuanthu/lang.h"

namespace tuanthu::cli {

class RunLock {
 public:
  // Waits up to `wait_seconds` (0: not at all) for the lock on `db_path`. Throws
  // std::runtime_error with a clear message if another run still holds it.
  RunLock(const std::string& db_path, int wait_seconds, Lang lang = Lang::kVi);
  ~RunLock();
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace tuanthu::cli
