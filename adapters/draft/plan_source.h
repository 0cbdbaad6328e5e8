// Reading a plan into paragraphs: plain text or Markdown as the seeds are written, or a Word
// document (.docx). Every paragraph comes out NFC-normalised with Markdown emphasis removed, so
// the drafter compares text, never encodings or markup.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "tuanthu/lang.h"

namespace tuanthu::draft {

// One paragraph of the plan, or one row of a table (its cells, in order).
struct PlanBlock {
  std::string text;                // the paragraph; a table row's cells joined by " | "
  std::vector<std::string> cells;  // non-empty only for a table row
  int line = 0;                    // 1-based line (text) or paragraph number (docx)
};

struct PlanSource {
  std::string file_name;  // the plan's file name, without folders
  std::vector<PlanBlock> blocks;
};

// A plan that cannot be read: the message names the file and what is wrong with it.
// what() is English; message(lang) says it in the language asked for.
class PlanReadError : public std::runtime_error {
 public:
  PlanReadError(const std::string& english, std::string vietnamese)
      : std::runtime_error(english), vietnamese_(std::move(vietnamese)) {}
  std::string message(Lang lang) const { return lang == Lang::kVi ? vietnamese_ : what(); }

 private:
  std::string vietnamese_;
};

// Reads `path`: `.docx` as a Word document, anything else as UTF-8 text (Markdown allowed).
// Throws PlanReadError.
PlanSource ReadPlan(const std::string& path);

// The same for text already in memory (`file_name` is only recorded).
PlanSource ParsePlanText(const std::string& text, const std::string& file_name);

// Unicode NFC of `text` (invalid UTF-8 is an error: PlanReadError naming `where`).
std::string Nfc(const std::string& text, const std::string& where);

// A paragraph as the drafter reads it: Markdown headings marks (#), emphasis (** * __) and
// block quotes removed, runs of spaces collapsed, trimmed.
std::string StripMarkup(const std::string& line);

}  // namespace tuanthu::draft
