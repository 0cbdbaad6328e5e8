// Import of activity data sets (data-model.md) into the store: a folder of CSV files, one JSON
// file, or an existing SQLite database. Every invariant of the data model is checked; all errors
// are listed with file, line, column and value; nothing is written unless the whole data set is
// valid, or, when asked, exactly the valid rows are written and the rejected ones reported.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "tuanthu/lang.h"
#include "tuanthu/store.h"

namespace tuanthu {
namespace importing {
class ImportTarget;
}

struct ImportOptions {
  // Import the valid rows and reject the others (with their reasons) instead of all or nothing.
  // Default: false (all or nothing).
  bool keep_good_rows = false;
  // With keep_good_rows: a CSV file that receives each rejected row and its reasons. Default: none.
  std::string rejects_path;
  // Delete the stored activity data before importing. Default: false (append; an id already in
  // the store is an error).
  bool replace = false;
  // `import --resubmit`: in the same transaction, delete every unit and record stored for the
  // localities the data set carries, then import it; other localities are untouched. Default:
  // false.
  bool resubmit = false;
  Lang lang = Lang::kVi;
};

struct ImportIssue {
  std::string file;         // the file the value came from
  int64_t line = 0;         // 1-based line in that file (row index for SQLite sources)
  int column = 0;           // 1-based column (0: the whole row or file)
  std::string column_name;  // header of that column, if any
  std::string value;        // the offending value as read
  std::string message;      // what is wrong and what would be valid (in the chosen language)
  // A workbook's sheet: `line` is then the row and `column` the column of the cell (`sheet!F4`).
  std::string sheet{};
};

struct TableCounts {
  int64_t read = 0;
  int64_t imported = 0;
  int64_t rejected = 0;
};

struct ImportResult {
  // Every error of the data set, sorted by file, line and column. With keep_good_rows these are
  // the problems of the rejected rows (a row rejected only because it references a rejected row
  // is listed in the rejects file, not here).
  std::vector<ImportIssue> errors;
  // By table name, one entry per table of the data model. When committed, read = imported +
  // rejected; when not, imported is 0 and rejected counts the rows with errors.
  std::map<std::string, TableCounts> counts;
  // What the user should know that is not an error (a workbook's sheets that were ignored).
  std::vector<std::string> notices;
  bool committed = false;  // the import's transaction was committed
  Lang lang = Lang::kVi;   // the language of the messages (options.lang)

  bool ok() const { return errors.empty(); }
  // One line per error, each ending in a newline:
  // `file:line:column: column 'name', value 'v': message` (the words in `lang`; without the
  // column and value part when the error is not about a cell); for a workbook
  // `file: sheet!F4: ...` (`sheet!4:4` for a whole row, `sheet:` for the sheet).
  std::string ErrorsText() const;
  // The notices, one line each: `tuanthu: notice`.
  std::string NoticesText() const;
};

// Imports the data set at `path` (a folder of `<table>.csv`, a `.json` file, an `.xlsx` workbook
// or a SQLite database) into `db`, creating the schema if needed. Never throws for bad data; a
// StoreError escapes only when the store itself fails.
ImportResult ImportDataSet(const std::string& path, Database& db, const ImportOptions& options);
// The same into any target (a PostgreSQL store: store/postgres_import.h).
ImportResult ImportDataSet(const std::string& path, importing::ImportTarget& target,
                           const ImportOptions& options);

// True if `path` is a SQLite database file (by its header).
bool IsSqliteFile(const std::string& path);

}  // namespace tuanthu
