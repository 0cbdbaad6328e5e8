// Running commands from tests: the real binary, python3, chromium. Shared by every test folder.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace tuanthu::testing {

// A shell word: the text in single quotes.
inline std::string Quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

inline std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct CommandRun {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `command` with sh from the source folder; stdout and stderr captured.
inline CommandRun Shell(const std::string& command) {
  static std::atomic<int> counter{0};
  const auto err_path =
      std::filesystem::temp_directory_path() / ("tuanthu-test-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(counter.fetch_add(1)) + ".err");
  const std::string full =
      "cd " + Quote(TUANTHU_SOURCE_DIR) + " && { " + command + " ; } 2>" + Quote(err_path.string());
  CommandRun run;
  FILE* pipe = ::popen(full.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 65536> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    run.out.append(buffer.data(), n);
  }
  const int status = ::pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = ReadAll(err_path);
  std::filesystem::remove(err_path);
  return run;
}

}  // namespace tuanthu::testing
