// Calendar dates without time zones or clocks: a day number since 1970-01-01 (proleptic
// Gregorian). Parsing accepts ISO `YYYY-MM-DD` and the Vietnamese order `d/m/yyyy`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tuanthu {

class Date {
 public:
  Date() = default;
  static Date FromCivil(int year, int month, int day);
  static Date FromDays(int32_t days) { return Date(days); }
  // Accepts `YYYY-MM-DD`, `dd/mm/yyyy` and `d/m/yyyy`; nullopt for anything else or a day
  // that does not exist (2026-02-30).
  static std::optional<Date> Parse(std::string_view text);
  // Strict ISO only.
  static std::optional<Date> ParseIso(std::string_view text);
  static bool IsValidCivil(int year, int month, int day);

  int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  // 1 = Monday ... 7 = Sunday.
  int weekday() const;
  std::string Iso() const;      // 2026-06-04
  std::string Display() const;  // 04/06/2026
  // ISO-8601 week label, e.g. 2026-W23.
  std::string IsoWeek() const;

  Date AddDays(int32_t n) const { return Date(days_ + n); }
  int32_t operator-(Date other) const { return days_ - other.days_; }
  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

bool IsLeap(int year);
int DaysInYear(int year);
int DaysInMonth(int year, int month);

}  // namespace tuanthu
