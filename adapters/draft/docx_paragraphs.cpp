#include "draft/docx_paragraphs.h"

#include "ooxml/package.h"

namespace tuanthu::draft {
namespace {

// Gathers paragraphs (<w:p>) and table rows (<w:tr>, cells <w:tc>) of word/document.xml.
class Collector : public ooxml::XmlHandler {
 public:
  std::vector<PlanBlock> blocks;

  void StartElement(std::string_view name, const ooxml::XmlAttributes&) override {
    if (name == "t") {
      in_text_ = true;
    } else if (name == "tab") {
      paragraph_ += '\t';
    } else if (name == "br" || name == "cr") {
      paragraph_ += ' ';
    } else if (name == "tbl") {
      ++table_depth_;
    } else if (name == "tc" && table_depth_ == 1) {
      cell_.clear();
    }
  }

  void EndElement(std::string_view name) override {
    if (name == "t") {
      in_text_ = false;
    } else if (name == "p") {
      EndParagraph();
    } else if (name == "tc") {
      if (table_depth_ == 1) row_.push_back(cell_);
      cell_.clear();
    } else if (name == "tr") {
      if (table_depth_ == 1) EndRow();
    } else if (name == "tbl") {
      --table_depth_;
    }
  }

  void Characters(std::string_view text) override {
    if (in_text_) paragraph_.append(text);
  }

 private:
  void EndParagraph() {
    ++paragraphs_;
    if (table_depth_ > 0) {
      if (!cell_.empty() && !paragraph_.empty()) cell_ += ' ';
      cell_ += paragraph_;
    } else {
      blocks.push_back({paragraph_, {}, paragraphs_});
    }
    paragraph_.clear();
  }
  void EndRow() {
    PlanBlock block;
    block.line = paragraphs_;
    block.cells = row_;
    for (const std::string& c : row_) block.text += (block.text.empty() ? "" : " | ") + c;
    blocks.push_back(std::move(block));
    row_.clear();
  }

  int table_depth_ = 0;
  bool in_text_ = false;
  std::string paragraph_, cell_;
  std::vector<std::string> row_;
  int paragraphs_ = 0;
};

}  // namespace

std::vector<PlanBlock> ReadDocxParagraphs(const std::string& path) {
  ooxml::Error error;
  const auto package = ooxml::Package::Open(path, &error);
  if (!package)
    throw PlanReadError(path + ": " + ooxml::Describe(error, Lang::kEn),
                        path + ": " + ooxml::Describe(error, Lang::kVi));
  std::string main_part;
  if (!package->MainPart(&main_part, &error)) {
    if (!package->Has("word/document.xml"))
      throw PlanReadError(path + ": " + ooxml::Describe(error, Lang::kEn),
                          path + ": " + ooxml::Describe(error, Lang::kVi));
    main_part = "word/document.xml";  // a package without relationships, as some tools write
  }
  if (main_part.rfind("word/", 0) != 0)
    throw PlanReadError(path + ": not a Word document (.docx): its main part is " + main_part,
                        path + ": không phải văn bản Word (.docx): phần chính là " + main_part);
  Collector collector;
  if (!ooxml::ParseXml(*package, main_part, collector, &error))
    throw PlanReadError(path + ": " + ooxml::Describe(error, Lang::kEn),
                        path + ": " + ooxml::Describe(error, Lang::kVi));
  return std::move(collector.blocks);
}

}  // namespace tuanthu::draft
