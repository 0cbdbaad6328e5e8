// The subcommands behind the `tuanthu` binary, callable from tests with captured streams.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "tuanthu/lang.h"

namespace tuanthu::cli {

// The language the arguments ask for (`--lang en` or `--lang=en`), Vietnamese otherwise: for
// messages about the command line itself, before it is parsed.
Lang LangOfArguments(const std::vector<std::string>& args);

// For texts that must be C strings, such as option descriptions: `vi`, or `en` in English.
inline const char* Says(Lang lang, const char* vi, const char* en) {
  return lang == Lang::kEn ? en : vi;
}

// The value of --lang; throws a command-line error for anything but "vi" and "en".
Lang LangOption(const std::string& text);

// Runs `tuanthu <args...>`; returns the exit status.
int Dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace tuanthu::cli
