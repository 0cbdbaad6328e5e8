// Where an import writes: the store behind the importer. The importer validates; the target
// holds the transaction, answers what the store already holds (for uniqueness and references),
// and writes valid rows. SQLite writes row by row; PostgreSQL (store/postgres_import.h) streams
// each table through COPY. Either way nothing is visible to others until Commit.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "import/values.h"
#include "tuanthu/data_model.h"
#include "tuanthu/store.h"

namespace tuanthu::importing {

class ImportTarget {
 public:
  virtual ~ImportTarget() = default;

  // Creates the schema if needed and opens the import's transaction; with `replace` deletes
  // every stored row of the data model in it.
  virtual void Begin(bool replace) = 0;
  // Whether `table` held rows when the import began (after a replace: none).
  virtual bool HadRows(const std::string& table) = 0;
  // The codes of the communes, wards and special zones already stored.
  virtual std::vector<std::string> StoredSubLocalities() = 0;
  // Whether a stored row of `table` has these values in these columns.
  virtual bool Exists(const TableSpec& table, const std::vector<std::string>& columns,
                      const std::vector<const TypedValue*>& values) = 0;
  // The stored row of `table` whose key is `id`: nullopt when there is none, else the value of
  // `extra_column` ("" when empty).
  virtual std::optional<std::string> LookUp(const TableSpec& table, std::string_view id,
                                            const std::string& extra_column) = 0;
  // `import --resubmit`: deletes, in the import's transaction, every unit and record stored for
  // these localities (their rows of localities are then written over, not added). Waits for any
  // other submission of the same localities to finish first.
  virtual void ClearLocalities(const std::vector<std::string>& codes) = 0;

  // Rows of `table` follow, in the data model's column order. Localities are upserted when
  // `upsert` is set (resubmission), inserted otherwise.
  virtual void BeginTable(const TableSpec& table, bool upsert) = 0;
  // Throws StoreError when the row cannot be written. A target that writes in bulk may report a
  // failure at a later Write, at EndTable or at Commit instead; it then names no row.
  virtual void Write(const std::vector<TypedValue>& values) = 0;
  virtual void EndTable() = 0;
  virtual void Commit() = 0;

  // Write-behind (import/write_behind.h): WriteBehind queues a valid row to be written on
  // another thread while the importer reads on, and returns at once. Until Flush returns, the
  // importer uses the store only through WriteBehind (the target's other calls flush first).
  // A row that fails is not reported: WriteBehindFailed() says only that one did, and the import
  // must then be rolled back and run again with Write. Targets without it write at once.
  virtual bool CanWriteBehind() const { return false; }
  virtual void WriteBehind(const std::vector<TypedValue>& values) { Write(values); }
  virtual void Flush() {}
  virtual bool WriteBehindFailed() { return false; }
  // After a failed write-behind: gives up the import's transaction, so that nothing of it is
  // kept and Begin may start again.
  virtual void Rollback() { throw std::logic_error("this import target does not write behind"); }
  // After a commit: refreshes the statistics the query planner uses.
  virtual void Analyze() = 0;
  // Whether a failed Write leaves the transaction usable (SQLite: yes; PostgreSQL: no).
  virtual bool RowFailuresRecoverable() const = 0;
  // The SQLite file being written ("" otherwise), so that an import never reads its own store.
  virtual std::string SqlitePath() const = 0;
  // The SQLite store written, whose primary keys the importer relies on to find repeated ids
  // without holding them in memory; nullptr for other stores.
  virtual Database* SqliteDatabase() { return nullptr; }

  // Stores without SqliteDatabase() may check the ids of the activity tables (keyed tables that
  // nothing references) in bulk, so that they are never held in memory either: each row of such
  // a table whose id parsed, valid or not, goes to WriteKeyed; after the last, KeyProblems names
  // the rows whose id repeats an earlier row's or one stored before the import; EndTable then
  // writes the valid rows among the others.
  virtual bool ChecksKeysInBulk() const { return false; }
  struct KeyedRow {
    int64_t line = 0;
    int column = 0;                // of the id's cell; 0 when unknown
    std::string_view column_name;  // as the source names it
    std::string_view raw;          // the id as read
    bool valid = true;             // false: not to be written (a problem was found already)
  };
  virtual void WriteKeyed(const std::vector<TypedValue>& /*values*/, const KeyedRow& /*row*/) {}
  struct KeyProblem {
    int64_t line = 0;
    int column = 0;
    std::string column_name;
    std::string raw;
    int64_t first_line = 0;  // of the row it repeats; 0: the id was stored before the import
    bool valid = true;       // as given to WriteKeyed
  };
  // In line order.
  virtual void KeyProblems(const std::function<void(const KeyProblem&)>& /*visit*/) {}
};

}  // namespace tuanthu::importing
