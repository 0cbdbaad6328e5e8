// A data set as one JSON file `{ "<table>": [ {row}, ... ], ... }`. The file is read once to find
// each table's array (and to check the syntax), then each array is parsed again, table by table
// in dependency order, streaming its rows. An input iterator that counts line breaks gives every
// row the line of its `{`.
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "import/messages.h"
#include "import/source.h"
#include "import/text.h"

namespace tuanthu::importing {
namespace {

using Json = nlohmann::json;

// Shared by a TrackingIterator and its copies inside the parser.
struct LineTracker {
  const char* base = nullptr;  // first character of the parsed text
  const char* pos = nullptr;   // next character the parser will read
  int64_t newlines = 0;        // line breaks read so far
};

class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* pos, LineTracker* tracker) : pos_(pos), tracker_(tracker) {}
  reference operator*() const { return *pos_; }
  TrackingIterator& operator++() {
    if (*pos_ == '\n') ++tracker_->newlines;
    ++pos_;
    tracker_->pos = pos_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const TrackingIterator& other) const { return pos_ == other.pos_; }
  bool operator!=(const TrackingIterator& other) const { return pos_ != other.pos_; }

 private:
  const char* pos_;
  LineTracker* tracker_;
};

// Where a table's array lies in the text.
struct TableSlice {
  size_t begin = 0;  // offset of `[`
  size_t end = 0;    // offset after `]`
  int64_t line = 1;  // line of `[`
  bool is_array = false;
};

// First pass: records the offsets of each top-level value that is an array.
class IndexHandler final : public nlohmann::json_sax<Json> {
 public:
  IndexHandler(LineTracker* tracker, std::string file, Lang lang)
      : tracker_(tracker), file_(std::move(file)), lang_(lang) {}

  // Results: each top-level key's value (lower case keys), the problems found, whether the
  // syntax was wrong and whether the root was an object.
  std::map<std::string, TableSlice> slices;
  std::vector<ImportIssue> issues;
  bool failed = false;
  bool root_is_object = false;

  bool null() override { return Value(true); }
  bool boolean(bool) override { return Value(false); }
  bool number_integer(number_integer_t) override { return Value(false); }
  bool number_unsigned(number_unsigned_t) override { return Value(false); }
  bool number_float(number_float_t, const string_t&) override { return Value(false); }
  bool string(string_t&) override { return Value(false); }
  bool binary(binary_t&) override { return Value(false); }
  bool start_object(std::size_t) override {
    if (depth_ == 0) root_is_object = true;
    if (depth_ == 1) Value(false);
    ++depth_;
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth_ == 1) {
      TableSlice& slice = slices[key_];
      slice.begin = static_cast<size_t>(tracker_->pos - tracker_->base) - 1;
      slice.line = Line();
      slice.is_array = true;
    }
    ++depth_;
    return true;
  }
  bool end_array() override {
    --depth_;
    if (depth_ == 1) slices[key_].end = static_cast<size_t>(tracker_->pos - tracker_->base);
    return true;
  }
  bool key(string_t& value) override {
    if (depth_ == 1) {
      key_ = Utf8Lower(Trim(value));
      if (slices.count(key_) != 0 && FindTable(key_) != nullptr) {
        issues.push_back({file_, Line(), 0, value, "", msg::JsonDuplicateTable(key_, lang_)});
      }
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    failed = true;
    std::string detail = ex.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> the part after it
    const size_t colon = detail.find(": ");
    if (colon != std::string::npos) detail = detail.substr(colon + 2);
    issues.push_back({file_, Line(), 0, "", "", msg::JsonSyntax(detail, lang_)});
    return false;
  }

 private:
  int64_t Line() const { return 1 + tracker_->newlines; }
  // A value directly under the root: `null` is an empty table, anything else but an array is
  // an error for a table of the data model.
  bool Value(bool is_null) {
    if (depth_ == 1) {
      TableSlice& slice = slices[key_];
      slice.line = Line();
      slice.is_array = false;
      if (!is_null && FindTable(key_) != nullptr) {
        issues.push_back({file_, Line(), 0, key_, "", msg::JsonTableNotArray(key_, lang_)});
      }
    }
    return true;
  }

  LineTracker* tracker_;
  std::string file_;
  Lang lang_;
  int depth_ = 0;
  std::string key_;
};

// Second pass over one table's array: streams its rows to the sink.
class RowHandler final : public nlohmann::json_sax<Json> {
 public:
  RowHandler(const TableSpec& table, LineTracker* tracker, int64_t first_line,
             const std::string& file, Lang lang, RowSink* sink)
      : table_(table),
        tracker_(tracker),
        first_line_(first_line),
        file_(file),
        lang_(lang),
        sink_(sink),
        values_(table.columns.size()),
        names_(table.columns.size()) {
    row_.cells.resize(table.columns.size());
  }

  bool null() override { return Scalar({}, true); }
  bool boolean(bool value) override { return Scalar(value ? "true" : "false", false); }
  bool number_integer(number_integer_t value) override {
    scratch_ = std::to_string(value);
    return Scalar(scratch_, false);
  }
  bool number_unsigned(number_unsigned_t value) override {
    scratch_ = std::to_string(value);
    return Scalar(scratch_, false);
  }
  bool number_float(number_float_t, const string_t& raw) override { return Scalar(raw, false); }
  bool string(string_t& value) override { return Scalar(value, false); }
  bool binary(binary_t&) override { return Scalar("", false); }

  bool start_object(std::size_t) override {
    if (depth_ == 1) BeginRow();
    if (depth_ == 2) Nested();
    ++depth_;
    return true;
  }
  bool end_object() override {
    --depth_;
    if (depth_ == 1 && in_row_) {
      in_row_ = false;
      sink_->Row(row_);
    }
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth_ == 1) NotAnObject();
    if (depth_ == 2) Nested();
    ++depth_;
    return true;
  }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool key(string_t& value) override {
    if (depth_ != 2) return true;
    ++key_position_;
    key_name_ = value;
    auto known = columns_by_key_.find(value);
    if (known == columns_by_key_.end()) {
      known = columns_by_key_.emplace(value, MatchColumn(table_, value)).first;
    }
    column_ = known->second;
    if (column_ >= 0 && row_.cells[static_cast<size_t>(column_)].present) {
      row_.problems.push_back(
          {file_, row_.line, key_position_, value, "", msg::JsonDuplicateKey(value, lang_)});
      column_ = -1;
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;  // the first pass has reported it
  }

 private:
  int64_t Line() const { return first_line_ + tracker_->newlines; }

  void BeginRow() {
    in_row_ = true;
    key_position_ = 0;
    column_ = -1;
    row_.line = Line();
    row_.problems.clear();
    for (SourceCell& cell : row_.cells) cell = SourceCell();
  }

  void NotAnObject() {
    SourceRow row;
    row.line = Line();
    row.cells.resize(table_.columns.size());
    row.problems.push_back({file_, row.line, 0, "", "", msg::JsonRowNotObject(lang_)});
    sink_->Row(row);
  }

  // An object or array as a cell value.
  void Nested() {
    if (column_ < 0) return;
    row_.problems.push_back(
        {file_, row_.line, key_position_, key_name_, "", msg::JsonNestedValue(lang_)});
    column_ = -1;
  }

  bool Scalar(const std::string_view value, bool is_null) {
    if (depth_ == 1) {
      NotAnObject();
      return true;
    }
    if (depth_ != 2 || column_ < 0) return true;
    const size_t i = static_cast<size_t>(column_);
    values_[i].assign(value);
    names_[i] = key_name_;
    SourceCell& cell = row_.cells[i];
    cell.present = true;
    cell.is_null = is_null;
    cell.text = values_[i];
    cell.name = names_[i];
    cell.column = key_position_;
    column_ = -1;
    return true;
  }

  const TableSpec& table_;
  LineTracker* tracker_;
  int64_t first_line_;
  const std::string& file_;
  Lang lang_;
  RowSink* sink_;
  std::vector<std::string> values_;
  std::vector<std::string> names_;
  SourceRow row_;
  std::string scratch_;
  std::string key_name_;
  std::unordered_map<std::string, int> columns_by_key_;  // MatchColumn, remembered
  int depth_ = 0;
  bool in_row_ = false;
  int key_position_ = 0;
  int column_ = -1;
};

class JsonSource final : public DataSource {
 public:
  JsonSource(std::string path, std::string text, std::map<std::string, TableSlice> slices,
             Lang lang)
      : path_(std::move(path)), text_(std::move(text)), slices_(std::move(slices)), lang_(lang) {}

  std::string TableFile(const TableSpec&) const override { return path_; }

  std::string MissingTableMessage(const TableSpec& table, Lang lang) const override {
    return msg::MissingTable(table.name, lang);
  }

  bool ReadTable(const TableSpec& table, RowSink& sink) override {
    const auto found = slices_.find(table.name);
    if (found == slices_.end()) return false;
    TableLayout layout;
    layout.file = path_;
    layout.missing_required.assign(table.columns.size(), false);
    sink.BeginTable(layout);
    const TableSlice& slice = found->second;
    if (!slice.is_array) return true;  // null, or reported by the first pass
    LineTracker tracker;
    tracker.base = text_.data() + slice.begin;
    tracker.pos = tracker.base;
    RowHandler handler(table, &tracker, slice.line, path_, lang_, &sink);
    Json::sax_parse(TrackingIterator(text_.data() + slice.begin, &tracker),
                    TrackingIterator(text_.data() + slice.end, &tracker), &handler);
    return true;
  }

 private:
  std::string path_;
  std::string text_;
  std::map<std::string, TableSlice> slices_;
  Lang lang_;
};

}  // namespace

std::unique_ptr<DataSource> OpenJsonFile(const std::string& path, Lang lang,
                                         std::vector<ImportIssue>* errors) {
  std::string text;
  std::string error;
  if (!ReadWholeFile(path, lang, &text, &error)) {
    errors->push_back({path, 0, 0, "", "", msg::CannotRead(error, lang)});
    return nullptr;
  }
  LineTracker tracker;
  tracker.base = text.data();
  tracker.pos = tracker.base;
  IndexHandler index(&tracker, path, lang);
  Json::sax_parse(TrackingIterator(text.data(), &tracker),
                  TrackingIterator(text.data() + text.size(), &tracker), &index);
  if (!index.failed && !index.root_is_object) {
    index.issues.push_back({path, 1, 0, "", "", msg::JsonNotObject(lang)});
  }
  const bool fatal = index.failed || !index.root_is_object;
  for (ImportIssue& issue : index.issues) errors->push_back(std::move(issue));
  if (fatal) return nullptr;
  return std::make_unique<JsonSource>(path, std::move(text), std::move(index.slices), lang);
}

}  // namespace tuanthu::importing
