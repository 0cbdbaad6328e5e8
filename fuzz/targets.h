// The fuzz targets' bodies, shared by the libFuzzer executables (fuzz/*_fuzzer.cpp) and the
// regression test that replays every input kept in fuzz/regressions/ (tests/adapters/).
// Each returns 0 and aborts on a broken invariant; the sanitizers catch the rest.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "import/csv_reader.h"
#include "import/importer.h"
#include "import/text.h"
#include "import/values.h"
#include "tuanthu/data_model.h"
#include "tuanthu/date.h"
#include "tuanthu/engine.h"
#include "tuanthu/store.h"
#include "tuanthu/utf8.h"

namespace tuanthu::fuzz {

// The CSV reader over any bytes: every record it returns stays within the text, line numbers
// only grow, and it always reaches the end.
inline int FuzzCsvReader(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  tuanthu::importing::CsvReader reader(text);
  tuanthu::importing::CsvRecord record;
  int64_t last_line = 0;
  size_t records = 0;
  while (reader.Next(&record)) {
    if (record.line < last_line || record.size > record.fields.size()) std::abort();
    last_line = record.line;
    for (size_t i = 0; i < record.size; ++i) {
      (void)tuanthu::importing::NormalizeHeader(record.field(i));
    }
    (void)record.Blank();
    if (++records > size + 1) std::abort();  // every record consumes at least one byte
  }
  return 0;
}

// Date and number parsing, yes/no values, NFC and lower-casing over any bytes: no crash, no
// undefined behaviour, and what parses round-trips.
inline int FuzzValues(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto date = Date::Parse(text)) {
    // Whatever form it was read in, its ISO text reads back as the same day.
    const auto again = Date::ParseIso(date->Iso());
    if (!again || *again != *date) std::abort();
    (void)date->Display();
  }
  (void)Date::ParseIso(text);
  (void)importing::ParseInteger(text);
  (void)importing::ParseDecimal(text);
  (void)importing::ParseBool(text);
  const std::string composed = importing::NormalizeNfc(text);
  if (IsValidUtf8(text) && !IsValidUtf8(composed)) std::abort();
  (void)importing::Utf8Lower(text);
  if (!IsValidUtf8(SanitizeUtf8(text))) std::abort();
  (void)importing::Trim(text);
  importing::TypedValue value;
  for (const TableSpec& table : DataModel()) {
    for (const ColumnSpec& column : table.columns) {
      value = {};
      (void)importing::ParseCell(column, importing::Trim(text), &value);
    }
  }
  return 0;
}

// Writes the bytes to a per-process temporary file named *EXTENSION and imports it into an
// in-memory store, in both modes (chosen by the input); the result's texts are formatted too.
inline int ImportBytesAs(const char* extension, const uint8_t* data, size_t size) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("tuanthu-fuzz-" + std::to_string(::getpid()) + extension))
                               .string();
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  tuanthu::Database db(":memory:");
  tuanthu::ImportOptions options;
  options.keep_good_rows = (size % 2) == 1;
  const tuanthu::ImportResult result = tuanthu::ImportDataSet(path, db, options);
  (void)result.ErrorsText();
  (void)result.NoticesText();
  return 0;
}

// The JSON source over any bytes, through the whole import (parse, map to the data model,
// validate, store in memory): it ends with rows imported or located errors, never a crash.
inline int FuzzJsonSource(const uint8_t* data, size_t size) {
  return ImportBytesAs(".json", data, size);
}

// The workbook reader over any bytes as an .xlsx file, through the whole import (the zip
// package, the workbook's XML parts, cells mapped to the data model, validation, an in-memory
// store): it ends with rows imported or located errors, never a crash.
inline int FuzzXlsxReader(const uint8_t* data, size_t size) {
  return ImportBytesAs(".xlsx", data, size);
}

// Pack loading over any Lua text: the sandbox holds (small budget, cap and time limit), and
// loading ends with a pack or located errors, never a crash or a hang.
inline int FuzzPackLoad(const uint8_t* data, size_t size) {
  tuanthu::SandboxLimits limits;
  limits.instructions = 1'000'000;
  limits.memory_bytes = 16u << 20;
  limits.time_limit_ms = 2000;
  tuanthu::RuleBook book({}, true, limits);
  book.AddInlinePack("fuzz/x", std::string(reinterpret_cast<const char*>(data), size));
  tuanthu::LoadResult result;
  if (const tuanthu::ResolvedPack* pack = book.Resolve("fuzz/x", &result)) {
    (void)pack->rules.size();
  }
  (void)result.AsString();
  return 0;
}

}  // namespace tuanthu::fuzz
