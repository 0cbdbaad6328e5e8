// Message language. Vietnamese is the default everywhere; English with `--lang en`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tuanthu {

enum class Lang { kVi, kEn };

inline std::string_view Tr(Lang lang, std::string_view vi, std::string_view en) {
  return lang == Lang::kEn ? en : vi;
}

inline std::optional<Lang> ParseLang(std::string_view text) {
  if (text == "vi") return Lang::kVi;
  if (text == "en") return Lang::kEn;
  return std::nullopt;
}

// 0.555 -> "55,5%" (vi) / "55.5%" (en); rounded down to one decimal so 94.96% never shows as 95%.
std::string Percent(double share, Lang lang);
// 1.5 -> "1,5" (vi) / "1.5" (en).
std::string Number(double value, Lang lang);

// The operating system's error `errnum` (an errno value) in `lang`: strerror's English, or the
// Vietnamese of the common ones (no such file, no permission, disk full, ...).
std::string SystemErrorText(int errnum, Lang lang);

// Replaces `{0}`, `{1}`, ... in `pattern` with `args`.
std::string Format(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace tuanthu
