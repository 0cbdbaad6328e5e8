// The OOXML package reader: parts streamed through expat with pauses, relationships resolved, and
// the files that are not packages (another kind, encrypted, legacy Office, truncated) told apart.
#include <doctest/doctest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "../e2e/run_tool.h"
#include "ooxml/package.h"

namespace tuanthu::ooxml {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

void WriteZip(const fs::path& path, const std::map<std::string, std::string>& parts) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  REQUIRE(zip != nullptr);
  for (const auto& [name, text] : parts) {
    zip_source_t* source = zip_source_buffer(zip, text.data(), text.size(), 0);
    REQUIRE(source != nullptr);
    REQUIRE(zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
}

void WriteBytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// A minimal compound file: the header, then a directory sector naming `stream` (UTF-16LE).
std::string CompoundFile(const std::string& stream) {
  std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes.resize(512, '\0');
  std::string directory;
  for (char c : stream) {
    directory += c;
    directory += '\0';
  }
  directory.resize(512, '\0');
  return bytes + directory;
}

const std::string kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>)";

struct Collector final : XmlHandler {
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "p") text.clear();
    if (name == "p" && attributes.Has("id")) id = std::string(attributes.Get("id"));
  }
  void EndElement(std::string_view name) override {
    if (name == "p") {
      paragraphs.push_back(text);
      if (reader != nullptr) reader->Pause();
    }
  }
  void Characters(std::string_view piece) override { text += piece; }
  std::string text, id;
  std::vector<std::string> paragraphs;
  XmlReader* reader = nullptr;
};

TEST_CASE("ooxml: a part streams through the handler one paused element at a time") {
  const fs::path dir = TempDir("ooxml-stream");
  std::string body;
  for (int i = 0; i < 20000; ++i)
    body += "<w:p><w:r><w:t>đoạn " + std::to_string(i) + "</w:t></w:r></w:p>";
  WriteZip(dir / "a.docx",
           {{"_rels/.rels", kRootRels},
            {"word/document.xml",
             R"(<?xml version="1.0"?><w:document xmlns:w="urn:w" xmlns:r="urn:r"><w:body>)" + body +
                 "</w:body></w:document>"}});
  Error error;
  auto package = Package::Open((dir / "a.docx").string(), &error);
  REQUIRE(package != nullptr);
  std::string main;
  REQUIRE(package->MainPart(&main, &error));
  CHECK(main == "word/document.xml");
  CHECK(package->Has("WORD/Document.xml"));

  Collector collector;
  XmlReader reader(*package, main, collector);
  collector.reader = &reader;
  int pauses = 0;
  for (;;) {
    const XmlReader::Status status = reader.Parse(&error);
    REQUIRE(status != XmlReader::Status::kError);
    if (status == XmlReader::Status::kEnd) break;
    ++pauses;
    CHECK(collector.paragraphs.size() == static_cast<size_t>(pauses));
  }
  CHECK(pauses == 20000);
  REQUIRE(collector.paragraphs.size() == 20000);
  CHECK(collector.paragraphs.front() == "đoạn 0");
  CHECK(collector.paragraphs.back() == "đoạn 19999");
}

TEST_CASE("ooxml: relationship targets resolve against the part's folder") {
  CHECK(ResolvePartName("xl/workbook.xml", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(ResolvePartName("xl/workbook.xml", "/xl/worksheets/sheet1.xml") ==
        "xl/worksheets/sheet1.xml");
  CHECK(ResolvePartName("xl/worksheets/sheet1.xml", "../sharedStrings.xml") ==
        "xl/sharedStrings.xml");
  CHECK(ResolvePartName("", "xl/workbook.xml") == "xl/workbook.xml");
}

TEST_CASE("ooxml: files that are not packages get the reason, in Vietnamese and English") {
  const fs::path dir = TempDir("ooxml-errors");
  Error error;

  WriteBytes(dir / "plain.xlsx", "meeting_id,unit_id\nM1,U1\n");
  CHECK(Package::Open((dir / "plain.xlsx").string(), &error) == nullptr);
  CHECK(error.kind == ErrorKind::kNotZip);
  CHECK(Describe(error, Lang::kVi).find("không phải tệp Excel") != std::string::npos);

  WriteBytes(dir / "locked.xlsx", CompoundFile("EncryptedPackage"));
  CHECK(Package::Open((dir / "locked.xlsx").string(), &error) == nullptr);
  CHECK(error.kind == ErrorKind::kEncrypted);
  CHECK(Describe(error, Lang::kVi).find("mật khẩu") != std::string::npos);
  CHECK(Describe(error, Lang::kEn).find("password") != std::string::npos);

  WriteBytes(dir / "old.xls", CompoundFile("Workbook"));
  CHECK(Package::Open((dir / "old.xls").string(), &error) == nullptr);
  CHECK(error.kind == ErrorKind::kLegacyOffice);

  WriteZip(dir / "whole.docx",
           {{"_rels/.rels", kRootRels}, {"word/document.xml", std::string(100000, ' ') + "<d/>"}});
  const std::string whole = testing::ReadAll(dir / "whole.docx");
  WriteBytes(dir / "cut.docx", whole.substr(0, whole.size() / 2));
  CHECK(Package::Open((dir / "cut.docx").string(), &error) == nullptr);
  CHECK(error.kind == ErrorKind::kDamaged);
  CHECK(Describe(error, Lang::kEn).find("truncated") != std::string::npos);

  CHECK(Package::Open((dir / "absent.xlsx").string(), &error) == nullptr);
  CHECK(error.kind == ErrorKind::kCannotOpen);
}

TEST_CASE("ooxml: malformed XML and DTDs are refused with the part and line") {
  const fs::path dir = TempDir("ooxml-xml");
  WriteZip(dir / "a.docx", {{"_rels/.rels", kRootRels},
                            {"word/document.xml", "<d>\n<p>\n</d>"},
                            {"word/dtd.xml", "<!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>"}});
  Error error;
  auto package = Package::Open((dir / "a.docx").string(), &error);
  REQUIRE(package != nullptr);
  Collector collector;
  CHECK_FALSE(ParseXml(*package, "word/document.xml", collector, &error));
  CHECK(error.kind == ErrorKind::kBadXml);
  CHECK(error.part == "word/document.xml");
  CHECK(error.line == 3);
  CHECK_FALSE(ParseXml(*package, "word/dtd.xml", collector, &error));
  CHECK(error.detail == "DOCTYPE");
  CHECK_FALSE(ParseXml(*package, "word/none.xml", collector, &error));
  CHECK(error.kind == ErrorKind::kMissingPart);

  std::string contents;
  CHECK_FALSE(package->Read("word/document.xml", &contents, &error, 4));
  CHECK(error.kind == ErrorKind::kTooLarge);
}

}  // namespace
}  // namespace tuanthu::ooxml
