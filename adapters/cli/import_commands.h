// `tuanthu import` (a data set into a store, SQLite or PostgreSQL) and `tuanthu template` (the
// blank workbook an office fills in to be imported).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tuanthu::cli {

int Import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int Template(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace tuanthu::cli
