// The import: reads each table of the data set in dependency order, parses and checks every row
// (data-model.md "Invariants an import enforces"), and writes the rows in one transaction.
//
// Rows stream from the source to the store: a table only references tables before it, so when a
// row is checked, everything it may reference is known. The ids other rows reference (localities,
// units) are kept in memory; the ids of the activity tables, which nothing references, are kept
// unique by the store alone, so memory does not grow with the data set: SQLite's primary key (a
// duplicate found there is located afterwards by reading that table once more, only when there
// is one), or set-based queries on the rows staged with their lines (PostgreSQL).
// All or nothing: rows are written while no error has been seen, and the transaction commits only
// if none was. With keep_good_rows each invalid row is skipped, and so is every row that
// references a skipped one. Localities are held back until the table is read, because a
// locality's parent may come later in the file.
#include "import/importer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>

#include "import/messages.h"
#include "import/source.h"
#include "import/sqlite_target.h"
#include "import/target.h"
#include "import/text.h"
#include "import/values.h"
#include "tuanthu/data_model.h"

namespace tuanthu {
namespace {

namespace fs = std::filesystem;
using importing::DataSource;
using importing::ImportTarget;
using importing::SourceCell;
using importing::SourceRow;
using importing::TableLayout;
using importing::TypedValue;
namespace msg = importing::msg;

constexpr const char* kRequiredTables[] = {"localities", "units"};
constexpr const char* kSubProvinceLevels[] = {"commune", "ward", "special_zone"};

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

bool IsSubProvinceLevel(std::string_view level) {
  for (const char* candidate : kSubProvinceLevels) {
    if (level == candidate) return true;
  }
  return false;
}

bool IsRequiredTable(std::string_view table) {
  for (const char* candidate : kRequiredTables) {
    if (table == candidate) return true;
  }
  return false;
}

std::vector<std::string_view> SplitIds(std::string_view text) {
  std::vector<std::string_view> ids;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(';', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view id = importing::Trim(text.substr(start, end - start));
    if (!id.empty()) ids.push_back(id);
    start = end + 1;
  }
  return ids;
}

bool IssueBefore(const ImportIssue& a, const ImportIssue& b) {
  if (a.file != b.file) return a.file < b.file;
  if (a.sheet != b.sheet) {
    return std::pair(importing::SheetOrder(a.sheet), a.sheet) <
           std::pair(importing::SheetOrder(b.sheet), b.sheet);
  }
  if (a.line != b.line) return a.line < b.line;
  return a.column < b.column;
}

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

void Importer::Run() {
  result_->lang = lang_;
  std::unique_ptr<DataSource> source = OpenSource();
  for (const TableSpec& table : DataModel()) result_->counts[table.name] = TableCounts();
  if (source == nullptr) {
    std::stable_sort(result_->errors.begin(), result_->errors.end(), IssueBefore);
    return;
  }

  target_.Begin(options_.replace);
  const std::vector<TableSpec>& model = DataModel();
  for (const TableSpec& table : model) store_had_rows_[table.name] = target_.HadRows(table.name);
  // A resubmission stands on its own: which commune a task belongs to is told from the
  // localities it carries, not from the others in the store.
  if (!options_.resubmit) {
    for (std::string& code : target_.StoredSubLocalities()) sub_localities_.insert(std::move(code));
  }

  for (const TableSpec& table : model) ImportTable(*source, table);

  if (options_.keep_good_rows || result_->errors.empty()) {
    target_.Commit();
    result_->committed = true;
    try {
      target_.Analyze();
    } catch (const StoreError&) {
      // Only statistics for the planner: the data is committed.
    }
  } else {
    for (auto& [name, counts] : result_->counts) counts.imported = 0;
  }
  if (options_.keep_good_rows && !options_.rejects_path.empty()) WriteRejects();
  std::stable_sort(result_->errors.begin(), result_->errors.end(), IssueBefore);
}

std::unique_ptr<DataSource> Importer::OpenSource() {
  std::error_code ec;
  const fs::file_status status = fs::status(path_, ec);
  if (ec || !fs::exists(status)) {
    result_->errors.push_back({path_, 0, 0, "", "", msg::PathNotFound(lang_)});
    return nullptr;
  }
  if (fs::is_directory(status)) return importing::OpenCsvFolder(path_, lang_, &result_->errors);
  if (IsSqliteFile(path_)) {
    const std::string store = target_.SqlitePath();
    if (!store.empty() && store != ":memory:" && fs::equivalent(path_, store, ec)) {
      result_->errors.push_back({path_, 0, 0, "", "", msg::SourceIsStore(lang_)});
      return nullptr;
    }
    return importing::OpenSqliteFile(path_, lang_, &result_->errors);
  }
  if (importing::LooksLikeWorkbook(path_)) {
    return importing::OpenWorkbookFile(path_, lang_, &result_->errors, &result_->notices);
  }
  bool json = importing::Utf8Lower(fs::path(path_).extension().string()) == ".json";
  if (!json) {
    // A JSON file under another name: its first character (after a BOM) is `{`.
    std::ifstream in(path_, std::ios::binary);
    char head[64] = {};
    in.read(head, sizeof head);
    std::string_view start(head, static_cast<size_t>(in.gcount()));
    if (start.substr(0, 3) == "\xEF\xBB\xBF") start.remove_prefix(3);
    start = importing::Trim(start);
    json = !start.empty() && start.front() == '{';
  }
  if (json) return importing::OpenJsonFile(path_, lang_, &result_->errors);
  result_->errors.push_back({path_, 0, 0, "", "", msg::UnsupportedFile(lang_)});
  return nullptr;
}

void Importer::ImportTable(DataSource& source, const TableSpec& table) {
  table_ = &table;
  counts_ = &result_->counts[table.name];
  values_.assign(table.columns.size(), TypedValue());
  layout_ = TableLayout();
  layout_.file = source.TableFile(table);
  layout_.missing_required.assign(table.columns.size(), false);
  table_files_[table.name] = layout_.file;
  pending_.clear();
  references_.clear();
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const std::string& references = table.columns[i].references;
    if (references.empty()) continue;
    const size_t dot = references.find('.');
    references_.push_back({i, references.substr(0, dot), references.substr(dot + 1)});
  }
  target_.BeginTable(table, options_.resubmit && table.name == "localities");
  // On SQLite the primary key keeps the activity tables' ids unique; other stores write in
  // batches, so the ids are checked in memory as they are read.
  store_keys_ = sqlite_ != nullptr && !table.key.empty() && !IsReferenced(table.name);
  bulk_keys_ =
      !store_keys_ && target_.ChecksKeysInBulk() && !table.key.empty() && !IsReferenced(table.name);
  write_behind_ = may_write_behind_ && store_keys_ && !store_had_rows_[table.name];
  duplicates_.clear();
  rejected_ids_ = false;
  find_id_.reset();
  find_rejected_id_.reset();
  add_rejected_id_.reset();
  if (store_keys_) {
    Statement last = sqlite_->Prepare("SELECT COALESCE(MAX(rowid), 0) FROM " + table.name);
    rowid_before_ = last.Step() ? last.Int(0) : 0;
    find_id_.emplace(sqlite_->raw(),
                     "SELECT 1 FROM " + table.name + " WHERE " + table.key + " = ?");
    sqlite_->Exec("CREATE TEMP TABLE IF NOT EXISTS import_rejected_ids (id TEXT PRIMARY KEY)");
    sqlite_->Exec("DELETE FROM temp.import_rejected_ids");
    find_rejected_id_.emplace(sqlite_->raw(),
                              "SELECT 1 FROM temp.import_rejected_ids WHERE id = ?");
    add_rejected_id_.emplace(sqlite_->raw(),
                             "INSERT OR IGNORE INTO temp.import_rejected_ids(id) VALUES (?)");
  } else if (!table.key.empty() && !bulk_keys_) {
    keys_[table.name];
  }

  const bool read = source.ReadTable(table, *this);
  if (write_behind_) SettleWrites();
  if (!read && IsRequiredTable(table.name) && !store_had_rows_[table.name]) {
    result_->errors.push_back(
        {source.TableFile(table), 0, 0, "", "", source.MissingTableMessage(table, lang_)});
  }
  if (table.name == "localities") FinishLocalities();
  if (bulk_keys_) ResolveBulkKeys();
  if (!duplicates_.empty()) ResolveDuplicates(source);
  target_.EndTable();
  find_id_.reset();
  find_rejected_id_.reset();
  add_rejected_id_.reset();
}

bool Importer::IsReferenced(const std::string& table) const {
  if (table == "localities" || table == "units") return true;  // scopes and unit lists too
  for (const TableSpec& spec : DataModel()) {
    for (const ColumnSpec& column : spec.columns) {
      if (column.references.rfind(table + ".", 0) == 0) return true;
    }
  }
  return false;
}

// Reads the table again to find the first row of each repeated id, and completes the messages.
class FirstLineFinder final : public importing::RowSink {
 public:
  FirstLineFinder(const ColumnSpec& column, size_t index,
                  std::unordered_map<std::string, int64_t>* first_lines)
      : column_(column), index_(index), first_lines_(first_lines) {}
  void BeginTable(const TableLayout&) override {}
  void Issue(ImportIssue) override {}
  void Row(const SourceRow& row) override {
    if (!row.problems.empty() || index_ >= row.cells.size()) return;
    const SourceCell& cell = row.cells[index_];
    if (!cell.present || cell.is_null) return;
    const std::string_view text = importing::Trim(cell.text);
    if (text.empty() || !importing::IsValidUtf8(text)) return;
    TypedValue value;
    if (!importing::ParseCell(column_, text, &value)) return;
    const auto it = first_lines_->find(value.text);
    if (it != first_lines_->end() && it->second == 0) it->second = row.line;
  }

 private:
  const ColumnSpec& column_;
  size_t index_;
  std::unordered_map<std::string, int64_t>* first_lines_;
};

void Importer::ResolveDuplicates(DataSource& source) {
  std::unordered_map<std::string, int64_t> first_lines;
  for (const PendingDuplicate& d : duplicates_) first_lines.emplace(d.id, 0);
  const size_t key = static_cast<size_t>(Index(table_->key));
  FirstLineFinder finder(table_->columns[key], key, &first_lines);
  source.ReadTable(*table_, finder);
  for (const PendingDuplicate& d : duplicates_) {
    const std::string message = msg::DuplicateKey(table_->key, first_lines[d.id], lang_);
    if (d.error != SIZE_MAX) result_->errors[d.error].message = message;
    if (d.reject != SIZE_MAX) rejects_[d.reject].reason = message;
  }
  duplicates_.clear();
}

void Importer::ResolveBulkKeys() {
  target_.KeyProblems([&](const ImportTarget::KeyProblem& problem) {
    const std::string message = problem.first_line > 0
                                    ? msg::DuplicateKey(table_->key, problem.first_line, lang_)
                                    : msg::KeyInStore(table_->key, lang_);
    if (problem.valid) {  // counted as imported when it was read
      --counts_->imported;
      ++counts_->rejected;
    }
    if (keep()) {
      rejects_.push_back({layout_.file, problem.line, problem.column, table_->name,
                          problem.column_name, problem.raw, message});
    }
    result_->errors.push_back({layout_.file, problem.line, problem.column, problem.column_name,
                               problem.raw, message, layout_.sheet});
  });
}

void Importer::BeginTable(const TableLayout& layout) {
  layout_ = layout;
  if (layout_.missing_required.size() != table_->columns.size()) {
    layout_.missing_required.assign(table_->columns.size(), false);
  }
  table_files_[table_->name] = layout_.sheet.empty() ? layout_.file : layout_.sheet;
}

void Importer::Row(const SourceRow& row) {
  ++counts_->read;
  issues_.clear();
  registered_ = nullptr;
  key_in_store_ = false;
  if (store_keys_ || bulk_keys_) {
    const size_t key = static_cast<size_t>(Index(table_->key));
    const SourceCell& cell = row.cells[key];
    key_column_ = cell.present ? cell.column : 0;
    key_name_.assign(CellName(row, key));
    key_raw_.assign(cell.text);
  }
  for (const ImportIssue& problem : row.problems) {
    issues_.push_back({problem.column, problem.column_name, problem.value, problem.message});
  }
  if (issues_.empty()) {
    ParseCells(row);
    if (!table_->key.empty()) CheckKey(row);
    if (!table_->unique_together.empty()) CheckComposite(row);
    CheckReferences(row);
    const std::string& name = table_->name;
    if (name == "meetings") CheckMeeting(row);
    if (name == "dossiers") {
      CheckNotBefore(row, "due_date", "received_date");
      CheckNotBefore(row, "resolved_date", "received_date");
    }
    if (name == "feedback") {
      CheckNotBefore(row, "due_date", "received_date");
      CheckNotBefore(row, "answered_date", "received_date");
    }
    if (name == "schedules") CheckSchedule(row);
    if (name == "baselines") CheckBaseline(row);
    if (name == "tasks") CheckTask(row);
    if (name == "reports") NormalizePeriod();
  } else {
    for (TypedValue& value : values_) {
      value.kind = TypedValue::Kind::kNull;
      value.text.clear();
    }
  }

  if (table_->name == "localities") {
    PendingRow pending;
    pending.line = row.line;
    pending.values = values_;
    pending.issues = issues_;
    pending.entry = registered_;
    const size_t parent = static_cast<size_t>(Index("parent_code"));
    if (parent < row.cells.size()) {
      pending.parent_column = row.cells[parent].column;
      pending.parent_name = std::string(CellName(row, parent));
      pending.parent_raw = std::string(row.cells[parent].text);
    }
    pending_.push_back(std::move(pending));
    return;
  }
  FinishRow(row.line, values_, issues_, registered_);
}

std::string_view Importer::CellName(const SourceRow& row, size_t column) const {
  if (column < row.cells.size() && !row.cells[column].name.empty()) return row.cells[column].name;
  return table_->columns[column].name;
}

void Importer::AddIssue(const SourceRow& row, size_t column, std::string message,
                        std::optional<std::string_view> value, bool derived) {
  const SourceCell& cell = row.cells[column];
  issues_.push_back({cell.present ? cell.column : 0, std::string(CellName(row, column)),
                     std::string(value ? *value : cell.text), std::move(message), derived});
}

void Importer::ParseCells(const SourceRow& row) {
  for (size_t i = 0; i < table_->columns.size(); ++i) {
    const ColumnSpec& column = table_->columns[i];
    const SourceCell& cell = row.cells[i];
    TypedValue& value = values_[i];
    value.kind = TypedValue::Kind::kNull;
    value.text.clear();  // a null's text is empty, never the previous row's
    if (!cell.present) {
      if (!column.required) continue;
      if (!layout_.missing_required[i]) {
        AddIssue(row, i, msg::RequiredEmpty(column, lang_));
      } else if (keep()) {
        AddIssue(row, i, msg::ColumnMissingForRow(column.name, lang_), std::nullopt, true);
      }
      continue;
    }
    const std::string_view text = cell.is_null ? std::string_view() : importing::Trim(cell.text);
    if (text.empty()) {
      if (column.required) AddIssue(row, i, msg::RequiredEmpty(column, lang_));
      continue;
    }
    if (!importing::IsValidUtf8(text)) {
      AddIssue(row, i, msg::InvalidUtf8(lang_));
      continue;
    }
    if (!importing::ParseCell(column, text, &value)) {
      value.kind = TypedValue::Kind::kNull;
      value.text.clear();
      AddIssue(row, i, msg::InvalidValue(column, lang_));
    }
  }
}

void Importer::CheckKey(const SourceRow& row) {
  const size_t key = static_cast<size_t>(Index(table_->key));
  const TypedValue& id = values_[key];
  if (id.null()) return;  // reported as a required value
  if (store_keys_) {
    CheckStoredKey(row, key);
    return;
  }
  if (bulk_keys_) return;  // ResolveBulkKeys
  KeyIndex& index = keys_[table_->name];
  const auto [it, inserted] = index.try_emplace(id.text);
  if (!inserted) {
    AddIssue(row, key, msg::DuplicateKey(table_->key, it->second.line, lang_));
    return;
  }
  it->second.line = row.line;
  registered_ = &it->second;
  if (table_->name == "units") it->second.extra = Value("locality_code").text;
  if (table_->name == "localities") it->second.extra = Value("level").text;
  // A resubmission writes its localities over the stored ones.
  const bool overwritten = options_.resubmit && table_->name == "localities";
  if (store_had_rows_[table_->name] && !overwritten && InStore(table_->name, {key})) {
    AddIssue(row, key, msg::KeyInStore(table_->key, lang_));
  }
}

void Importer::CheckComposite(const SourceRow& row) {
  std::vector<size_t> columns;
  std::string joined;
  std::string names;
  for (const std::string& name : table_->unique_together) {
    const size_t column = static_cast<size_t>(Index(name));
    const TypedValue& value = values_[column];
    if (value.null()) return;
    columns.push_back(column);
    if (!joined.empty()) {
      joined += '\x1F';
      names += ", ";
    }
    joined += value.kind == TypedValue::Kind::kText ? value.text : std::to_string(value.integer);
    names += name;
  }
  const size_t last = columns.back();
  const auto [it, inserted] = composites_[table_->name].try_emplace(joined, row.line);
  if (!inserted) {
    AddIssue(row, last, msg::DuplicateComposite(names, it->second, lang_));
    return;
  }
  if (store_had_rows_[table_->name] && InStore(table_->name, columns)) {
    AddIssue(row, last, msg::CompositeInStore(names, lang_));
  }
}

// Only what the store held before the import: a repeat within the data set is found on insert.
void Importer::CheckStoredKey(const SourceRow& row, size_t key) {
  if (!store_had_rows_[table_->name] || rowid_before_ == 0) return;
  if (write_behind_) SettleWrites();
  const std::string sql =
      "SELECT 1 FROM " + table_->name + " WHERE " + table_->key + " = ? AND rowid <= ?";
  std::unique_ptr<Statement>& query = store_queries_[sql];
  if (!query) query = std::make_unique<Statement>(sqlite_->raw(), sql);
  query->Bind(1, std::string_view(values_[key].text)).Bind(2, rowid_before_);
  const bool found = query->Step();
  query->Reset();
  if (found) {
    AddIssue(row, key, msg::KeyInStore(table_->key, lang_));
    key_in_store_ = true;
  }
}

bool Importer::InStore(const std::string& table, const std::vector<size_t>& columns) {
  std::vector<std::string> names;
  std::vector<const TypedValue*> values;
  for (size_t column : columns) {
    names.push_back(table_->columns[column].name);
    values.push_back(&values_[column]);
  }
  return target_.Exists(*FindTable(table), names, values);
}

RefState Importer::LookUp(const std::string& table, std::string_view id, const KeyEntry** entry,
                          std::string* extra) {
  *entry = nullptr;
  KeyIndex& index = keys_[table];
  const auto it = index.find(id);
  if (it != index.end()) {
    *entry = &it->second;
    if (extra != nullptr) *extra = it->second.extra;
    return it->second.valid ? RefState::kValid : RefState::kRejected;
  }
  if (!store_had_rows_[table]) return RefState::kMissing;
  const std::string extra_column =
      table == "units" ? "locality_code" : (table == "localities" ? "level" : "");
  const std::optional<std::string> found = target_.LookUp(*FindTable(table), id, extra_column);
  if (found && extra != nullptr) *extra = *found;
  return found ? RefState::kValid : RefState::kMissing;
}

void Importer::ReportReference(RefState state, const SourceRow& row, size_t column,
                               std::string_view id, const std::string& table,
                               const std::string& key_column, const KeyEntry* entry) {
  if (state == RefState::kMissing) {
    AddIssue(row, column, msg::UnknownReference(id, table, key_column, lang_), id);
  } else if (state == RefState::kRejected && keep()) {
    AddIssue(row, column,
             msg::RejectedReference(id, table, table_files_[table], entry->line, lang_), id, true);
  }
}

void Importer::CheckReferences(const SourceRow& row) {
  for (const Reference& reference : references_) {
    const TypedValue& value = values_[reference.column];
    if (value.null()) continue;
    const KeyEntry* entry = nullptr;
    const RefState state = LookUp(reference.table, value.text, &entry, nullptr);
    ReportReference(state, row, reference.column, value.text, reference.table, reference.key,
                    entry);
  }
}

void Importer::CheckNotBefore(const SourceRow& row, std::string_view later,
                              std::string_view earlier) {
  const TypedValue& late = Value(later);
  const TypedValue& early = Value(earlier);
  if (late.null() || early.null() || !(late.date < early.date)) return;
  AddIssue(row, static_cast<size_t>(Index(later)),
           msg::DateBefore(later, late.text, earlier, early.text, lang_));
}

void Importer::CheckMeeting(const SourceRow& row) {
  const TypedValue& discussion = Value("discussion_minutes");
  const TypedValue& total = Value("total_minutes");
  if (discussion.null() || total.null() || discussion.integer <= total.integer) return;
  AddIssue(row, static_cast<size_t>(Index("discussion_minutes")),
           msg::DiscussionOverTotal(discussion.integer, total.integer, lang_));
}

void Importer::CheckSchedule(const SourceRow& row) {
  const TypedValue& week_start = Value("week_start");
  if (week_start.null() || week_start.date.weekday() == 1) return;
  const Date monday = week_start.date.AddDays(1 - week_start.date.weekday());
  AddIssue(row, static_cast<size_t>(Index("week_start")),
           msg::NotMonday(week_start.text, monday.Iso(), lang_));
}

void Importer::CheckBaseline(const SourceRow& row) {
  const size_t scope_column = static_cast<size_t>(Index("scope"));
  const TypedValue& scope = values_[scope_column];
  if (scope.null()) return;
  const KeyEntry* entry = nullptr;
  RefState state = LookUp("units", scope.text, &entry, nullptr);
  std::string table = "units";
  if (state == RefState::kMissing) {
    state = LookUp("localities", scope.text, &entry, nullptr);
    table = "localities";
  }
  if (state == RefState::kMissing) {
    AddIssue(row, scope_column, msg::UnknownScope(scope.text, lang_));
    return;
  }
  ReportReference(state, row, scope_column, scope.text, table, "", entry);
}

void Importer::CheckTask(const SourceRow& row) {
  const size_t lead_column = static_cast<size_t>(Index("lead_unit_id"));
  const size_t coordinating_column = static_cast<size_t>(Index("coordinating_unit_ids"));
  const size_t locality_column = static_cast<size_t>(Index("locality_code"));
  // The first unit of each list: whether it resolved, and its locality.
  struct First {
    bool any = false;
    bool resolved = false;
    std::string locality;
  } first_lead, first_coordinating;
  const auto check_list = [&](size_t column, First* first) {
    const TypedValue& value = values_[column];
    if (value.null()) return;
    for (std::string_view id : SplitIds(value.text)) {
      const KeyEntry* entry = nullptr;
      std::string locality;
      const RefState state = LookUp("units", id, &entry, &locality);
      if (!first->any) {
        first->any = true;
        first->resolved = state != RefState::kMissing;
        first->locality = locality;
      }
      ReportReference(state, row, column, id, "units", "unit_id", entry);
    }
  };
  check_list(lead_column, &first_lead);
  check_list(coordinating_column, &first_coordinating);

  TypedValue& locality = values_[locality_column];
  if (!locality.null()) return;  // checked as a reference
  std::optional<std::string> derived;
  bool unresolved = false;  // the unit it should come from is unknown, and reported so
  if (first_lead.any) {
    if (first_lead.resolved) derived = first_lead.locality;
    unresolved = !first_lead.resolved;
  } else if (first_coordinating.any) {
    if (first_coordinating.resolved) derived = first_coordinating.locality;
    unresolved = !first_coordinating.resolved;
  } else if (sub_localities_.size() == 1) {
    derived = *sub_localities_.begin();
    const KeyEntry* entry = nullptr;
    const RefState state = LookUp("localities", *derived, &entry, nullptr);
    ReportReference(state, row, locality_column, *derived, "localities", "code", entry);
  }
  if (derived && !derived->empty()) {
    locality.kind = TypedValue::Kind::kText;
    locality.text = *derived;
  } else if (!unresolved) {
    AddIssue(row, locality_column, msg::TaskLocalityUnknown(sub_localities_.size(), lang_));
  }
}

// `2026-h1` and `2026-q3` are stored as `2026-H1` and `2026-Q3`, the forms rules compare with.
void Importer::NormalizePeriod() {
  TypedValue& period = values_[static_cast<size_t>(Index("period"))];
  std::string& text = period.text;
  if (period.null() || text.size() != 7 || text[4] != '-') return;
  if (text[5] == 'h' || text[5] == 'q') text[5] = static_cast<char>(text[5] - 'a' + 'A');
}

void Importer::FinishLocalities() {
  KeyIndex& index = keys_["localities"];
  const size_t parent = static_cast<size_t>(Index("parent_code"));
  const size_t code = static_cast<size_t>(Index("code"));
  const size_t level = static_cast<size_t>(Index("level"));
  const auto add = [](PendingRow& row, std::string message, std::string_view value, bool derived) {
    row.issues.push_back(
        {row.parent_column, row.parent_name, std::string(value), std::move(message), derived});
  };
  for (PendingRow& row : pending_) {
    const TypedValue& parent_code = row.values[parent];
    if (parent_code.null() || index.count(parent_code.text) != 0) continue;
    const KeyEntry* entry = nullptr;
    if (LookUp("localities", parent_code.text, &entry, nullptr) == RefState::kMissing) {
      add(row, msg::UnknownReference(parent_code.text, "localities", "code", lang_), row.parent_raw,
          false);
    }
  }
  for (PendingRow& row : pending_) {
    if (row.entry != nullptr) row.entry->valid = row.issues.empty();
  }
  // With keep_good_rows a locality whose parent is rejected is rejected too, down the chain.
  for (bool changed = keep(); changed;) {
    changed = false;
    for (PendingRow& row : pending_) {
      if (!row.issues.empty() || row.values[parent].null()) continue;
      const auto it = index.find(row.values[parent].text);
      if (it == index.end() || it->second.valid) continue;
      add(row,
          msg::RejectedReference(row.values[parent].text, "localities", table_files_["localities"],
                                 it->second.line, lang_),
          row.values[parent].text, true);
      if (row.entry != nullptr) row.entry->valid = false;
      changed = true;
    }
  }
  if (options_.resubmit) {
    std::vector<std::string> carried;
    for (const PendingRow& row : pending_) {
      if (row.issues.empty() && !row.values[code].null()) carried.push_back(row.values[code].text);
    }
    if (carried.empty()) {
      result_->errors.push_back(
          {table_files_["localities"], 0, 0, "", "", msg::ResubmitCarriesNoLocality(lang_)});
    }
    std::sort(carried.begin(), carried.end());
    target_.ClearLocalities(carried);
    for (const TableSpec& table : DataModel()) {
      store_had_rows_[table.name] = target_.HadRows(table.name);
    }
  }
  for (PendingRow& row : pending_) {
    // Every commune or ward the data set names counts, valid or not: whether a task's locality
    // can be told must not change when another row is fixed.
    if (!row.values[code].null() && IsSubProvinceLevel(row.values[level].text)) {
      sub_localities_.insert(row.values[code].text);
    }
    FinishRow(row.line, row.values, row.issues, row.entry);
  }
  pending_.clear();
}

void Importer::FinishRow(int64_t line, const std::vector<TypedValue>& values,
                         std::vector<RowIssue>& issues, KeyEntry* entry) {
  if (bulk_keys_) {
    if (!values[static_cast<size_t>(Index(table_->key))].null()) {
      ImportTarget::KeyedRow keyed;
      keyed.line = line;
      keyed.column = key_column_;
      keyed.column_name = key_name_;
      keyed.raw = key_raw_;
      keyed.valid = issues.empty();
      target_.WriteKeyed(values, keyed);
    }
  } else if (store_keys_) {
    const size_t key = static_cast<size_t>(Index(table_->key));
    const TypedValue& id = values[key];
    if (write_behind_ && !rejected_ids_ && issues.empty() && !id.null() && !key_in_store_) {
      target_.WriteBehind(values);
      if (target_.WriteBehindFailed()) throw WriteBehindFailure();
      ++counts_->imported;
      return;
    }
    if (write_behind_) SettleWrites();
    if (!id.null() && !key_in_store_) {
      bool repeated = false;
      if (rejected_ids_) {
        find_rejected_id_->Bind(1, std::string_view(id.text));
        repeated = find_rejected_id_->Step();
        find_rejected_id_->Reset();
      }
      if (!repeated && issues.empty()) {
        // Written whatever came before: the primary key is what finds a repeat. Without
        // keep_good_rows the transaction is rolled back when any error was seen.
        try {
          target_.Write(values);
        } catch (const StoreError& error) {
          if (sqlite3_extended_errcode(sqlite_->raw()) == SQLITE_CONSTRAINT_PRIMARYKEY) {
            repeated = true;
          } else if (Writing()) {
            issues.push_back({0, "", "", msg::RowNotWritten(error.message(lang_), lang_)});
          } else {
            // Follows from an error already reported (a row it references, a missing column);
            // nothing is committed. Its id still counts for repeats.
            add_rejected_id_->Bind(1, std::string_view(id.text));
            add_rejected_id_->Run();
            rejected_ids_ = true;
            ++counts_->imported;
            return;
          }
        }
        if (!repeated && issues.empty()) {
          ++counts_->imported;
          return;
        }
      } else if (!repeated) {
        find_id_->Bind(1, std::string_view(id.text));
        repeated = find_id_->Step();
        find_id_->Reset();
      }
      if (repeated) {
        RowIssue issue;
        issue.column = key_column_;
        issue.column_name = key_name_;
        issue.value = key_raw_;
        issue.duplicate = true;
        issue.duplicate_id = id.text;
        issues.push_back(std::move(issue));
      } else {
        add_rejected_id_->Bind(1, std::string_view(id.text));
        add_rejected_id_->Run();
        rejected_ids_ = true;
      }
    }
  } else if (issues.empty()) {
    if (Writing()) {
      try {
        target_.Write(values);
      } catch (const StoreError& error) {
        if (!target_.RowFailuresRecoverable()) throw;
        issues.push_back({0, "", "", msg::RowNotWritten(error.message(lang_), lang_)});
      }
    }
  }
  if (entry != nullptr) entry->valid = issues.empty();
  if (issues.empty()) {
    ++counts_->imported;
    return;
  }
  ++counts_->rejected;
  for (RowIssue& issue : issues) {
    PendingDuplicate pending;
    if (keep()) {
      pending.reject = rejects_.size();
      rejects_.push_back({layout_.file, line, issue.column, table_->name, issue.column_name,
                          issue.value, issue.message});
    }
    if (!issue.derived) {
      pending.error = result_->errors.size();
      result_->errors.push_back({layout_.file, line, issue.column, issue.column_name, issue.value,
                                 std::move(issue.message), layout_.sheet});
    }
    if (issue.duplicate) {
      pending.id = issue.duplicate_id;
      duplicates_.push_back(std::move(pending));
    }
  }
}

void Importer::SettleWrites() {
  target_.Flush();
  if (target_.WriteBehindFailed()) throw WriteBehindFailure();
}

void Importer::WriteRejects() {
  std::stable_sort(rejects_.begin(), rejects_.end(), [](const RejectLine& a, const RejectLine& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
  });
  // Values from the data never reach a spreadsheet as formulas.
  const auto cell = [](const std::string& text) {
    return importing::CsvField(importing::LooksLikeFormula(text) ? "'" + text : text);
  };
  std::ofstream out(options_.rejects_path, std::ios::binary | std::ios::trunc);
  out << "file,line,table,column,value,reason\n";
  for (const RejectLine& reject : rejects_) {
    out << cell(reject.file) << ',' << reject.line << ',' << cell(reject.table) << ','
        << cell(reject.column_name) << ',' << cell(reject.value) << ',' << cell(reject.reason)
        << '\n';
  }
  out.flush();
  if (!out) {
    result_->errors.push_back(
        {options_.rejects_path, 0, 0, "", "", msg::CannotWriteRejects(lang_)});
  }
}

}  // namespace

std::string ImportResult::ErrorsText() const {
  std::string text;
  for (const ImportIssue& error : errors) {
    if (error.sheet.empty()) {
      text +=
          error.file + ":" + std::to_string(error.line) + ":" + std::to_string(error.column) + ": ";
    } else {
      text += error.file + ": " + importing::CellReference(error.sheet, error.line, error.column) +
              ": ";
    }
    if (!error.column_name.empty()) {
      text += Format("{0} '{1}', {2} '{3}': ",
                     {msg::ColumnWord(lang), error.column_name, msg::ValueWord(lang), error.value});
    }
    text += error.message + "\n";
  }
  return text;
}

std::string ImportResult::NoticesText() const {
  std::string text;
  for (const std::string& notice : notices) text += "tuanthu: " + notice + "\n";
  return text;
}

ImportResult ImportDataSet(const std::string& path, importing::ImportTarget& target,
                           const ImportOptions& options) {
  {
    ImportResult result;
    Importer importer(path, target, options, &result, /*write_behind=*/true);
    try {
      importer.Run();
      return result;
    } catch (const WriteBehindFailure&) {
      target.Rollback();
    }
  }
  ImportResult result;
  Importer importer(path, target, options, &result, /*write_behind=*/false);
  importer.Run();
  return result;
}

ImportResult ImportDataSet(const std::string& path, Database& db, const ImportOptions& options) {
  importing::SqliteTarget target(db);
  return ImportDataSet(path, target, options);
}

}  // namespace tuanthu
