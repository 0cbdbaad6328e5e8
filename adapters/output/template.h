// The blank workbook an office fills in (`tuanthu template`): a sheet per table of the data
// model, named as the table, row 1 the column names exactly; an instructions sheet first; every
// column explained (comment on its header, input message on its cells), lists for enumerations
// and có/không, dates shown dd/mm/yyyy, text columns kept as text (leading zeros survive).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tuanthu/lang.h"

namespace tuanthu::output {

struct ColumnDoc {
  std::string column;
  std::string meaning_vi, meaning_en;
  std::string example;  // as typed into the sheet (dates dd/mm/yyyy, booleans có/không)
};

struct TableDoc {
  std::string table;
  std::string meaning_vi, meaning_en;
  std::vector<ColumnDoc> columns;
};

// nullptr when the data model has a table or column this file does not describe (a test keeps
// the two in step).
const TableDoc* FindTableDoc(std::string_view table);
const ColumnDoc* FindColumnDoc(std::string_view table, std::string_view column);

// The name of the instructions sheet: "Hướng dẫn" or "Instructions".
std::string_view InstructionsSheetName(Lang lang);

// Writes the blank workbook to `path` (a temporary file renamed into place). False with
// `error` set if it cannot be written.
bool WriteTemplate(const std::string& path, Lang lang, std::string* error);

}  // namespace tuanthu::output
