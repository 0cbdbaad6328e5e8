#include "tuanthu/date.h"

#include <charconv>
#include <cstdio>

namespace tuanthu {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
  int year;
  int month;
  int day;
};

Civil CivilFromDays(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

bool ParseNumber(std::string_view text, size_t min_digits, size_t max_digits, int* out) {
  if (text.size() < min_digits || text.size() > max_digits) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInYear(int year) { return IsLeap(year) ? 366 : 365; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeap(year)) return 29;
  return kDays[month - 1];
}

bool Date::IsValidCivil(int year, int month, int day) {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

Date Date::FromCivil(int year, int month, int day) {
  return Date(DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

// Every stored date passes here on each read: one pass over the ten characters.
std::optional<Date> Date::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int digits[10] = {};
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    const int digit = text[i] - '0';
    if (digit < 0 || digit > 9) return std::nullopt;
    digits[i] = digit;
  }
  const int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  const int m = digits[5] * 10 + digits[6];
  const int d = digits[8] * 10 + digits[9];
  if (!IsValidCivil(y, m, d)) return std::nullopt;
  return FromCivil(y, m, d);
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.find('-') != std::string_view::npos) return ParseIso(text);
  const size_t first = text.find('/');
  if (first == std::string_view::npos) return std::nullopt;
  const size_t second = text.find('/', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!ParseNumber(text.substr(0, first), 1, 2, &d) ||
      !ParseNumber(text.substr(first + 1, second - first - 1), 1, 2, &m) ||
      !ParseNumber(text.substr(second + 1), 4, 4, &y) || !IsValidCivil(y, m, d)) {
    return std::nullopt;
  }
  return FromCivil(y, m, d);
}

int Date::year() const { return CivilFromDays(days_).year; }
int Date::month() const { return CivilFromDays(days_).month; }
int Date::day() const { return CivilFromDays(days_).day; }

int Date::weekday() const {
  // 1970-01-01 was a Thursday (4).
  int w = (days_ % 7 + 7) % 7;  // 0 = Thursday
  return (w + 3) % 7 + 1;
}

std::string Date::Iso() const {
  const Civil c = CivilFromDays(days_);
  if (c.year < 0 || c.year > 9999) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
  }
  // Written digit by digit: imports format millions of dates.
  const auto year = static_cast<unsigned>(c.year);
  const auto month = static_cast<unsigned>(c.month);
  const auto day = static_cast<unsigned>(c.day);
  const char text[10] = {static_cast<char>('0' + year / 1000),
                         static_cast<char>('0' + year / 100 % 10),
                         static_cast<char>('0' + year / 10 % 10),
                         static_cast<char>('0' + year % 10),
                         '-',
                         static_cast<char>('0' + month / 10),
                         static_cast<char>('0' + month % 10),
                         '-',
                         static_cast<char>('0' + day / 10),
                         static_cast<char>('0' + day % 10)};
  return std::string(text, sizeof text);
}

std::string Date::Display() const {
  const Civil c = CivilFromDays(days_);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", c.day, c.month, c.year);
  return buf;
}

std::string Date::IsoWeek() const {
  // The ISO year is the year of this week's Thursday.
  const Date thursday = AddDays(4 - weekday());
  const int iso_year = thursday.year();
  const int week = (thursday - FromCivil(iso_year, 1, 1)) / 7 + 1;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", iso_year, week);
  return buf;
}

}  // namespace tuanthu
