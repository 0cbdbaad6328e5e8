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

// Replaces `{0}`, `{1}`, ... in `pattern` with `args`.
std::string Format(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace tuanthu
