// The state of one import, shared by importer.cpp (reading the tables in order, writing the
// rows, what is settled only at the end of a table or of the import) and row_checks.cpp (the
// checks of one row: values, keys, references, dates). Internal to the import: callers use
// importer.h.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "import/importer.h"
#include "import/source.h"
#include "import/target.h"
#include "import/values.h"
#include "tuanthu/data_model.h"
#include "tuanthu/store.h"

namespace tuanthu::importing::internal {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const noexcept {
    return std::hash<std::string_view>{}(text);
  }
};

// What is known about one id of the data set.
struct KeyEntry {
  int64_t line = 0;   // where it is defined
  bool valid = true;  // false once its row is rejected
  std::string extra;  // units: locality_code; localities: level
};
using KeyIndex = std::unordered_map<std::string, KeyEntry, StringHash, std::equal_to<>>;
using LineIndex = std::unordered_map<std::string, int64_t, StringHash, std::equal_to<>>;

struct RowIssue {
  int column = 0;
  std::string column_name;
  std::string value;
  std::string message;
  // Follows from a problem reported elsewhere (a rejected referenced row, a column missing from
  // the header): listed in the rejects file only.
  bool derived = false;
  // A repeated id of an activity table: `message` is written once its first line is known.
  bool duplicate = false;
  std::string duplicate_id = {};  // the id as parsed (`value` is as read)
};

// Where the message of a repeated id goes once the line of its first row is known.
struct PendingDuplicate {
  std::string id;
  size_t error = SIZE_MAX;   // index in ImportResult::errors
  size_t reject = SIZE_MAX;  // index in the rejects
};

// A locality row held until the whole table is read.
struct PendingRow {
  int64_t line = 0;
  std::vector<TypedValue> values;
  std::vector<RowIssue> issues;
  KeyEntry* entry = nullptr;
  int parent_column = 0;
  std::string parent_name;
  std::string parent_raw;
};

struct RejectLine {
  std::string file;
  int64_t line = 0;
  int column = 0;
  std::string table;
  std::string column_name;
  std::string value;
  std::string reason;
};

enum class RefState { kMissing, kValid, kRejected };

// Communes, wards and special zones: the localities a task can belong to.
bool IsSubProvinceLevel(std::string_view level);

// A row written behind (ImportTarget::WriteBehind) failed: the import is rolled back and run
// again, writing row by row, so that the failure is reported exactly as it is without.
struct WriteBehindFailure {};

class Importer final : public importing::RowSink {
 public:
  Importer(const std::string& path, ImportTarget& target, const ImportOptions& options,
           ImportResult* result, bool write_behind)
      : path_(path),
        target_(target),
        sqlite_(target.SqliteDatabase()),
        options_(options),
        lang_(options.lang),
        result_(result),
        may_write_behind_(write_behind && target.CanWriteBehind()) {}

  void Run();

 private:
  // RowSink.
  void BeginTable(const TableLayout& layout) override;
  void Row(const SourceRow& row) override;
  void Issue(ImportIssue issue) override { result_->errors.push_back(std::move(issue)); }

  std::unique_ptr<DataSource> OpenSource();
  void ImportTable(DataSource& source, const TableSpec& table);
  void ParseCells(const SourceRow& row);
  void CheckKey(const SourceRow& row);
  void CheckComposite(const SourceRow& row);
  void CheckReferences(const SourceRow& row);
  void CheckNotBefore(const SourceRow& row, std::string_view later, std::string_view earlier);
  void CheckMeeting(const SourceRow& row);
  void CheckSchedule(const SourceRow& row);
  void CheckBaseline(const SourceRow& row);
  void CheckTask(const SourceRow& row);
  void NormalizePeriod();
  void FinishLocalities();
  void FinishRow(int64_t line, const std::vector<TypedValue>& values, std::vector<RowIssue>& issues,
                 KeyEntry* entry);
  void WriteRejects();
  // Waits for the rows written behind; throws WriteBehindFailure if one failed.
  void SettleWrites();
  bool IsReferenced(const std::string& table) const;

  // Looks `id` up among the rows of `table` read so far, then in the store. `extra` receives
  // what KeyEntry::extra holds for that table.
  RefState LookUp(const std::string& table, std::string_view id, const KeyEntry** entry,
                  std::string* extra);
  // Adds the issue for a reference in state `state` (nothing when valid).
  void ReportReference(RefState state, const SourceRow& row, size_t column, std::string_view id,
                       const std::string& table, const std::string& key_column,
                       const KeyEntry* entry);
  bool InStore(const std::string& table, const std::vector<size_t>& columns);

  void AddIssue(const SourceRow& row, size_t column, std::string message,
                std::optional<std::string_view> value = std::nullopt, bool derived = false);
  std::string_view CellName(const SourceRow& row, size_t column) const;
  int Index(std::string_view column) const { return table_->IndexOf(column); }
  const TypedValue& Value(std::string_view column) const {
    return values_[static_cast<size_t>(Index(column))];
  }
  bool Writing() const { return options_.keep_good_rows || result_->errors.empty(); }
  bool keep() const { return options_.keep_good_rows; }

  const std::string& path_;
  ImportTarget& target_;
  Database* sqlite_;  // the SQLite store written, if that is the target
  const ImportOptions& options_;
  Lang lang_;
  ImportResult* result_;
  const bool may_write_behind_;

  std::map<std::string, KeyIndex> keys_;         // keyed tables: id -> entry
  std::map<std::string, LineIndex> composites_;  // schedules, baselines: joined key -> line
  std::map<std::string, bool> store_had_rows_;
  std::map<std::string, std::string> table_files_;
  std::map<std::string, std::unique_ptr<Statement>> store_queries_;  // SQLite only
  std::set<std::string> sub_localities_;  // communes, wards and special zones (data set, store)
  std::vector<RejectLine> rejects_;

  // The table being read.
  const TableSpec* table_ = nullptr;
  TableLayout layout_;
  TableCounts* counts_ = nullptr;
  std::vector<TypedValue> values_;
  std::vector<RowIssue> issues_;
  KeyEntry* registered_ = nullptr;  // the key entry the current row created
  std::vector<PendingRow> pending_;
  // The current table's columns that reference another table.
  struct Reference {
    size_t column;
    std::string table;
    std::string key;
  };
  std::vector<Reference> references_;
  // Activity tables (keyed, referenced by nothing): ids are checked by the store, row by row
  // (SQLite) or in bulk after the table is read (ImportTarget::ChecksKeysInBulk).
  bool store_keys_ = false;
  bool bulk_keys_ = false;
  // The valid rows of this table go to ImportTarget::WriteBehind: an activity table on SQLite
  // that held no rows before the import, so that nothing about a row needs the store's answer
  // while it is being read (a repeated id fails the write, and the import runs again).
  bool write_behind_ = false;
  int64_t rowid_before_ = 0;   // rows up to this rowid were in the store before the import
  bool rejected_ids_ = false;  // some row of this table with a valid id was not written
  // The current row's key cell, for an error found when it is written.
  bool key_in_store_ = false;
  int key_column_ = 0;
  std::string key_name_;
  std::string key_raw_;
  std::optional<Statement> find_id_;
  std::optional<Statement> find_rejected_id_;
  std::optional<Statement> add_rejected_id_;
  std::vector<PendingDuplicate> duplicates_;

  void CheckStoredKey(const SourceRow& row, size_t key);
  void ResolveDuplicates(DataSource& source);
  void ResolveBulkKeys();
};

}  // namespace tuanthu::importing::internal
