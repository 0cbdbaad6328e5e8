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

#include "import/importer_state.h"
#include "import/messages.h"
#include "import/source.h"
#include "import/sqlite_target.h"
#include "import/target.h"
#include "import/text.h"
#include "import/values.h"
#include "tuanthu/data_model.h"

namespace tuanthu::importing::internal {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRequiredTables[] = {"localities", "units"};

bool IsRequiredTable(std::string_view table) {
  for (const char* candidate : kRequiredTables) {
    if (table == candidate) return true;
  }
  return false;
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

}  // namespace

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

namespace {

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

}  // namespace

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
}  // namespace tuanthu::importing::internal

namespace tuanthu {

using importing::internal::Importer;
using importing::internal::WriteBehindFailure;
namespace msg = importing::msg;

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
