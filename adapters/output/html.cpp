#include "output/html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "output/html_parts.h"
#include "output/report_model.h"
#include "tuanthu/utf8.h"

namespace tuanthu {
namespace {

using report::DeadlineState;
using report::LocalityView;
using namespace html;

class Page {
 public:
  Page(const CheckResult& result, const RenderOptions& options)
      : result_(result), lang_(options.lang), show_manual_(options.show_manual) {}

  std::string Render() {
    const std::vector<LocalityView> views = report::ViewsOf(result_);
    out_ += "<!DOCTYPE html>\n<html";
    out_ += Attr("lang", lang_ == Lang::kEn ? "en" : "vi");
    out_ += ">\n<head>\n<meta charset=\"utf-8\">\n";
    // Nothing may load: no script, no fetch; only the inline style and the inline SVG.
    out_ +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"tuanthu " TUANTHU_VERSION "\">\n";
    std::string title = T("Báo cáo kiểm tra tuân thủ", "Compliance check report");
    if (views.size() == 1) title += " — " + views[0].locality->name;
    title += " — " + result_.as_of.Display();
    out_ += "<title>" + HtmlEscape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n";
    out_ += "<body" + Attr("data-as-of", result_.as_of.Iso()) + ">\n";
    out_ += HatchDefs();
    Header(views);
    if (views.size() > 1) Overview(views);
    for (const LocalityView& view : views) {
      RenderLocality(view, result_.as_of, lang_, show_manual_, &out_);
    }
    Errors();
    Footer(views);
    out_ += "</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string T(std::string_view vi, std::string_view en) const {
    return std::string(Tr(lang_, vi, en));
  }

  void Header(const std::vector<LocalityView>& views) {
    out_ += "<header class=\"report-head\">\n<div class=\"kicker\">";
    out_ += T("Báo cáo kiểm tra tuân thủ", "Compliance check report");
    out_ += "</div>\n<h1>";
    out_ += T("Kết quả thực hiện kế hoạch chấn chỉnh lề lối làm việc",
              "Implementation of the plans to rectify working practices");
    if (views.size() == 1) out_ += " — " + HtmlEscape(views[0].locality->name);
    out_ += "</h1>\n<div class=\"sub\">";
    out_ += T("Theo Kết luận số 226-KL/TW và Quyết định số 534/QĐ-TTg",
              "Under Conclusion 226-KL/TW and Decision 534/QĐ-TTg");
    out_ += " · " + T("Số liệu tính đến ngày", "Data as of") + " <strong>" +
            result_.as_of.Display() + "</strong>";
    if (views.size() > 1) {
      out_ += " · " + Format(T("{0} địa phương", "{0} localities"), {std::to_string(views.size())});
    }
    out_ += "</div>\n</header>\n";
  }

  void Overview(const std::vector<LocalityView>& views) {
    out_ += "<section class=\"overview\">\n<h3>";
    out_ += T("Tổng hợp các địa phương", "Localities at a glance");
    out_ += "</h3>\n<table class=\"overview\">\n<thead><tr><th>";
    out_ += T("Địa phương", "Locality") + "</th><th>" + T("Gói quy tắc", "Rule pack") +
            "</th><th class=\"num\">" + T("Vi phạm", "Violations") + "</th><th class=\"num\">" +
            T("Cảnh báo", "Warnings") + "</th><th class=\"num\">" + T("Thông tin", "Info") +
            "</th><th class=\"num\">" + T("Chỉ tiêu đạt", "KPIs met") + "</th><th class=\"num\">" +
            T("Thời hạn: chậm / chưa có", "Deadlines: late / missing") +
            "</th></tr></thead>\n<tbody>\n";
    int64_t totals[3] = {0, 0, 0};
    int kpi_met = 0, kpi_all = 0, late = 0, missing = 0;
    for (const LocalityView& view : views) {
      const LocalityResult& l = *view.locality;
      const int64_t counts[3] = {Count(l, Severity::kViolation), Count(l, Severity::kWarning),
                                 Count(l, Severity::kInfo)};
      auto deadlines = DeadlineCounts(view);
      const int met = KpisMet(view);
      kpi_met += met;
      kpi_all += static_cast<int>(view.kpis.size());
      late += deadlines[DeadlineState::kLate];
      missing += deadlines[DeadlineState::kMissing];
      out_ += "<tr" + Attr("data-locality", l.code) + "><td><a" + Attr("href", "#loc-" + l.code) +
              "><strong>" + HtmlEscape(l.name) + "</strong></a> <span class=\"code\">" +
              HtmlEscape(l.code) + "</span></td><td class=\"rule\">" + HtmlEscape(l.pack) + "</td>";
      out_ += CountCell(counts[0], "hot") + CountCell(counts[1], "warm") + CountCell(counts[2], "");
      for (int i = 0; i < 3; ++i) totals[i] += counts[i];
      out_ += "<td class=\"num\">" + std::to_string(met) + "/" + std::to_string(view.kpis.size()) +
              "</td>";
      const int overdue = deadlines[DeadlineState::kLate] + deadlines[DeadlineState::kMissing];
      out_ += std::string("<td class=\"num") + (overdue > 0 ? " hot" : "") + "\">" +
              std::to_string(deadlines[DeadlineState::kLate]) + " / " +
              std::to_string(deadlines[DeadlineState::kMissing]) + "</td></tr>\n";
    }
    out_ += "</tbody>\n<tfoot><tr><td colspan=\"2\">" + T("Tổng cộng", "Total") + "</td>";
    for (int64_t total : totals) out_ += "<td class=\"num\">" + std::to_string(total) + "</td>";
    out_ += "<td class=\"num\">" + std::to_string(kpi_met) + "/" + std::to_string(kpi_all) +
            "</td><td class=\"num\">" + std::to_string(late) + " / " + std::to_string(missing) +
            "</td></tr></tfoot>\n</table>\n</section>\n";
  }

  void Errors() {
    if (result_.errors.empty()) return;
    out_ += "<section class=\"errors\">\n<h3>" +
            T("Quy tắc không chạy được", "Rules that failed to run") + "</h3>\n<ul>\n";
    for (const Diagnostic& d : result_.errors) {
      out_ += "<li>" + HtmlEscape(d.AsString()) + "</li>\n";
    }
    out_ += "</ul>\n</section>\n";
  }

  void Footer(const std::vector<LocalityView>& views) {
    out_ += "<footer class=\"report-foot\">" +
            Format(T("Lập bằng tuanthu {0} từ dữ liệu hoạt động và gói quy tắc; số liệu tính "
                     "đến ngày {1}.",
                     "Made with tuanthu {0} from the activity data and the rule packs; data as "
                     "of {1}."),
                   {TUANTHU_VERSION, result_.as_of.Display()});
    for (const LocalityView& view : views) {
      out_ += " " + HtmlEscape(view.locality->code) + ": " + HtmlEscape(view.locality->pack) +
              " (" + HtmlEscape(view.locality->pack_hash) + ").";
    }
    out_ += "</footer>\n";
  }

  const CheckResult& result_;
  Lang lang_;
  bool show_manual_;
  std::string out_;
};

}  // namespace

std::string HtmlEscape(std::string_view raw) {
  // Text from packs or a store may hold invalid UTF-8: the page never does.
  const std::string valid = SanitizeUtf8(raw);
  const std::string_view text = valid;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
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
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string RenderHtml(const CheckResult& result, const RenderOptions& options) {
  return Page(result, options).Render();
}

}  // namespace tuanthu
