#include "cli/import_commands.h"

#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/data_source.h"
#include "cli/lock.h"
#include "import/importer.h"
#include "output/template.h"
#include "store/postgres.h"
#include "store/postgres_import.h"
#include "tuanthu/engine.h"

namespace tuanthu::cli {

namespace po = boost::program_options;

namespace {

// A new store is built in a file beside it and renamed into place once committed: a failed or
// killed import leaves no half-built store. An existing store is imported into in its own
// transaction.
ImportResult ImportIntoPath(const std::string& data, const std::string& db_path,
                            const ImportOptions& options) {
  std::error_code ec;
  const bool fresh =
      !std::filesystem::exists(db_path, ec) || std::filesystem::file_size(db_path, ec) == 0;
  if (!fresh) {
    Database db(db_path);
    return ImportDataSet(data, db, options);
  }
  const std::string building = db_path + ".importing";
  const auto remove_building = [&building] {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(building + suffix, ignored);
    }
  };
  remove_building();
  ImportResult result;
  {
    Database db(building);
    // The journal is kept in memory, and holds almost nothing: only the pages the file had when
    // the import began (its schema), since a page added later is rolled back by truncating.
    // Without one (journal_mode OFF) a rollback is undefined, and the import rolls back to run
    // again row by row when a row written behind fails (import/write_behind.h): on a file
    // larger than the page cache that left it corrupt.
    db.Exec("PRAGMA journal_mode = MEMORY");
    db.Exec("PRAGMA synchronous = OFF");
    result = ImportDataSet(data, db, options);
    if (result.committed) db.Exec("PRAGMA journal_mode = WAL");
  }
  if (result.committed) {
    std::filesystem::rename(building, db_path);
  } else {
    remove_building();
    Database db(db_path);  // as before: an empty store with its schema
    db.EnsureSchema();
  }
  return result;
}

}  // namespace

int Import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string data, db_path, rejects, lang_text = "vi";
  bool keep_good = false, replace = false, resubmit = false;
  int wait_seconds = 60;
  bool quiet = false;
  const Lang h = LangOfArguments(args);  // the language of --help
  po::options_description options("tuanthu import");
  options.add_options()("help,h", Says(h, "trợ giúp này", "this help"))(
      "data", po::value(&data)->required(),
      Says(h, "một thư mục tệp CSV, một tệp .json, một sổ tính .xlsx hoặc một cơ sở dữ liệu SQLite",
           "a folder of CSV files, a .json file, an .xlsx workbook or a SQLite database"))(
      "db", po::value(&db_path)->required(),
      Says(h,
           "kho để nhập vào: một tệp SQLite (tạo mới nếu chưa có) hoặc một URI PostgreSQL "
           "(postgresql://user@host/db)",
           "the store to import into: a SQLite file (created if absent) or a PostgreSQL URI "
           "(postgresql://user@host/db)"))("keep-good", po::bool_switch(&keep_good),
                                           Says(h, "nhập các dòng hợp lệ, loại các dòng khác",
                                                "import the valid rows, reject the others"))(
      "rejects", po::value(&rejects),
      Says(h, "với --keep-good: ghi các dòng bị loại và lý do ra TỆP (CSV)",
           "with --keep-good: write rejected rows and reasons to FILE (CSV)"))(
      "replace", po::bool_switch(&replace),
      Says(h, "xóa dữ liệu hoạt động đã lưu trước", "delete the stored activity data first"))(
      "resubmit", po::bool_switch(&resubmit),
      Says(h,
           "thay mọi thứ đã lưu của các địa bàn có trong bộ dữ liệu (một xã gửi lại dữ liệu); các "
           "địa bàn khác giữ nguyên",
           "replace everything stored for the localities the data set carries (a commune sending "
           "its data again); other localities are untouched"))(
      "wait", po::value(&wait_seconds),
      Says(h,
           "số giây chờ một lần chạy khác đang ghi cùng cơ sở dữ liệu, hoặc trên PostgreSQL chờ "
           "một lần gửi khác của cùng địa bàn (mặc định 60)",
           "seconds to wait for another run writing the same database, or on PostgreSQL for "
           "another submission of the same locality (default 60)"))(
      "quiet,q", po::bool_switch(&quiet), Says(h, "chỉ in lỗi", "print nothing but errors"))(
      "lang", po::value(&lang_text), Says(h, "vi (mặc định) hoặc en", "vi (default) or en"));
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << options;
    return 0;
  }
  po::notify(vm);
  std::ostringstream discarded;
  std::ostream& report = quiet ? discarded : out;
  ImportOptions import;
  import.lang = LangOption(lang_text);
  import.keep_good_rows = keep_good;
  import.rejects_path = rejects;
  import.replace = replace;
  import.resubmit = resubmit;
  if (replace && resubmit)
    throw po::error(std::string(Tr(import.lang, "--replace và --resubmit loại trừ nhau",
                                   "--replace and --resubmit exclude each other")));
  const Lang lang = import.lang;
  ImportResult result;
  if (pg::IsPostgresUri(db_path)) {
    // Submissions run side by side; a resubmission locks its localities, --replace the store.
    std::unique_ptr<pg::SessionLock> lock;
    bool connected = false;
    try {
      if (replace) lock = std::make_unique<pg::SessionLock>(db_path, "writer", wait_seconds, lang);
      pg::Connection connection(db_path);
      connected = true;
      pg::PgImportTarget target(connection, wait_seconds);
      result = ImportDataSet(data, target, import);
    } catch (const pg::PgError& e) {
      err << "tuanthu: " << e.message(lang) << "\n";
      if (connected && e.connection_lost()) {
        err << Tr(lang,
                  "Kết nối tới PostgreSQL bị mất: máy chủ đã hủy giao dịch nhập, kho giữ nguyên "
                  "như trước (trừ khi thông báo trên nói đang xác nhận giao dịch).\n",
                  "The connection to PostgreSQL was lost: the server rolled the import back and "
                  "the store is as it was (unless the message above says it was committing).\n");
      } else {
        err << Tr(lang, "Không nhập gì: kho giữ nguyên.\n",
                  "Nothing imported: the store is unchanged.\n");
      }
      return 2;
    }
  } else {
    RunLock lock(db_path, wait_seconds, import.lang);
    result = ImportIntoPath(data, db_path, import);
  }
  if (!quiet) err << result.NoticesText();
  if (!result.ok()) err << result.ErrorsText();
  int64_t read = 0, imported = 0, rejected = 0;
  for (const auto& [table, counts] : result.counts) {
    read += counts.read;
    imported += counts.imported;
    rejected += counts.rejected;
    report << Format(Tr(lang, "{0}: đọc {1}, nhập {2}, loại {3}\n",
                        "{0}: read {1}, imported {2}, rejected {3}\n"),
                     {table, std::to_string(counts.read), std::to_string(counts.imported),
                      std::to_string(counts.rejected)});
  }
  if (!result.committed) {
    err << Tr(lang, "Không nhập gì: dữ liệu có lỗi, cơ sở dữ liệu giữ nguyên.\n",
              "Nothing imported: the data has errors; the database is unchanged.\n");
    return 2;
  }
  report << Format(Tr(lang, "Tổng: đọc {0}, nhập {1}, loại {2}\n",
                      "Total: read {0}, imported {1}, rejected {2}\n"),
                   {std::to_string(read), std::to_string(imported), std::to_string(rejected)});
  return rejected > 0 ? 1 : 0;
}

int Template(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string path, lang_text = "vi";
  const Lang h = LangOfArguments(args);  // the language of --help
  po::options_description options("tuanthu template");
  options.add_options()("help,h", Says(h, "trợ giúp này", "this help"))(
      "out", po::value(&path)->required(),
      Says(h, "sổ tính sẽ ghi (.xlsx): mỗi bảng một trang tính, dòng 1 là tên cột",
           "the workbook to write (.xlsx): a sheet per table, row 1 the column names"))(
      "lang", po::value(&lang_text),
      Says(h, "vi (mặc định) hoặc en: lời hướng dẫn và giải thích",
           "vi (default) or en: the instructions and explanations"));
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << options;
    return 0;
  }
  po::notify(vm);
  const Lang lang = LangOption(lang_text);
  std::string error;
  if (!output::WriteTemplate(path, lang, &error)) {
    err << "tuanthu: " << error << "\n";
    return 2;
  }
  return 0;
}

}  // namespace tuanthu::cli
