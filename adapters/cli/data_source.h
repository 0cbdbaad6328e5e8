// Opens what `--data` names: a tuanthu store directly (read-only; a PostgreSQL URI in one
// REPEATABLE READ snapshot), anything else imported into a temporary in-memory store through the
// validating importer.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "store/postgres_activity_store.h"
#include "tuanthu/lang.h"
#include "tuanthu/store.h"

namespace tuanthu::cli {

struct OpenedData {
  std::unique_ptr<Database> db;             // a SQLite store (or the temporary one of an import)
  std::unique_ptr<pg::PgActivityStore> pg;  // a PostgreSQL store, read in one snapshot
  bool imported = false;                    // the data was imported into a temporary store

  bool ok() const { return db != nullptr || pg != nullptr; }  // false: errors written
};

OpenedData OpenData(const std::string& path, Lang lang, std::ostream& err);

}  // namespace tuanthu::cli
