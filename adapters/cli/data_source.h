// Opens what `--data` names: a tuanthu store directly (read-only), anything else imported into
// a temporary in-memory store through the validating importer.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "tuanthu/lang.h"
#include "tuanthu/store.h"

namespace tuanthu::cli {

struct OpenedData {
  std::unique_ptr<Database> db;  // null when the data could not be opened (errors written)
  bool imported = false;         // the data was imported into a temporary store
};

OpenedData OpenData(const std::string& path, Lang lang, std::ostream& err);

}  // namespace tuanthu::cli
