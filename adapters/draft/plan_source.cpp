#include "draft/plan_source.h"

#include <utf8proc.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "draft/docx_paragraphs.h"

namespace tuanthu::draft {
namespace {

bool EndsWith(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// Cells of a table row written as Markdown (`| a | b |`) or with tabs (as the seeds' appendix
// is); an empty vector for an ordinary line.
std::vector<std::string> TableCells(const std::string& line) {
  std::vector<std::string> cells;
  char separator = 0;
  size_t tabs = 0;
  for (char c : line) tabs += c == '\t';
  if (tabs >= 2) {
    separator = '\t';
  } else if (line.size() > 1 && line.front() == '|') {
    separator = '|';
  } else {
    return cells;
  }
  std::string body = line;
  if (separator == '|') {
    body = body.substr(1);
    if (!body.empty() && body.back() == '|') body.pop_back();
  }
  std::string cell;
  std::istringstream in(body);
  while (std::getline(in, cell, separator)) cells.push_back(StripMarkup(cell));
  if (separator == '|') {
    bool rule_row = true;  // |---|:--:|
    for (const std::string& c : cells) {
      if (c.find_first_not_of("-: ") != std::string::npos) rule_row = false;
    }
    if (rule_row) cells.clear();
  }
  return cells;
}

}  // namespace

std::string Nfc(const std::string& text, const std::string& where) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) {
    // Locate the first bad byte for the message.
    size_t line = 1;
    utf8proc_int32_t code;
    for (size_t pos = 0; pos < text.size();) {
      const utf8proc_ssize_t step =
          utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + pos,
                           static_cast<utf8proc_ssize_t>(text.size() - pos), &code);
      if (step < 0) break;
      if (code == '\n') ++line;
      pos += static_cast<size_t>(step);
    }
    const std::string at = where + ":" + std::to_string(line);
    throw PlanReadError(
        at + ": not valid UTF-8 (" + utf8proc_errmsg(n) + "); save the plan as UTF-8 text or .docx",
        at + ": không phải văn bản UTF-8 hợp lệ; hãy lưu kế hoạch dạng văn bản "
             "UTF-8 hoặc .docx");
  }
  std::string result(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return result;
}

std::string StripMarkup(const std::string& line) {
  std::string text = line;
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string::npos) return "";
  text = text.substr(start);
  while (!text.empty() && (text.front() == '#' || text.front() == '>')) {
    text.erase(0, 1);
    while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '*') continue;  // **bold**, *italic*
    if (c == '_' && i + 1 < text.size() && text[i + 1] == '_') {
      ++i;
      continue;
    }
    if (c == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1])))
      continue;  // Markdown escapes: \. \- \(
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    // U+00A0 no-break space
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

PlanSource ParsePlanText(const std::string& raw, const std::string& file_name) {
  std::string text = raw;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // BOM
  text = Nfc(text, file_name);
  PlanSource source;
  source.file_name = file_name;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    PlanBlock block;
    block.line = number;
    block.cells = TableCells(line);
    if (!block.cells.empty()) {
      for (const std::string& c : block.cells) block.text += (block.text.empty() ? "" : " | ") + c;
    } else {
      block.text = StripMarkup(line);
    }
    if (!block.text.empty()) source.blocks.push_back(std::move(block));
  }
  return source;
}

PlanSource ReadPlan(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throw PlanReadError(path + ": no such file (give the plan as .txt, .md or .docx)",
                        path + ": không có tệp này (hãy đưa kế hoạch dạng .txt, .md hoặc .docx)");
  const std::string file_name = fs::path(path).filename().string();
  std::string magic(4, '\0');
  {
    std::ifstream probe(path, std::ios::binary);
    probe.read(magic.data(), 4);
    magic.resize(static_cast<size_t>(probe.gcount()));
  }
  // A zip (.docx) or an Office compound file (.doc, an encrypted .docx), whatever its name: the
  // Word reader says what it is.
  const bool office = magic == "PK\x03\x04" || magic == "\xD0\xCF\x11\xE0";
  if (office || EndsWith(Lower(file_name), ".docx") || EndsWith(Lower(file_name), ".doc")) {
    PlanSource source;
    source.file_name = file_name;
    for (PlanBlock& block : ReadDocxParagraphs(path)) {
      const std::string where = path + " ¶" + std::to_string(block.line);
      if (!block.cells.empty()) {
        block.text.clear();
        for (std::string& cell : block.cells) {
          cell = StripMarkup(Nfc(cell, where));
          block.text += (block.text.empty() ? "" : " | ") + cell;
        }
      } else {
        block.text = StripMarkup(Nfc(block.text, where));
      }
      if (!block.text.empty()) source.blocks.push_back(std::move(block));
    }
    return source;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int reason = errno;
    throw PlanReadError(path + ": cannot be opened: " + SystemErrorText(reason, Lang::kEn),
                        path + ": không mở được: " + SystemErrorText(reason, Lang::kVi));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return ParsePlanText(text.str(), file_name);
}

}  // namespace tuanthu::draft
