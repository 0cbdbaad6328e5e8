// A data set as a SQLite database with tables named as in the data model. Errors name the file
// as `<path>#<table>` and the row by its rowid.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

#include "import/messages.h"
#include "import/source.h"
#include "import/text.h"
#include "tuanthu/store.h"

namespace tuanthu::importing {
namespace {

class SqliteSource final : public DataSource {
 public:
  SqliteSource(std::string path, Lang lang)
      : path_(std::move(path)), db_(path_, Database::Mode::kReadOnly), lang_(lang) {}

  std::string TableFile(const TableSpec& table) const override { return path_ + "#" + table.name; }

  std::string MissingTableMessage(const TableSpec& table, Lang lang) const override {
    return msg::MissingTable(table.name, lang);
  }

  bool ReadTable(const TableSpec& table, RowSink& sink) override {
    TableLayout layout;
    layout.file = TableFile(table);
    layout.missing_required.assign(table.columns.size(), false);
    // Errors of the source database are reported as the data's; errors of the store (raised
    // while the sink handles a row) pass through.
    std::optional<Statement> select;
    bool has_rowid = true;
    try {
      if (!db_.HasTable(table.name)) return false;
      // The table name comes from the data model, never from the data set.
      try {
        select.emplace(db_.raw(), "SELECT rowid, * FROM \"" + table.name + "\"");
      } catch (const StoreError&) {
        has_rowid = false;  // a WITHOUT ROWID table: rows are numbered instead
        select.emplace(db_.raw(), "SELECT NULL, * FROM \"" + table.name + "\"");
      }
    } catch (const StoreError& error) {
      sink.BeginTable(layout);
      sink.Issue({layout.file, 0, 0, "", "", msg::CannotRead(error.message(lang_), lang_)});
      return true;
    }
    std::vector<std::string> names;
    for (int i = 1; i < select->ColumnCount(); ++i) names.push_back(select->ColumnName(i));
    std::vector<ImportIssue> header_issues;
    const std::vector<int> source_index =
        MapHeader(table, names, 0, lang_, &layout, &header_issues);
    sink.BeginTable(layout);
    for (ImportIssue& issue : header_issues) sink.Issue(std::move(issue));

    SourceRow row;
    row.cells.resize(table.columns.size());
    for (size_t i = 0; i < table.columns.size(); ++i) {
      SourceCell& cell = row.cells[i];
      cell.present = source_index[i] >= 0;
      if (cell.present) {
        cell.column = source_index[i] + 1;
        cell.name = names[static_cast<size_t>(source_index[i])];
      }
    }
    for (int64_t ordinal = 1;; ++ordinal) {
      try {
        if (!select->Step()) break;
      } catch (const StoreError& error) {
        sink.Issue({layout.file, ordinal, 0, "", "", msg::CannotRead(error.message(lang_), lang_)});
        break;
      }
      row.line = has_rowid ? select->Int(0) : ordinal;
      for (size_t i = 0; i < table.columns.size(); ++i) {
        if (source_index[i] < 0) continue;
        const int column = source_index[i] + 1;
        row.cells[i].is_null = select->IsNull(column);
        row.cells[i].text = select->Text(column);
      }
      sink.Row(row);
    }
    return true;
  }

  void Probe() { db_.Exec("SELECT count(*) FROM sqlite_master"); }

 private:
  std::string path_;
  Database db_;
  Lang lang_;
};

}  // namespace

std::unique_ptr<DataSource> OpenSqliteFile(const std::string& path, Lang lang,
                                           std::vector<ImportIssue>* errors) {
  try {
    auto source = std::make_unique<SqliteSource>(path, lang);
    source->Probe();  // a damaged file opens, and fails at its first query
    return source;
  } catch (const StoreError& error) {
    errors->push_back({path, 0, 0, "", "", msg::CannotRead(error.message(lang), lang)});
    return nullptr;
  }
}

}  // namespace tuanthu::importing

namespace tuanthu {

bool IsSqliteFile(const std::string& path) {
  static constexpr char kHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                       'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  char header[16] = {};
  in.read(header, sizeof header);
  return in.gcount() == sizeof header && std::memcmp(header, kHeader, sizeof header) == 0;
}

}  // namespace tuanthu
