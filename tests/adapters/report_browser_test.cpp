// The HTML report as a person sees it: the real binary's page opened in headless Chromium
// (Debian's chromium), checked through the DOM the browser built (the KPI numbers equal the JSON
// output's, data shows as text) and through a screenshot at A4 width. Skipped when
// /usr/bin/chromium is absent.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "report_test_util.h"

namespace tuanthu::report_test {
namespace {

using nlohmann::json;

constexpr const char* kSkip =
    "skipped: /usr/bin/chromium is not installed (apt-get install chromium)";

// The page's DOM after Chromium parsed and laid it out.
std::string DumpDom(const ScratchDir& dir, const std::string& html) {
  const CommandRun run =
      Shell(ChromiumCommand(dir / "profile-dom") + " --dump-dom " + Quote("file://" + html));
  INFO(run.err);
  REQUIRE(run.status == 0);
  REQUIRE(run.out.find("</html>") != std::string::npos);
  return run.out;
}

// Width and height from a PNG's IHDR chunk; {0, 0} when it is not a PNG.
std::pair<uint32_t, uint32_t> PngSize(const std::string& png) {
  if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) return {0, 0};
  auto word = [&](size_t at) {
    uint32_t value = 0;
    for (size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(png[at + i]);
    return value;
  };
  return {word(16), word(20)};
}

struct Kpi {
  std::map<std::string, std::string> data;  // data-* attributes
  std::string text;                         // the markup up to the chart's end
};

// Every KPI element of the DOM with its data attributes and the text shown beside its bar.
std::vector<Kpi> KpisOf(const std::string& dom) {
  std::vector<Kpi> kpis;
  const std::regex open("<div class=\"kpi [a-z]+\"([^>]*)>");
  const std::regex attribute("data-([a-z-]+)=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), open); it != std::sregex_iterator();
       ++it) {
    Kpi kpi;
    const std::string attributes = (*it)[1];
    for (auto a = std::sregex_iterator(attributes.begin(), attributes.end(), attribute);
         a != std::sregex_iterator(); ++a) {
      kpi.data[(*a)[1]] = (*a)[2];
    }
    const size_t start = static_cast<size_t>(it->position());
    kpi.text = dom.substr(start, dom.find("</svg>", start) - start);
    kpis.push_back(std::move(kpi));
  }
  return kpis;
}

// The text of the first element with `css_class` inside `markup`.
std::string TextOf(const std::string& markup, const std::string& css_class) {
  std::smatch match;
  if (!std::regex_search(markup, match, std::regex("class=\"" + css_class + "\">([^<]*)<"))) {
    return "";
  }
  return match[1];
}

bool SameNumber(const std::string& text, const json& value) {
  if (value.is_null()) return text.empty();
  if (!value.is_number() || text.empty()) return false;
  return std::fabs(std::stod(text) - value.get<double>()) <=
         1e-9 * std::max(1.0, std::fabs(value.get<double>()));
}

// A rule whose locality-wide outcome the engine reports as a KPI (shares and reductions).
bool IsKpiRule(const std::string& rule) {
  return rule.find("_share") != std::string::npos || rule.find("reduction") != std::string::npos ||
         rule == "documents.electronic_exchange" || rule == "dossiers.result_digitized" ||
         rule == "dossiers.internal_digitized" || rule == "dossiers.satisfaction" ||
         rule == "meetings.online_attendance" || rule == "tasks.electronic" ||
         rule == "reports.electronic";
}

void CheckKpisAgainstJson(const std::string& dom, const json& all) {
  const std::vector<Kpi> kpis = KpisOf(dom);
  REQUIRE(kpis.size() > 0);
  std::set<std::string> charted;
  for (const Kpi& kpi : kpis) {
    const auto& d = kpi.data;
    CAPTURE(kpi.text);
    const json* match = nullptr;
    for (const json& f : all["findings"]) {
      if (f["locality"] == d.at("locality") && f["rule"] == d.at("rule") && f["unit"].is_null() &&
          f["period"] == d.at("period")) {
        match = &f;
      }
    }
    REQUIRE(match != nullptr);
    const json& f = *match;
    CHECK(d.at("unit").empty());
    CHECK(d.at("severity") == f["severity"]);
    CHECK(SameNumber(d.at("observed"), f["observed"]));
    CHECK(SameNumber(d.at("expected"), f["expected"]));
    charted.insert(d.at("locality") + " " + d.at("rule"));
    // What a reader sees beside the bar is what the engine's message says.
    const std::string message = f["message"];
    const std::string shown = TextOf(kpi.text, "kpi-obs");
    CHECK(!shown.empty());
    if (f["observed"].is_number()) CHECK(message.find(shown) != std::string::npos);
    const std::string count = TextOf(kpi.text, "kpi-count");
    if (!count.empty()) {
      CHECK(message.find(count) != std::string::npos);  // "(43/71)"
      CHECK(count == "(" + d.at("numerator") + "/" + d.at("denominator") + ")");
    }
    if (d.at("kind") == "reduction" && f["expected"].is_number()) {
      CHECK(TextOf(kpi.text, "kpi-target").rfind("Tối đa", 0) == 0);
    }
    const bool marker = kpi.text.find("<line class=\"target\"") != std::string::npos;
    CHECK(marker != f["expected"].is_null());
  }
  // Every locality-wide KPI outcome of the latest period is charted.
  std::map<std::string, std::string> latest;
  for (const json& f : all["findings"]) {
    if (!f["unit"].is_null() || !IsKpiRule(f["rule"])) continue;
    const std::string key = f["locality"].get<std::string>() + " " + f["rule"].get<std::string>();
    latest[key] = std::max(latest[key], f["period"].get<std::string>());
  }
  for (const auto& [key, period] : latest) {
    CAPTURE(key);
    CHECK(charted.count(key) == 1);
  }
  CHECK(charted.size() == latest.size());
}

struct Page {
  std::string dom;
  json all;
};

Page Render(const ScratchDir& dir, const std::string& data_args, const std::string& name) {
  const std::string html = dir / (name + ".html");
  const CommandRun written = Tuanthu("check " + data_args + " --format html --out " + Quote(html));
  REQUIRE_MESSAGE((written.status == 0 || written.status == 1), written.err);
  const CommandRun all = Tuanthu("check " + data_args + " --format json --include-pass");
  REQUIRE_MESSAGE((all.status == 0 || all.status == 1), all.err);
  return {DumpDom(dir, html), json::parse(all.out)};
}

void Screenshot(const ScratchDir& dir, const std::string& name) {
  const std::string png = dir / (name + ".png");
  const CommandRun shot =
      Shell(ChromiumCommand(dir / "profile-shot") + " --screenshot=" + Quote(png) +
            " --window-size=794,1123 " + Quote("file://" + (dir / (name + ".html"))));
  INFO(shot.err);
  REQUIRE(shot.status == 0);
  const std::string bytes = ReadFile(png);
  CHECK(PngSize(bytes) == std::make_pair(uint32_t{794}, uint32_t{1123}));
  // A blank or unstyled page compresses to a few kilobytes; the report has text and colour.
  CHECK(bytes.size() > 40000);
}

}  // namespace

TEST_CASE("browser: Sì Lở Lầu's report in Chromium shows the JSON's KPI numbers") {
  if (!HaveChromium()) {
    MESSAGE(kSkip);
    return;
  }
  ScratchDir dir("browser-sll");
  const Page page = Render(
      dir, "--data data/si-lo-lau --pack vn/lai-chau/si-lo-lau --as-of 2026-11-24", "si-lo-lau");
  CheckKpisAgainstJson(page.dom, page.all);
  std::set<std::string> rules;
  for (const Kpi& kpi : KpisOf(page.dom)) rules.insert(kpi.data.at("rule"));
  for (const char* rule : {"meetings.online_share", "meetings.reduction", "dossiers.digital_share",
                           "documents.digitized_share", "documents.electronic_exchange"}) {
    CAPTURE(rule);
    CHECK(rules.count(rule) == 1);
  }
  // The sections a reader looks for, in Vietnamese, dates dd/mm/yyyy.
  for (const char* text : {"1. Chỉ tiêu của kế hoạch", "2. Thời hạn", "3. Phát hiện theo mức độ",
                           "4. Nội dung kiểm tra thủ công", "Xã Sì Lở Lầu", "24/11/2026",
                           "data-state=\"late\"", "data-state=\"missing\"", "data-state=\"met\""}) {
    CAPTURE(text);
    CHECK(page.dom.find(text) != std::string::npos);
  }
  // The findings table: as many rows as the JSON has non-pass findings.
  size_t findings = 0;
  for (const json& f : page.all["findings"]) findings += f["severity"] != "pass" ? 1 : 0;
  const std::regex row("<tr class=\"(violation|warning|info)\"");
  CHECK(static_cast<size_t>(std::distance(
            std::sregex_iterator(page.dom.begin(), page.dom.end(), row), std::sregex_iterator())) ==
        findings);
  Screenshot(dir, "si-lo-lau");
}

TEST_CASE("browser: the province sweep has an overview and every locality's KPIs") {
  if (!HaveChromium()) {
    MESSAGE(kSkip);
    return;
  }
  ScratchDir dir("browser-sweep");
  const Page page = Render(dir, "--data data/province-sweep --as-of 2026-11-24", "sweep");
  CheckKpisAgainstJson(page.dom, page.all);
  CHECK(page.dom.find("<table class=\"overview\">") != std::string::npos);
  for (const json& locality : page.all["localities"]) {
    const std::string code = locality["code"];
    CAPTURE(code);
    CHECK(page.dom.find("id=\"loc-" + code + "\"") != std::string::npos);
    CHECK(page.dom.find("<tr data-locality=\"" + code + "\">") != std::string::npos);
  }
  Screenshot(dir, "sweep");
}

TEST_CASE("browser: a locality named <script> is text in the DOM, never an element") {
  if (!HaveChromium()) {
    MESSAGE(kSkip);
    return;
  }
  ScratchDir dir("browser-script");
  // The Sì Lở Lầu data set with the commune renamed.
  const std::filesystem::path data = dir.path() / "data";
  std::filesystem::copy(std::filesystem::path(TUANTHU_SOURCE_DIR) / "data/si-lo-lau", data);
  std::string localities = ReadFile((data / "localities.csv").string());
  const std::string name = "Xã Sì Lở Lầu";
  REQUIRE(localities.find(name) != std::string::npos);
  localities.replace(localities.find(name), name.size(), kScriptUnit);
  WriteFile((data / "localities.csv").string(), localities);

  const std::string html = dir / "script.html";
  const CommandRun written = Tuanthu("check --data " + Quote(data.string()) +
                                     " --as-of 2026-11-24 --format html --out " + Quote(html));
  REQUIRE_MESSAGE((written.status == 0 || written.status == 1), written.err);
  const std::string dom = DumpDom(dir, html);
  CHECK(dom.find("<script") == std::string::npos);
  CHECK(dom.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

}  // namespace tuanthu::report_test
