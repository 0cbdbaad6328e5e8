// The import contract of `data-model.md` as data: every table, column, type, enum and reference.
// Importers validate against it and the store derives its schema from it, so the two never drift.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tuanthu {

enum class ColumnType { kText, kEnum, kDate, kBool, kInteger, kDecimal };

struct ColumnSpec {
  std::string name;
  ColumnType type = ColumnType::kText;
  bool required = false;
  std::vector<std::string> enum_values;  // kEnum only
  std::string references;                // "table.column" this value must name, or empty
  std::vector<std::string> aliases;      // other accepted headers (Vietnamese, lower case)
  // Numeric bounds: kInteger >= 0 when non_negative; kDecimal > 0 when positive.
  bool non_negative = false;
  bool positive = false;
};

struct TableSpec {
  std::string name;
  std::vector<ColumnSpec> columns;
  std::string key;  // unique id column; empty when rows have a composite identity
  std::vector<std::string> unique_together;  // composite identity (schedules, baselines)

  const ColumnSpec* Find(std::string_view column) const;
  int IndexOf(std::string_view column) const;
};

// Tables in dependency order: a table only references tables before it.
const std::vector<TableSpec>& DataModel();
const TableSpec* FindTable(std::string_view name);

// Names of the unit roles "các cơ quan, đơn vị trực thuộc UBND xã".
const std::vector<std::string>& UnitsUnderCommitteeRoles();

// The commune's administrative units a target "các cơ quan, đơn vị thuộc UBND" binds: the
// committee and the units under it (requirements §6.1). Villages (`village`) and the Fatherland
// Front and mass organisations (`front`) are not among them.
const std::vector<std::string>& AdministrativeRoles();

}  // namespace tuanthu
