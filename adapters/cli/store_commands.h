// `tuanthu store`: prepares a shared PostgreSQL store (schema, roles and row-level security)
// and the accounts of communes and inspectors.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tuanthu::cli {

int Store(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace tuanthu::cli
