// An RFC 4180 CSV reader over text held in memory: quoted fields with doubled quotes and line
// breaks, CRLF or LF line ends, an optional UTF-8 byte order mark, and `,` or `;` as the
// delimiter, detected from the header line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tuanthu::importing {

// One record. Field strings are reused from record to record, so reading allocates only when a
// field is longer than any before it.
struct CsvRecord {
  int64_t line = 0;                 // physical 1-based line where the record starts
  size_t size = 0;                  // number of fields
  std::vector<std::string> fields;  // the first `size` are this record's
  // Syntax problem in this record, or kNone; `error_field` is its 1-based field.
  enum class Error { kNone, kUnclosedQuote, kTextAfterQuote } error = Error::kNone;
  int error_field = 0;

  std::string_view field(size_t index) const { return fields[index]; }
  // True if every field is empty or white space (a blank line, or only delimiters).
  bool Blank() const;
};

class CsvReader {
 public:
  // `text` must outlive the reader.
  explicit CsvReader(std::string_view text);

  // `,` or `;`: the one that occurs more often, outside quotes, in the header line (`,` on a
  // tie).
  char delimiter() const { return delimiter_; }

  // Reads the next record into `record`, skipping empty lines; false at the end of the text.
  bool Next(CsvRecord* record);
  // Where the next record starts: everything before it has been read (and may be released).
  const char* position() const { return pos_; }

 private:
  std::string& NewField(CsvRecord* record);
  void ReadQuoted(CsvRecord* record, std::string* field);
  bool AtLineEnd() const;
  void SkipLineEnd();

  const char* pos_;
  const char* end_;
  char delimiter_ = ',';
  int64_t line_ = 1;
};

// Detects the delimiter from the first non-empty line of `text` (see CsvReader::delimiter).
char DetectDelimiter(std::string_view text);

}  // namespace tuanthu::importing
