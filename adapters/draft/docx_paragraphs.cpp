#include "draft/docx_paragraphs.h"

#include <expat.h>
#include <zip.h>

#include <memory>
#include <string_view>

namespace tuanthu::draft {
namespace {

// The local name of a namespaced element: "w:p" -> "p" (expat is run without namespace
// processing; Word always writes the `w:` prefix, but any prefix is accepted).
std::string_view LocalName(const XML_Char* name) {
  std::string_view n(name);
  const size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

struct Collector {
  std::vector<PlanBlock> blocks;
  int table_depth = 0;
  bool in_text = false;      // inside <w:t>
  std::string paragraph;     // the paragraph being read
  std::string cell;          // the table cell being read (its paragraphs)
  std::vector<std::string> row;
  int paragraph_count = 0;

  void EndParagraph() {
    ++paragraph_count;
    if (table_depth > 0) {
      if (!cell.empty() && !paragraph.empty()) cell += ' ';
      cell += paragraph;
    } else {
      blocks.push_back({paragraph, {}, paragraph_count});
    }
    paragraph.clear();
  }
  void EndRow() {
    PlanBlock block;
    block.line = paragraph_count;
    block.cells = row;
    for (const std::string& c : row) block.text += (block.text.empty() ? "" : " | ") + c;
    blocks.push_back(std::move(block));
    row.clear();
  }
};

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char**) {
  auto* c = static_cast<Collector*>(data);
  const std::string_view local = LocalName(name);
  if (local == "t") {
    c->in_text = true;
  } else if (local == "tab") {
    c->paragraph += '\t';
  } else if (local == "br" || local == "cr") {
    c->paragraph += ' ';
  } else if (local == "tbl") {
    ++c->table_depth;
  } else if (local == "tc") {
    if (c->table_depth == 1) c->cell.clear();
  }
}

void XMLCALL OnEnd(void* data, const XML_Char* name) {
  auto* c = static_cast<Collector*>(data);
  const std::string_view local = LocalName(name);
  if (local == "t") {
    c->in_text = false;
  } else if (local == "p") {
    c->EndParagraph();
  } else if (local == "tc") {
    if (c->table_depth == 1) c->row.push_back(c->cell);
    c->cell.clear();
  } else if (local == "tr") {
    if (c->table_depth == 1) c->EndRow();
  } else if (local == "tbl") {
    --c->table_depth;
  }
}

void XMLCALL OnText(void* data, const XML_Char* text, int length) {
  auto* c = static_cast<Collector*>(data);
  if (c->in_text) c->paragraph.append(text, static_cast<size_t>(length));
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct ParserFree {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

}  // namespace

std::vector<PlanBlock> ReadDocxParagraphs(const std::string& path) {
  int error = 0;
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open(path.c_str(), ZIP_RDONLY, &error));
  if (!archive) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    const std::string why = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    throw PlanReadError(path + ": not a Word document (.docx is a zip archive): " + why);
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> document(
      zip_fopen(archive.get(), "word/document.xml", 0));
  if (!document) {
    throw PlanReadError(path + ": no word/document.xml inside; is this a .docx made by Word, "
                               "LibreOffice or another OOXML writer?");
  }
  std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreate("UTF-8"));
  Collector collector;
  XML_SetUserData(parser.get(), &collector);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  char buffer[1 << 16];
  for (;;) {
    const zip_int64_t n = zip_fread(document.get(), buffer, sizeof buffer);
    if (n < 0) throw PlanReadError(path + ": word/document.xml cannot be read from the archive");
    if (XML_Parse(parser.get(), buffer, static_cast<int>(n), n == 0) == XML_STATUS_ERROR) {
      throw PlanReadError(path + ": word/document.xml line " +
                          std::to_string(XML_GetCurrentLineNumber(parser.get())) + ": " +
                          XML_ErrorString(XML_GetErrorCode(parser.get())));
    }
    if (n == 0) break;
  }
  return std::move(collector.blocks);
}

}  // namespace tuanthu::draft
