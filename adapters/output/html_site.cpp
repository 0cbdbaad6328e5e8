#include "output/html_site.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>

#include "output/html_parts.h"
#include "output/report_rollup.h"
#include "output/site_folder.h"

namespace tuanthu {
namespace {

using namespace html;
using report::Band;
using report::CommuneRow;
using report::KpiTally;
using report::Tally;

constexpr size_t kRankingSize = 20;

std::string T(Lang lang, std::string_view vi, std::string_view en) {
  return std::string(Tr(lang, vi, en));
}

std::string Int(int64_t n) { return std::to_string(n); }

// "a" or a dash when there is nothing to divide by.
std::string Share(int part, int whole, Lang lang) {
  if (whole == 0) return "—";
  return report::PercentText(static_cast<double>(part) / whole, lang);
}

class Site : public report::LocalitySink {
 public:
  Site(std::string dir, const report::ReportContext& context)
      : dir_(std::move(dir)), context_(context), lang_(context.lang), rollup_(context) {
    std::string refusal;
    auto earlier = site::EarlierReportFiles(dir_, lang_, &refusal);
    if (!earlier) {
      Fail(refusal);
      refused_ = true;
      return;
    }
    earlier_ = std::move(*earlier);
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(dir_) / "c", ec);
    std::filesystem::create_directories(std::filesystem::path(dir_) / "p", ec);
    if (ec) {
      Fail(Format(Tr(lang_, "không tạo được {0}: {1}", "cannot create {0}: {1}"),
                  {dir_, SystemErrorText(ec.value(), lang_)}));
      refused_ = true;
    }
  }

  void Add(const report::LocalityFeed& feed) override {
    const report::LocalityView view = report::ViewOf(feed);
    const CommuneRow& row = rollup_.Add(view);
    std::string page;
    Head(&page, view.locality->name, "../");
    page += "<div class=\"report-head\"><div class=\"kicker\">" +
            T(lang_, "Báo cáo kiểm tra tuân thủ", "Compliance check report") +
            "</div><div class=\"sub\">" + T(lang_, "Số liệu tính đến ngày", "Data as of") +
            " <strong>" + context_.as_of.Display() + "</strong></div></div>\n";
    const std::string crumbs = "<nav class=\"crumbs\"><a href=\"../index.html\">" + Country() +
                               "</a> › <a" +
                               Attr("href", "../p/" + PageName(row.province) + ".html") + ">" +
                               HtmlEscape(rollup_.ProvinceName(row.province)) + "</a> › " +
                               HtmlEscape(row.name) + "</nav>\n";
    RenderLocality(view, context_.as_of, lang_, context_.show_manual, &page, crumbs);
    KpiTrend(&page, row.tally, true);
    Foot(&page);
    Write("c/" + PageName(row.code) + ".html", page);
  }

  bool Finish(const std::vector<Diagnostic>& errors, std::string* error) override {
    Write("style.css", std::string(kStyle) + kSiteStyle);
    std::map<std::string, std::vector<const CommuneRow*>> by_province;
    for (const CommuneRow& row : rollup_.communes()) by_province[row.province].push_back(&row);
    for (const auto& [province, rows] : by_province) ProvincePage(province, rows);
    Index(errors);
    if (refused_) {
      if (error != nullptr) *error = error_;
      return false;
    }
    if (std::string tidy = site::FinishFolder(dir_, earlier_, written_, error_.empty(), lang_);
        !tidy.empty()) {
      Fail(tidy);
    }
    if (!error_.empty()) {
      if (error != nullptr) *error = error_;
      return false;
    }
    return true;
  }

 private:
  void Fail(const std::string& message) {
    if (error_.empty()) error_ = message;
  }

  void Write(const std::string& name, const std::string& text) {
    if (!error_.empty()) return;
    const std::string path = (std::filesystem::path(dir_) / name).string();
    const std::string temporary = path + ".tmp";
    {
      std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
      if (!file || !(file << text) || !file.flush()) {
        return Fail(Format(Tr(lang_, "không ghi được {0}: {1}", "cannot write {0}: {1}"),
                           {path, SystemErrorText(errno, lang_)}));
      }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
      return Fail(Format(Tr(lang_, "không ghi được {0}: {1}", "cannot write {0}: {1}"),
                         {path, SystemErrorText(ec.value(), lang_)}));
    }
    written_.insert(name);
  }

  std::string Country() const { return T(lang_, "Cả nước", "Country"); }

  void Head(std::string* out, const std::string& subject, const std::string& root) const {
    *out += "<!DOCTYPE html>\n<html" + Attr("lang", lang_ == Lang::kEn ? "en" : "vi") +
            ">\n<head>\n<meta charset=\"utf-8\">\n";
    // Nothing may load but the folder's own stylesheet: no script, no fetch.
    *out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'self' file:; img-src data:\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"tuanthu " TUANTHU_VERSION "\">\n";
    *out += "<title>" +
            HtmlEscape(subject + " — " +
                       T(lang_, "Báo cáo kiểm tra tuân thủ", "Compliance check report") + " — " +
                       context_.as_of.Display()) +
            "</title>\n<link rel=\"stylesheet\"" + Attr("href", root + "style.css") +
            ">\n</head>\n<body class=\"site\"" + Attr("data-as-of", context_.as_of.Iso()) + ">\n" +
            HatchDefs();
  }

  void Foot(std::string* out) const {
    *out += "<footer class=\"report-foot\">" +
            Format(T(lang_,
                     "Lập bằng tuanthu {0} từ dữ liệu hoạt động và gói quy tắc; số liệu tính "
                     "đến ngày {1}.",
                     "Made with tuanthu {0} from the activity data and the rule packs; data as "
                     "of {1}."),
                   {TUANTHU_VERSION, context_.as_of.Display()}) +
            "</footer>\n</body>\n</html>\n";
  }

  void Header(std::string* out, const std::string& title, const std::string& sub) const {
    *out += "<header class=\"report-head\">\n<div class=\"kicker\">" +
            T(lang_, "Báo cáo kiểm tra tuân thủ", "Compliance check report") + "</div>\n<h1>" +
            HtmlEscape(title) + "</h1>\n<div class=\"sub\">" +
            T(lang_, "Theo Kết luận số 226-KL/TW và Quyết định số 534/QĐ-TTg",
              "Under Conclusion 226-KL/TW and Decision 534/QĐ-TTg") +
            " · " + T(lang_, "Số liệu tính đến ngày", "Data as of") + " <strong>" +
            context_.as_of.Display() + "</strong> · " + sub + "</div>\n</header>\n";
  }

  // ---- Trend --------------------------------------------------------------------------------

  // "▲ +3" against the previous run, over the communes both runs covered; empty without one.
  std::string Trend(const Tally& tally, Severity severity) const {
    if (!context_.previous || tally.compared == 0) return "";
    const int64_t delta = tally.Now(severity) - tally.Previous(severity);
    const char* css = delta > 0 ? "up" : delta < 0 ? "down" : "same";
    const std::string sign = delta > 0 ? "▲ +" : delta < 0 ? "▼ −" : "= ";
    return std::string("<span class=\"trend ") + css + "\"" +
           Attr("data-previous", Int(tally.Previous(severity))) +
           Attr("title",
                Format(T(lang_, "so với lần chạy #{0} ngày {1} ({2} xã, phường so sánh được)",
                         "against run #{0} of {1} ({2} communes compared)"),
                       {Int(context_.previous->id), context_.previous->as_of.Display(),
                        Int(tally.compared)})) +
           ">" + sign + Int(delta < 0 ? -delta : delta) + "</span>";
  }

  std::string TrendNote() const {
    if (!context_.previous) {
      return T(lang_, "Chưa có lần chạy nào được lưu trước ngày này để so sánh.",
               "No run recorded before this date to compare with.");
    }
    std::string note =
        Format(T(lang_,
                 "Xu hướng so với lần chạy #{0} ngày {1}, trên các xã, phường cả hai lần "
                 "cùng kiểm tra.",
                 "Trend against run #{0} of {1}, over the communes both runs checked."),
               {Int(context_.previous->id), context_.previous->as_of.Display()});
    if (!context_.previous->scope.empty()) {
      note += " " + T(lang_, "Lần chạy đó có bộ lọc: ", "That run was filtered: ") +
              HtmlEscape(context_.previous->scope) + ".";
    }
    return note;
  }

  // ---- Tiles --------------------------------------------------------------------------------

  void Tiles(std::string* out, const Tally& tally, const std::string& scope) const {
    auto tile = [&](const char* css, const std::string& n, const std::string& label,
                    const std::string& detail, const std::string& key) {
      *out += std::string("<div class=\"tile ") + css + "\"" + Attr("data-total", key) +
              "><div class=\"n\">" + n + "</div><div class=\"l\">" + label + "</div>";
      if (!detail.empty()) *out += "<div class=\"d\">" + detail + "</div>";
      *out += "</div>";
    };
    *out += "<div class=\"tiles rollup-tiles\"" + Attr("data-scope", scope) + ">";
    tile("measures", Int(tally.communes), T(lang_, "Xã, phường", "Communes"), "", "communes");
    tile("violation", Int(tally.Count(Severity::kViolation)), T(lang_, "Vi phạm", "Violations"),
         Trend(tally, Severity::kViolation), "violations");
    tile("warning", Int(tally.Count(Severity::kWarning)), T(lang_, "Cảnh báo", "Warnings"),
         Trend(tally, Severity::kWarning), "warnings");
    tile("info", Int(tally.Count(Severity::kInfo)), T(lang_, "Thông tin", "Info"), "", "infos");
    tile("measures", Int(tally.kpis_met) + "<small>/" + Int(tally.kpis_measured) + "</small>",
         T(lang_, "Chỉ tiêu đạt", "KPIs met"),
         Share(tally.kpis_met, tally.kpis_measured, lang_) + " " +
             T(lang_, "lượt xã × chỉ tiêu", "of commune × KPI"),
         "kpis-met");
    const report::DeadlineTally& d = tally.deadlines;
    tile("deadlines", Int(d.met) + "<small>/" + Int(d.met + d.late + d.missing) + "</small>",
         T(lang_, "Thời hạn đúng hạn", "Deadlines met"),
         Format(T(lang_,
                  "<span data-total=\"late\">{0}</span> chậm · <span "
                  "data-total=\"missing\">{1}</span> chưa có · {2} sắp đến hạn",
                  "<span data-total=\"late\">{0}</span> late · <span "
                  "data-total=\"missing\">{1}</span> missing · {2} due soon"),
                {Int(d.late), Int(d.missing), Int(d.due_soon)}),
         "deadlines-met");
    *out += "</div>\n<p class=\"muted\">" + TrendNote() + "</p>\n";
  }

  // ---- Sort orders --------------------------------------------------------------------------

  struct Order {
    std::string id;
    std::string label;
    std::function<bool(const Tally&, const Tally&)> before;  // null: the given (code) order
    std::function<bool(const Tally&)> keep;                  // null: every row
  };

  std::vector<Order> Orders(const std::string& prefix) const {
    auto violations = [](const Tally& t) { return t.Count(Severity::kViolation); };
    auto overdue = [](const Tally& t) { return t.deadlines.late + t.deadlines.missing; };
    auto met_share = [](const Tally& t) {
      return t.kpis_measured == 0 ? 1.0 : static_cast<double>(t.kpis_met) / t.kpis_measured;
    };
    return {
        {prefix + "by-code", T(lang_, "theo mã", "by code"), nullptr, nullptr},
        {prefix + "by-violations", T(lang_, "nhiều vi phạm nhất", "most violations"),
         [=](const Tally& a, const Tally& b) { return violations(a) > violations(b); }, nullptr},
        {prefix + "by-kpis", T(lang_, "ít chỉ tiêu đạt nhất", "fewest KPIs met"),
         [=](const Tally& a, const Tally& b) { return met_share(a) < met_share(b); }, nullptr},
        {prefix + "by-deadlines", T(lang_, "nhiều thời hạn trễ nhất", "most deadlines missed"),
         [=](const Tally& a, const Tally& b) { return overdue(a) > overdue(b); }, nullptr},
        {prefix + "with-violations", T(lang_, "chỉ nơi có vi phạm", "only with violations"),
         nullptr, [=](const Tally& t) { return violations(t) > 0; }},
    };
  }

  // A table in each order, one shown at a time (the first unless an anchor names another).
  template <typename Item>
  void Ordered(std::string* out, const std::string& prefix, const std::vector<Item>& items,
               const std::function<const Tally&(const Item&)>& tally_of,
               const std::function<void(std::string*)>& head,
               const std::function<void(std::string*, const Item&)>& row) const {
    const std::vector<Order> orders = Orders(prefix);
    *out += "<div class=\"orders\">\n<nav>" + T(lang_, "Sắp xếp, lọc:", "Sort, filter:");
    for (const Order& order : orders) {
      *out += " <a" + Attr("href", "#" + order.id) + ">" + order.label + "</a>";
    }
    *out += "</nav>\n";
    bool first = true;
    for (const Order& order : orders) {
      std::vector<const Item*> sorted;
      for (const Item& item : items) {
        if (!order.keep || order.keep(tally_of(item))) sorted.push_back(&item);
      }
      if (order.before) {
        std::stable_sort(sorted.begin(), sorted.end(), [&](const Item* a, const Item* b) {
          return order.before(tally_of(*a), tally_of(*b));
        });
      }
      *out += std::string("<div class=\"order") + (first ? " default" : "") + "\"" +
              Attr("id", order.id) + Attr("data-order", order.id.substr(prefix.size())) + ">\n";
      *out += "<table class=\"overview\">\n<thead>";
      head(out);
      *out += "</thead>\n<tbody>\n";
      for (const Item* item : sorted) row(out, *item);
      if (sorted.empty()) {
        *out += "<tr><td colspan=\"9\" class=\"empty\">" + T(lang_, "Không có.", "None.") +
                "</td></tr>\n";
      }
      *out += "</tbody>\n</table>\n</div>\n";
      first = false;
    }
    *out += "</div>\n";
  }

  void TallyHead(std::string* out, const std::string& first_column) const {
    *out += "<tr><th>" + first_column + "</th><th class=\"num\">" +
            T(lang_, "Xã, phường", "Communes") + "</th><th class=\"num\">" +
            T(lang_, "Vi phạm", "Violations") + "</th><th class=\"num\">" +
            T(lang_, "Cảnh báo", "Warnings") + "</th><th class=\"num\">" +
            T(lang_, "Thông tin", "Info") + "</th><th class=\"num\">" +
            T(lang_, "Chỉ tiêu đạt", "KPIs met") + "</th><th class=\"num\">" +
            T(lang_, "Thời hạn: đúng / chậm / chưa có", "Deadlines: met / late / missing") +
            "</th></tr>";
  }

  void TallyCells(std::string* out, const Tally& t, bool with_communes = true) const {
    if (with_communes) *out += "<td class=\"num\">" + Int(t.communes) + "</td>";
    *out += CountCell(t.Count(Severity::kViolation), "hot");
    if (const std::string trend = Trend(t, Severity::kViolation); !trend.empty()) {
      out->insert(out->size() - 5, " " + trend);
    }
    *out += CountCell(t.Count(Severity::kWarning), "warm");
    *out += CountCell(t.Count(Severity::kInfo), "");
    *out += "<td class=\"num\">" + Int(t.kpis_met) + "/" + Int(t.kpis_measured) + "</td>";
    const int overdue = t.deadlines.late + t.deadlines.missing;
    *out += std::string("<td class=\"num") + (overdue > 0 ? " hot" : "") + "\">" +
            Int(t.deadlines.met) + " / " + Int(t.deadlines.late) + " / " +
            Int(t.deadlines.missing) + "</td>";
  }

  // ---- KPIs ---------------------------------------------------------------------------------

  // Communes per attainment band, as bars with their counts.
  std::string Distribution(const KpiTally& kpi, const std::string& title) const {
    constexpr double kWidth = 360, kHeight = 100, kTop = 12, kBottom = 76;
    int most = 1;
    for (int n : kpi.bands) most = std::max(most, n);
    const double slot = kWidth / static_cast<int>(report::kBandCount);
    std::string svg =
        "<svg class=\"distribution\" viewBox=\"0 0 " + Coord(kWidth) + " " + Coord(kHeight) +
        "\" role=\"img\"" +
        Attr("aria-label",
             T(lang_, "Phân bố xã, phường theo mức đạt: ", "Communes by attainment: ") + title) +
        ">";
    svg += "<line class=\"axis\" x1=\"0\" x2=\"" + Coord(kWidth) + "\" y1=\"" + Coord(kBottom) +
           "\" y2=\"" + Coord(kBottom) + "\"/>";
    static const char* const kShort[] = {"&lt;50%", "50–75%", "75–90%", "≥90%", "", "—"};
    for (int b = 0; b < report::kBandCount; ++b) {
      const int n = kpi.bands[b];
      const double h = (kBottom - kTop) * n / most;
      const double x = b * slot + 6;
      const Band band = static_cast<Band>(b);
      svg += std::string("<rect class=\"band ") + report::BandClass(band) + "\"" +
             Attr("data-band", report::BandClass(band)) + Attr("data-count", Int(n)) + " x=\"" +
             Coord(x) + "\" y=\"" + Coord(kBottom - h) + "\" width=\"" + Coord(slot - 12) +
             "\" height=\"" + Coord(h) + "\"><title>" + HtmlEscape(report::BandLabel(band, lang_)) +
             ": " + Int(n) + "</title></rect>";
      svg += "<text class=\"count\" x=\"" + Coord(x + (slot - 12) / 2) + "\" y=\"" +
             Coord(kBottom - h - 3) + "\" text-anchor=\"middle\">" + Int(n) + "</text>";
      const std::string label = band == report::kMetBand ? T(lang_, "Đạt", "Met") : kShort[b];
      svg += "<text x=\"" + Coord(x + (slot - 12) / 2) + "\" y=\"" + Coord(kBottom + 13) +
             "\" text-anchor=\"middle\">" + label + "</text>";
    }
    svg += "<text x=\"0\" y=\"" + Coord(kHeight - 2) + "\">" +
           T(lang_, "Số xã, phường theo mức đạt so với chỉ tiêu",
             "Communes by attainment of the target") +
           "</text>";
    return svg + "</svg>";
  }

  std::string MeasureShown(const Measure& m, bool reduction) const {
    const auto n = report::MeasureNumber(m);
    if (!n) return "—";
    return reduction ? report::NumberText(*n, lang_) : report::PercentText(*n, lang_);
  }

  void RankingTable(std::string* out, const KpiTally& kpi, bool reduction, bool with_province,
                    const std::string& root) const {
    const std::vector<report::RankedKpi> worst = kpi.worst.Sorted();
    if (worst.empty()) {
      *out += "<p class=\"empty\">" +
              T(lang_, "Mọi xã, phường có số liệu đều đạt chỉ tiêu.",
                "Every commune with a figure meets the target.") +
              "</p>\n";
      return;
    }
    *out += "<table class=\"ranking\">\n<thead><tr><th class=\"num\">#</th><th>" +
            T(lang_, "Xã, phường", "Commune") + "</th>" +
            (with_province ? "<th>" + T(lang_, "Tỉnh", "Province") + "</th>" : "") +
            "<th class=\"num\">" + T(lang_, "Kết quả", "Observed") + "</th><th class=\"num\">" +
            T(lang_, "Chỉ tiêu", "Target") + "</th><th class=\"num\">" +
            T(lang_, "Mức đạt", "Attainment") + "</th></tr></thead>\n<tbody>\n";
    int n = 0;
    for (const report::RankedKpi& r : worst) {
      *out += "<tr" + Attr("data-locality", r.code) + "><td class=\"num\">" + Int(++n) +
              "</td><td><a class=\"loc\"" + Attr("href", root + "c/" + PageName(r.code) + ".html") +
              ">" + HtmlEscape(r.name) + "</a></td>";
      if (with_province) {
        *out += "<td><a class=\"loc\"" +
                Attr("href", root + "p/" + PageName(r.province) + ".html") + ">" +
                HtmlEscape(rollup_.ProvinceName(r.province)) + "</a></td>";
      }
      *out += "<td class=\"num\">" + MeasureShown(r.observed, reduction) +
              "</td><td class=\"num\">" +
              (r.comparator.empty() ? "" : HtmlEscape(r.comparator) + " ") +
              MeasureShown(r.expected, reduction) + "</td><td class=\"num\">" +
              report::PercentText(r.attainment, lang_) + "</td></tr>\n";
    }
    *out += "</tbody>\n</table>\n";
  }

  // Each KPI's share of communes meeting it now, in the previous recorded run and the change,
  // over the communes with an outcome in both runs. A commune's page says met / not met.
  void KpiTrend(std::string* out, const Tally& tally, bool commune) const {
    if (!context_.previous || tally.kpis.empty()) return;
    const report::PreviousRun& previous = *context_.previous;
    const std::string run = Format(T(lang_, "Lần chạy #{0} ngày {1}", "Run #{0} of {1}"),
                                   {Int(previous.id), previous.as_of.Display()});
    *out += "<section class=\"kpi-trend\"" + Attr("data-previous-run", Int(previous.id)) +
            ">\n<h3>" +
            (commune ? T(lang_, "Chỉ tiêu so với lần chạy trước", "KPIs against the previous run")
                     : T(lang_, "Tỷ lệ xã, phường đạt từng chỉ tiêu so với lần chạy trước",
                         "Share of communes meeting each KPI against the previous run")) +
            "</h3>\n";
    if (!previous.kpis_recorded) {
      *out += "<p class=\"muted\">" +
              Format(T(lang_,
                       "{0} được lưu bởi phiên bản tuanthu chưa lưu kết quả chỉ tiêu: chưa so "
                       "sánh được.",
                       "{0} was recorded by a tuanthu that did not keep KPI outcomes: nothing to "
                       "compare."),
                     {run}) +
              "</p>\n</section>\n";
      return;
    }
    auto word = [&](bool met) {
      return met ? T(lang_, "Đạt", "Met") : T(lang_, "Chưa đạt", "Not met");
    };
    *out += "<table class=\"overview kpi-trend\">\n<thead><tr><th>" + T(lang_, "Chỉ tiêu", "KPI") +
            "</th><th class=\"num\">" + T(lang_, "Nay", "Now") + "</th><th class=\"num\">" +
            HtmlEscape(run) + "</th>";
    if (!commune) {
      *out +=
          "<th class=\"num\">" + T(lang_, "Nay, cùng các xã đó", "Now, same communes") + "</th>";
    }
    *out += "<th class=\"num\">" +
            (commune ? T(lang_, "Thay đổi", "Change")
                     : T(lang_, "Thay đổi (điểm %)", "Change (percentage points)")) +
            "</th></tr></thead>\n<tbody>\n";
    for (const auto& [rule, kpi] : tally.kpis) {
      const report::KpiInfo& info = rollup_.kpis().at(rule);
      *out += "<tr" + Attr("data-rule", rule) + Attr("data-compared", Int(kpi.compared)) +
              Attr("data-met-then", Int(kpi.met_then)) + Attr("data-met-now", Int(kpi.met_now)) +
              "><td>" + HtmlEscape(info.title) + " <span class=\"rule\">" + HtmlEscape(rule) +
              "</span></td>";
      const int delta = kpi.met_now - kpi.met_then;
      const char* css = delta > 0 ? "better" : delta < 0 ? "worse" : "same";
      if (commune) {
        *out += "<td class=\"num\">" + word(kpi.met > 0) + "</td>";
        if (kpi.compared == 0) {
          *out += "<td class=\"num muted\">—</td><td class=\"num muted\">—</td></tr>\n";
          continue;
        }
        *out += "<td class=\"num\">" + word(kpi.met_then > 0) + "</td><td" +
                Attr("class", std::string("num ") + css) + ">" +
                (delta > 0   ? T(lang_, "▲ đạt trở lại", "▲ now met")
                 : delta < 0 ? T(lang_, "▼ không còn đạt", "▼ no longer met")
                             : T(lang_, "= như lần trước", "= unchanged")) +
                "</td></tr>\n";
        continue;
      }
      *out += "<td class=\"num\">" + Share(kpi.met, kpi.measured, lang_) + " <small>(" +
              Int(kpi.met) + "/" + Int(kpi.measured) + ")</small></td>";
      if (kpi.compared == 0) {
        *out +=
            "<td class=\"num muted\">—</td><td class=\"num muted\">—</td>"
            "<td class=\"num muted\">—</td></tr>\n";
        continue;
      }
      // The count passed in: clang 14 cannot capture a structured binding (kpi).
      const int compared = kpi.compared;
      auto share = [&](int met) {
        return Share(met, compared, lang_) + " <small>(" + Int(met) + "/" + Int(compared) +
               ")</small>";
      };
      *out += "<td class=\"num\">" + share(kpi.met_then) + "</td><td class=\"num\">" +
              share(kpi.met_now) + "</td><td" + Attr("class", std::string("num ") + css) + ">" +
              (delta > 0   ? "▲ "
               : delta < 0 ? "▼ "
                           : "= ") +
              report::PointsText(kpi.met_then, kpi.met_now, kpi.compared, lang_) + "</td></tr>\n";
    }
    *out += "</tbody>\n</table>\n";
    if (!commune) {
      *out += "<p class=\"muted\">" +
              T(lang_,
                "So sánh trên các xã, phường có kết quả chỉ tiêu ở cả hai lần chạy (kết quả toàn "
                "xã của kỳ gần nhất mỗi lần).",
                "Compared over the communes with an outcome of the KPI in both runs (the "
                "locality-wide outcome of each run's latest period).") +
              "</p>\n";
    }
    *out += "</section>\n";
  }

  void KpiSections(std::string* out, const Tally& tally, bool with_province,
                   const std::string& root, const std::string& scope) const {
    KpiTrend(out, tally, false);
    *out += "<section class=\"kpis\">\n<h3>" +
            T(lang_, "Chỉ tiêu: tỷ lệ xã, phường đạt, phân bố và nơi xa chỉ tiêu nhất",
              "KPIs: communes meeting each, distribution, and those furthest from target") +
            "</h3>\n";
    if (tally.kpis.empty()) {
      *out += "<p class=\"empty\">" +
              T(lang_, "Không có chỉ tiêu nào được đo.", "No target was measured.") + "</p>\n";
    }
    for (const auto& [rule, kpi] : tally.kpis) {
      const report::KpiInfo& info = rollup_.kpis().at(rule);
      *out += "<div class=\"kpi-rollup\"" + Attr("id", scope + "kpi-" + rule) +
              Attr("data-rule", rule) + Attr("data-met", Int(kpi.met)) +
              Attr("data-measured", Int(kpi.measured)) + ">\n<h4>" + KpiLabel(rule) + ". " +
              HtmlEscape(info.title) + " <span class=\"rule\">" + HtmlEscape(rule) +
              "</span></h4>\n";
      *out += "<div><span class=\"share\">" + Share(kpi.met, kpi.measured, lang_) + "</span> " +
              Format(T(lang_, "xã, phường đạt chỉ tiêu ({0}/{1})", "of communes meet it ({0}/{1})"),
                     {Int(kpi.met), Int(kpi.measured)}) +
              "</div>\n<div class=\"dist\"><div>" + Distribution(kpi, info.title) +
              "</div><div>\n<h4>" +
              Format(T(lang_, "Xa chỉ tiêu nhất (tối đa {0})", "Furthest from target (up to {0})"),
                     {Int(static_cast<int64_t>(kRankingSize))}) +
              "</h4>\n";
      RankingTable(out, kpi, info.reduction, with_province, root);
      *out += "</div></div>\n</div>\n";
    }
    *out += "</section>\n";
  }

  // ---- Pages --------------------------------------------------------------------------------

  void ProvincePage(const std::string& province, const std::vector<const CommuneRow*>& rows) {
    const Tally& tally = rollup_.provinces().at(province);
    const std::string name = rollup_.ProvinceName(province);
    std::string page;
    Head(&page, name, "../");
    page += "<nav class=\"crumbs\"><a href=\"../index.html\">" + Country() + "</a> › " +
            HtmlEscape(name) + "</nav>\n";
    Header(&page, name, Format(T(lang_, "{0} xã, phường", "{0} communes"), {Int(tally.communes)}));
    page += "<section class=\"rollup\"" + Attr("data-province", province) + ">\n";
    Tiles(&page, tally, "province");
    page += "</section>\n<section class=\"communes\">\n<h3>" +
            T(lang_, "Các xã, phường", "Communes") + "</h3>\n";
    Ordered<const CommuneRow*>(
        &page, "", rows, [](const CommuneRow* const& r) -> const Tally& { return r->tally; },
        [&](std::string* out) {
          *out += "<tr><th>" + T(lang_, "Xã, phường", "Commune") + "</th><th class=\"num\">" +
                  T(lang_, "Vi phạm", "Violations") + "</th><th class=\"num\">" +
                  T(lang_, "Cảnh báo", "Warnings") + "</th><th class=\"num\">" +
                  T(lang_, "Thông tin", "Info") + "</th><th class=\"num\">" +
                  T(lang_, "Chỉ tiêu đạt", "KPIs met") + "</th><th class=\"num\">" +
                  T(lang_, "Thời hạn: đúng / chậm / chưa có", "Deadlines: met / late / missing") +
                  "</th></tr>";
        },
        [&](std::string* out, const CommuneRow* const& r) {
          const Tally& t = r->tally;
          *out += "<tr" + Attr("data-locality", r->code) + "><td><a class=\"loc\"" +
                  Attr("href", "../c/" + PageName(r->code) + ".html") + "><strong>" +
                  HtmlEscape(r->name) + "</strong></a> <span class=\"code\">" +
                  HtmlEscape(r->code) + "</span></td>";
          TallyCells(out, t, false);
          *out += "</tr>\n";
        });
    page += "</section>\n";
    KpiSections(&page, tally, false, "../", "");
    Foot(&page);
    Write("p/" + PageName(province) + ".html", page);
  }

  void Index(const std::vector<Diagnostic>& errors) {
    const Tally& country = rollup_.country();
    std::string page;
    Head(&page, Country(), "");
    Header(&page,
           T(lang_, "Kết quả thực hiện kế hoạch chấn chỉnh lề lối làm việc — cả nước",
             "Implementation of the plans to rectify working practices — country"),
           Format(T(lang_, "{0} tỉnh, thành phố · {1} xã, phường", "{0} provinces · {1} communes"),
                  {Int(static_cast<int64_t>(rollup_.provinces().size())), Int(country.communes)}));
    page += "<section class=\"rollup\" data-country=\"1\">\n";
    Tiles(&page, country, "country");
    page += "</section>\n<section class=\"provinces\">\n<h3>" +
            T(lang_, "Các tỉnh, thành phố", "Provinces") + "</h3>\n";
    std::vector<std::pair<std::string, const Tally*>> provinces;
    for (const auto& [code, tally] : rollup_.provinces()) provinces.emplace_back(code, &tally);
    using Item = std::pair<std::string, const Tally*>;
    Ordered<Item>(
        &page, "", provinces, [](const Item& item) -> const Tally& { return *item.second; },
        [&](std::string* out) { TallyHead(out, T(lang_, "Tỉnh, thành phố", "Province")); },
        [&](std::string* out, const Item& item) {
          *out += "<tr" + Attr("data-province", item.first) + "><td><a class=\"loc\"" +
                  Attr("href", "p/" + PageName(item.first) + ".html") + "><strong>" +
                  HtmlEscape(rollup_.ProvinceName(item.first)) + "</strong></a>";
          if (!item.first.empty()) {
            *out += " <span class=\"code\">" + HtmlEscape(item.first) + "</span>";
          }
          *out += "</td>";
          TallyCells(out, *item.second);
          *out += "</tr>\n";
        });
    page += "</section>\n";
    KpiMatrix(&page, provinces);
    KpiSections(&page, country, true, "", "");
    if (!errors.empty()) {
      page += "<section class=\"errors\">\n<h3>" +
              T(lang_, "Quy tắc không chạy được", "Rules that failed to run") + "</h3>\n<ul>\n";
      for (const Diagnostic& d : errors) page += "<li>" + HtmlEscape(d.AsString()) + "</li>\n";
      page += "</ul>\n</section>\n";
    }
    Foot(&page);
    Write("index.html", page);
  }

  // Provinces × KPIs: the share of communes meeting each.
  void KpiMatrix(std::string* out,
                 const std::vector<std::pair<std::string, const Tally*>>& provinces) const {
    const auto& kpis = rollup_.kpis();
    if (kpis.empty()) return;
    *out += "<section class=\"matrix\">\n<h3>" +
            T(lang_, "Tỷ lệ xã, phường đạt từng chỉ tiêu, theo tỉnh",
              "Share of communes meeting each KPI, by province") +
            "</h3>\n<table class=\"overview matrix\">\n<thead><tr><th>" +
            T(lang_, "Tỉnh, thành phố", "Province") + "</th>";
    for (const auto& [rule, info] : kpis) {
      *out += "<th class=\"num\"" + Attr("title", info.title) + "><a" +
              Attr("href", "#kpi-" + rule) + ">" + KpiLabel(rule) + "</a></th>";
    }
    *out += "</tr></thead>\n<tbody>\n";
    for (const auto& [code, tally] : provinces) {
      *out += "<tr" + Attr("data-province", code) + "><td><a class=\"loc\"" +
              Attr("href", "p/" + PageName(code) + ".html") + ">" +
              HtmlEscape(rollup_.ProvinceName(code)) + "</a></td>";
      for (const auto& entry : kpis) {
        auto it = tally->kpis.find(entry.first);
        if (it == tally->kpis.end()) {
          *out += "<td class=\"num muted\">—</td>";
          continue;
        }
        const bool low = it->second.measured > 0 && it->second.met * 2 < it->second.measured;
        *out += std::string("<td class=\"num") + (low ? " hot" : "") + "\">" +
                Share(it->second.met, it->second.measured, lang_) + "</td>";
      }
      *out += "</tr>\n";
    }
    *out += "</tbody>\n</table>\n<ol class=\"kpi-legend\">";
    for (const auto& [rule, info] : kpis) {
      *out += "<li><a" + Attr("href", "#kpi-" + rule) + ">" + KpiLabel(rule) + "</a> " +
              HtmlEscape(info.title) + " <span class=\"rule\">" + HtmlEscape(rule) + "</span></li>";
    }
    *out += "</ol>\n</section>\n";
  }

  // "CT3": a KPI's short label, by its place among the KPIs of the whole check.
  std::string KpiLabel(const std::string& rule) const {
    const auto& kpis = rollup_.kpis();
    const auto position = std::distance(kpis.begin(), kpis.find(rule)) + 1;
    return T(lang_, "CT", "K") + std::to_string(position);
  }

  std::string dir_;
  const report::ReportContext& context_;
  Lang lang_;
  report::Rollup rollup_;
  std::string error_;
  std::set<std::string> earlier_;  // what an earlier report wrote in dir_
  std::set<std::string> written_;  // what this one wrote
  bool refused_ = false;           // failed before writing anything: leave the folder alone
};

}  // namespace

std::string PageName(const std::string& code) {
  if (code.empty()) return "_";
  std::string out;
  for (unsigned char c : code) {
    if (std::isalnum(c) != 0 || c == '-' || c == '.') {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "_%02X", c);
      out += hex;
    }
  }
  return out;
}

bool CanWriteSite(const std::string& dir, Lang lang, std::string* error) {
  return site::EarlierReportFiles(dir, lang, error).has_value();
}

std::unique_ptr<report::LocalitySink> NewHtmlSite(const std::string& dir,
                                                  const report::ReportContext& context) {
  return std::make_unique<Site>(dir, context);
}

}  // namespace tuanthu
