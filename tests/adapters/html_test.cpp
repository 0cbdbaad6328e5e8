// The HTML report: everything from the data escaped, nothing loaded from outside, the KPI numbers
// in data attributes and text, passes kept out of the findings, every deadline state shown.
#include "output/html.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <regex>

#include "report_test_util.h"

namespace tuanthu::report_test {
namespace {

size_t CountOf(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The opening tag of the first element whose attributes contain `marker`.
std::string TagWith(const std::string& html, const std::string& marker) {
  const size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  const size_t open = html.rfind('<', at);
  return html.substr(open, html.find('>', at) - open + 1);
}

}  // namespace

TEST_CASE("html escape: the five characters and control characters") {
  CHECK(HtmlEscape(R"(<a href="x">'&'</a>)") ==
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(HtmlEscape("Sì Lở Lầu\ttab\nline") == "Sì Lở Lầu\ttab\nline");
  CHECK(HtmlEscape(std::string("a\x01z", 3)) == "a\xEF\xBF\xBDz");
  CHECK(HtmlEscape("") == "");
}

TEST_CASE("html report: a unit named <script> and quotes in a message show as text") {
  const std::string html = RenderHtml(SampleResult(), {});
  // No element the data did not come from the renderer itself: no script, no img.
  CHECK(Lower(html).find("<script") == std::string::npos);
  CHECK(Lower(html).find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("Báo cáo &quot;quý&quot; của đơn vị &#39;A&#39; &amp; &#39;B&#39; "
                  "&lt;b&gt;chậm&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("Xã &lt;b&gt;Thử&lt;/b&gt; &amp; &quot;Mẫu&quot;") != std::string::npos);
  // In attribute values too.
  CHECK(html.find("data-unit=\"&lt;script&gt;alert(1)&lt;/script&gt;\"") != std::string::npos);
}

TEST_CASE("html report: self-contained, nothing to fetch, no script") {
  const std::string html = RenderHtml(SampleResult(), {});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  for (const char* outside : {"http://", "https://", "//fonts", "<link", "@import", "src=\"",
                              "@font-face", "<iframe", "<object", "<embed"}) {
    CAPTURE(outside);
    CHECK(html.find(outside) == std::string::npos);
  }
  // url() only for the page's own SVG pattern.
  for (size_t at = html.find("url("); at != std::string::npos; at = html.find("url(", at + 1)) {
    CHECK(html.compare(at, 5, "url(#") == 0);
  }
  CHECK(html.find("@page") != std::string::npos);
  CHECK(html.find("size: A4") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
}

TEST_CASE("html report: KPI bars carry their numbers as data attributes and as text") {
  const std::string html = RenderHtml(SampleResult(), {});
  const std::string share = TagWith(html, "data-rule=\"meetings.online_share\" data-unit=\"\"");
  REQUIRE_FALSE(share.empty());
  CHECK(share.find("data-kind=\"share\"") != std::string::npos);
  CHECK(share.find("data-period=\"2026\"") != std::string::npos);
  CHECK(share.find("data-observed=\"0.605634\"") != std::string::npos);
  CHECK(share.find("data-expected=\"0.6\"") != std::string::npos);
  CHECK(share.find("data-numerator=\"43\"") != std::string::npos);
  CHECK(share.find("data-denominator=\"71\"") != std::string::npos);
  CHECK(share.find("data-severity=\"pass\"") != std::string::npos);
  CHECK(
      html.find("<span class=\"kpi-obs\">60,5%</span> <span class=\"kpi-count\">(43/71)</span>") !=
      std::string::npos);
  CHECK(html.find("Chỉ tiêu 60%") != std::string::npos);

  const std::string reduction = TagWith(html, "data-rule=\"meetings.reduction\"");
  REQUIRE_FALSE(reduction.empty());
  CHECK(reduction.find("data-kind=\"reduction\"") != std::string::npos);
  CHECK(reduction.find("data-observed=\"80\"") != std::string::npos);
  CHECK(reduction.find("data-expected=\"84.6\"") != std::string::npos);
  CHECK(reduction.find("data-denominator=\"94\"") != std::string::npos);
  CHECK(html.find("Tối đa 84,6 · năm 2025: 94") != std::string::npos);

  // The charts are of the locality as a whole: a unit's KPI is not charted.
  CHECK(CountOf(html, "<div class=\"kpi ") == 2);
  CHECK(CountOf(html, "<svg class=\"bar\"") == 2);
  CHECK(CountOf(html, "<line class=\"target\"") == 2);
}

TEST_CASE("html report: passes stay out of the findings, every deadline state is shown") {
  const std::string html = RenderHtml(SampleResult(), {});
  // The findings: 2 violations of deadlines, 1 of duration; 2 warnings; 1 info.
  CHECK(html.find("data-severity=\"pass\"><h4>") == std::string::npos);
  CHECK(CountOf(html, "<tr class=\"violation\"") == 3);
  CHECK(CountOf(html, "<tr class=\"warning\"") == 3);
  CHECK(CountOf(html, "<tr class=\"info\"") == 1);
  CHECK(CountOf(html, "<tr class=\"pass\"") == 0);
  // A met deadline shows in the timeline, without its message.
  CHECK(html.find("Đã có báo cáo 6 tháng 2026-H1 ngày 03/06/2026") == std::string::npos);
  for (const char* state : {"met", "late", "missing", "due-soon", "pending", "not-applicable"}) {
    CAPTURE(state);
    CHECK(html.find(std::string("data-state=\"") + state + "\"") != std::string::npos);
  }
  CHECK(html.find("Chưa đến hạn") != std::string::npos);
  // Dates for people: dd/mm/yyyy.
  CHECK(html.find("<td class=\"num\">04/06/2026</td><td class=\"num\">05/06/2026</td>") !=
        std::string::npos);
  CHECK(html.find("24/11/2026") != std::string::npos);
  // The manual checklist.
  CHECK(html.find("<ol class=\"checklist\">") != std::string::npos);
}

TEST_CASE("html report: English labels, and an overview only for several localities") {
  RenderOptions english;
  english.lang = Lang::kEn;
  const std::string html = RenderHtml(SampleResult(), english);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("Findings by severity") != std::string::npos);
  CHECK(html.find("Manual checklist") != std::string::npos);
  CHECK(html.find("Phát hiện theo mức độ") == std::string::npos);
  CHECK(html.find("class=\"overview\"") == std::string::npos);

  CheckResult two = SampleResult();
  LocalityResult second = two.localities[0];
  second.code = "L2";
  second.name = "Phường Hai";
  second.level = "ward";
  two.localities.push_back(second);
  const std::string sweep = RenderHtml(two, {});
  CHECK(sweep.find("<table class=\"overview\">") != std::string::npos);
  CHECK(sweep.find("id=\"loc-L1\"") != std::string::npos);
  CHECK(sweep.find("id=\"loc-L2\"") != std::string::npos);
  CHECK(sweep.find("href=\"#loc-L2\"") != std::string::npos);
  CHECK(sweep.find("Tổng hợp các địa phương") != std::string::npos);
}

TEST_CASE("html report: an empty check still gives a whole page") {
  CheckResult result;
  result.as_of = Date::FromCivil(2026, 6, 10);
  LocalityResult locality;
  locality.code = "L1";
  locality.name = "Xã Trống";
  locality.level = "commune";
  locality.effective = Date::FromCivil(2026, 5, 1);
  result.localities = {locality};
  const std::string html = RenderHtml(result, {});
  CHECK(html.find("Không có phát hiện nào.") != std::string::npos);
  CHECK(html.find("Không có chỉ tiêu nào được đo.") != std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
  CHECK(
      std::regex_search(html, std::regex("<section class=\"locality\"[^>]*data-locality=\"L1\"")));
}

}  // namespace tuanthu::report_test
