#include "import/csv_reader.h"

namespace tuanthu::importing {

bool CsvRecord::Blank() const {
  for (size_t i = 0; i < size; ++i) {
    for (char c : fields[i]) {
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    }
  }
  return true;
}

char DetectDelimiter(std::string_view text) {
  size_t commas = 0;
  size_t semicolons = 0;
  bool quoted = false;
  while (!text.empty() && (text.front() == '\n' || text.front() == '\r')) text.remove_prefix(1);
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      if (c == '\n' || c == '\r') break;
      if (c == ',') ++commas;
      if (c == ';') ++semicolons;
    }
  }
  return semicolons > commas ? ';' : ',';
}

CsvReader::CsvReader(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  pos_ = text.data();
  end_ = text.data() + text.size();
  delimiter_ = DetectDelimiter(text);
}

bool CsvReader::AtLineEnd() const { return pos_ < end_ && (*pos_ == '\n' || *pos_ == '\r'); }

void CsvReader::SkipLineEnd() {
  if (pos_ < end_ && *pos_ == '\r') ++pos_;
  if (pos_ < end_ && *pos_ == '\n') ++pos_;
  ++line_;
}

std::string& CsvReader::NewField(CsvRecord* record) {
  if (record->size == record->fields.size()) record->fields.emplace_back();
  std::string& field = record->fields[record->size++];
  field.clear();
  return field;
}

void CsvReader::ReadQuoted(CsvRecord* record, std::string* field) {
  ++pos_;  // the opening quote
  for (;;) {
    const char* stop = pos_;
    while (stop < end_ && *stop != '"' && *stop != '\n' && *stop != '\r') ++stop;
    field->append(pos_, stop);
    pos_ = stop;
    if (pos_ == end_) {
      record->error = CsvRecord::Error::kUnclosedQuote;
      record->error_field = static_cast<int>(record->size);
      return;
    }
    if (*pos_ == '"') {
      if (pos_ + 1 < end_ && pos_[1] == '"') {
        field->push_back('"');
        pos_ += 2;
        continue;
      }
      ++pos_;  // the closing quote
      break;
    }
    // A line break inside the quotes belongs to the field.
    if (*pos_ == '\r' && pos_ + 1 < end_ && pos_[1] == '\n') {
      field->append("\r\n");
      pos_ += 2;
    } else {
      field->push_back(*pos_);
      ++pos_;
    }
    ++line_;
  }
  // Text between the closing quote and the delimiter is kept, but is an error.
  const char* stop = pos_;
  while (stop < end_ && *stop != delimiter_ && *stop != '\n' && *stop != '\r') ++stop;
  if (stop != pos_) {
    if (record->error == CsvRecord::Error::kNone) {
      record->error = CsvRecord::Error::kTextAfterQuote;
      record->error_field = static_cast<int>(record->size);
    }
    field->append(pos_, stop);
    pos_ = stop;
  }
}

bool CsvReader::Next(CsvRecord* record) {
  while (AtLineEnd()) SkipLineEnd();
  if (pos_ >= end_) return false;
  record->line = line_;
  record->size = 0;
  record->error = CsvRecord::Error::kNone;
  record->error_field = 0;
  for (;;) {
    std::string& field = NewField(record);
    if (pos_ < end_ && *pos_ == '"') {
      ReadQuoted(record, &field);
    } else {
      const char* stop = pos_;
      while (stop < end_ && *stop != delimiter_ && *stop != '\n' && *stop != '\r') ++stop;
      field.assign(pos_, stop);
      pos_ = stop;
    }
    if (pos_ < end_ && *pos_ == delimiter_) {
      ++pos_;
      continue;
    }
    if (pos_ < end_) SkipLineEnd();
    return true;
  }
}

}  // namespace tuanthu::importing
