// The version `tuanthu --version` prints.
#pragma once

namespace tuanthu::cli {

// The git commit the binary was built from (12 hex digits, "-dirty" when the checkout had
// uncommitted changes), the commit a `git archive` tarball was made from, or "unknown".
// Defined in a file generated at build time (cmake/BuildCommit.cmake).
const char* BuildCommit();

}  // namespace tuanthu::cli
