// The reports of a sweep at the size of a few provinces: a generated data set (bench/sweep.py,
// 240 communes in 6 provinces, deterministic) imported into a store with a recorded earlier run,
// then checked as the paged HTML report and the sweep workbook. Every link resolves, every
// commune has its page, the rollups equal the sums of the commune pages, the trend compares with
// the recorded run, Chromium renders the index, and openpyxl reads the workbook back to the JSON.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "output/html_site.h"
#include "output/xlsx_sweep.h"
#include "report_test_util.h"

namespace tuanthu::report_test {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr int kCommunes = 240;
constexpr int kProvinces = 6;

// The data set and the reports, made once per test process.
struct Sweep {
  ScratchDir dir{"site"};
  json june;                                  // the recorded run's JSON
  json all;                                   // the check as of 24/11/2026, passes included
  std::map<std::string, std::string> parent;  // commune code -> province code
  std::string site;
  std::string xlsx;
};

void Run(const std::string& args) {
  const CommandRun run = Tuanthu(args);
  INFO(args);
  INFO(run.err);
  REQUIRE((run.status == 0 || run.status == 1));
}

const Sweep& MakeSweep() {
  static Sweep* sweep = [] {
    auto* s = new Sweep;
    const std::string data = s->dir / "data";
    const std::string store = s->dir / "store.db";
    const CommandRun generated =
        Shell(std::string(kPython) + " bench/sweep.py " + std::to_string(kCommunes) + " " +
              std::to_string(kProvinces) + " " + Quote(data) + " --keep 0.1");
    INFO(generated.err);
    REQUIRE(generated.status == 0);
    Run("import --quiet --data " + Quote(data) + " --db " + Quote(store));
    const std::string checked = "check --data " + Quote(store) + " --fail-on never ";
    Run(checked + "--as-of 2026-06-10 --record --quiet --format json --out " +
        Quote(s->dir / "june.json"));
    Run(checked + "--as-of 2026-11-24 --include-pass --format json --out " +
        Quote(s->dir / "all.json"));
    s->site = s->dir / "site";
    s->xlsx = s->dir / "sweep.xlsx";
    Run(checked + "--as-of 2026-11-24 --format html --out " + Quote(s->site));
    Run(checked + "--as-of 2026-11-24 --format xlsx --out " + Quote(s->xlsx));
    s->june = json::parse(ReadFile(s->dir / "june.json"));
    s->all = json::parse(ReadFile(s->dir / "all.json"));
    std::istringstream localities(ReadFile(data + "/localities.csv"));
    std::string line;
    std::getline(localities, line);  // header: code,name,level,parent_code,pack
    while (std::getline(localities, line)) {
      std::vector<std::string> cells;
      std::stringstream row(line);
      for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
      if (cells.size() >= 4 && cells[2] != "province") s->parent[cells[0]] = cells[3];
    }
    return s;
  }();
  return *sweep;
}

std::vector<fs::path> Pages(const std::string& site) {
  std::vector<fs::path> pages;
  for (const auto& entry : fs::recursive_directory_iterator(site)) {
    if (entry.path().extension() == ".html") pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// The first number captured by `pattern` in `text`, or -1.
int64_t First(const std::string& text, const std::string& pattern) {
  std::smatch match;
  if (!std::regex_search(text, match, std::regex(pattern))) return -1;
  return std::stoll(match[1]);
}

int64_t Tile(const std::string& page, const std::string& total) {
  return First(page, "data-total=\"" + total + "\"><div class=\"n\">(\\d+)");
}

int64_t CommuneTile(const std::string& page, const std::string& css) {
  return First(page, "<div class=\"tile " + css + "\"><div class=\"n\">(\\d+)");
}

// Each KPI's trend between the June run and November, computed from the two runs' JSON (each
// commune's locality-wide KPI outcomes, as its page shows them), over the communes with an
// outcome in both.
struct Trend {
  int compared = 0, met_then = 0, met_now = 0;
};
struct KpiTrends {
  std::map<std::string, Trend> country;                                     // by rule
  std::map<std::string, std::map<std::string, Trend>> provinces, communes;  // by code, rule
};

KpiTrends TrendsFromJson(const Sweep& sweep) {
  std::map<std::string, std::map<std::string, std::string>> june;  // code -> rule -> status
  for (const json& l : sweep.june["localities"]) {
    for (const json& k : l["kpis"]) june[l["code"]][k["rule"]] = k["status"];
  }
  KpiTrends trends;
  for (const json& l : sweep.all["localities"]) {
    const std::string code = l["code"];
    for (const json& k : l["kpis"]) {
      const std::string rule = k["rule"];
      auto then = june[code].find(rule);
      for (Trend* t : {&trends.communes[code][rule], &trends.provinces[sweep.parent.at(code)][rule],
                       &trends.country[rule]}) {
        if (then == june[code].end()) continue;
        ++t->compared;
        t->met_then += then->second == "pass" ? 1 : 0;
        t->met_now += k["status"] == "pass" ? 1 : 0;
      }
    }
  }
  return trends;
}

TEST_CASE("paged report: 240 communes in 6 provinces, every page, link and rollup") {
  const Sweep& sweep = MakeSweep();
  const json& localities = sweep.all["localities"];
  REQUIRE(localities.size() == kCommunes);
  REQUIRE(sweep.parent.size() == kCommunes);

  SUBCASE("a page per commune and per province, the index small, nothing to load") {
    for (const json& l : localities) {
      CAPTURE(l["code"]);
      CHECK(fs::exists(sweep.site + "/c/" + PageName(l["code"]) + ".html"));
    }
    std::set<std::string> provinces;
    for (const auto& entry : sweep.parent) provinces.insert(entry.second);
    CHECK(provinces.size() == kProvinces);
    for (const std::string& p : provinces) CHECK(fs::exists(sweep.site + "/p/" + p + ".html"));
    CHECK(Pages(sweep.site).size() == 1 + kProvinces + kCommunes);
    CHECK(fs::file_size(sweep.site + "/index.html") <= 2u << 20);
    CHECK(fs::exists(sweep.site + "/style.css"));
    for (const fs::path& page : Pages(sweep.site)) {
      const std::string html = ReadFile(page.string());
      CAPTURE(page.string());
      CHECK(html.find("<script") == std::string::npos);
      CHECK(html.find("://") == std::string::npos);
      CHECK(html.find("Content-Security-Policy") != std::string::npos);
    }
  }

  SUBCASE("the same data and date give the same pages, byte for byte") {
    const std::string again = sweep.dir / "again";
    Run("check --data " + Quote(sweep.dir / "store.db") +
        " --fail-on never --as-of 2026-11-24 --format html --out " + Quote(again + "/"));
    const std::vector<fs::path> first = Pages(sweep.site), second = Pages(again);
    REQUIRE(first.size() == second.size());
    for (size_t i = 0; i < first.size(); ++i) {
      CAPTURE(first[i].string());
      CHECK(fs::relative(first[i], sweep.site) == fs::relative(second[i], again));
      CHECK(ReadFile(first[i].string()) == ReadFile(second[i].string()));
    }
  }

  SUBCASE("every link resolves to a file, and every anchor to an element of it") {
    std::map<std::string, std::string> cache;
    auto text = [&](const fs::path& path) -> const std::string& {
      auto [it, inserted] = cache.try_emplace(path.string());
      if (inserted) it->second = ReadFile(path.string());
      return it->second;
    };
    const std::regex href("href=\"([^\"]*)\"");
    size_t links = 0;
    for (const fs::path& page : Pages(sweep.site)) {
      const std::string& html = text(page);
      for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
           it != std::sregex_iterator(); ++it, ++links) {
        const std::string target = (*it)[1];
        CAPTURE(page.string());
        CAPTURE(target);
        const size_t hash = target.find('#');
        const std::string file = target.substr(0, hash);
        const fs::path resolved =
            file.empty() ? page : fs::weakly_canonical(page.parent_path() / file);
        REQUIRE(fs::exists(resolved));
        if (hash != std::string::npos) {
          CHECK(text(resolved).find("id=\"" + target.substr(hash + 1) + "\"") != std::string::npos);
        }
      }
    }
    CHECK(links > static_cast<size_t>(kCommunes) * 3);
    // Both ways: the index links every province; a province every commune of it; a commune
    // its province and the index.
    const std::string index = text(sweep.site + "/index.html");
    for (const auto& [code, province] : sweep.parent) {
      CAPTURE(code);
      CHECK(index.find("href=\"p/" + province + ".html\"") != std::string::npos);
      CHECK(text(sweep.site + "/p/" + province + ".html")
                .find("href=\"../c/" + PageName(code) + ".html\"") != std::string::npos);
      const std::string& commune = text(sweep.site + "/c/" + PageName(code) + ".html");
      CHECK(commune.find("href=\"../p/" + province + ".html\"") != std::string::npos);
      CHECK(commune.find("href=\"../index.html\"") != std::string::npos);
    }
  }

  SUBCASE("rollups equal the sums of the commune pages; the trend compares with June") {
    struct Sums {
      int64_t violations = 0, warnings = 0, communes = 0;
      std::map<std::string, std::pair<int, int>> kpis;  // rule -> met, measured
    };
    std::map<std::string, Sums> by_province;
    Sums country;
    const std::regex kpi(
        "<div class=\"kpi ([a-z]+)\" data-kind=\"[a-z]+\" data-locality=\"[^\"]*\" "
        "data-rule=\"([^\"]+)\" data-unit=\"\"");
    for (const auto& [code, province] : sweep.parent) {
      const std::string page = ReadFile(sweep.site + "/c/" + PageName(code) + ".html");
      CAPTURE(code);
      const int64_t violations = CommuneTile(page, "violation");
      const int64_t warnings = CommuneTile(page, "warning");
      REQUIRE(violations >= 0);
      REQUIRE(warnings >= 0);
      for (Sums* sums : {&by_province[province], &country}) {
        sums->violations += violations;
        sums->warnings += warnings;
        ++sums->communes;
        for (auto it = std::sregex_iterator(page.begin(), page.end(), kpi);
             it != std::sregex_iterator(); ++it) {
          auto& [met, measured] = sums->kpis[(*it)[2]];
          met += (*it)[1] == "pass" ? 1 : 0;
          ++measured;
        }
      }
    }
    auto compare = [](const std::string& page, const Sums& sums) {
      CHECK(Tile(page, "communes") == sums.communes);
      CHECK(Tile(page, "violations") == sums.violations);
      CHECK(Tile(page, "warnings") == sums.warnings);
      CHECK(!sums.kpis.empty());
      for (const auto& [rule, counts] : sums.kpis) {
        CAPTURE(rule);
        const std::string at = "data-rule=\"" + rule + "\" data-met=\"";
        CHECK(First(page, at + "(\\d+)\"") == counts.first);
        CHECK(First(page, at + "\\d+\" data-measured=\"(\\d+)\"") == counts.second);
      }
    };
    for (const auto& [province, sums] : by_province) {
      CAPTURE(province);
      compare(ReadFile(sweep.site + "/p/" + province + ".html"), sums);
    }
    const std::string index = ReadFile(sweep.site + "/index.html");
    compare(index, country);
    CHECK(country.violations == sweep.all["summary"]["violation"].get<int64_t>());
    // Every commune was in the June run: the trend's base is that run's whole count.
    CHECK(First(index, "class=\"trend [a-z]+\" data-previous=\"(\\d+)\"") ==
          sweep.june["summary"]["violation"].get<int64_t>());
    CHECK(index.find("lần chạy #1 ngày 10/06/2026") != std::string::npos);
  }

  SUBCASE("the KPI trend against June equals the two runs' JSON, at every level") {
    const KpiTrends trends = TrendsFromJson(sweep);
    // The rows of a page's KPI trend table.
    auto rows = [](const std::string& page) {
      std::map<std::string, Trend> found;
      const size_t start = page.find("<section class=\"kpi-trend\"");
      if (start == std::string::npos) return found;
      const std::string section = page.substr(start, page.find("</section>", start) - start);
      const std::regex row(
          "<tr data-rule=\"([^\"]+)\" data-compared=\"(\\d+)\" data-met-then=\"(\\d+)\" "
          "data-met-now=\"(\\d+)\">");
      for (auto it = std::sregex_iterator(section.begin(), section.end(), row);
           it != std::sregex_iterator(); ++it) {
        found[(*it)[1]] = {std::stoi((*it)[2]), std::stoi((*it)[3]), std::stoi((*it)[4])};
      }
      return found;
    };
    auto compare = [](const std::map<std::string, Trend>& page,
                      const std::map<std::string, Trend>& from_json) {
      for (const auto& [rule, trend] : page) {
        CAPTURE(rule);
        if (from_json.count(rule) == 0) CHECK(trend.compared == 0);
      }
      for (const auto& [rule, trend] : from_json) {
        CAPTURE(rule);
        REQUIRE(page.count(rule) == 1);
        CHECK(page.at(rule).compared == trend.compared);
        CHECK(page.at(rule).met_then == trend.met_then);
        CHECK(page.at(rule).met_now == trend.met_now);
      }
    };
    const std::string index = ReadFile(sweep.site + "/index.html");
    compare(rows(index), trends.country);
    CHECK(index.find("data-previous-run=\"1\"") != std::string::npos);
    for (const auto& [province, trend] : trends.provinces) {
      CAPTURE(province);
      compare(rows(ReadFile(sweep.site + "/p/" + province + ".html")), trend);
    }
    for (const auto& [code, trend] : trends.communes) {
      CAPTURE(code);
      compare(rows(ReadFile(sweep.site + "/c/" + PageName(code) + ".html")), trend);
    }
    // Something to compare, and something that changed between June and November.
    int compared = 0, changed = 0;
    for (const auto& [rule, trend] : trends.country) {
      compared += trend.compared;
      changed += std::abs(trend.met_now - trend.met_then);
    }
    CHECK(compared > kCommunes);
    CHECK(changed > 0);
  }

  SUBCASE("rankings: at most 20 per KPI, worst first, each a commune that missed the target") {
    const std::string index = ReadFile(sweep.site + "/index.html");
    // (Plain searches: std::regex recurses per character and long matches overflow its stack.)
    auto between = [&](size_t from, const std::string& open, const std::string& close,
                       size_t* end) {
      const size_t start = index.find(open, from);
      if (start == std::string::npos) return std::string();
      const size_t stop = index.find(close, start);
      *end = stop;
      return index.substr(start, stop - start);
    };
    size_t tables = 0, at = 0;
    for (std::string body;
         !(body = between(at, "<table class=\"ranking\">", "</table>", &at)).empty(); ++tables) {
      const std::regex row("<tr data-locality=\"([^\"]+)\">");
      size_t rows = 0;
      for (auto r = std::sregex_iterator(body.begin(), body.end(), row);
           r != std::sregex_iterator(); ++r, ++rows) {
        CHECK(sweep.parent.count((*r)[1]) == 1);
      }
      CHECK(rows >= 1);
      CHECK(rows <= 20);
    }
    CHECK(tables > 0);
    // The distribution charts count every measured commune once.
    size_t charts = 0;
    at = 0;
    for (std::string chart;
         !(chart = between(at, "<div class=\"kpi-rollup\"", "</svg>", &at)).empty(); ++charts) {
      const int64_t measured = First(chart, "data-measured=\"(\\d+)\"");
      const std::regex band("data-band=\"[a-z0-9]+\" data-count=\"(\\d+)\"");
      int64_t total = 0;
      for (auto b = std::sregex_iterator(chart.begin(), chart.end(), band);
           b != std::sregex_iterator(); ++b) {
        total += std::stoll((*b)[1]);
      }
      CHECK(total == measured);
    }
    CHECK(charts > 0);
  }

  SUBCASE("Chromium renders the index") {
    if (!HaveChromium()) {
      MESSAGE("skipped: /usr/bin/chromium is not installed (apt-get install chromium)");
      return;
    }
    const std::string png = sweep.dir / "index.png";
    const CommandRun shot =
        Shell(ChromiumCommand(sweep.dir / "profile") + " --screenshot=" + Quote(png) +
              " --window-size=1000,1400 " + Quote("file://" + sweep.site + "/index.html"));
    INFO(shot.err);
    REQUIRE(shot.status == 0);
    const std::string bytes = ReadFile(png);
    REQUIRE(bytes.size() > 24);
    CHECK(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    // A blank or unstyled page compresses to a few kilobytes; the report has text and colour.
    CHECK(bytes.size() > 40000);
    // The DOM Chromium built has the provinces and the KPI charts.
    const CommandRun dom = Shell(ChromiumCommand(sweep.dir / "profile-dom") + " --dump-dom " +
                                 Quote("file://" + sweep.site + "/index.html"));
    REQUIRE(dom.status == 0);
    CHECK(dom.out.find("svg class=\"distribution\"") != std::string::npos);
    CHECK(dom.out.find("data-province=\"P06\"") != std::string::npos);
  }
}

constexpr const char* kReadWorkbook = R"py(
import json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = {"sheets": [], "findings": [], "communes": {}, "country": None, "provinces": []}
for sheet in book.worksheets:
    out["sheets"].append(sheet.title)
rows = list(book["Phát hiện"].iter_rows(values_only=True))
out["findings"] = [[r[0], r[2], r[3], r[7]] for r in rows[1:]]
for r in list(book["Xã, phường"].iter_rows(values_only=True))[1:]:
    out["communes"][r[0]] = [r[2], r[4], r[5]]
levels = list(book["Cả nước"].iter_rows(values_only=True))
out["country"] = [levels[4][2], levels[4][3], levels[4][4], levels[4][7]]
for r in list(book["Tỉnh"].iter_rows(values_only=True))[1:]:
    out["provinces"].append([r[0], r[2], r[3], r[4]])
out["kpi_rows"] = sum(1 for _ in book["KPI"].iter_rows()) - 1
# The KPI trend: the country's KPI block (by its headers), each province's trend columns.
head = list(levels[6])
at = {name: head.index(name) for name in
      ("Xã có kết quả cả hai lần", "Xã đạt lần trước", "Xã đạt nay (cùng xã)")}
out["country_trend"] = {}
for r in levels[7:]:
    if r[0] is None or r[at["Xã có kết quả cả hai lần"]] is None:
        continue
    out["country_trend"][r[0]] = [r[at[name]] for name in
        ("Xã có kết quả cả hai lần", "Xã đạt lần trước", "Xã đạt nay (cùng xã)")]
rows = list(book["Tỉnh"].iter_rows(values_only=True))
head = list(rows[0])
out["province_trend"] = {}
for r in rows[1:]:
    shares = {}
    for i, name in enumerate(head):
        if name and name.startswith("Lần trước, tỷ lệ xã đạt: "):
            rule = name[len("Lần trước, tỷ lệ xã đạt: "):]
            shares[rule] = [r[i], r[i + 1], r[i + 2]]
    out["province_trend"][r[0]] = shares
print(json.dumps(out, ensure_ascii=False))
)py";

TEST_CASE("sweep workbook: 7 sheets whatever the size, read back by openpyxl as the JSON") {
  if (!HaveOpenpyxl()) {
    MESSAGE("skipped: python3-openpyxl is not installed");
    return;
  }
  const Sweep& sweep = MakeSweep();
  const std::string script = sweep.dir / "read.py";
  WriteFile(script, kReadWorkbook);
  const CommandRun read =
      Shell(std::string(kPython) + " " + Quote(script) + " " + Quote(sweep.xlsx));
  INFO(read.err);
  REQUIRE(read.status == 0);
  const json book = json::parse(read.out);
  CHECK(book["sheets"] == json({"Cả nước", "Tỉnh", "Xã, phường", "KPI", "Phát hiện", "Thời hạn",
                                "Kiểm tra thủ công"}));
  CHECK(book["sheets"].size() == static_cast<size_t>(kSweepSheets));

  // The findings sheet is the JSON's non-pass findings, in order.
  std::vector<json> expected;
  for (const json& f : sweep.all["findings"]) {
    if (f["severity"] != "pass") expected.push_back(f);
  }
  REQUIRE(book["findings"].size() == expected.size());
  static const std::map<std::string, std::string> kWord = {
      {"violation", "Vi phạm"}, {"warning", "Cảnh báo"}, {"info", "Thông tin"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    const json& row = book["findings"][i];
    CAPTURE(i);
    CHECK(row[0] == expected[i]["locality"]);
    CHECK(row[1] == expected[i]["rule"]);
    CHECK(row[2] == kWord.at(expected[i]["severity"]));
    CHECK(row[3] == expected[i]["message"]);
  }

  // A row per commune with the JSON's counts; provinces and the country add up.
  REQUIRE(book["communes"].size() == static_cast<size_t>(kCommunes));
  for (const json& l : sweep.all["localities"]) {
    const json& row = book["communes"][l["code"].get<std::string>()];
    CAPTURE(l["code"]);
    CHECK(row[0] == sweep.parent.at(l["code"]));
    CHECK(row[1] == l["summary"].value("violation", 0));
    CHECK(row[2] == l["summary"].value("warning", 0));
  }
  int64_t communes = 0, violations = 0, warnings = 0;
  CHECK(book["provinces"].size() == static_cast<size_t>(kProvinces));
  for (const json& p : book["provinces"]) {
    communes += p[1].get<int64_t>();
    violations += p[2].get<int64_t>();
    warnings += p[3].get<int64_t>();
  }
  CHECK(book["country"][0] == communes);
  CHECK(book["country"][1] == violations);
  CHECK(book["country"][2] == warnings);
  CHECK(communes == kCommunes);
  CHECK(violations == sweep.all["summary"]["violation"].get<int64_t>());
  CHECK(book["kpi_rows"].get<int64_t>() > kCommunes);

  // The KPI trend against June: the counts of the JSON on the country sheet, the shares and
  // change (in points) of each province.
  const KpiTrends trends = TrendsFromJson(sweep);
  int compared_rules = 0;
  for (const auto& [rule, trend] : trends.country) {
    CAPTURE(rule);
    compared_rules += trend.compared > 0 ? 1 : 0;
    CHECK(book["country_trend"][rule] == json({trend.compared, trend.met_then, trend.met_now}));
  }
  CHECK(compared_rules > 0);
  CHECK(book["country_trend"].size() == trends.country.size());
  for (const auto& [province, by_rule] : trends.provinces) {
    for (const auto& [rule, trend] : by_rule) {
      CAPTURE(province);
      CAPTURE(rule);
      const json& cells = book["province_trend"][province][rule];
      if (trend.compared == 0) {
        CHECK(cells == json({nullptr, nullptr, nullptr}));
        continue;
      }
      const double then = static_cast<double>(trend.met_then) / trend.compared;
      const double now = static_cast<double>(trend.met_now) / trend.compared;
      CHECK(cells[0].get<double>() == doctest::Approx(then));
      CHECK(cells[1].get<double>() == doctest::Approx(now));
      CHECK(cells[2].get<double>() == doctest::Approx(now - then));
    }
  }
}

}  // namespace
}  // namespace tuanthu::report_test
