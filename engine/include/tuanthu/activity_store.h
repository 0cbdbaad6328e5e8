// The one narrow interface the engine reads activity data through. The SQLite store implements
// it (tuanthu/store.h: SqliteActivityStore); another store (PostgreSQL) implements the same
// interface, and no SQL dialect reaches the rule evaluators.
//
// A store yields the localities, the units, the baselines, and, table by table, the activity
// records of a set of localities within a date range. Records are handed to a visitor one at a
// time: string views and the record itself are valid only during the call, so a store may keep
// one row buffer whatever the size of the data.
//
// Contract every implementation keeps (the engine's output depends on it only through these):
//  - localities are yielded ordered by code, units by unit id;
//  - a scan yields exactly the records of the asked localities (through their units' locality,
//    or the table's own locality_code for tasks and schedules) whose date column lies in
//    [from, to]; the order of records within a scan does not matter to the engine;
//  - booleans and dates that are absent in the store are nullopt; absent text is "";
//  - dates are calendar days (tuanthu::Date), whatever the store keeps.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tuanthu/date.h"

namespace tuanthu {

struct StoredLocality {
  std::string_view code;
  std::string_view name;
  std::string_view level;        // commune, ward, special_zone, province
  std::string_view parent_code;  // "" when none
  std::string_view pack;         // "" when none
};

struct StoredUnit {
  std::string_view id;
  std::string_view name;
  std::string_view role;
  std::string_view locality;
};

struct StoredBaseline {
  std::string_view scope;  // a locality code or a unit id
  std::string_view metric;
  int year;
  int64_t value;
};

// One record of each activity table: the columns the built-in rules read, nothing else.
struct StoredMeeting {
  std::string_view id;
  std::string_view unit_id;
  std::string_view locality;
  std::string_view role;
  std::string_view category;
  std::string_view kind;
  Date start;
  double duration_days;
  std::string_view format;
  std::optional<bool> paperless;
  std::string_view organizer_level;
  std::optional<bool> attended;
  std::optional<Date> materials_sent;
  std::optional<int64_t> total_minutes;
  std::optional<int64_t> discussion_minutes;
};

struct StoredDocument {
  std::string_view id;
  std::string_view unit_id;
  std::string_view locality;
  std::string_view direction;
  std::string_view doc_class;
  std::string_view doc_type;
  Date date;
  bool electronic;
  bool secret;
  std::optional<bool> digitized;
  std::string_view subject;
};

struct StoredDossier {
  std::string_view id;
  std::string_view unit_id;
  std::string_view locality;
  std::optional<bool> internal;
  Date received;
  Date due;
  std::optional<Date> resolved;
  bool digital_processing;
  std::optional<bool> online_full;
  std::optional<bool> digitized;
  std::optional<bool> result_digitized;
  std::string_view satisfaction;
};

struct StoredReport {
  std::string_view id;
  std::string_view unit_id;
  std::string_view locality;
  std::string_view subject;
  std::string_view period;
  Date submitted;
  std::string_view form;
};

// Tasks carry no date of their own: a scan yields every task of the localities.
struct StoredTask {
  std::string_view id;
  std::string_view locality;
  std::string_view subject;
  std::string_view ref;
  std::string_view title;
  std::string_view lead_unit_ids;  // as stored: one id or several separated by ';'
  std::string_view responsible_person;
  std::string_view product;
  std::optional<Date> due;
  std::optional<Date> completed;
  std::optional<bool> electronic;
};

struct StoredFeedback {
  std::string_view id;
  std::string_view unit_id;
  std::string_view locality;
  Date received;
  Date due;
  std::optional<Date> answered;
};

struct StoredSchedule {
  std::string_view locality;
  Date week_start;
  Date published;  // the date a scan's range applies to
};

// The activity tables a scan can read.
enum class ActivityTable {
  kMeetings,
  kDocuments,
  kDossiers,
  kReports,
  kTasks,
  kFeedback,
  kSchedules
};
inline constexpr int kActivityTableCount = 7;
const char* ActivityTableName(ActivityTable table);  // "meetings", ...

// Receives the records of one scan. Only the method of the scanned table is called.
class RecordVisitor {
 public:
  virtual ~RecordVisitor() = default;
  virtual void OnMeeting(const StoredMeeting&) {}
  virtual void OnDocument(const StoredDocument&) {}
  virtual void OnDossier(const StoredDossier&) {}
  virtual void OnReport(const StoredReport&) {}
  virtual void OnTask(const StoredTask&) {}
  virtual void OnFeedback(const StoredFeedback&) {}
  virtual void OnSchedule(const StoredSchedule&) {}
};

struct ScanRequest {
  ActivityTable table = ActivityTable::kMeetings;
  // Locality codes whose records are wanted; empty means every locality of the store. A store
  // reads only these localities' records (through an index), so that one locality of a
  // national store costs what that locality holds.
  std::vector<std::string> localities;
  Date from;  // inclusive; ignored for tasks
  Date to;    // inclusive; ignored for tasks
};

// Custom rules' `ctx.query`: one read-only statement over the activity tables, in the store's
// own SQL (the SQLite dialect for SQLite stores: the pack author writes it, not the engine).
struct QueryRequest {
  std::string_view sql;
  const std::vector<nlohmann::json>* args = nullptr;  // null, boolean, number or string each
  size_t max_rows = 100000;
  // Called now and then while the query runs; returning true stops it ("query ran too long").
  std::function<bool()> should_stop;
};

class ActivityStore {
 public:
  virtual ~ActivityStore() = default;

  // False when the store holds no imported data set (no localities and units tables).
  virtual bool HasActivityData() = 0;
  // Every locality, ordered by code.
  virtual void ForEachLocality(const std::function<void(const StoredLocality&)>& visit) = 0;
  // The units of `localities` (every unit when empty), ordered by unit id.
  virtual void ForEachUnit(const std::vector<std::string>& localities,
                           const std::function<void(const StoredUnit&)>& visit) = 0;
  // The baselines of `scopes` (locality codes and unit ids; every baseline when empty), in no
  // particular order; none when the store keeps no baselines table.
  virtual void ForEachBaseline(const std::vector<std::string>& scopes,
                               const std::function<void(const StoredBaseline&)>& visit) = 0;
  // The records of one table for the request's localities and date range.
  virtual void Scan(const ScanRequest& request, RecordVisitor& visitor) = 0;
  // Runs a custom rule's read-only query. Returns false with *error (worded for the pack
  // author, starting "ctx.query: ") when the statement is not one read-only SELECT over the
  // activity tables, fails, returns more than max_rows rows or is stopped. Rows are JSON
  // objects column -> value (NULL columns left out).
  virtual bool Query(const QueryRequest& request, nlohmann::json* rows, std::string* error) = 0;
  // A second, independent reader of the same data for another thread; nullptr when the store
  // cannot be shared (an in-memory database). The engine runs single-threaded then.
  virtual std::unique_ptr<ActivityStore> OpenAnotherReader() = 0;
};

}  // namespace tuanthu
