// A plan's structure: its header (number, place and date, title), its numbered body (I / 1 /
// a) as clauses), its sentences each with the clause it stands in and the headings above it,
// and the appendix table of tasks.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "draft/plan_source.h"

namespace tuanthu::draft {

struct Sentence {
  std::string text;    // as the plan writes it (NFC, markup removed)
  std::string key;     // MatchKey(text)
  std::string scope;   // MatchKey of the whole paragraph, or of the whole appendix row
  std::string clause;  // "II.4.b", "Phụ lục 4"
  std::vector<std::string> headings;  // titles of the enclosing headings, outermost first
  int line = 0;
  // The one year its targets are for: a section "CÁC CHỈ TIÊU CỤ THỂ NĂM 2026", an appendix row
  // due within 2026 ("Quý IV/2026"); 0 when they hold every year.
  int target_year = 0;
};

// A numbered heading of the body ("4. Đổi mới mạnh mẽ chế độ hội họp" is II.4).
struct Heading {
  std::string clause;
  std::string title;
  int level = 0;  // 1 roman, 2 number, 3 letter
  int line = 0;
  std::string first_sentence;  // the first sentence under it, for a checklist item
};

struct AppendixRow {
  std::string number;                        // "4"
  std::map<std::string, std::string> cells;  // "content", "lead", "partners", "product", "due"
  int line = 0;
};

struct PlanOutline {
  std::string file_name;
  std::string number;                 // "255/KH-UBND", empty when the number is left blank
  std::string place_line;             // "Sì Lở Lầu, ngày 29 tháng 4 năm 2026"
  std::string title;                  // the subject line(s) under "KẾ HOẠCH"
  std::vector<std::string> preamble;  // paragraphs between the title and section I
  std::vector<Sentence> sentences;    // the body and the appendix, in order
  std::vector<Heading> headings;
  std::string appendix_caption;  // "(Kèm theo Kế hoạch số /KH-UBND ngày /4/2026 ...)"
  std::vector<AppendixRow> appendix;
  bool mentions_appendix = false;  // the body refers to an appendix ("có Phụ lục ...")
};

PlanOutline Outline(const PlanSource& source);

// Splits a paragraph into sentences at ". " followed by a capital letter, a digit or a quote.
std::vector<std::string> SplitSentences(const std::string& paragraph);

}  // namespace tuanthu::draft
