#include "cli/data_source.h"

#include <filesystem>
#include <ostream>

#include "import/importer.h"

namespace tuanthu::cli {

OpenedData OpenData(const std::string& path, Lang lang, std::ostream& err) {
  OpenedData opened;
  if (pg::IsPostgresUri(path)) {
    auto store = std::make_unique<pg::PgActivityStore>(path);
    if (!store->HasActivityData()) {
      err << "tuanthu: "
          << Format(Tr(lang, "kho {0} chưa có dữ liệu (nhập bằng tuanthu import --db {0})",
                       "the store {0} holds no data yet (import with tuanthu import --db {0})"),
                    {pg::RedactUri(path)})
          << "\n";
      return opened;
    }
    opened.pg = std::move(store);
    return opened;
  }
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    err << "tuanthu: " << Format(Tr(lang, "không có dữ liệu tại {0}", "no data at {0}"), {path})
        << "\n";
    return opened;
  }
  if (IsSqliteFile(path)) {
    auto db = std::make_unique<Database>(path, Database::Mode::kReadOnly);
    if (db->HasTable("tuanthu_meta")) {
      opened.db = std::move(db);
      return opened;
    }
  }
  auto memory = std::make_unique<Database>(":memory:");
  ImportOptions options;
  options.lang = lang;
  const ImportResult result = ImportDataSet(path, *memory, options);
  err << result.NoticesText();
  if (!result.ok()) {
    err << result.ErrorsText();
    err << Tr(lang, "tuanthu: dữ liệu có lỗi, không kiểm tra.\n",
              "tuanthu: the data has errors; nothing was checked.\n");
    return opened;
  }
  opened.db = std::move(memory);
  opened.imported = true;
  return opened;
}

}  // namespace tuanthu::cli
