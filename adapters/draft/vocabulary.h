// The words plans use for targets and deadlines, read deterministically. Every function works
// on a match key (MatchKey): lower case, Vietnamese tone marks placed one way ("hoá" and "hóa"
// are the same key). Positions are byte offsets into that key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tuanthu/date.h"

namespace tuanthu::draft {

// Lower case (ASCII and Vietnamese letters) with the old tone placement on oa/oe/uy moved to
// the new one, so "hoá", "Hóa", "HOÁ" all give "hóa".
std::string MatchKey(std::string_view text);

bool Has(std::string_view key, std::string_view word);

// "60%", "96 %", "1,5%": the value as a fraction (0.60) and where it is in the key.
struct Percent {
  double value = 0;
  size_t begin = 0;  // first byte of the number
  size_t end = 0;    // one past the '%'
};
std::vector<Percent> FindPercents(std::string_view key);

// How a share target is bounded, from the words just before the figure: "> 98%", "trên",
// "vượt", "hơn" are strict; "không ít hơn", "tối thiểu", "ít nhất", "từ ... trở lên", "đạt",
// "là" are inclusive.
enum class Bound { kAtLeast, kMoreThan };
Bound BoundBefore(std::string_view before);

// "giảm", "tinh giản", "tinh giảm", "cắt giảm" close before a figure: a reduction target.
bool IsReductionBefore(std::string_view before);

// A number of days at `pos` ("1/2", "½", "01", "1,5") followed by "ngày": the days and the end.
std::optional<double> DaysAt(std::string_view key, size_t pos, size_t* end = nullptr);

// The limit in days stated after `keyword` ("quán triệt" ... "không quá 1/2 ngày").
std::optional<double> DaysLimitAfter(std::string_view key, std::string_view keyword);

// A deadline phrase starting at or after `pos` (within `window` bytes): "trước ngày 05 tháng 6",
// "trước ngày 05/6", "trước 30/6/2026", "chậm nhất ngày 05/6", "hạn ngày 05/6".
struct DayDeadline {
  int day = 0;
  int month = 0;
  int year = 0;        // 0: a day of every year
  bool strict = true;  // "trước": the day itself is late
  size_t begin = 0;
  size_t end = 0;
};
std::optional<DayDeadline> FindDeadline(std::string_view key, size_t pos, size_t window = 40);

// "hoàn thành trong tháng 5/2026" (or "trong tháng 5 năm 2026"): the month's last day.
std::optional<Date> MonthDoneBy(std::string_view key);

// An appendix deadline cell: "Quý II/2026" -> "2026-Q2", "Hàng năm, từ 2026" -> "yearly"
// (from_year 2026), "Hằng năm" -> "yearly" (from_year = default_year), "Thường xuyên" ->
// "continuous", "trước 30/6/2026" -> "2026-06-29", "tháng 5/2026" -> "2026-05-31". Empty when
// the cell says none of these.
struct TaskDue {
  std::string due;
  int from_year = 0;    // set for "yearly"
  std::string reading;  // how it was read, for the reviewer
};
std::optional<TaskDue> ReadTaskDue(std::string_view cell, int default_year);

// The unit role a heading or an appendix cell names ("Phòng Văn hóa - Xã hội" ->
// culture_social); "units" for "các cơ quan, đơn vị" (the units under the UBND); empty if none.
std::string RoleNamed(std::string_view key);

// True if `key` holds a figure or a date the reviewer should see: a percentage, a number of
// days or months, a date, a month, a quarter; dates of cited documents ("Quyết định số
// 534/QĐ-TTg ngày 31/3/2026") do not count.
bool HasFigure(std::string_view key);

// Roman numeral I..XX, or 0.
int RomanValue(std::string_view text);

}  // namespace tuanthu::draft
