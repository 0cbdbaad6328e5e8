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

// Runs `tuanthu <args...>`; returns the exit status.
int Dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace tuanthu::cli
