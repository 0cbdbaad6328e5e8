// Text helpers shared by the import sources: trimming, UTF-8 checks, the lower-casing Vietnamese
// headers need, and matching a header to a column of the data model.
#pragma once

#include <string>
#include <string_view>

#include "tuanthu/data_model.h"

namespace tuanthu::importing {

// Removes ASCII white space and no-break spaces (U+00A0) from both ends.
std::string_view Trim(std::string_view text);

// True if `text` is well-formed UTF-8 (no overlong forms, no surrogates).
bool IsValidUtf8(std::string_view text);

// `text` in Unicode Normalization Form C (composed: "o" + U+0301 becomes "ó"), as macOS and some
// Windows tools write decomposed text; `text` unchanged when it is ASCII or not valid UTF-8.
std::string NormalizeNfc(std::string_view text);

// Lower-cases ASCII and the Latin letters Vietnamese uses (À..Ỹ, Đ, Ă, Ơ, Ư); other code points
// and invalid bytes are copied unchanged.
std::string Utf8Lower(std::string_view text);

// A header as it is compared: trimmed, NFC, runs of white space collapsed to one space, lower
// case.
std::string NormalizeHeader(std::string_view header);

// The index in `table.columns` of the column `header` names, by its name or one of its aliases
// (case-insensitive, trimmed); -1 if none.
int MatchColumn(const TableSpec& table, std::string_view header);

// True if `text` would be taken for a formula by a spreadsheet (starts with = + - @ TAB CR).
bool LooksLikeFormula(std::string_view text);

// `field` quoted for a CSV file (RFC 4180): wrapped in quotes, with quotes doubled, when it holds
// a comma, a quote or a line break.
std::string CsvField(std::string_view field);

}  // namespace tuanthu::importing
