#include "store/postgres_schema.h"

#include <algorithm>

namespace tuanthu::pg {
namespace {

std::string SqlType(ColumnType type) {
  switch (type) {
    case ColumnType::kBool:
      return "BOOLEAN";
    case ColumnType::kInteger:
      return "BIGINT";
    case ColumnType::kDecimal:
      return "DOUBLE PRECISION";
    case ColumnType::kDate:
      return "DATE";
    default:
      return "TEXT";
  }
}

// Each locality's rows are found through the primary key's leading locality_code; sweeps read
// whole tables. Date columns serve the one-locality checks; the ids alone serve the import's
// checks that an id is not already stored under another locality.
constexpr const char* kIndexes[] = {
    "CREATE INDEX IF NOT EXISTS localities_parent ON localities(parent_code)",
    "CREATE INDEX IF NOT EXISTS units_id ON units(unit_id)",
    "CREATE INDEX IF NOT EXISTS meetings_id ON meetings(meeting_id)",
    "CREATE INDEX IF NOT EXISTS documents_id ON documents(doc_id)",
    "CREATE INDEX IF NOT EXISTS dossiers_id ON dossiers(dossier_id)",
    "CREATE INDEX IF NOT EXISTS reports_id ON reports(report_id)",
    "CREATE INDEX IF NOT EXISTS tasks_id ON tasks(task_id)",
    "CREATE INDEX IF NOT EXISTS feedback_id ON feedback(feedback_id)",
    "CREATE INDEX IF NOT EXISTS meetings_locality_date ON meetings(locality_code, start_date)",
    "CREATE INDEX IF NOT EXISTS documents_locality_date ON documents(locality_code, date)",
    "CREATE INDEX IF NOT EXISTS dossiers_locality_date ON dossiers(locality_code, received_date)",
    "CREATE INDEX IF NOT EXISTS reports_locality_date ON reports(locality_code, submitted_date)",
    "CREATE INDEX IF NOT EXISTS feedback_locality_date ON feedback(locality_code, received_date)",
};

std::string CreateTableSql(const TableSpec& table) {
  std::string sql = "CREATE TABLE IF NOT EXISTS " + table.name + " (";
  const bool add_locality = AddsLocalityCode(table);
  if (add_locality) sql += "locality_code TEXT NOT NULL, ";
  bool first = true;
  for (const ColumnSpec& column : table.columns) {
    if (!first) sql += ", ";
    first = false;
    sql += column.name + " " + SqlType(column.type);
    // Tasks get their locality from their lead unit at import, so it is always stored.
    if (column.required || column.name == "locality_code") sql += " NOT NULL";
  }
  if (table.name == "localities") {
    sql += ", PRIMARY KEY (code), FOREIGN KEY (parent_code) REFERENCES localities(code)";
  } else {
    std::vector<std::string> key = {"locality_code"};
    if (!table.key.empty()) {
      key.push_back(table.key);
    } else {
      for (const std::string& column : table.unique_together) {
        if (column != "locality_code") key.push_back(column);
      }
    }
    sql += ", PRIMARY KEY (";
    for (size_t i = 0; i < key.size(); ++i) sql += (i ? ", " : "") + key[i];
    sql += "), FOREIGN KEY (locality_code) REFERENCES localities(code)";
    // The unit a record belongs to is of the same locality: a reference within one shard.
    // reports.recipient_unit_id may name another locality's unit and is checked at import.
    if (table.Find("unit_id") != nullptr && table.name != "units") {
      sql += ", FOREIGN KEY (locality_code, unit_id) REFERENCES units(locality_code, unit_id)";
    }
  }
  return sql + ")";
}

constexpr const char* kHistorySchema =
    "CREATE TABLE IF NOT EXISTS tuanthu_runs ("
    "  id BIGSERIAL PRIMARY KEY, as_of TEXT NOT NULL, started_at TEXT NOT NULL,"
    "  finished_at TEXT NOT NULL, data_fingerprint TEXT NOT NULL, packs TEXT NOT NULL,"
    "  localities TEXT NOT NULL, violations BIGINT NOT NULL, warnings BIGINT NOT NULL,"
    "  infos BIGINT NOT NULL, scope TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE IF NOT EXISTS tuanthu_run_findings ("
    "  run_id BIGINT NOT NULL REFERENCES tuanthu_runs(id) ON DELETE CASCADE,"
    "  identity TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, pack TEXT NOT NULL,"
    "  locality TEXT NOT NULL, unit TEXT, period TEXT NOT NULL, record TEXT NOT NULL,"
    "  clause TEXT NOT NULL, message TEXT NOT NULL, observed TEXT, expected TEXT,"
    "  evidence TEXT NOT NULL, evidence_total BIGINT NOT NULL, first_seen TEXT NOT NULL,"
    "  PRIMARY KEY (run_id, identity));"
    "CREATE INDEX IF NOT EXISTS tuanthu_run_findings_identity "
    "  ON tuanthu_run_findings(identity);";

}  // namespace

bool AddsLocalityCode(const TableSpec& table) {
  return table.name != "localities" && table.Find("locality_code") == nullptr;
}

std::vector<std::string> StoredColumns(const TableSpec& table) {
  std::vector<std::string> columns;
  if (AddsLocalityCode(table)) columns.push_back("locality_code");
  for (const ColumnSpec& column : table.columns) columns.push_back(column.name);
  return columns;
}

bool HasTable(Connection& connection, const std::string& table) {
  Result found = connection.Query("SELECT to_regclass(?) IS NOT NULL", {table});
  return found.Text(0, 0) == "t";
}

bool HasSchema(Connection& connection) { return HasTable(connection, "tuanthu_meta"); }

void EnsureSchema(Connection& connection) {
  if (!HasSchema(connection)) {
    Transaction transaction(connection);
    // Two first uses at once: the second waits, then finds the tables made.
    connection.Query("SELECT pg_advisory_xact_lock(?::bigint)",
                     {std::to_string(AdvisoryKey("schema"))});
    connection.Exec(
        "CREATE TABLE IF NOT EXISTS tuanthu_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO tuanthu_meta(key, value) VALUES ('schema_version', '" +
        std::to_string(kSchemaVersion) + "') ON CONFLICT (key) DO NOTHING");
    for (const TableSpec& table : DataModel()) connection.Exec(CreateTableSql(table));
    for (const char* index : kIndexes) connection.Exec(index);
    connection.Exec(kHistorySchema);
    transaction.Commit();
  }
  Result version = connection.Query("SELECT value FROM tuanthu_meta WHERE key = 'schema_version'");
  const int stored = version.Rows() == 1 ? std::stoi(std::string(version.Text(0, 0))) : 0;
  if (stored != kSchemaVersion) {
    const std::string uri = RedactUri(connection.uri());
    const std::string have = std::to_string(stored), read = std::to_string(kSchemaVersion);
    throw StoreError(
        Format("the PostgreSQL store {0} has schema version {1}; this tuanthu reads version {2}",
               {uri, have, read}) +
            (stored > kSchemaVersion ? ": upgrade tuanthu" : ": re-import the data set"),
        Format("kho PostgreSQL {0} có lược đồ phiên bản {1}; tuanthu này đọc phiên bản {2}",
               {uri, have, read}) +
            (stored > kSchemaVersion ? ": hãy nâng cấp tuanthu" : ": hãy nhập lại bộ dữ liệu"));
  }
}

std::string RolesSql() {
  std::string sql =
      "DO $$ BEGIN "
      "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tuanthu_inspector') THEN "
      "CREATE ROLE tuanthu_inspector NOLOGIN; END IF; "
      "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tuanthu_commune') THEN "
      "CREATE ROLE tuanthu_commune NOLOGIN; END IF; END $$;\n"
      "CREATE TABLE IF NOT EXISTS tuanthu_accounts (role_name TEXT PRIMARY KEY, "
      "locality_code TEXT NOT NULL);\n"
      "GRANT SELECT ON tuanthu_meta, tuanthu_accounts TO tuanthu_inspector, tuanthu_commune;\n"
      "GRANT SELECT, INSERT ON tuanthu_runs, tuanthu_run_findings TO tuanthu_inspector;\n"
      // The history's own tables (history schema 2, made by History::Upgrade).
      "GRANT SELECT, INSERT ON tuanthu_run_kpis TO tuanthu_inspector;\n"
      "GRANT SELECT ON tuanthu_history_meta TO tuanthu_inspector;\n"
      "GRANT USAGE ON SEQUENCE tuanthu_runs_id_seq TO tuanthu_inspector;\n"
      "ALTER TABLE tuanthu_accounts ENABLE ROW LEVEL SECURITY;\n"
      "DROP POLICY IF EXISTS own_account ON tuanthu_accounts;\n"
      "CREATE POLICY own_account ON tuanthu_accounts FOR SELECT "
      "USING (role_name = current_user OR pg_has_role(current_user, 'tuanthu_inspector', "
      "'member'));\n";
  const std::string own =
      "(SELECT a.locality_code FROM tuanthu_accounts a WHERE a.role_name = current_user)";
  for (const TableSpec& table : DataModel()) {
    const std::string& name = table.name;
    const std::string column = name == "localities" ? "code" : "locality_code";
    sql += "GRANT SELECT ON " + name + " TO tuanthu_inspector;\n";
    sql += "GRANT SELECT, INSERT, UPDATE, DELETE ON " + name + " TO tuanthu_commune;\n";
    sql += "ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;\n";
    sql += "DROP POLICY IF EXISTS inspector_reads ON " + name + ";\n";
    sql += "CREATE POLICY inspector_reads ON " + name +
           " FOR SELECT TO tuanthu_inspector USING (true);\n";
    sql += "DROP POLICY IF EXISTS commune_own ON " + name + ";\n";
    sql += "CREATE POLICY commune_own ON " + name + " FOR ALL TO tuanthu_commune USING (" + column +
           " IN " + own + ") WITH CHECK (" + column + " IN " + own + ");\n";
    if (name == "localities") {
      // Every commune sees the list of localities (its parent province among them).
      sql += "DROP POLICY IF EXISTS commune_reads_localities ON localities;\n";
      sql +=
          "CREATE POLICY commune_reads_localities ON localities FOR SELECT TO tuanthu_commune "
          "USING (true);\n";
    }
  }
  return sql;
}

namespace {

void EnsureLoginRole(Connection& connection, const std::string& role, const std::string& group) {
  Result exists = connection.Query("SELECT 1 FROM pg_roles WHERE rolname = ?", {role});
  Result quoted = connection.Query("SELECT quote_ident(?)", {role});
  const std::string ident(quoted.Text(0, 0));
  if (exists.Rows() == 0) connection.Exec("CREATE ROLE " + ident + " LOGIN");
  connection.Exec("GRANT " + group + " TO " + ident);
}

}  // namespace

void AddCommuneAccount(Connection& connection, const std::string& role, const std::string& code) {
  Transaction transaction(connection);
  EnsureLoginRole(connection, role, "tuanthu_commune");
  connection.Query(
      "INSERT INTO tuanthu_accounts(role_name, locality_code) VALUES (?, ?) "
      "ON CONFLICT (role_name) DO UPDATE SET locality_code = excluded.locality_code",
      {role, code});
  transaction.Commit();
}

void AddInspectorAccount(Connection& connection, const std::string& role) {
  Transaction transaction(connection);
  EnsureLoginRole(connection, role, "tuanthu_inspector");
  transaction.Commit();
}

}  // namespace tuanthu::pg
