// A store in memory with rows inserted directly, and packs written inline, for engine tests.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "tuanthu/engine.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {

class Fixture {
 public:
  Fixture() : db(":memory:") {
    db.EnsureSchema();
    db.Exec(
        "INSERT INTO localities(code, name, level, parent_code, pack) VALUES "
        "('P1', 'Tỉnh thử', 'province', NULL, NULL), "
        "('L1', 'Xã thử', 'commune', 'P1', 'test/x')");
  }

  void Unit(const std::string& id, const std::string& role, const std::string& locality = "L1") {
    Statement s =
        db.Prepare("INSERT INTO units(unit_id, locality_code, name, role) VALUES (?,?,?,?)");
    s.Bind(1, id).Bind(2, locality).Bind(3, "Đơn vị " + id).Bind(4, role);
    s.Run();
  }

  // Runs any INSERT with bound text values ("" binds NULL).
  void Row(const std::string& sql, const std::vector<std::string>& values) {
    Statement s = db.Prepare(sql);
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty())
        s.BindNull(static_cast<int>(i) + 1);
      else
        s.Bind(static_cast<int>(i) + 1, values[i]);
    }
    s.Run();
  }

  // A hosted meeting: id, unit, category, kind, start, days, format.
  void Meeting(const std::string& id, const std::string& unit, const std::string& start,
               const std::string& format = "online", const std::string& category = "conference",
               const std::string& kind = "professional", const std::string& days = "0.5",
               const std::string& role = "host") {
    Row("INSERT INTO meetings(meeting_id, unit_id, role, category, kind, start_date, "
        "duration_days, format) VALUES (?,?,?,?,?,?,?,?)",
        {id, unit, role, category, kind, start, days, format});
  }

  void Report(const std::string& id, const std::string& unit, const std::string& period,
              const std::string& submitted, const std::string& form = "electronic") {
    Row("INSERT INTO reports(report_id, unit_id, subject, period, submitted_date, form) "
        "VALUES (?,?,'KL226',?,?,?)",
        {id, unit, period, submitted, form});
  }

  void Document(const std::string& id, const std::string& unit, const std::string& date,
                const std::string& electronic = "1", const std::string& secret = "0",
                const std::string& digitized = "1", const std::string& direction = "outgoing",
                const std::string& doc_class = "administrative",
                const std::string& doc_type = "official_letter", const std::string& subject = "") {
    Row("INSERT INTO documents(doc_id, unit_id, direction, doc_class, doc_type, date, electronic, "
        "secret, digitized, subject) VALUES (?,?,?,?,?,?,?,?,?,?)",
        {id, unit, direction, doc_class, doc_type, date, electronic, secret, digitized, subject});
  }

  void Dossier(const std::string& id, const std::string& unit, const std::string& received,
               const std::string& digital = "1", const std::string& online_full = "1") {
    Row("INSERT INTO dossiers(dossier_id, unit_id, received_date, due_date, digital_processing, "
        "online_full) VALUES (?,?,?,?,?,?)",
        {id, unit, received, received, digital, online_full});
  }

  void Baseline(const std::string& scope, const std::string& metric, int year, int value) {
    Row("INSERT INTO baselines(scope, metric, year, value) VALUES (?,?,?,?)",
        {scope, metric, std::to_string(year), std::to_string(value)});
  }

  // Runs `pack_source` (a pack with id test/x) as of `as_of`, passes included.
  CheckResult Check(const std::string& pack_source, const std::string& as_of,
                    std::set<std::string> rules = {}) {
    book.AddInlinePack("test/x", pack_source);
    CheckOptions options;
    options.as_of = *Date::Parse(as_of);
    options.include_passes = true;
    options.rules = std::move(rules);
    return RunCheck(db, book, options);
  }

  Database db;
  RuleBook book;
};

// The findings of `rule` about `unit` ("" = the locality as a whole) in `period`.
inline std::vector<Finding> Find(const CheckResult& result, const std::string& rule,
                                 const std::string& unit, const std::string& period = "") {
  std::vector<Finding> out;
  for (const Finding& f : result.findings) {
    if (f.rule != rule) continue;
    if (unit.empty() ? f.unit.has_value() : (!f.unit || *f.unit != unit)) continue;
    if (!period.empty() && f.period != period) continue;
    out.push_back(f);
  }
  return out;
}

inline Severity Only(const CheckResult& result, const std::string& rule, const std::string& unit,
                     const std::string& period = "") {
  const auto found = Find(result, rule, unit, period);
  REQUIRE_MESSAGE(found.size() == 1,
                  rule << " " << unit << " " << period << ": " << found.size() << " findings");
  return found[0].severity;
}

}  // namespace tuanthu::testing
