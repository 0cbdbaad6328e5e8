// The schema of a PostgreSQL store, derived from the data model like SQLite's, laid out to be
// distributed by locality with Citus (docs/scale-out.md): every table of activity data carries
// `locality_code`, its primary key and its references to units start with it, and localities
// is a small table every node can hold whole.
#pragma once

#include <string>
#include <vector>

#include "store/postgres.h"
#include "tuanthu/data_model.h"

namespace tuanthu::pg {

inline constexpr int kSchemaVersion = 1;

// The columns of `table` as stored: the data model's, with `locality_code` first for the tables
// whose rows reach their locality only through a unit or a scope.
std::vector<std::string> StoredColumns(const TableSpec& table);
// Whether `locality_code` is added to `table` (not in the data model).
bool AddsLocalityCode(const TableSpec& table);

// Creates the tables if they are absent (once, whoever comes first) and checks that the store's
// schema_version is one this program reads. Throws StoreError otherwise.
void EnsureSchema(Connection& connection);
// Whether the store has been initialised (tuanthu_meta exists).
bool HasSchema(Connection& connection);
// Whether `table` exists in the store's schema.
bool HasTable(Connection& connection, const std::string& table);

// Roles and row-level security (`tuanthu store init --roles`): group roles tuanthu_inspector
// (reads everything, records runs) and tuanthu_commune (writes only the localities mapped to
// the account in tuanthu_accounts). Idempotent.
std::string RolesSql();
// Maps a login role to a commune (creating the role if absent, without a password).
void AddCommuneAccount(Connection& connection, const std::string& role, const std::string& code);
void AddInspectorAccount(Connection& connection, const std::string& role);

}  // namespace tuanthu::pg
