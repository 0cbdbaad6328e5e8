// Every message the importer shows, in Vietnamese (the default) and English. Each says what is
// wrong and what would be valid.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "tuanthu/data_model.h"
#include "tuanthu/lang.h"

namespace tuanthu::importing::msg {

// What a valid value of `column` looks like, e.g. "YYYY-MM-DD hoặc dd/mm/yyyy".
std::string ValidValues(const ColumnSpec& column, Lang lang);

// Cells.
std::string RequiredEmpty(const ColumnSpec& column, Lang lang);
std::string InvalidValue(const ColumnSpec& column, Lang lang);
std::string InvalidUtf8(Lang lang);

// Rows.
std::string DuplicateKey(std::string_view key_column, int64_t first_line, Lang lang);
std::string KeyInStore(std::string_view key_column, Lang lang);
std::string DuplicateComposite(std::string_view columns, int64_t first_line, Lang lang);
std::string CompositeInStore(std::string_view columns, Lang lang);
std::string UnknownReference(std::string_view value, std::string_view table,
                             std::string_view column, Lang lang);
std::string RejectedReference(std::string_view value, std::string_view table, std::string_view file,
                              int64_t line, Lang lang);
std::string UnknownScope(std::string_view value, Lang lang);
std::string DateBefore(std::string_view column, std::string_view value,
                       std::string_view other_column, std::string_view other_value, Lang lang);
std::string DiscussionOverTotal(int64_t discussion, int64_t total, Lang lang);
std::string NotMonday(std::string_view value, std::string_view monday, Lang lang);
std::string TaskLocalityUnknown(size_t sub_localities, Lang lang);
std::string ColumnMissingForRow(std::string_view column, Lang lang);
std::string RowNotWritten(std::string_view detail, Lang lang);

// File syntax.
std::string FieldCount(size_t got, size_t expected, Lang lang);
std::string UnclosedQuote(Lang lang);
std::string TextAfterQuote(Lang lang);
std::string JsonSyntax(std::string_view detail, Lang lang);
std::string JsonNotObject(Lang lang);
std::string JsonTableNotArray(std::string_view table, Lang lang);
std::string JsonRowNotObject(Lang lang);
std::string JsonNestedValue(Lang lang);
std::string JsonDuplicateKey(std::string_view key, Lang lang);
std::string JsonDuplicateTable(std::string_view table, Lang lang);

// Headers, tables and files.
std::string MissingColumn(std::string_view column, Lang lang);
std::string DuplicateColumn(std::string_view column, int first, int second, Lang lang);
std::string MissingCsvFile(std::string_view file, Lang lang);
std::string MissingTable(std::string_view table, Lang lang);
std::string CannotRead(std::string_view detail, Lang lang);
std::string PathNotFound(Lang lang);
std::string UnsupportedFile(Lang lang);
std::string SourceIsStore(Lang lang);
std::string CannotWriteRejects(Lang lang);
std::string ResubmitCarriesNoLocality(Lang lang);

// The words ErrorsText puts before a column name and a value.
std::string_view ColumnWord(Lang lang);
std::string_view ValueWord(Lang lang);

}  // namespace tuanthu::importing::msg
