// End-to-end: `tuanthu rules draft` as an official uses it: draft from the plan (text or Word),
// then `rules show`, `rules diff`, `rules test` on the draft as written.
#include <doctest/doctest.h>
#include <zip.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "draft/plan_source.h"
#include "run_tool.h"

namespace tuanthu::testing {
namespace {

const std::string kSiLoLau = "data/plans/000_c64ba62da180d764.txt";
const std::string kAnPhu = "data/plans/002_08a7413d3b6232b7.txt";

std::string XmlEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A paragraph split into two runs at a space, as Word often splits text.
std::string Paragraph(const std::string& text) {
  const size_t middle = text.find(' ', text.size() / 2);
  if (middle == std::string::npos)
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + XmlEscape(text) + "</w:t></w:r></w:p>";
  return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" +
         XmlEscape(text.substr(0, middle)) + "</w:t></w:r><w:r><w:t xml:space=\"preserve\">" +
         XmlEscape(text.substr(middle)) + "</w:t></w:r></w:p>";
}

// The seed's text as a Word document: Markdown marks removed, tab-separated lines as a table.
void WriteDocx(const std::string& text_path, const std::filesystem::path& docx) {
  std::istringstream in(ReadAll(std::filesystem::path(TUANTHU_SOURCE_DIR) / text_path));
  std::string body, line;
  bool in_table = false;
  while (std::getline(in, line)) {
    if (std::count(line.begin(), line.end(), '\t') >= 2) {
      if (!in_table) body += "<w:tbl>";
      in_table = true;
      body += "<w:tr>";
      std::istringstream cells(line);
      std::string cell;
      while (std::getline(cells, cell, '\t')) body += "<w:tc>" + Paragraph(cell) + "</w:tc>";
      body += "</w:tr>";
      continue;
    }
    if (in_table) body += "</w:tbl>";
    in_table = false;
    const std::string stripped = draft::StripMarkup(line);
    if (!stripped.empty()) body += Paragraph(stripped);
  }
  if (in_table) body += "</w:tbl>";
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body>" +
      body + "</w:body></w:document>";
  const std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
      "Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
      "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
  int error = 0;
  zip_t* zip = zip_open(docx.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip != nullptr);
  // libzip keeps the buffers until zip_close: the strings live until then.
  const std::vector<std::pair<std::string, const std::string*>> parts = {
      {"[Content_Types].xml", &types}, {"_rels/.rels", &rels}, {"word/document.xml", &document}};
  for (const auto& [name, data] : parts) {
    zip_source_t* source = zip_source_buffer(zip, data->data(), data->size(), 0);
    REQUIRE(source != nullptr);
    REQUIRE(zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
}

// The pack file from `pack {` on, without its `source` line: the file name differs between the
// .txt and the .docx (and so does the wrapping of the opening comment that names it).
std::string WithoutSource(const std::string& pack) {
  std::istringstream in(pack);
  std::string out, line;
  bool started = false;
  while (std::getline(in, line)) {
    started = started || line == "pack {";
    if (!started || line.find("  source = ") == 0) continue;
    out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("e2e draft: a plan drafted, then shown, diffed and tested as it is written") {
  const auto dir = TempDir("draft-cli");
  const std::string out = Quote(dir.string());
  const ToolRun run = Tool("rules draft " + kSiLoLau +
                           " --id vn/lai-chau/si-lo-lau-nhap --parent vn/lai-chau --out " + out);
  REQUIRE_MESSAGE(run.status == 0, run.err);
  CHECK(run.out.find("hiệu lực 29/04/2026") != std::string::npos);
  const std::string pack = ReadAll(dir / "vn/lai-chau/si-lo-lau-nhap/pack.lua");
  CHECK(pack.find("-- IV.1.b: \"Định kỳ 06 tháng (trước ngày 05 tháng 6)") != std::string::npos);
  CHECK(pack.find("rule \"reports.semiannual\" {\n  due = \"05/06\",\n  strict = true,") !=
        std::string::npos);
  CHECK(pack.find("CÒN LẠI ĐỂ XEM XÉT") != std::string::npos);

  const ToolRun show = Tool("rules show vn/lai-chau/si-lo-lau-nhap --format json --rules " + out);
  REQUIRE_MESSAGE(show.status == 0, show.err);
  const auto shown = nlohmann::json::parse(show.out);
  CHECK(shown["effective"]["value"] == "2026-04-29");
  bool semiannual = false;
  for (const auto& rule : shown["rules"]) {
    if (rule["id"] != "reports.semiannual") continue;
    semiannual = true;
    CHECK(rule["params"]["due"]["value"] == "--06-05");
    CHECK(rule["params"]["strict"]["value"] == true);
    CHECK(rule["params"]["clause"]["value"] == "IV.1.b");
    CHECK(rule["params"]["due"]["source"] == "vn/lai-chau/si-lo-lau-nhap");
  }
  CHECK(semiannual);

  // Against the hand-written pack: nothing differs in what both state.
  const ToolRun diff = Tool(
      "rules diff vn/lai-chau/si-lo-lau-nhap vn/lai-chau/si-lo-lau "
      "--format json --rules " +
      out);
  REQUIRE_MESSAGE(diff.status == 0, diff.err);
  const nlohmann::json diff_json = nlohmann::json::parse(diff.out);
  for (const auto& change : diff_json["changes"]) {
    CAPTURE(change.dump());
    CHECK(change["param"] != "threshold");
    CHECK(change["param"] != "due");
    CHECK(change["param"] != "target");
  }
  const ToolRun parent_diff = Tool("rules diff vn/lai-chau/si-lo-lau-nhap --rules " + out);
  REQUIRE(parent_diff.status == 0);
  CHECK(parent_diff.out.find("+ reports.semiannual") != std::string::npos);

  // The deadline tests written with the draft pass: "trước ngày 05/06" read as strict.
  const ToolRun test = Tool("rules test vn/lai-chau/si-lo-lau-nhap --rules " + out);
  CHECK_MESSAGE(test.status == 0, (test.out + test.err));
  CHECK(test.out.find("7 đạt, 0 không đạt") != std::string::npos);
  CHECK(test.out.find("3/5 = 60% là đạt (≥ 60%)") != std::string::npos);
  CHECK(test.out.find("gửi ngày 04/06/2026 là đúng hạn, ngày 05/06/2026 là chậm") !=
        std::string::npos);

  // A second run does not overwrite a pack a reviewer may have edited.
  const ToolRun again = Tool("rules draft " + kSiLoLau +
                             " --id vn/lai-chau/si-lo-lau-nhap --parent vn/lai-chau --out " + out);
  CHECK(again.status == 2);
  CHECK(again.err.find("--force") != std::string::npos);
  CHECK(Tool("rules draft " + kSiLoLau +
             " --id vn/lai-chau/si-lo-lau-nhap --parent vn/lai-chau "
             "--force --out " +
             out)
            .status == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("e2e draft: --compare measures the draft against a hand-written pack") {
  const auto dir = TempDir("draft-compare");
  const ToolRun run =
      Tool("rules draft " + kAnPhu + " --id nhap/an-phu --parent vn/hai-phong " +
           "--compare vn/hai-phong/an-phu --format json --out " + Quote(dir.string()));
  REQUIRE_MESSAGE(run.status == 0, run.err);
  const auto summary = nlohmann::json::parse(run.out);
  CHECK(summary["effective"] == "2026-04-30");
  const auto& comparison = summary["comparison"];
  CHECK(comparison["right"].get<int>() >= 45);
  int tasks = 0;
  for (const auto& value : comparison["values"]) {
    const std::string param = value["param"];
    if (param.rfind("tasks[", 0) == 0) ++tasks;
    if (param == "threshold" || param == "target" || param == "due" || param == "strict" ||
        param == "effective" || param.rfind("tasks[", 0) == 0) {
      CAPTURE(value.dump());
      CHECK(value["verdict"] == "right");
    }
  }
  CHECK(tasks == 31);  // PL-1 ... PL-13: due and lead_role, and from_year for the 5 yearly ones
  std::filesystem::remove_all(dir);
}

TEST_CASE("e2e draft: the tests written with each of the five drafts pass") {
  const auto dir = TempDir("draft-five");
  const std::string out = Quote(dir.string());
  const std::pair<const char*, const char*> plans[] = {{"000_c64ba62da180d764.txt", "vn/lai-chau"},
                                                       {"001_558a86c7bdd9a569.txt", "vn/bac-ninh"},
                                                       {"002_08a7413d3b6232b7.txt", "vn/hai-phong"},
                                                       {"003_6232d6d9fe3216a3.txt", "vn/lang-son"},
                                                       {"004_ad2a9defbabb9271.txt", "vn/ha-noi"}};
  for (const auto& [file, parent] : plans) {
    const ToolRun run =
        Tool("rules draft data/plans/" + std::string(file) + " --id nhap/" +
             std::string(file).substr(0, 3) + " --parent " + parent + " --out " + out);
    REQUIRE_MESSAGE(run.status == 0, run.err);
  }
  const ToolRun test = Tool("rules test --rules " + out + " " + out);
  CHECK_MESSAGE(test.status == 0, test.out);
  CHECK(test.out.find(" 0 không đạt") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("e2e draft: a Word document drafts the same pack as its text") {
  const auto dir = TempDir("draft-docx");
  const auto docx = dir / "ke-hoach-an-phu.docx";
  WriteDocx(kAnPhu, docx);
  const ToolRun from_docx =
      Tool("rules draft " + Quote(docx.string()) +
           " --id nhap/an-phu --parent vn/hai-phong --out " + Quote((dir / "docx").string()));
  REQUIRE_MESSAGE(from_docx.status == 0, from_docx.err);
  const ToolRun from_text = Tool("rules draft " + kAnPhu +
                                 " --id nhap/an-phu --parent vn/hai-phong "
                                 "--out " +
                                 Quote((dir / "text").string()));
  REQUIRE(from_text.status == 0);
  const std::string docx_pack = ReadAll(dir / "docx/nhap/an-phu/pack.lua");
  CHECK(docx_pack.find("source = \"ke-hoach-an-phu.docx\"") != std::string::npos);
  CHECK(docx_pack.find("{ ref = \"PL-13\"") != std::string::npos);
  CHECK(WithoutSource(docx_pack) == WithoutSource(ReadAll(dir / "text/nhap/an-phu/pack.lua")));
  std::filesystem::remove_all(dir);
}

TEST_CASE("e2e draft: bad input is refused with what is wrong and nothing is written") {
  const auto dir = TempDir("draft-bad");
  const std::string out = Quote((dir / "out").string());
  ToolRun run = Tool("rules draft no-such-plan.txt --id nhap/x --parent vn --out " + out);
  CHECK(run.status == 2);
  CHECK_MESSAGE(run.err.find("no-such-plan.txt: không có tệp này") != std::string::npos, run.err);
  run = Tool("rules draft no-such-plan.txt --id nhap/x --parent vn --lang en --out " + out);
  CHECK_MESSAGE(run.err.find("no-such-plan.txt: no such file") != std::string::npos, run.err);

  std::ofstream(dir / "latin1.txt", std::ios::binary) << "I. M\xD5\x43 \xD0\xCD\x43H\n";
  run = Tool("rules draft " + Quote((dir / "latin1.txt").string()) +
             " --id nhap/x --parent vn --out " + out);
  CHECK(run.status == 2);
  CHECK_MESSAGE(run.err.find("latin1.txt:1: không phải văn bản UTF-8 hợp lệ") != std::string::npos,
                run.err);
  run = Tool("rules draft " + Quote((dir / "latin1.txt").string()) +
             " --id nhap/x --parent vn --lang en --out " + out);
  CHECK_MESSAGE(run.err.find("latin1.txt:1: not valid UTF-8") != std::string::npos, run.err);

  std::ofstream(dir / "fake.docx", std::ios::binary) << "not a zip at all";
  run = Tool("rules draft " + Quote((dir / "fake.docx").string()) +
             " --id nhap/x --parent vn --out " + out);
  CHECK(run.status == 2);
  CHECK(run.err.find("fake.docx: ") != std::string::npos);

  run = Tool("rules draft " + kSiLoLau + " --id nhap/x --parent vn/no-such --out " + out);
  CHECK(run.status == 2);
  CHECK(run.err.find("--parent vn/no-such") != std::string::npos);

  run = Tool("rules draft " + kSiLoLau + " --id 'Nháp X' --parent vn --out " + out);
  CHECK(run.status == 2);
  CHECK(run.err.find("không phải id của gói") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "out"));
  std::filesystem::remove_all(dir);
}

}  // namespace tuanthu::testing
