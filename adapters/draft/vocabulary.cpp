#include "draft/vocabulary.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <utility>

#include "import/text.h"

namespace tuanthu::draft {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True if the byte at `pos` does not continue a word (end, space, punctuation).
bool WordEndsAt(std::string_view key, size_t pos) {
  if (pos >= key.size()) return true;
  const unsigned char c = static_cast<unsigned char>(key[pos]);
  return c < 0x80 && !IsAsciiLetter(static_cast<char>(c)) && !IsDigit(static_cast<char>(c));
}

bool WordStartsAt(std::string_view key, size_t pos) {
  if (pos == 0) return true;
  const unsigned char c = static_cast<unsigned char>(key[pos - 1]);
  return c < 0x80 && !IsAsciiLetter(static_cast<char>(c)) && !IsDigit(static_cast<char>(c));
}

// Reads digits at `pos`; returns the number (or -1) and moves `pos`.
int ReadInt(std::string_view key, size_t* pos) {
  size_t p = *pos;
  int value = 0, digits = 0;
  while (p < key.size() && IsDigit(key[p]) && digits < 5) {
    value = value * 10 + (key[p] - '0');
    ++p;
    ++digits;
  }
  if (digits == 0) return -1;
  *pos = p;
  return value;
}

size_t SkipSpaces(std::string_view key, size_t pos) {
  while (pos < key.size() && key[pos] == ' ') ++pos;
  return pos;
}

bool StartsAt(std::string_view key, size_t pos, std::string_view word) {
  return pos <= key.size() && key.substr(pos, word.size()) == word;
}

// A date at `pos`: "05 tháng 6 [năm 2026]" or "05/6[/2026]".
bool DateAt(std::string_view key, size_t pos, int* day, int* month, int* year, size_t* end) {
  size_t p = pos;
  const int d = ReadInt(key, &p);
  if (d < 1 || d > 31) return false;
  int m = -1, y = 0;
  if (p < key.size() && key[p] == '/') {
    ++p;
    m = ReadInt(key, &p);
    if (p < key.size() && key[p] == '/') {
      size_t q = p + 1;
      const int yy = ReadInt(key, &q);
      if (yy >= 1900 && yy <= 2200) {
        y = yy;
        p = q;
      }
    }
  } else {
    p = SkipSpaces(key, p);
    if (!StartsAt(key, p, "tháng")) return false;
    p = SkipSpaces(key, p + std::string_view("tháng").size());
    m = ReadInt(key, &p);
    size_t q = SkipSpaces(key, p);
    if (StartsAt(key, q, "năm")) {
      q = SkipSpaces(key, q + std::string_view("năm").size());
      const int yy = ReadInt(key, &q);
      if (yy >= 1900 && yy <= 2200) {
        y = yy;
        p = q;
      }
    } else if (q < key.size() && key[q] == '/') {
      ++q;
      const int yy = ReadInt(key, &q);
      if (yy >= 1900 && yy <= 2200) {
        y = yy;
        p = q;
      }
    }
  }
  if (m < 1 || m > 12) return false;
  if (p < key.size() && IsDigit(key[p])) return false;
  if (!Date::IsValidCivil(y == 0 ? 2024 : y, m, d)) return false;
  *day = d;
  *month = m;
  *year = y;
  *end = p;
  return true;
}

// The last `n` words of `text`, joined by single spaces.
std::string LastWords(std::string_view text, int n) {
  size_t end = text.size();
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  int words = 0;
  while (begin > 0 && words < n) {
    size_t p = begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    while (p > 0 && text[p - 1] != ' ') --p;
    begin = p;
    ++words;
  }
  return std::string(text.substr(begin, end - begin));
}

}  // namespace

std::string MatchKey(std::string_view text) {
  std::string lower = importing::Utf8Lower(text);
  // Old tone placement at a word's end ("hoá", "thuỷ") -> new ("hóa", "thủy").
  static const std::array<std::pair<std::string_view, std::string_view>, 15> kMoves = {{
      {"oá", "óa"},
      {"oà", "òa"},
      {"oả", "ỏa"},
      {"oã", "õa"},
      {"oạ", "ọa"},
      {"oé", "óe"},
      {"oè", "òe"},
      {"oẻ", "ỏe"},
      {"oẽ", "õe"},
      {"oẹ", "ọe"},
      {"uý", "úy"},
      {"uỳ", "ùy"},
      {"uỷ", "ủy"},
      {"uỹ", "ũy"},
      {"uỵ", "ụy"},
  }};
  for (const auto& [from, to] : kMoves) {
    size_t pos = 0;
    while ((pos = lower.find(from, pos)) != std::string::npos) {
      const bool after_q = from[0] == 'u' && pos > 0 && lower[pos - 1] == 'q';
      if (!after_q && WordEndsAt(lower, pos + from.size())) {
        lower.replace(pos, from.size(), to);
        pos += to.size();
      } else {
        pos += from.size();
      }
    }
  }
  return lower;
}

bool Has(std::string_view key, std::string_view word) {
  return key.find(word) != std::string_view::npos;
}

std::vector<Percent> FindPercents(std::string_view key) {
  std::vector<Percent> found;
  for (size_t pos = key.find('%'); pos != std::string_view::npos; pos = key.find('%', pos + 1)) {
    size_t p = pos;
    while (p > 0 && key[p - 1] == ' ') --p;
    size_t begin = p;
    while (begin > 0 && (IsDigit(key[begin - 1]) || key[begin - 1] == ',' || key[begin - 1] == '.'))
      --begin;
    while (begin < p && !IsDigit(key[begin])) ++begin;  // a leading "," is punctuation
    if (begin == p) continue;
    std::string number(key.substr(begin, p - begin));
    for (char& c : number) {
      if (c == ',') c = '.';
    }
    found.push_back({std::strtod(number.c_str(), nullptr) / 100.0, begin, pos + 1});
  }
  return found;
}

Bound BoundBefore(std::string_view before) {
  const std::string tail = LastWords(before, 3);
  if (Has(tail, ">") || Has(tail, "≥")) return Has(tail, "≥") ? Bound::kAtLeast : Bound::kMoreThan;
  for (std::string_view inclusive : {"không ít hơn", "tối thiểu", "ít nhất", "từ", "đạt", "là"}) {
    if (Has(tail, inclusive)) return Bound::kAtLeast;
  }
  const std::string last = LastWords(before, 1);
  if (last == "trên" || last == "hơn" || last == "vượt") return Bound::kMoreThan;
  return Bound::kAtLeast;
}

bool IsReductionBefore(std::string_view before) {
  const std::string tail = LastWords(before, 6);
  return Has(tail, "giảm") || Has(tail, "tinh giản");
}

std::optional<double> DaysAt(std::string_view key, size_t pos, size_t* end) {
  size_t p = SkipSpaces(key, pos);
  double value = -1;
  if (StartsAt(key, p, "½")) {
    value = 0.5;
    p += std::string_view("½").size();
  } else {
    const size_t begin = p;
    while (p < key.size() && (IsDigit(key[p]) || key[p] == ',' || key[p] == '.')) ++p;
    if (p == begin) return std::nullopt;
    std::string number(key.substr(begin, p - begin));
    for (char& c : number) {
      if (c == ',') c = '.';
    }
    value = std::strtod(number.c_str(), nullptr);
    if (p < key.size() && key[p] == '/') {
      size_t q = p + 1;
      const int denominator = ReadInt(key, &q);
      if (denominator <= 0) return std::nullopt;
      value /= denominator;
      p = q;
    }
  }
  p = SkipSpaces(key, p);
  if (!StartsAt(key, p, "ngày")) return std::nullopt;
  if (end) *end = p + std::string_view("ngày").size();
  return value;
}

std::optional<double> DaysLimitAfter(std::string_view key, std::string_view keyword) {
  for (size_t at = key.find(keyword); at != std::string_view::npos;
       at = key.find(keyword, at + 1)) {
    const size_t limit = key.find("không quá", at);
    if (limit == std::string_view::npos || limit - at > 60) continue;
    if (auto days = DaysAt(key, limit + std::string_view("không quá").size())) return days;
  }
  return std::nullopt;
}

std::optional<DayDeadline> FindDeadline(std::string_view key, size_t pos, size_t window) {
  struct Trigger {
    std::string_view words;
    bool strict;
  };
  static const Trigger kTriggers[] = {
      {"trước ngày", true},      {"trước", true},         {"chậm nhất là ngày", false},
      {"chậm nhất ngày", false}, {"chậm nhất", false},    {"không muộn hơn ngày", false},
      {"hạn ngày", false},       {"đến hết ngày", false},
  };
  const size_t stop = std::min(key.size(), pos + window);
  for (size_t p = pos; p < stop; ++p) {
    if (!WordStartsAt(key, p)) continue;
    for (const Trigger& t : kTriggers) {
      if (!StartsAt(key, p, t.words)) continue;
      const size_t q = SkipSpaces(key, p + t.words.size());
      DayDeadline d;
      if (DateAt(key, q, &d.day, &d.month, &d.year, &d.end)) {
        d.strict = t.strict;
        d.begin = p;
        return d;
      }
    }
  }
  return std::nullopt;
}

std::optional<Date> MonthDoneBy(std::string_view key) {
  for (size_t at = key.find("trong tháng"); at != std::string_view::npos;
       at = key.find("trong tháng", at + 1)) {
    const size_t window_start = at > 40 ? at - 40 : 0;
    const std::string_view before = key.substr(window_start, at - window_start);
    if (!Has(before, "hoàn thành") && !Has(before, "xong") && !Has(before, "ban hành")) continue;
    size_t p = SkipSpaces(key, at + std::string_view("trong tháng").size());
    const int month = ReadInt(key, &p);
    if (month < 1 || month > 12) continue;
    int year = -1;
    if (p < key.size() && key[p] == '/') {
      ++p;
      year = ReadInt(key, &p);
    } else {
      p = SkipSpaces(key, p);
      if (StartsAt(key, p, "năm")) {
        p = SkipSpaces(key, p + std::string_view("năm").size());
        year = ReadInt(key, &p);
      }
    }
    if (year < 1900 || year > 2200) continue;
    return Date::FromCivil(year, month, DaysInMonth(year, month));
  }
  return std::nullopt;
}

std::optional<TaskDue> ReadTaskDue(std::string_view cell, int default_year) {
  const std::string key = MatchKey(cell);
  TaskDue due;
  if (const size_t q = key.find("quý"); q != std::string::npos) {
    size_t p = SkipSpaces(key, q + std::string_view("quý").size());
    size_t e = p;
    while (e < key.size() && (key[e] == 'i' || key[e] == 'v' || IsDigit(key[e]))) ++e;
    const std::string token = key.substr(p, e - p);
    int quarter =
        IsDigit(token.empty() ? 'x' : token[0]) ? std::atoi(token.c_str()) : RomanValue(token);
    if (quarter < 1 || quarter > 4) return std::nullopt;
    p = e;
    if (p < key.size() && key[p] == '/') ++p;
    p = SkipSpaces(key, p);
    if (StartsAt(key, p, "năm")) p = SkipSpaces(key, p + std::string_view("năm").size());
    int year = ReadInt(key, &p);
    if (year < 1900) year = default_year;
    due.due = std::to_string(year) + "-Q" + std::to_string(quarter);
    due.reading = "đến hết quý " + std::to_string(quarter) + "/" + std::to_string(year);
    return due;
  }
  const auto from_year = [&](int fallback) {
    const size_t t = key.find("từ");
    if (t != std::string::npos) {
      size_t p = SkipSpaces(key, t + std::string_view("từ").size());
      if (StartsAt(key, p, "năm")) p = SkipSpaces(key, p + std::string_view("năm").size());
      const int y = ReadInt(key, &p);
      if (y >= 1900 && y <= 2200) return y;
    }
    return fallback;
  };
  if (Has(key, "hằng năm") || Has(key, "hàng năm") || Has(key, "mỗi năm")) {
    due.due = "yearly";
    due.from_year = from_year(default_year);
    due.reading = "31/12 mỗi năm từ " + std::to_string(due.from_year);
    return due;
  }
  if (Has(key, "thường xuyên") || Has(key, "liên tục")) {
    due.due = "continuous";
    due.reading = "không có hạn, chỉ theo dõi";
    return due;
  }
  if (auto done = MonthDoneBy("hoàn thành " + key)) {
    due.due = done->Iso();
    due.reading = "đến hết ngày " + done->Display();
    return due;
  }
  for (size_t p = 0; p < key.size(); ++p) {
    if (!IsDigit(key[p]) || (p > 0 && IsDigit(key[p - 1]))) continue;
    int d, m, y;
    size_t end;
    if (DateAt(key, p, &d, &m, &y, &end) && y != 0) {
      Date date = Date::FromCivil(y, m, d);
      const bool strict = Has(key.substr(0, p), "trước");
      if (strict) date = date.AddDays(-1);
      due.due = date.Iso();
      due.reading = strict ? "trước ngày " + Date::FromCivil(y, m, d).Display() + ": hạn cuối " +
                                 date.Display()
                           : "đến hết ngày " + date.Display();
      return due;
    }
  }
  return std::nullopt;
}

std::string RoleNamed(std::string_view key) {
  struct Name {
    std::string_view words;
    std::string_view role;
  };
  static const Name kNames[] = {
      {"các cơ quan, đơn vị", "units"},
      {"các phòng chuyên môn", "units"},
      {"các phòng, ban", "units"},
      {"thủ trưởng các cơ quan", "units"},
      {"người đứng đầu các cơ quan", "units"},
      {"văn hóa - xã hội", "culture_social"},
      {"văn hóa- xã hội", "culture_social"},
      {"văn hóa – xã hội", "culture_social"},
      {"văn hóa-xã hội", "culture_social"},
      {"văn phòng hđnd", "office"},
      {"trung tâm phục vụ hành chính công", "service_center"},
      {"phòng kinh tế", "economy"},
      {"trung tâm dịch vụ", "public_service"},
      {"trung tâm cung ứng dịch vụ", "public_service"},
      {"mttq", "front"},
      {"mặt trận", "front"},
      {"các thôn", "village"},
      {"ubnd xã", "committee"},
      {"ubnd phường", "committee"},
      {"ủy ban nhân dân xã", "committee"},
      {"ủy ban nhân dân phường", "committee"},
  };
  for (const Name& n : kNames) {
    if (Has(key, n.words)) return std::string(n.role);
  }
  return "";
}

bool HasFigure(std::string_view key) {
  if (!FindPercents(key).empty()) return true;
  if (Has(key, "quý ")) return true;
  for (size_t p = 0; p < key.size(); ++p) {
    if (!IsDigit(key[p]) ||
        (p > 0 && (IsDigit(key[p - 1]) || key[p - 1] == '/' || key[p - 1] == '-' ||
                   key[p - 1] == '.' || IsAsciiLetter(key[p - 1]))))
      continue;  // "qh15", "2019/nđ": parts of a document number
    if (DaysAt(key, p)) return true;
    int d, m, y;
    size_t end;
    if (DateAt(key, p, &d, &m, &y, &end)) {
      // A cited document's date: a document number ("534/qđ-ttg", "09-ct/tu", "số 77") shortly
      // before "ngày".
      const size_t from = p > 100 ? p - 100 : 0;
      const std::string_view before = key.substr(from, p - from);
      bool cited = false;
      for (size_t i = 0; i + 1 < before.size(); ++i) {
        if (IsDigit(before[i]) && (before[i + 1] == '/' || before[i + 1] == '-') &&
            i + 2 < before.size() && !IsDigit(before[i + 2]))
          cited = true;
      }
      if (Has(before, "số ") && Has(LastWords(before, 12), "ngày")) cited = true;
      if (!cited) return true;
      p = end;
      continue;
    }
    size_t q = p;
    ReadInt(key, &q);
    q = SkipSpaces(key, q);
    if (StartsAt(key, q, "tháng") &&
        !StartsAt(key, SkipSpaces(key, q + std::string_view("tháng").size()), "năm"))
      return true;
    if (q < key.size() && key[q] == '/') {  // "20/20 thôn"
      size_t r = q + 1;
      if (ReadInt(key, &r) >= 0 && (r >= key.size() || key[r] != '/')) {
        const std::string_view rest = key.substr(r, 3);
        if (!Has(rest, "/") && !Has(rest, "-")) return true;
      }
    }
  }
  return false;
}

int RomanValue(std::string_view text) {
  static const std::array<std::string_view, 20> kRoman = {
      "i",  "ii",  "iii",  "iv",  "v",  "vi",  "vii",  "viii",  "ix",  "x",
      "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t i = 0; i < kRoman.size(); ++i) {
    if (lower == kRoman[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace tuanthu::draft
