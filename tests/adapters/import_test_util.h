// Helpers for the import tests: a temporary folder that removes itself, files written into it,
// and queries on the store.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "import/importer.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("tuanthu-import-test-" + std::to_string(getpid()) + "-" +
             std::to_string(counter.fetch_add(1)));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }
  // Writes `contents` byte for byte to `name` inside the folder; returns its path.
  std::string Write(const std::string& name, std::string_view contents) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    return file.string();
  }
  std::string Read(const std::string& name) const {
    std::ifstream in(path_ / name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

 private:
  std::filesystem::path path_;
};

inline int64_t CountRows(Database& db, const std::string& table) {
  Statement statement = db.Prepare("SELECT count(*) FROM " + table);
  statement.Step();
  return statement.Int(0);
}

// The first column of the first row of `sql`, as text; "NULL" for a null.
inline std::string QueryText(Database& db, const std::string& sql) {
  Statement statement = db.Prepare(sql);
  if (!statement.Step()) return "<no row>";
  if (statement.IsNull(0)) return "NULL";
  return std::string(statement.Text(0));
}

// The data set every test starts from: a city and one of its wards, with three units.
inline constexpr std::string_view kLocalities =
    "code,name,level,parent_code,pack\n"
    "01,Thành phố Hà Nội,province,,vn/ha-noi\n"
    "00004,Phường Ngọc Hà,ward,01,vn/ha-noi/ngoc-ha\n";
inline constexpr std::string_view kUnits =
    "unit_id,locality_code,name,role\n"
    "U1,00004,UBND phường Ngọc Hà,committee\n"
    "U2,00004,Văn phòng HĐND và UBND,office\n"
    "U3,00004,Phòng Văn hóa - Xã hội,culture_social\n";

inline void WriteBase(const TempDir& dir) {
  dir.Write("localities.csv", kLocalities);
  dir.Write("units.csv", kUnits);
}

inline ImportOptions English() {
  ImportOptions options;
  options.lang = Lang::kEn;
  return options;
}

}  // namespace tuanthu::testing
