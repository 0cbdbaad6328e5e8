// Parsing of one cell by its column type (data-model.md "Values"). The parsed value is what the
// store holds: dates as ISO text, booleans as 0/1, enum values in lower case, text trimmed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tuanthu/data_model.h"
#include "tuanthu/date.h"

namespace tuanthu::importing {

struct TypedValue {
  enum class Kind { kNull, kText, kInteger, kReal };
  Kind kind = Kind::kNull;
  std::string text;     // kText (dates: ISO)
  int64_t integer = 0;  // kInteger (booleans: 0/1)
  double real = 0;      // kReal
  Date date;            // dates only

  bool null() const { return kind == Kind::kNull; }
};

// `1/0`, `true/false`, `yes/no`, `có/không`, any case; nullopt for anything else.
std::optional<bool> ParseBool(std::string_view text);
// A whole number (also `12.0`); nullopt otherwise.
std::optional<int64_t> ParseInteger(std::string_view text);
// A finite decimal number, `.` or `,` as the decimal mark; nullopt otherwise.
std::optional<double> ParseDecimal(std::string_view text);

// Parses `text` (trimmed, not empty) as a value of `column` into `out`. False if it is not a valid
// value of that column (wrong form, unknown enum value, out of bounds).
bool ParseCell(const ColumnSpec& column, std::string_view text, TypedValue* out);

}  // namespace tuanthu::importing
