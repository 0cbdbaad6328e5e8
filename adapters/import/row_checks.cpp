// The checks of one row of the import (data-model.md "Invariants an import enforces"): each
// cell parsed by its column type, keys unique in the data set and against the store, references
// resolved (to a row of the data set, valid or rejected, or to the store), and the rules of
// meetings, schedules, baselines and tasks. Problems are added to the row's issues; nothing here
// writes.
#include <algorithm>

#include "import/importer_state.h"
#include "import/messages.h"
#include "import/text.h"

namespace tuanthu::importing::internal {
namespace {

constexpr const char* kSubProvinceLevels[] = {"commune", "ward", "special_zone"};

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

}  // namespace

bool IsSubProvinceLevel(std::string_view level) {
  for (const char* candidate : kSubProvinceLevels) {
    if (level == candidate) return true;
  }
  return false;
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

}  // namespace tuanthu::importing::internal
