// UTF-8 checks shared by the engine (text a rule hands over) and the writers (which never emit
// invalid UTF-8, whatever reached them).
#pragma once

#include <string>
#include <string_view>

namespace tuanthu {

// True if `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// The byte offset of the first invalid sequence in `text`, or npos.
size_t FirstInvalidUtf8(std::string_view text);

// `text` with every invalid sequence replaced by U+FFFD; `text` unchanged when it is valid.
std::string SanitizeUtf8(std::string_view text);

}  // namespace tuanthu
