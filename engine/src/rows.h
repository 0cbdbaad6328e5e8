// Typed views of one activity record while the scanner hands it to the rules. Strings point
// into SQLite's row buffer: valid only during the callback.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tuanthu/date.h"

namespace tuanthu {

struct UnitInfo {
  std::string id;
  std::string name;
  std::string role;
  std::string locality;
};

struct MeetingRow {
  std::string_view id;
  const UnitInfo* unit;
  std::string_view role;  // host / attendee
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

struct DocumentRow {
  std::string_view id;
  const UnitInfo* unit;
  std::string_view direction;
  std::string_view doc_class;
  std::string_view doc_type;
  Date date;
  bool electronic;
  bool secret;
  std::optional<bool> digitized;
  std::string_view subject;
};

struct DossierRow {
  std::string_view id;
  const UnitInfo* unit;
  std::optional<bool> internal;
  Date received;
  Date due;
  std::optional<Date> resolved;  // nullopt while open as of the check
  bool digital_processing;
  std::optional<bool> online_full;
  std::optional<bool> digitized;
  std::optional<bool> result_digitized;
  std::string_view satisfaction;  // "" = not rated
};

struct ReportRow {
  std::string_view id;
  const UnitInfo* unit;
  std::string_view subject;
  std::string_view period;
  Date submitted;
  std::string_view form;
};

struct TaskRow {
  std::string_view id;
  std::string_view subject;
  std::string_view ref;
  std::string_view title;
  std::string_view lead_unit_ids;
  std::string_view responsible_person;
  std::string_view product;
  std::optional<Date> due;
  std::optional<Date> completed;  // nullopt while open as of the check
  std::optional<bool> electronic;
  const UnitInfo* lead;  // the lead unit when exactly one is named and known
};

struct FeedbackRow {
  std::string_view id;
  const UnitInfo* unit;
  Date received;
  Date due;
  std::optional<Date> answered;  // nullopt while unanswered as of the check
};

struct ScheduleRow {
  Date week_start;
  Date published;
};

}  // namespace tuanthu
