// Runs the real `tuanthu` binary for end-to-end tests.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace tuanthu::testing {

struct ToolRun {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string Quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

inline std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `tuanthu ARGS...` from the source folder; captures both streams.
inline ToolRun Tool(const std::string& args) {
  const auto err_path = std::filesystem::temp_directory_path() /
                        ("tuanthu-e2e-" + std::to_string(::getpid()) + ".err");
  const std::string command = std::string("cd ") + Quote(TUANTHU_SOURCE_DIR) + " && " +
                              Quote(TUANTHU_BINARY) + " " + args + " 2>" + Quote(err_path.string());
  ToolRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 65536> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    run.out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = ReadAll(err_path);
  std::filesystem::remove(err_path);
  return run;
}

inline std::filesystem::path TempDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("tuanthu-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace tuanthu::testing
