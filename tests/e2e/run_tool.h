// Runs the real `tuanthu` binary for end-to-end tests, against either store.
//
// ctest registers every end-to-end test twice: as itself (SQLite stores, data sets read where
// they lie) and prefixed "postgresql: " with `--store=postgresql` (tests/main.cpp), which sets
// TUANTHU_TEST_STORE. In that second run:
// - a store a test makes with TestStore is a fresh database on the throwaway server
//   (support/pg.h) instead of a SQLite file;
// - `check --data SET` on a data set (folder, .json, .xlsx) that imports cleanly reads the set
//   imported into a database of its own (once per set and per test process), so that every
//   scenario's expected output is compared byte for byte from PostgreSQL. A set that does not
//   import cleanly (an error path under test) or `check --record` is left as written.
#pragma once

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "../support/pg.h"
#include "../support/shell.h"
#include "import/importer.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {

using ToolRun = CommandRun;

// Whether this run's stores are PostgreSQL databases.
inline bool OnPostgres() {
  const char* store = std::getenv("TUANTHU_TEST_STORE");
  return store != nullptr && std::string(store) == "postgresql";
}

namespace detail {

// Splits a command line as the tests write it: words separated by spaces, single-quoted words
// as Quote() makes them.
inline std::vector<std::string> Words(const std::string& args) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false, quoted = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const char c = args[i];
    if (quoted) {
      if (c == '\'') {
        quoted = false;
      } else {
        word += c;
      }
    } else if (c == '\'') {
      quoted = in_word = true;
    } else if (c == '\\' && i + 1 < args.size()) {
      word += args[++i];
      in_word = true;
    } else if (c == ' ') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(word);
  return words;
}

// What identifies the content of a data set: its files' names, sizes and modification times.
inline std::string Fingerprint(const std::filesystem::path& path) {
  std::string print;
  const auto add = [&](const std::filesystem::path& file) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) return;
    print += file.string() + ":" + std::to_string(info.st_size) + ":" +
             std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec) + ";";
  };
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) add(entry.path());
  } else {
    add(path);
  }
  return print;
}

// The PostgreSQL database holding data set `data` (relative to the source folder), imported
// once per content; "" when the set does not import cleanly.
inline std::string ImportedDataSet(const std::string& data) {
  static std::map<std::string, std::unique_ptr<PgTestDatabase>> imported;
  static std::map<std::string, bool> refused;
  const std::filesystem::path path = std::filesystem::path(data).is_absolute()
                                         ? std::filesystem::path(data)
                                         : std::filesystem::path(TUANTHU_SOURCE_DIR) / data;
  const std::string key = Fingerprint(path);
  if (key.empty() || refused.count(key) > 0) return "";
  auto found = imported.find(key);
  if (found != imported.end()) return found->second->uri();
  auto database = std::make_unique<PgTestDatabase>("set");
  const CommandRun run = Shell(Quote(TUANTHU_BINARY) + " import --data " + Quote(path.string()) +
                               " --db " + Quote(database->uri()) + " >/dev/null");
  // Notices (a sheet ignored) are part of what a check on the set prints: keep the set.
  if (run.status != 0 || !run.err.empty()) {
    refused[key] = true;
    return "";
  }
  return imported.emplace(key, std::move(database)).first->second->uri();
}

// `check --data SET` with SET imported into PostgreSQL, as described at the top.
inline std::string OnStore(const std::string& args) {
  const std::vector<std::string> words = Words(args);
  if (words.empty() || words[0] != "check") return args;
  std::string data;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == "--record") return args;
    if (words[i] == "--data") data = words[i + 1];
  }
  if (!words.empty() && words.back() == "--record") return args;
  if (data.empty() || pg::IsPostgresUri(data) || IsSqliteFile(data)) return args;
  const std::string uri = ImportedDataSet(data);
  if (uri.empty()) return args;
  std::string rewritten;
  for (size_t i = 0; i < words.size(); ++i) {
    const bool is_data = i > 0 && words[i - 1] == "--data";
    rewritten += (i ? " " : "") + Quote(is_data ? uri : words[i]);
  }
  return rewritten;
}

}  // namespace detail

// Runs `tuanthu ARGS...` from the source folder; captures both streams.
inline ToolRun Tool(const std::string& args) {
  return Shell(Quote(TUANTHU_BINARY) + " " + (OnPostgres() ? detail::OnStore(args) : args));
}

inline std::filesystem::path TempDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("tuanthu-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// A store for a test to import into, record runs in and diff: the SQLite file `dir/file`, or a
// fresh PostgreSQL database when this run's stores are PostgreSQL.
class TestStore {
 public:
  TestStore(const std::filesystem::path& dir, const std::string& file) {
    if (OnPostgres()) {
      pg_ = std::make_unique<PgTestDatabase>(std::filesystem::path(file).stem().string());
      uri_ = pg_->uri();
    } else {
      uri_ = (dir / file).string();
    }
  }
  const std::string& uri() const { return uri_; }
  operator const std::string&() const { return uri_; }  // NOLINT: reads as the path it replaces

  // Runs one SQL statement returning a number (a count) on the store.
  int64_t Count(const std::string& sql) const {
    if (pg_ != nullptr) {
      pg::Connection connection(uri_);
      return connection.Query(sql).Int(0, 0);
    }
    Database db(uri_, Database::Mode::kReadOnly);
    Statement statement = db.Prepare(sql);
    REQUIRE(statement.Step());
    return statement.Int(0);
  }
  // Runs statements that change the store (as an administrator would by hand).
  void Exec(const std::string& sql) const {
    if (pg_ != nullptr) {
      pg::Connection connection(uri_);
      connection.Exec(sql);
      return;
    }
    Database db(uri_);
    db.Exec(sql);
  }

 private:
  std::string uri_;
  std::unique_ptr<PgTestDatabase> pg_;
};

}  // namespace tuanthu::testing
