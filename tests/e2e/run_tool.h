// Runs the real `tuanthu` binary for end-to-end tests.
#pragma once

#include <filesystem>
#include <string>

#include "../support/shell.h"

namespace tuanthu::testing {

using ToolRun = CommandRun;

// Runs `tuanthu ARGS...` from the source folder; captures both streams.
inline ToolRun Tool(const std::string& args) { return Shell(Quote(TUANTHU_BINARY) + " " + args); }

inline std::filesystem::path TempDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("tuanthu-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace tuanthu::testing
