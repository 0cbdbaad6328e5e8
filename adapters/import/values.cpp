#include "import/values.h"

#include <charconv>
#include <cmath>
#include <limits>

#include "import/text.h"

namespace tuanthu::importing {
namespace {

bool EqualsAsciiLower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::optional<bool> ParseBool(std::string_view text) {
  if (text.size() == 1 && (text[0] == '0' || text[0] == '1')) return text[0] == '1';
  static constexpr std::string_view kTrue[] = {"1", "true", "yes", "có"};
  static constexpr std::string_view kFalse[] = {"0", "false", "no", "không"};
  const std::string lower = Utf8Lower(NormalizeNfc(text));
  for (std::string_view word : kTrue) {
    if (lower == word) return true;
  }
  for (std::string_view word : kFalse) {
    if (lower == word) return false;
  }
  return std::nullopt;
}

std::optional<int64_t> ParseInteger(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc() && end == text.data() + text.size() && !text.empty()) return value;
  // `12.0` (a spreadsheet or a REAL column) is still a whole number.
  const std::optional<double> real = ParseDecimal(text);
  if (real && std::trunc(*real) == *real && std::fabs(*real) < 9.0e15) {
    return static_cast<int64_t>(*real);
  }
  return std::nullopt;
}

std::optional<double> ParseDecimal(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  std::string buffer;
  if (text.find(',') != std::string_view::npos) {
    if (text.find('.') != std::string_view::npos) return std::nullopt;
    buffer.assign(text);
    for (char& c : buffer) {
      if (c == ',') c = '.';
    }
    text = buffer;
  }
  for (char c : text) {
    // Only plain decimal notation: no `inf`, `nan` or hexadecimal.
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E')) {
      return std::nullopt;
    }
  }
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

bool ParseCell(const ColumnSpec& column, std::string_view text, TypedValue* out) {
  switch (column.type) {
    case ColumnType::kText:
      // Stored composed, so that the same name or id written decomposed compares equal.
      // ASCII is already composed; assigning reuses the value's buffer from row to row.
      out->kind = TypedValue::Kind::kText;
      if (IsAscii(text)) {
        out->text.assign(text);
      } else {
        out->text = NormalizeNfc(text);
      }
      return true;
    case ColumnType::kEnum: {
      std::string composed;
      const std::string_view form = IsAscii(text) ? text : (composed = NormalizeNfc(text));
      for (const std::string& value : column.enum_values) {
        if (EqualsAsciiLower(form, value)) {
          out->kind = TypedValue::Kind::kText;
          out->text.assign(value);
          return true;
        }
      }
      return false;
    }
    case ColumnType::kDate: {
      const std::optional<Date> date = Date::Parse(text);
      if (!date) return false;
      out->kind = TypedValue::Kind::kText;
      out->date = *date;
      if (text.size() == 10 && text[4] == '-') {
        out->text.assign(text);  // already ISO: ParseIso accepts nothing else with a '-'
      } else {
        out->text = date->Iso();
      }
      return true;
    }
    case ColumnType::kBool: {
      const std::optional<bool> value = ParseBool(text);
      if (!value) return false;
      out->kind = TypedValue::Kind::kInteger;
      out->integer = *value ? 1 : 0;
      return true;
    }
    case ColumnType::kInteger: {
      const std::optional<int64_t> value = ParseInteger(text);
      if (!value || (column.non_negative && *value < 0)) return false;
      out->kind = TypedValue::Kind::kInteger;
      out->integer = *value;
      return true;
    }
    case ColumnType::kDecimal: {
      const std::optional<double> value = ParseDecimal(text);
      if (!value || (column.positive && !(*value > 0)) || (column.non_negative && *value < 0)) {
        return false;
      }
      out->kind = TypedValue::Kind::kReal;
      out->real = *value;
      return true;
    }
  }
  return false;
}

}  // namespace tuanthu::importing
