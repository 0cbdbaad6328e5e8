#include "ooxml/workbook.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include "tuanthu/date.h"

namespace tuanthu::ooxml {
namespace {

constexpr uint64_t kMaxSharedStringBytes = 1ull << 30;

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool TrueAttribute(std::string_view value) { return value == "1" || value == "true"; }

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendUtf8(uint32_t code, std::string* out) {
  if (code < 0x80) {
    *out += static_cast<char>(code);
  } else if (code < 0x800) {
    *out += static_cast<char>(0xC0 | (code >> 6));
    *out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    *out += static_cast<char>(0xE0 | (code >> 12));
    *out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// SpreadsheetML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage
// return); `_x005F_` escapes a literal underscore.
void AppendUnescaped(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      uint32_t code = 0;
      bool hex = true;
      for (size_t k = 2; k < 6; ++k) {
        const int digit = HexDigit(text[i + k]);
        hex = hex && digit >= 0;
        code = code * 16 + static_cast<uint32_t>(digit < 0 ? 0 : digit);
      }
      if (hex) {
        AppendUtf8(code, out);
        i += 7;
        continue;
      }
    }
    *out += text[i++];
  }
}

class WorkbookHandler final : public XmlHandler {
 public:
  struct Entry {
    std::string name, relationship;
  };
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "workbookPr") date1904 = TrueAttribute(attributes.Get("date1904"));
    if (name == "sheet") {
      entries.push_back({std::string(attributes.Get("name")), std::string(attributes.Get("id"))});
    }
  }
  void EndElement(std::string_view) override {}
  void Characters(std::string_view) override {}
  bool date1904 = false;
  std::vector<Entry> entries;
};

class SharedStringsHandler final : public XmlHandler {
 public:
  explicit SharedStringsHandler(Workbook::Strings* strings) : strings_(strings) {
    strings_->text.clear();
    strings_->offset.assign(1, 0);
  }
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "sst") {
      // Room for the strings the table announces (bounded: the count is only a hint).
      const uint64_t count =
          std::strtoull(std::string(attributes.Get("uniqueCount")).c_str(), nullptr, 10);
      strings_->offset.reserve(static_cast<size_t>(std::min<uint64_t>(count, 1u << 24)) + 1);
    } else if (name == "si") {
      in_item_ = true;
      piece_.clear();
    } else if (name == "rPh") {
      ++phonetic_depth_;
    } else if (name == "t" && in_item_ && phonetic_depth_ == 0) {
      in_text_ = true;
    }
  }
  void EndElement(std::string_view name) override {
    if (name == "t") {
      in_text_ = false;
    } else if (name == "rPh") {
      --phonetic_depth_;
    } else if (name == "si") {
      in_item_ = false;
      AppendUnescaped(piece_, &strings_->text);
      too_large = too_large || strings_->text.size() > kMaxSharedStringBytes;
      strings_->offset.push_back(static_cast<uint32_t>(strings_->text.size()));
    }
  }
  void Characters(std::string_view text) override {
    if (in_text_) piece_ += text;
  }
  bool too_large = false;

 private:
  Workbook::Strings* strings_;
  std::string piece_;
  bool in_item_ = false;
  bool in_text_ = false;
  int phonetic_depth_ = 0;
};

class StylesHandler final : public XmlHandler {
 public:
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "numFmt") {
      const int id = std::atoi(std::string(attributes.Get("numFmtId")).c_str());
      const std::string_view code = attributes.Get("formatCode");
      CellStyle style;
      style.date = IsDateFormatCode(code);
      // "00000": a number shown with leading zeros (codes such as 03199 typed as numbers).
      if (code.size() >= 2 && code.size() <= 20 &&
          code.find_first_not_of('0') == std::string_view::npos) {
        style.zero_pad = static_cast<int>(code.size());
      }
      if (style.date || style.zero_pad > 0) custom_[id] = style;
    } else if (name == "cellXfs") {
      in_cell_formats_ = true;
    } else if (name == "xf" && in_cell_formats_) {
      const int id = std::atoi(std::string(attributes.Get("numFmtId", "0")).c_str());
      CellStyle style;
      const auto custom = custom_.find(id);
      if (custom != custom_.end()) style = custom->second;
      style.date = style.date || IsBuiltinDateFormat(id);
      styles.push_back(style);
    }
  }
  void EndElement(std::string_view name) override {
    if (name == "cellXfs") in_cell_formats_ = false;
  }
  void Characters(std::string_view) override {}
  std::vector<CellStyle> styles;

 private:
  std::map<int, CellStyle> custom_;
  bool in_cell_formats_ = false;
};

}  // namespace

struct SheetReader::Impl final : XmlHandler {
  Impl(const Package& package, const SheetInfo& sheet, const Workbook::Strings& strings_table,
       const std::vector<CellStyle>& style_table)
      : strings(strings_table), styles(style_table), reader(package, sheet.part, *this) {}

  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "row") {
      const std::string_view r = attributes.Get("r");
      row_number = r.empty() ? row_number + 1 : std::atoll(std::string(r).c_str());
      current.number = row_number;
      current.cells.clear();
      last_column = 0;
    } else if (name == "c") {
      in_cell = true;
      const std::string_view r = attributes.Get("r");
      const int column = r.empty() ? 0 : ColumnNumber(r);
      cell_column = column > 0 ? column : last_column + 1;
      last_column = cell_column;
      cell_type = std::string(attributes.Get("t", "n"));
      const std::string_view style = attributes.Get("s");
      const size_t style_index =
          style.empty() ? 0 : std::strtoull(std::string(style).c_str(), nullptr, 10);
      cell_style = style_index < styles.size() ? styles[style_index] : CellStyle();
      value.clear();
      inline_text.clear();
      has_formula = false;
      has_value = false;
    } else if (!in_cell) {
      return;
    } else if (name == "v") {
      in_value = true;
      has_value = true;
    } else if (name == "f") {
      has_formula = true;
    } else if (name == "rPh") {
      ++phonetic_depth;
    } else if (name == "t" && phonetic_depth == 0) {
      in_inline_text = true;
    }
  }

  void EndElement(std::string_view name) override {
    if (name == "v") {
      in_value = false;
    } else if (name == "t") {
      in_inline_text = false;
    } else if (name == "rPh") {
      --phonetic_depth;
    } else if (name == "c") {
      in_cell = false;
      FinishCell();
    } else if (name == "row") {
      if (!current.cells.empty()) {
        ready = true;
        reader.Pause();
      }
    }
  }

  void Characters(std::string_view text) override {
    if (in_value) value += text;
    if (in_inline_text) inline_text += text;
  }

  void FinishCell() {
    Cell cell;
    cell.column = cell_column;
    cell.date_style = cell_style.date;
    cell.zero_pad = cell_style.zero_pad;
    if (cell_type == "inlineStr") {
      cell.type = Cell::Type::kText;
      AppendUnescaped(inline_text, &cell.text);
    } else if (value.empty()) {
      // An empty (formatted) cell, or a formula whose result is the empty text.
      if (!has_formula || has_value) return;
      cell.formula_no_value = true;
    } else if (cell_type == "s") {
      cell.type = Cell::Type::kText;
      const size_t index = std::strtoull(value.c_str(), nullptr, 10);
      if (index < strings.size()) {
        cell.text = std::string(strings.Get(index));
      } else {
        cell.type = Cell::Type::kError;
        cell.text = "#REF! (shared string " + value + ")";
      }
    } else if (cell_type == "str") {
      cell.type = Cell::Type::kText;
      AppendUnescaped(value, &cell.text);
    } else if (cell_type == "b") {
      cell.type = Cell::Type::kBool;
      cell.text = value == "0" || value == "false" ? "0" : "1";
    } else if (cell_type == "e") {
      cell.type = Cell::Type::kError;
      cell.text = value;
    } else if (cell_type == "d") {
      cell.type = Cell::Type::kIsoDate;
      cell.text = value;
    } else {
      cell.type = Cell::Type::kNumber;
      cell.text = value;
    }
    if (cell.type == Cell::Type::kText && cell.text.empty() && !cell.formula_no_value) return;
    current.cells.push_back(std::move(cell));
  }

  const Workbook::Strings& strings;
  const std::vector<CellStyle>& styles;
  XmlReader reader;
  SheetRow current;
  bool ready = false;
  int64_t row_number = 0;
  int last_column = 0;
  bool in_cell = false, in_value = false, in_inline_text = false, has_formula = false;
  bool has_value = false;  // a <v> element, even an empty one
  int phonetic_depth = 0;
  int cell_column = 0;
  CellStyle cell_style;
  std::string cell_type, value, inline_text;
};

SheetReader::SheetReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SheetReader::~SheetReader() = default;

SheetReader::Status SheetReader::Next(SheetRow* row, Error* error) {
  for (;;) {
    if (impl_->ready) {
      impl_->ready = false;
      std::swap(*row, impl_->current);
      return Status::kRow;
    }
    switch (impl_->reader.Parse(error)) {
      case XmlReader::Status::kError:
        return Status::kError;
      case XmlReader::Status::kEnd:
        if (impl_->ready) continue;
        return Status::kEnd;
      case XmlReader::Status::kPaused:
        break;
    }
  }
}

std::unique_ptr<Workbook> Workbook::Open(const std::string& path, Error* error) {
  std::unique_ptr<Workbook> book(new Workbook());
  book->package_ = Package::Open(path, error);
  if (book->package_ == nullptr) return nullptr;
  Package& package = *book->package_;
  std::string main;
  // A zip without package relationships: look where Excel puts the workbook.
  if (!package.MainPart(&main, error)) main = "xl/workbook.xml";
  if (!EndsWith(main, "workbook.xml") || !package.Has(main)) {
    // Another kind of package (a .docx, an OpenDocument .ods), or a zip that holds no workbook.
    const bool open_document = package.Has("mimetype") && package.Has("content.xml");
    *error = Error{ErrorKind::kMissingPart, "xl/workbook.xml",
                   open_document ? "OpenDocument (.ods) → .xlsx" : main, 0};
    return nullptr;
  }
  book->workbook_part_ = main;
  WorkbookHandler handler;
  if (!ParseXml(package, main, handler, error)) return nullptr;
  std::vector<Relationship> relationships;
  if (!package.Relationships(main, &relationships, error)) return nullptr;
  book->date1904_ = handler.date1904;
  for (const Relationship& relationship : relationships) {
    if (EndsWith(relationship.type, "/sharedStrings"))
      book->shared_strings_part_ = relationship.target;
    if (EndsWith(relationship.type, "/styles")) book->styles_part_ = relationship.target;
  }
  for (const WorkbookHandler::Entry& entry : handler.entries) {
    SheetInfo sheet;
    sheet.name = entry.name;
    for (const Relationship& relationship : relationships) {
      if (relationship.id == entry.relationship && EndsWith(relationship.type, "/worksheet")) {
        sheet.part = relationship.target;
      }
    }
    book->sheets_.push_back(std::move(sheet));
  }
  return book;
}

Workbook::~Workbook() = default;

bool Workbook::LoadShared(Error* error) {
  if (shared_loaded_) return true;
  if (!shared_strings_part_.empty() && package_->Has(shared_strings_part_)) {
    SharedStringsHandler handler(&strings_);
    XmlReader reader(*package_, shared_strings_part_, handler);
    for (;;) {
      const XmlReader::Status status = reader.Parse(error);
      if (status == XmlReader::Status::kError) return false;
      if (handler.too_large) {
        *error = Error{ErrorKind::kTooLarge, shared_strings_part_, "> 1 GiB", 0};
        return false;
      }
      if (status == XmlReader::Status::kEnd) break;
    }
    strings_.text.shrink_to_fit();
    strings_.offset.shrink_to_fit();
  }
  if (!styles_part_.empty() && package_->Has(styles_part_)) {
    StylesHandler handler;
    if (!ParseXml(*package_, styles_part_, handler, error)) return false;
    styles_ = std::move(handler.styles);
  }
  shared_loaded_ = true;
  return true;
}

std::unique_ptr<SheetReader> Workbook::ReadSheet(const SheetInfo& sheet, Error* error) {
  if (!LoadShared(error)) return nullptr;
  if (sheet.part.empty() || !package_->Has(sheet.part)) {
    *error = Error{ErrorKind::kMissingPart, sheet.part.empty() ? sheet.name : sheet.part, "", 0};
    return nullptr;
  }
  return std::unique_ptr<SheetReader>(
      new SheetReader(std::make_unique<SheetReader::Impl>(*package_, sheet, strings_, styles_)));
}

std::string SerialToIsoDate(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0) return "";
  const int64_t day = static_cast<int64_t>(std::floor(serial));
  Date date;
  if (date1904) {
    date =
        Date::FromCivil(1904, 1, 1).AddDays(static_cast<int32_t>(std::min<int64_t>(day, 3000000)));
  } else {
    if (day < 1) return "";
    if (day == 60) return "1900-02-29";  // Lotus 1-2-3's leap day, which never was
    date = Date::FromCivil(1899, 12, day < 60 ? 31 : 30)
               .AddDays(static_cast<int32_t>(std::min<int64_t>(day, 3000000)));
  }
  if (date.year() > 9999) return "";
  return date.Iso();
}

bool IsBuiltinDateFormat(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

bool IsDateFormatCode(std::string_view code) {
  // Only the first section (positive numbers) decides; quoted text, escaped characters and
  // [bracketed] locale, colour or elapsed-time parts are not format letters.
  bool quoted = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
      continue;
    }
    switch (c) {
      case '"':
        quoted = true;
        break;
      case '\\':
      case '_':
      case '*':
        ++i;
        break;
      case '[': {
        const size_t close = code.find(']', i);
        if (close == std::string_view::npos) return false;
        i = close;
        break;
      }
      case ';':
        return false;
      case 'd':
      case 'D':
      case 'y':
      case 'Y':
        return true;  // `m` alone may be minutes; a date also has a day or a year
      default:
        break;
    }
  }
  return false;
}

int ColumnNumber(std::string_view letters) {
  int number = 0;
  for (const char c : letters) {
    int digit = 0;
    if (c >= 'A' && c <= 'Z') {
      digit = c - 'A' + 1;
    } else if (c >= 'a' && c <= 'z') {
      digit = c - 'a' + 1;
    } else {
      break;
    }
    number = number * 26 + digit;
    if (number > 16384) return 0;
  }
  return number;
}

std::string ColumnLetters(int number) {
  std::string letters;
  while (number > 0) {
    const int digit = (number - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + digit));
    number = (number - 1) / 26;
  }
  return letters;
}

}  // namespace tuanthu::ooxml
