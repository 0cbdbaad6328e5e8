// One language at a time: every error path of the command line, in Vietnamese by default and in
// English with --lang en, never a mix. And a hostile rule through the real binary: it fails
// alone, named, the others' findings are still written, the exit status says so.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_tool.h"

namespace tuanthu::testing {
namespace {

namespace fs = std::filesystem;

// A rules folder with test/x: Sì Lở Lầu's pack plus the custom rules given.
fs::path RulesWith(const std::string& name, const std::string& rules) {
  const fs::path dir = TempDir(name);
  fs::create_directories(dir / "test" / "x");
  std::ofstream(dir / "test" / "x" / "pack.lua") << "pack { parent = 'vn/lai-chau/si-lo-lau' }\n"
                                                 << rules;
  return dir;
}

struct Case {
  std::string args;
  std::string vi;  // in the Vietnamese message
  std::string en;  // in the English one
};

}  // namespace

TEST_CASE("languages: each error path speaks Vietnamese by default and English with --lang en") {
  const fs::path broken = RulesWith("lang-broken", "rule 'no.such.rule' { threshold = 1 }\n");
  const fs::path failing = RulesWith("lang-failing",
                                     "custom 'local.boom' { clause = 'X', evaluate = function(ctx) "
                                     "error('boom') end }\n");
  const fs::path dir = TempDir("lang-history");
  const TestStore db(dir, "one.db");
  REQUIRE(Tool("import --quiet --data data/si-lo-lau --db " + Quote(db)).status == 0);
  REQUIRE(Tool("check --quiet --data " + Quote(db) + " --as-of 2026-06-10 --record").status == 1);
  const std::string check = "check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau ";
  const std::vector<Case> cases = {
      {check + "--as-of 2026-13-45", "--as-of phải là một ngày", "--as-of must be a date"},
      {check + "--as-of 2026-06-10 --format pdf", "--format phải là", "--format must be"},
      {check + "--as-of 2026-06-10 --format html", "ghi ra tệp: thêm --out",
       "writes a file: add --out"},
      {check + "--as-of 2026-06-10 --severity grave", "--severity phải là", "--severity must be"},
      {check + "--as-of 2026-06-10 --fail-on sometimes", "--fail-on phải là", "--fail-on must be"},
      {check + "--as-of 2026-06-10 --rule-timeout 0", "phải là số giây",
       "must be a number of seconds"},
      {check + "--as-of 2026-06-10 --record", "--record lưu lịch sử", "--record keeps the history"},
      {"check --as-of 2026-06-10", "thiếu tùy chọn bắt buộc", "is required"},
      {check + "--as-of 2026-06-10 --colour red", "không có tùy chọn", "unrecognised option"},
      {"check --data data/nowhere --as-of 2026-06-10", "không có dữ liệu tại", "no data at"},
      {"check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x --rules " +
           Quote(broken.string()),
       "không nạp được các bộ quy tắc", "the rule packs do not load"},
      {"check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x --rules " +
           Quote(failing.string()),
       "quy tắc 'local.boom': lỗi khi chạy cho địa bàn", "rule 'local.boom': failed in locality"},
      {"diff --db " + Quote(db), "so sánh cần hai", "a diff needs two"},
      {"diff --db " + Quote((dir / "none.db").string()), "không có cơ sở dữ liệu tại",
       "no database at"},
      {"runs --db " + Quote((dir / "none.db").string()), "không có cơ sở dữ liệu tại",
       "no database at"},
      {"frobnicate", "không có lệnh 'frobnicate'", "unknown command 'frobnicate'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const ToolRun vi = Tool(c.args);
    CHECK(vi.status == 2);
    CHECK_MESSAGE(vi.err.find(c.vi) != std::string::npos, vi.err);
    CHECK_MESSAGE(vi.err.find(c.en) == std::string::npos, vi.err);
    const ToolRun en = Tool(c.args + " --lang en");
    CHECK(en.status == 2);
    CHECK_MESSAGE(en.err.find(c.en) != std::string::npos, en.err);
    CHECK_MESSAGE(en.err.find(c.vi) == std::string::npos, en.err);
  }
  fs::remove_all(broken);
  fs::remove_all(failing);
  fs::remove_all(dir);
}

// Letters only Vietnamese writes (đ, ơ, ư, ă and the tone marks over vowels).
bool HasVietnameseLetters(const std::string& text) {
  for (const char* letter : {"đ", "ơ", "ư", "ă", "ấ", "ầ", "ệ", "ế", "ộ", "ợ", "ủ",
                             "ạ", "ả", "ị", "ọ", "ố", "ờ", "ữ", "ử", "ể", "ỏ", "ẫ"}) {
    if (text.find(letter) != std::string::npos) return true;
  }
  return false;
}

// English phrases the engine, the stores and the command line say; none may show in Vietnamese.
const char* const kEnglishPhrases[] = {
    "unknown", "cannot",  "does not", "must be", "expected", "error:",  "no pack",
    "not a ",  "attempt", "failed",   "rule '",  "invalid",  "missing", "SQL error",
    "no such", "Usage",   "passed",   "allowed", "near ",    "is not",  "this help"};
// And the reverse: Vietnamese words none of the English messages may hold.
const char* const kVietnameseWords[] = {"không", "phải", "lỗi",  "quy tắc", "gói",
                                        "cần",   "hãy",  "được", "tệp",     "Cách dùng"};

TEST_CASE("languages: pack, Lua, store and rules-command errors are in one language") {
  const auto pack = [](const std::string& name, const std::string& body) {
    return Quote(RulesWith(name, body).string());
  };
  const std::string bad_param = pack("lang-a", "rule 'meetings.online_share' { threshold = 2 }\n");
  const std::string unknown_param =
      pack("lang-b", "rule 'meetings.online_share' { thresh = 0.5 }\n");
  const std::string syntax = pack("lang-c", "rule 'meetings.online_share' {\n");
  const std::string global = pack("lang-d", "x = 1\n");
  const std::string arithmetic =
      pack("lang-e",
           "custom 'local.nil' { clause = 'X', evaluate = function(ctx) return ctx.nothing + 1 "
           "end }\n");
  const std::string query = pack("lang-f",
                                 "custom 'local.query' { clause = 'X', evaluate = function(ctx) "
                                 "ctx.query('SELECT * FROM nowhere') end }\n");
  const std::string pattern =
      pack("lang-g",
           "custom 'local.pattern' { clause = 'X', evaluate = function(ctx) "
           "string.find('abc', '[a') end }\n");
  const fs::path dir = TempDir("lang-h");
  const std::string garbage = (dir / "garbage.db").string();
  {
    std::ofstream file(garbage, std::ios::binary);
    file << "SQLite format 3" << std::string(1, '\0') << std::string(4000, 'x');
  }
  const std::string check = "check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x --rules ";
  const std::vector<Case> cases = {
      {check + bad_param, "cần một số từ 0 đến 1", "expected a number from 0 to 1"},
      {check + unknown_param, "không có tham số 'thresh'", "unknown parameter 'thresh'"},
      {check + syntax, "ký hiệu không mong đợi gần <hết tệp>", "unexpected symbol near <eof>"},
      {check + global, "không được ghi biến toàn cục", "global writes are not allowed"},
      {check + arithmetic, "tính toán trên một giá trị nil", "perform arithmetic on a nil value"},
      // Said by SQLite, or by PostgreSQL when the data set was imported there (run_tool.h).
      {check + query, "không có bảng: nowhere",
       OnPostgres() ? "relation \"nowhere\" does not exist" : "no such table: nowhere"},
      {check + pattern, "mẫu sai (thiếu ']')", "malformed pattern (missing ']')"},
      {"check --data data/si-lo-lau --as-of 2026-06-10 --pack test/nowhere",
       "không có gói 'test/nowhere'", "no pack 'test/nowhere'"},
      {"check --data data/si-lo-lau --as-of 2026-06-10 --threads -1", "--threads phải là",
       "--threads must be"},
      {"runs --db " + Quote(garbage), "tệp không phải một cơ sở dữ liệu SQLite",
       "file is not a database"},
      {"rules show test/x --rules " + bad_param, "cần một số từ 0 đến 1",
       "expected a number from 0 to 1"},
      {"rules show test/nowhere", "không có gói 'test/nowhere'", "no pack 'test/nowhere'"},
      {"rules diff vn", "không có gói cha", "has no parent"},
      {"rules test test/nowhere", "không có bài kiểm thử tại", "no tests at"},
      {"rules frobnicate", "không có lệnh con 'frobnicate'", "unknown verb 'frobnicate'"},
      {"rules show", "nhận đúng một id gói", "takes one pack id"},
      {"store frobnicate", "không có lệnh store", "unknown store command"},
      {"import --data data/si-lo-lau --db x.db --replace --resubmit", "loại trừ nhau",
       "exclude each other"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const ToolRun vi = Tool(c.args);
    CHECK(vi.status == 2);
    CHECK_MESSAGE(vi.err.find(c.vi) != std::string::npos, vi.err);
    CHECK_MESSAGE(HasVietnameseLetters(vi.err), vi.err);
    for (const char* phrase : kEnglishPhrases) {
      CHECK_MESSAGE(vi.err.find(phrase) == std::string::npos, phrase << " in: " << vi.err);
    }
    const ToolRun en = Tool(c.args + " --lang en");
    CHECK(en.status == 2);
    CHECK_MESSAGE(en.err.find(c.en) != std::string::npos, en.err);
    for (const char* word : kVietnameseWords) {
      CHECK_MESSAGE(en.err.find(word) == std::string::npos, word << " in: " << en.err);
    }
  }
  fs::remove_all(dir);
}

// A copy of Sì Lở Lầu's data, changed by `edit` (file name -> its new text; "" removes it).
fs::path DataWith(const std::string& name, const std::map<std::string, std::string>& edit) {
  const fs::path dir = TempDir(name);
  fs::copy(fs::path(TUANTHU_SOURCE_DIR) / "data" / "si-lo-lau", dir / "data");
  for (const auto& [file, text] : edit) {
    if (text.empty()) {
      fs::remove(dir / "data" / file);
    } else {
      std::ofstream(dir / "data" / file, std::ios::binary) << text;
    }
  }
  return dir / "data";
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("languages: data, file, store and rule errors have no word of the other language") {
  // A date cell that is no date; a data set without its required units table.
  std::string meetings = ReadFile(fs::path(TUANTHU_SOURCE_DIR) / "data/si-lo-lau/meetings.csv");
  const size_t date = meetings.find("2025-01-03");
  REQUIRE(date != std::string::npos);
  meetings.replace(date, 10, "31/02/2025");
  const fs::path bad_cell = DataWith("lang-cell", {{"meetings.csv", meetings}});
  const fs::path no_units = DataWith("lang-units", {{"units.csv", ""}});
  const fs::path broken = RulesWith("lang-broken2", "rule 'no.such.rule' { threshold = 1 }\n");
  const fs::path failing = RulesWith("lang-failing2",
                                     "custom 'local.boom' { clause = 'X', evaluate = function(ctx) "
                                     "error('boom') end }\n");
  const fs::path dir = TempDir("lang-files");
  fs::create_directories(dir / "folder.xlsx");
  const std::string check = "check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau ";
  const std::string refused = "postgresql://tuanthu@127.0.0.1:1/none";
  const std::vector<Case> cases = {
      // The command line.
      {check + "--as-of 2026-13-45", "--as-of phải là một ngày", "--as-of must be a date"},
      // Packs that do not load, a rule that fails in a locality.
      {"check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x --rules " +
           Quote(broken.string()),
       "không nạp được các bộ quy tắc", "the rule packs do not load"},
      {"check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x --rules " +
           Quote(failing.string()),
       "lỗi khi chạy cho địa bàn", "failed in locality"},
      // Data files: missing, a required table missing, a bad cell, a file that is a folder.
      {"check --data " + Quote((dir / "khong-co.json").string()) + " --as-of 2026-06-10",
       "không có dữ liệu tại", "no data at"},
      {"check --data " + Quote(no_units.string()) + " --as-of 2026-06-10", "units", "units"},
      {"check --data " + Quote(bad_cell.string()) + " --as-of 2026-06-10",
       "'31/02/2025': ngày không hợp lệ", "'31/02/2025': not a valid date"},
      {"import --data " + Quote(bad_cell.string()) + " --db " + Quote((dir / "x.db").string()),
       "ngày không hợp lệ", "not a valid date"},
      {"check --data " + Quote((dir / "folder.xlsx").string()) + " --as-of 2026-06-10",
       "folder.xlsx", "folder.xlsx"},
      // Files written: a folder that does not exist, a full disk.
      {check + "--as-of 2026-06-10 --format json --out " + Quote((dir / "none/x.json").string()),
       "không có tệp hay thư mục này", "No such file or directory"},
      {check + "--as-of 2026-06-10 --format json --out /dev/full", "đĩa đầy",
       "No space left on device"},
      {check + "--as-of 2026-06-10 --format html --out " + Quote((dir / "none/x.html").string()),
       "không ghi được", "cannot write"},
      {"template --out " + Quote((dir / "none/mau.xlsx").string()), "không có", "does not exist"},
      // Stores: not a PostgreSQL URI, a server that refuses, a URI libpq cannot parse.
      {"store init --db " + Quote((dir / "x.db").string()), "--db phải là một URI postgresql://",
       "--db must be a postgresql:// URI"},
      {"import --data data/si-lo-lau --db " + refused, "không kết nối được tới",
       "cannot connect to"},
      {"check --as-of 2026-06-10 --data " + refused, "máy chủ từ chối kết nối",
       "Connection refused"},
      {"runs --db " + refused, "không kết nối được tới", "cannot connect to"},
      {"import --data data/si-lo-lau --db 'postgresql://x@%zz/db'", "URI không hợp lệ", "invalid"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const ToolRun vi = Tool(c.args);
    CHECK(vi.status == 2);
    CHECK_MESSAGE(vi.err.find(c.vi) != std::string::npos, vi.err);
    CHECK_MESSAGE(HasVietnameseLetters(vi.err), vi.err);
    for (const char* phrase : kEnglishPhrases) {
      CHECK_MESSAGE(vi.err.find(phrase) == std::string::npos, phrase << " in: " << vi.err);
    }
    const ToolRun en = Tool(c.args + " --lang en");
    CHECK(en.status == 2);
    CHECK_MESSAGE(en.err.find(c.en) != std::string::npos, en.err);
    CHECK_MESSAGE(!HasVietnameseLetters(en.err), en.err);
    for (const char* word : kVietnameseWords) {
      CHECK_MESSAGE(en.err.find(word) == std::string::npos, word << " in: " << en.err);
    }
  }
  fs::remove_all(bad_cell.parent_path());
  fs::remove_all(no_units.parent_path());
  fs::remove_all(broken);
  fs::remove_all(failing);
  fs::remove_all(dir);
}

TEST_CASE("languages: --help and `rules` output in one language") {
  for (const std::string& command :
       {std::string("--help"), std::string("check --help"), std::string("import --help"),
        std::string("rules --help"), std::string("diff --help"), std::string("runs --help"),
        std::string("store --help"), std::string("template --help"),
        std::string("rules show vn/lai-chau/si-lo-lau"), std::string("rules kinds")}) {
    CAPTURE(command);
    const ToolRun vi = Tool(command);
    CHECK(HasVietnameseLetters(vi.out));
    for (const char* phrase : {"this help", "Usage", " or json", "default)", "declared in"}) {
      CHECK_MESSAGE(vi.out.find(phrase) == std::string::npos, phrase << " in: " << vi.out);
    }
    const ToolRun en = Tool(command + " --lang en");
    for (const char* word : {"trợ giúp", "Cách dùng", "mặc định", "  hiệu lực: ", "khai báo tại"}) {
      CHECK_MESSAGE(en.out.find(word) == std::string::npos, word << " in: " << en.out);
    }
  }
}

TEST_CASE("languages: a rule that hangs in a C function fails alone through the binary") {
  const fs::path rules =
      RulesWith("lang-hang",
                "custom 'local.hang' { clause = 'X', evaluate = function(ctx) return "
                "string.find(string.rep('a', 24), string.rep('a*', 24) .. 'b') end }\n");
  const ToolRun run = Tool(
      "check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x "
      "--format json --rule-timeout 300 --rules " +
      Quote(rules.string()));
  CHECK(run.status == 2);  // a rule failed
  CHECK(run.err.find("local.hang") != std::string::npos);
  CHECK(run.err.find("vượt ngân sách") != std::string::npos);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["findings"].size() > 0);  // the other rules still ran and were written
  REQUIRE(json["errors"].size() == 1);
  CHECK(json["errors"][0]["rule"] == "local.hang");
  fs::remove_all(rules);
}

}  // namespace tuanthu::testing
