#include "draft/plan_outline.h"

#include <cctype>
#include <cstdlib>

#include "draft/vocabulary.h"

namespace tuanthu::draft {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EndsSentence(const std::string& text) {
  if (text.empty()) return true;
  const char last = text.back();
  return last == '.' || last == ';' || last == ':' || last == '!' || last == '?';
}

// "1. ...", "a) ...", "IV. ...": the label, the level and the text after it.
struct Numbering {
  int level = 0;  // 0: none
  std::string label;
  std::string rest;
};

bool MostlyUpper(const std::string& text) {
  const std::string lower = MatchKey(text);
  size_t letters = 0, upper = 0;
  for (size_t i = 0; i < text.size() && i < lower.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      ++letters;
      ++upper;
    } else if (c >= 'a' && c <= 'z') {
      ++letters;
    }
  }
  return letters > 0 && upper * 10 >= letters * 7;
}

Numbering ParseNumbering(const std::string& text) {
  Numbering n;
  size_t p = 0;
  while (p < text.size() && (text[p] == 'I' || text[p] == 'V' || text[p] == 'X')) ++p;
  if (p > 0 && p < text.size() && text[p] == '.' && RomanValue(text.substr(0, p)) > 0) {
    const std::string rest = text.substr(std::min(text.size(), p + 2));
    if (p + 1 < text.size() && text[p + 1] == ' ' && MostlyUpper(rest)) {
      return {1, text.substr(0, p), rest};
    }
  }
  p = 0;
  while (p < text.size() && IsDigit(text[p]) && p < 2) ++p;
  if (p > 0 && p + 1 < text.size() && text[p] == '.' && text[p + 1] == ' ') {
    return {2, text.substr(0, p), text.substr(p + 2)};
  }
  if (text.size() > 3 && text[0] >= 'a' && text[0] <= 'z' && text[1] == ')' && text[2] == ' ')
    return {3, text.substr(0, 1), text.substr(3)};
  if (text.rfind("đ) ", 0) == 0) return {3, "đ", text.substr(std::string("đ) ").size())};
  return n;
}

bool StartsContinuation(const std::string& text) {
  if (text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  if (IsDigit(static_cast<char>(c))) return ParseNumbering(text).level == 0;
  if (c >= 'a' && c <= 'z') return ParseNumbering(text).level == 0;
  if (c < 0x80) return false;
  // A Vietnamese lower-case letter: its key is itself.
  size_t len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
  const std::string first = text.substr(0, len);
  if (first == "“" || first == "”" || first == "–" || first == "½") return false;
  return MatchKey(first) == first;
}

std::string StripBullet(std::string text) {
  if (text.size() > 2 && (text[0] == '-' || text[0] == '+') && text[1] == ' ')
    return text.substr(2);
  if (text.rfind("– ", 0) == 0) return text.substr(std::string("– ").size());
  if (text.rfind("• ", 0) == 0) return text.substr(std::string("• ").size());
  return text;
}

std::string ColumnOf(const std::string& header) {
  const std::string key = MatchKey(header);
  if (key == "tt" || key == "stt" || key == "số tt") return "number";
  if (Has(key, "chủ trì")) return "lead";
  if (Has(key, "phối hợp")) return "partners";
  if (Has(key, "sản phẩm") || Has(key, "kết quả")) return "product";
  if (Has(key, "thời hạn") || Has(key, "thời gian") || Has(key, "tiến độ")) return "due";
  if (Has(key, "nội dung") || Has(key, "nhiệm vụ") || Has(key, "công việc")) return "content";
  return "";
}

}  // namespace

std::vector<std::string> SplitSentences(const std::string& paragraph) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 2 < paragraph.size(); ++i) {
    if (paragraph[i] != '.' || paragraph[i + 1] != ' ') continue;
    const unsigned char next = static_cast<unsigned char>(paragraph[i + 2]);
    bool boundary = (next >= 'A' && next <= 'Z') || IsDigit(static_cast<char>(next)) ||
                    next == '"' || next == '(';
    if (!boundary && next >= 0x80) {
      const size_t len = (next >= 0xF0) ? 4 : (next >= 0xE0) ? 3 : 2;
      const std::string first = paragraph.substr(i + 2, len);
      boundary = first == "“" || MatchKey(first) != first;
    }
    // "TP. Hà Nội", "Ths. ...": a short word before the dot is an abbreviation.
    size_t word = i;
    while (word > start && paragraph[word - 1] != ' ') --word;
    if (boundary && i - word <= 2 && i > word &&
        std::isupper(static_cast<unsigned char>(paragraph[word])))
      boundary = false;
    if (!boundary) continue;
    out.push_back(paragraph.substr(start, i + 1 - start));
    start = i + 2;
  }
  if (start < paragraph.size()) out.push_back(paragraph.substr(start));
  return out;
}

PlanOutline Outline(const PlanSource& source) {
  PlanOutline outline;
  outline.file_name = source.file_name;

  // Paragraphs broken across lines (page breaks, OCR) are joined back.
  std::vector<PlanBlock> blocks;
  for (const PlanBlock& block : source.blocks) {
    if (!blocks.empty() && block.cells.empty() && blocks.back().cells.empty() &&
        !EndsSentence(blocks.back().text)) {
      if (StartsContinuation(block.text)) {
        blocks.back().text += " " + block.text;
        continue;
      }
      // "... các tổ chức chính trị" / "- xã hội xã tăng cường ...": a hyphenated name broken
      // where the hyphen looked like a list bullet.
      if (block.text.size() > 2 && block.text.rfind("- ", 0) == 0 &&
          StartsContinuation(block.text.substr(2)) &&
          ParseNumbering(blocks.back().text).level > 0) {
        blocks.back().text += " " + block.text;
        continue;
      }
    }
    blocks.push_back(block);
  }

  enum class Phase { kHeader, kTitle, kPreamble, kBody, kClosing, kAppendix };
  Phase phase = Phase::kHeader;
  int roman = 0, number = 0;
  std::string letter;
  std::string roman_label;
  std::string titles[4];  // by level
  std::map<size_t, std::string> columns;
  std::vector<size_t> open_headings;  // headings still waiting for their first sentence

  const auto clause = [&]() {
    std::string c = roman_label;
    if (number > 0) c.append(".").append(std::to_string(number));
    if (!letter.empty()) c.append(".").append(letter);
    return c;
  };

  for (const PlanBlock& block : blocks) {
    const std::string key = MatchKey(block.text);
    if (phase != Phase::kAppendix && key.rfind("phụ lục", 0) == 0 && key.size() < 60 &&
        (phase == Phase::kClosing || MostlyUpper(block.text))) {
      phase = Phase::kAppendix;
      continue;
    }
    if (phase == Phase::kAppendix) {
      if (block.cells.empty()) {
        if (block.text.front() == '(' || Has(key, "kèm theo"))
          outline.appendix_caption = block.text;
        continue;
      }
      if (columns.empty()) {
        for (size_t i = 0; i < block.cells.size(); ++i) {
          const std::string col = ColumnOf(block.cells[i]);
          if (!col.empty()) columns[i] = col;
        }
        continue;
      }
      if (block.cells.empty() || block.cells[0].empty() || !IsDigit(block.cells[0][0])) continue;
      AppendixRow row;
      row.line = block.line;
      row.number = block.cells[0];
      for (const auto& [index, col] : columns) {
        if (index < block.cells.size() && col != "number") row.cells[col] = block.cells[index];
      }
      const std::string row_clause = "Phụ lục " + row.number;
      int row_year = 0;
      if (auto due = ReadTaskDue(row.cells["due"], 0);
          due && due->due != "yearly" && due->due != "continuous")
        row_year = std::atoi(due->due.substr(0, 4).c_str());
      std::string scope_text = row.cells["content"] + ". " + row.cells["product"];
      const std::string scope = MatchKey(scope_text);
      for (const char* part : {"content", "product"}) {
        for (const std::string& s : SplitSentences(row.cells[part])) {
          outline.sentences.push_back(
              {s, MatchKey(s), scope, row_clause, {"Phụ lục"}, block.line, row_year});
        }
      }
      outline.appendix.push_back(std::move(row));
      continue;
    }
    if (!block.cells.empty()) continue;  // a table outside the appendix: not read

    const Numbering numbering = ParseNumbering(block.text);
    if (phase == Phase::kHeader || phase == Phase::kTitle || phase == Phase::kPreamble) {
      if (numbering.level == 1 && RomanValue(numbering.label) == 1) {
        phase = Phase::kBody;
      } else {
        if (key.rfind("số:", 0) == 0 || key.rfind("số :", 0) == 0) {
          std::string n = block.text.substr(block.text.find(':') + 1);
          while (!n.empty() && n.front() == ' ') n.erase(0, 1);
          if (!n.empty() && IsDigit(n[0])) outline.number = n;
        } else if (outline.place_line.empty() && Has(key, "ngày") &&
                   (Has(key, "năm 20") || Has(key, "/20")) && key.find(',') != std::string::npos &&
                   key.find(',') < key.find("ngày")) {
          outline.place_line = block.text;
        } else if (key == "kế hoạch") {
          phase = Phase::kTitle;
        } else if (phase == Phase::kTitle &&
                   (outline.title.empty() ||
                    !(key.rfind("căn cứ", 0) == 0 || key.rfind("thực hiện kế hoạch", 0) == 0 ||
                      key.rfind("thực hiện kết luận", 0) == 0 || key.rfind("ủy ban", 0) == 0 ||
                      key.rfind("ubnd", 0) == 0))) {
          outline.title += (outline.title.empty() ? "" : " ") + block.text;
        } else if (phase != Phase::kHeader) {
          phase = Phase::kPreamble;
          outline.preamble.push_back(block.text);
        }
        continue;
      }
    }
    if (phase == Phase::kClosing) continue;
    if (key.rfind("nơi nhận", 0) == 0) {
      phase = Phase::kClosing;
      continue;
    }
    std::string text = block.text;
    int level = 0;
    if (numbering.level == 1) {
      roman = RomanValue(numbering.label);
      roman_label = numbering.label;
      number = 0;
      letter.clear();
      level = 1;
    } else if (numbering.level == 2 && roman > 0) {
      number = std::atoi(numbering.label.c_str());
      letter.clear();
      level = 2;
    } else if (numbering.level == 3 && roman > 0) {
      letter = numbering.label;
      level = 3;
    }
    if (level > 0) {
      text = numbering.rest;
      for (int l = level; l < 4; ++l) titles[l].clear();
      const bool is_title = text.size() <= 110 || (text.size() <= 170 && !EndsSentence(text));
      if (is_title) titles[level] = text;
      outline.headings.push_back({clause(), text, level, block.line, ""});
      open_headings.push_back(outline.headings.size() - 1);
      if (is_title && (level == 1 || !EndsSentence(text))) {
        if (Has(MatchKey(text), "phụ lục")) outline.mentions_appendix = true;
        // A heading's own words ("7. Nhiệm vụ cụ thể (có Phụ lục ...)") are also read.
        if (!HasFigure(MatchKey(text))) continue;
      }
    }
    if (Has(key, "phụ lục")) outline.mentions_appendix = true;
    text = StripBullet(text);
    std::vector<std::string> chain;
    for (int l = 1; l < 4; ++l) {
      if (!titles[l].empty()) chain.push_back(titles[l]);
    }
    const std::string scope = MatchKey(text);
    // "II. CÁC CHỈ TIÊU CỤ THỂ NĂM 2026": targets for that year only.
    int year = 0;
    if (const std::string section = MatchKey(titles[1]); Has(section, "chỉ tiêu")) {
      const size_t at = section.find("năm 20");
      if (at != std::string::npos)
        year = std::atoi(section.c_str() + at + std::string("năm ").size());
    }
    for (const std::string& s : SplitSentences(text)) {
      for (size_t h : open_headings) {
        if (outline.headings[h].first_sentence.empty()) outline.headings[h].first_sentence = s;
      }
      outline.sentences.push_back({s, MatchKey(s), scope, clause(), chain, block.line, year});
    }
    open_headings.clear();
  }
  return outline;
}

}  // namespace tuanthu::draft
