#include <algorithm>
#include <cmath>
#include <cstdio>

#include "output/html_parts.h"

namespace tuanthu::html {

using report::DeadlineState;
using report::LocalityView;

// A number for SVG coordinates: one decimal is plenty at this size.
std::string Coord(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

std::string Attr(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + HtmlEscape(value) + "\"";
}

const char* SeverityClass(Severity severity) { return SeverityName(severity); }

std::string SeverityIcon(Severity severity) {
  switch (severity) {
    case Severity::kViolation:
      return "✖";
    case Severity::kWarning:
      return "▲";
    case Severity::kInfo:
      return "●";
    case Severity::kPass:
      return "✔";
  }
  return "";
}

static std::string StateIcon(DeadlineState state) {
  switch (state) {
    case DeadlineState::kMet:
      return "✔";
    case DeadlineState::kPending:
      return "○";
    case DeadlineState::kLate:
      return "✖";
    case DeadlineState::kMissing:
      return "✖";
    case DeadlineState::kDueSoon:
      return "▲";
    case DeadlineState::kNotApplicable:
      return "●";
  }
  return "";
}

std::string Chip(const char* css, const std::string& icon, const std::string& label) {
  return std::string("<span class=\"chip ") + css + "\">" + icon + " " + HtmlEscape(label) +
         "</span>";
}

std::string SeverityChip(Severity severity, Lang lang) {
  return Chip(SeverityClass(severity), SeverityIcon(severity),
              report::SeverityWord(severity, lang));
}

std::string HatchDefs() {
  return "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\">"
         "<defs><pattern id=\"tt-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#fdb022\"/>"
         "<rect width=\"2\" height=\"5\" fill=\"#b54708\"/></pattern></defs></svg>\n";
}

int64_t Count(const LocalityResult& locality, Severity severity) {
  auto it = locality.counts.find(severity);
  return it == locality.counts.end() ? 0 : it->second;
}

std::map<DeadlineState, int> DeadlineCounts(const LocalityView& view) {
  std::map<DeadlineState, int> counts;
  for (const Finding* f : view.deadlines) ++counts[report::DeadlineStateOf(*f)];
  return counts;
}

int KpisMet(const LocalityView& view) {
  return static_cast<int>(std::count_if(view.kpis.begin(), view.kpis.end(), [](const Finding* f) {
    return f->severity == Severity::kPass;
  }));
}

std::string CountCell(int64_t n, const char* hot) {
  return std::string("<td class=\"num") + (n > 0 ? std::string(" ") + hot : "") + "\">" +
         std::to_string(n) + "</td>";
}

namespace {

// Where a finding's due and done dates lie on the timeline.
struct DeadlineRow {
  const Finding* finding = nullptr;
  DeadlineState state = DeadlineState::kNotApplicable;
  std::optional<Date> due;
  std::optional<Date> done;
};

class Section {
 public:
  Section(Date as_of, Lang lang, bool show_manual, std::string* out)
      : as_of_(as_of), lang_(lang), show_manual_(show_manual), out_(*out) {}

  void Render(const LocalityView& view, const std::string& before_heading) {
    const LocalityResult& l = *view.locality;
    out_ += "<section class=\"locality\"" + Attr("id", "loc-" + l.code) +
            Attr("data-locality", l.code) + ">\n" + before_heading;
    out_ += "<div class=\"loc-head\"><h2>" + HtmlEscape(l.name) + "</h2><span class=\"code\">" +
            HtmlEscape(l.code) + "</span></div>\n";
    out_ += "<div class=\"facts\">" + T("Gói quy tắc", "Rule pack") + " <span class=\"code\">" +
            HtmlEscape(l.pack) + "</span> · " + T("mã nội dung", "content hash") + " " +
            HtmlEscape(l.pack_hash.substr(0, 12)) + " · " +
            T("kế hoạch có hiệu lực từ", "plan in force from") + " " + l.effective.Display() +
            "</div>\n";
    Tiles(view);
    Kpis(view);
    Timeline(view);
    Findings(view);
    if (show_manual_) Manual(l);
    out_ += "</section>\n";
  }

  void Tile(const char* css, const std::string& number, const std::string& label,
            const std::string& detail = "") {
    out_ += std::string("<div class=\"tile ") + css + "\"><div class=\"n\">" + number +
            "</div><div class=\"l\">" + label + "</div>";
    if (!detail.empty()) out_ += "<div class=\"d\">" + detail + "</div>";
    out_ += "</div>";
  }

  void Tiles(const LocalityView& view) {
    const LocalityResult& l = *view.locality;
    out_ += "<div class=\"tiles\">";
    Tile("violation", std::to_string(Count(l, Severity::kViolation)), T("Vi phạm", "Violations"));
    Tile("warning", std::to_string(Count(l, Severity::kWarning)), T("Cảnh báo", "Warnings"));
    Tile("info", std::to_string(Count(l, Severity::kInfo)), T("Thông tin", "Info"));
    // "met/all", or a dash when there is nothing to count.
    auto ratio = [](int met, size_t all) {
      return all == 0 ? std::string("—")
                      : std::to_string(met) + "<small>/" + std::to_string(all) + "</small>";
    };
    Tile("measures", ratio(KpisMet(view), view.kpis.size()), T("Chỉ tiêu đạt", "KPIs met"),
         T("toàn địa phương", "locality as a whole"));
    auto deadlines = DeadlineCounts(view);
    const int judged = deadlines[DeadlineState::kMet] + deadlines[DeadlineState::kLate] +
                       deadlines[DeadlineState::kMissing];
    Tile("deadlines", ratio(deadlines[DeadlineState::kMet], static_cast<size_t>(judged)),
         T("Thời hạn đúng hạn", "Deadlines met"),
         Format(T("{0} chậm · {1} chưa có · {2} sắp đến hạn · {3} chưa đến hạn",
                  "{0} late · {1} missing · {2} due soon · {3} not due yet"),
                {std::to_string(deadlines[DeadlineState::kLate]),
                 std::to_string(deadlines[DeadlineState::kMissing]),
                 std::to_string(deadlines[DeadlineState::kDueSoon]),
                 std::to_string(deadlines[DeadlineState::kPending])}));
    out_ += "</div>\n";
  }

  // ---- KPIs ------------------------------------------------------------------------------

  void Kpis(const LocalityView& view) {
    out_ += "<h3>1. " + T("Chỉ tiêu của kế hoạch", "The plan's targets") + "</h3>\n";
    if (view.kpis.empty()) {
      out_ += "<p class=\"empty\">" +
              T("Không có chỉ tiêu nào được đo.", "No target was measured.") + "</p>\n";
      return;
    }
    std::vector<const Finding*> shares, reductions;
    for (const Finding* f : view.kpis) (report::IsReduction(*f) ? reductions : shares).push_back(f);
    if (!shares.empty()) {
      out_ += "<h4>" +
              T("Tỷ lệ so với chỉ tiêu (toàn địa phương, từ đầu năm)",
                "Shares against their targets (locality as a whole, year to date)") +
              "</h4>\n<div class=\"kpi-group\">\n";
      for (const Finding* f : shares) ShareKpi(*f);
      out_ += "</div>\n";
    }
    if (!reductions.empty()) {
      out_ += "<h4>" +
              T("Cắt giảm so với năm trước (toàn địa phương, từ đầu năm)",
                "Reductions against the previous year (locality as a whole, year to date)") +
              "</h4>\n<div class=\"kpi-group\">\n";
      for (const Finding* f : reductions) ReductionKpi(*f);
      out_ += "</div>\n";
    }
  }

  // The opening tag of a KPI with its numbers as the JSON output writes them.
  void KpiOpen(const Finding& f, const char* kind) {
    out_ += std::string("<div class=\"kpi ") + SeverityClass(f.severity) + "\"" +
            Attr("data-kind", kind) + Attr("data-locality", f.locality) +
            Attr("data-rule", f.rule) + Attr("data-unit", f.unit.value_or("")) +
            Attr("data-period", f.period) + Attr("data-observed", MeasureText(f.observed)) +
            Attr("data-expected", MeasureText(f.expected)) +
            Attr("data-numerator", f.numerator ? std::to_string(*f.numerator) : "") +
            Attr("data-denominator", f.denominator ? std::to_string(*f.denominator) : "") +
            Attr("data-severity", SeverityName(f.severity)) + ">\n";
    out_ += "<div><div class=\"kpi-name\">" + HtmlEscape(report::KpiTitle(f, lang_)) +
            "</div><div class=\"kpi-meta\">" + T("Điều khoản", "Clause") + " " +
            HtmlEscape(f.clause.empty() ? "—" : f.clause) + " · <span class=\"rule\">" +
            HtmlEscape(f.rule) + "</span> · " + HtmlEscape(report::PeriodLabel(f.period, lang_)) +
            "</div></div>\n";
  }

  static constexpr double kBarWidth = 640;

  void ShareKpi(const Finding& f) {
    KpiOpen(f, "share");
    const auto observed = report::MeasureNumber(f.observed);
    const auto expected = report::MeasureNumber(f.expected);
    out_ += "<div class=\"kpi-figures\">";
    if (observed) {
      out_ += "<span class=\"kpi-obs\">" + report::PercentText(*observed, lang_) + "</span>";
      if (f.numerator && f.denominator) {
        out_ += " <span class=\"kpi-count\">(" + std::to_string(*f.numerator) + "/" +
                std::to_string(*f.denominator) + ")</span>";
      }
    } else {
      out_ += "<span class=\"kpi-obs\">—</span>";
    }
    out_ += " " + SeverityChip(f.severity) + "<br><span class=\"kpi-target\">" +
            T("Chỉ tiêu", "Target") + " " + (f.comparator.empty() ? "" : f.comparator + " ") +
            (expected ? report::PercentText(*expected, lang_) : std::string("—")) +
            "</span></div>\n";
    const double w = kBarWidth;
    auto x = [&](double share) { return std::clamp(share, 0.0, 1.0) * w; };
    out_ += "<svg class=\"bar\" viewBox=\"0 0 " + Coord(w) + " 30\" role=\"img\"" +
            Attr("aria-label", report::KpiTitle(f, lang_)) + ">";
    out_ += "<rect class=\"track\" x=\"0\" y=\"12\" width=\"" + Coord(w) + "\" height=\"12\"/>";
    for (double tick : {0.25, 0.5, 0.75}) {
      out_ += "<line class=\"grid\" x1=\"" + Coord(x(tick)) + "\" x2=\"" + Coord(x(tick)) +
              "\" y1=\"12\" y2=\"24\"/>";
    }
    if (observed) {
      out_ += std::string("<rect class=\"fill ") + SeverityClass(f.severity) +
              "\" x=\"0\" y=\"12\" width=\"" + Coord(x(*observed)) + "\" height=\"12\"/>";
    }
    if (expected) {
      const double tx = std::clamp(x(*expected), 1.5, w - 1.5);
      out_ += "<line class=\"target\" x1=\"" + Coord(tx) + "\" x2=\"" + Coord(tx) +
              "\" y1=\"8\" y2=\"28\"/>";
      out_ += MarkerLabel(tx, 9, T("chỉ tiêu ", "target ") + report::PercentText(*expected, lang_),
                          true);
    }
    out_ += "</svg>\n</div>\n";
  }

  // A label beside a marker at `x` (left of it unless there is no room), at baseline `y`.
  static std::string MarkerLabel(double x, int y, const std::string& text, bool strong) {
    const bool left = x >= 120;
    return std::string("<text") + (strong ? " class=\"strong\"" : "") + " x=\"" +
           Coord(left ? x - 4 : x + 4) + "\" y=\"" + std::to_string(y) + "\" text-anchor=\"" +
           (left ? "end" : "start") + "\">" + HtmlEscape(text) + "</text>";
  }

  void ReductionKpi(const Finding& f) {
    KpiOpen(f, "reduction");
    const auto observed = report::MeasureNumber(f.observed);
    const auto allowance = report::MeasureNumber(f.expected);
    // The previous year's figure (numerator = this year's count, denominator = last year's).
    const bool has_base = f.denominator.has_value();
    const double base = static_cast<double>(f.denominator.value_or(0));
    std::string previous = T("năm trước", "previous year");
    if (f.period.size() == 4 && std::all_of(f.period.begin(), f.period.end(),
                                            [](char c) { return c >= '0' && c <= '9'; })) {
      previous = T("năm ", "") + std::to_string(std::stoi(f.period) - 1);
    }
    out_ += "<div class=\"kpi-figures\"><span class=\"kpi-obs\">" +
            (observed ? report::NumberText(*observed, lang_) : std::string("—")) + "</span> " +
            SeverityChip(f.severity) + "<br><span class=\"kpi-target\">";
    if (allowance) {
      out_ += T("Tối đa", "At most") + " " + report::NumberText(*allowance, lang_);
      if (has_base) out_ += " · " + previous + ": " + report::NumberText(base, lang_);
    } else {
      out_ += T("Không có số liệu năm trước", "No figure for the previous year");
    }
    out_ += "</span></div>\n";
    const double w = kBarWidth;
    double top = std::max({observed.value_or(0), allowance.value_or(0), base, 1.0});
    top *= 1.08;
    auto x = [&](double value) { return std::clamp(value / top, 0.0, 1.0) * w; };
    out_ += "<svg class=\"bar\" viewBox=\"0 0 " + Coord(w) + " 40\" role=\"img\"" +
            Attr("aria-label", report::KpiTitle(f, lang_)) + ">";
    out_ += "<rect class=\"track\" x=\"0\" y=\"12\" width=\"" + Coord(w) + "\" height=\"12\"/>";
    if (observed) {
      out_ += std::string("<rect class=\"fill ") + SeverityClass(f.severity) +
              "\" x=\"0\" y=\"12\" width=\"" + Coord(x(*observed)) + "\" height=\"12\"/>";
    }
    if (has_base) {
      const double bx = std::clamp(x(base), 1.5, w - 1.5);
      out_ += "<line class=\"baseline\" x1=\"" + Coord(bx) + "\" x2=\"" + Coord(bx) +
              "\" y1=\"10\" y2=\"38\"/>";
      out_ += MarkerLabel(bx, 37, previous + ": " + report::NumberText(base, lang_), false);
    }
    if (allowance) {
      const double ax = std::clamp(x(*allowance), 1.5, w - 1.5);
      out_ += "<line class=\"target\" x1=\"" + Coord(ax) + "\" x2=\"" + Coord(ax) +
              "\" y1=\"8\" y2=\"28\"/>";
      out_ += MarkerLabel(ax, 9, T("tối đa ", "at most ") + report::NumberText(*allowance, lang_),
                          true);
    }
    out_ += "</svg>\n</div>\n";
  }

  // ---- Deadlines -------------------------------------------------------------------------

  // The span the timeline shows: the as-of year, widened to every date it must show.
  struct Span {
    Date first;
    Date last;
    double X(Date d, double width) const {
      const double total = std::max(1, last - first);
      return 7 + (width - 14) * std::clamp(static_cast<double>(d - first) / total, 0.0, 1.0);
    }
  };

  static constexpr double kStripWidth = 240;

  std::string MonthLines(const Span& span) const {
    std::string svg;
    Date d = Date::FromCivil(span.first.year(), span.first.month(), 1);
    while (d <= span.last) {
      if (d >= span.first) {
        const std::string x = Coord(span.X(d, kStripWidth));
        svg += "<line class=\"month\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"2\" y2=\"18\"/>";
      }
      d = d.month() == 12 ? Date::FromCivil(d.year() + 1, 1, 1)
                          : Date::FromCivil(d.year(), d.month() + 1, 1);
    }
    return svg;
  }

  std::string AxisHeader(const Span& span) const {
    std::string svg = "<svg viewBox=\"0 0 " + Coord(kStripWidth) +
                      " 12\" aria-hidden=\"true\"><g class=\"months\">";
    Date d = Date::FromCivil(span.first.year(), span.first.month(), 1);
    while (d <= span.last) {
      const Date next = d.month() == 12 ? Date::FromCivil(d.year() + 1, 1, 1)
                                        : Date::FromCivil(d.year(), d.month() + 1, 1);
      const double mid = (span.X(std::max(d, span.first), kStripWidth) +
                          span.X(std::min(next.AddDays(-1), span.last), kStripWidth)) /
                         2;
      std::string label = std::to_string(d.month());
      if (d.month() == 1 && span.first.year() != span.last.year()) {
        label += "/" + std::to_string(d.year() % 100);
      }
      svg += "<text x=\"" + Coord(mid) + "\" y=\"9\">" + label + "</text>";
      d = next;
    }
    return svg + "</g></svg>";
  }

  std::string Strip(const Span& span, const DeadlineRow& row) const {
    const double w = kStripWidth;
    const char* state = report::DeadlineStateClass(row.state);
    std::string svg = "<svg viewBox=\"0 0 " + Coord(w) + " 20\" role=\"img\"" +
                      Attr("aria-label", report::DeadlineStateLabel(row.state, lang_)) + ">";
    svg += MonthLines(span);
    svg += "<line class=\"axis\" x1=\"7\" x2=\"" + Coord(w - 7) + "\" y1=\"10\" y2=\"10\"/>";
    const std::string as_of = Coord(span.X(as_of_, w));
    svg += "<line class=\"asof\" x1=\"" + as_of + "\" x2=\"" + as_of + "\" y1=\"1\" y2=\"19\"/>";
    auto line = [&](Date a, Date b) {
      return std::string("<line class=\"span ") + state + "\" x1=\"" + Coord(span.X(a, w)) +
             "\" x2=\"" + Coord(span.X(b, w)) + "\" y1=\"10\" y2=\"10\"/>";
    };
    if (row.state == DeadlineState::kLate && row.due && row.done) svg += line(*row.due, *row.done);
    if (row.state == DeadlineState::kMissing && row.due) svg += line(*row.due, as_of_);
    if ((row.state == DeadlineState::kDueSoon || row.state == DeadlineState::kPending) && row.due &&
        *row.due >= as_of_) {
      svg += line(as_of_, *row.due);
    }
    if (row.due) {
      const double dx = span.X(*row.due, w);
      svg += "<path class=\"due\" d=\"M" + Coord(dx) + " 4.5 L" + Coord(dx + 5.5) + " 10 L" +
             Coord(dx) + " 15.5 L" + Coord(dx - 5.5) + " 10 Z\"/>";
    }
    if (row.done && (row.state == DeadlineState::kMet || row.state == DeadlineState::kLate)) {
      const double cx = span.X(*row.done, w);
      svg += std::string("<circle class=\"done ") + state + "\" cx=\"" + Coord(cx) +
             "\" cy=\"10\" r=\"3.6\"/>";
    } else if (row.state == DeadlineState::kMissing) {
      const double cx = span.X(as_of_, w);
      svg += "<path class=\"mark missing\" d=\"M" + Coord(cx - 3.5) + " 6.5 L" + Coord(cx + 3.5) +
             " 13.5 M" + Coord(cx - 3.5) + " 13.5 L" + Coord(cx + 3.5) + " 6.5\"/>";
    } else if (row.state == DeadlineState::kDueSoon) {
      const double cx = span.X(as_of_, w);
      svg += "<path class=\"mark due-soon\" d=\"M" + Coord(cx) + " 5 L" + Coord(cx + 4.5) +
             " 14 L" + Coord(cx - 4.5) + " 14 Z\"/>";
    } else if (row.state == DeadlineState::kNotApplicable && row.due) {
      svg += "<circle class=\"mark not-applicable\" cx=\"" + Coord(span.X(*row.due, w)) +
             "\" cy=\"10\" r=\"2.5\"/>";
    }
    return svg + "</svg>";
  }

  std::string WeekStrip(const Span& span, const std::vector<DeadlineRow>& weeks) const {
    const double w = kStripWidth;
    std::string svg = "<svg viewBox=\"0 0 " + Coord(w) + " 20\" role=\"img\"" +
                      Attr("aria-label", T("Lịch công tác tuần", "Weekly schedules")) + ">";
    svg += MonthLines(span);
    svg += "<line class=\"axis\" x1=\"7\" x2=\"" + Coord(w - 7) + "\" y1=\"10\" y2=\"10\"/>";
    const std::string as_of = Coord(span.X(as_of_, w));
    svg += "<line class=\"asof\" x1=\"" + as_of + "\" x2=\"" + as_of + "\" y1=\"1\" y2=\"19\"/>";
    for (const DeadlineRow& week : weeks) {
      if (!week.due) continue;
      const bool bad = week.state == DeadlineState::kLate || week.state == DeadlineState::kMissing;
      svg += std::string("<rect class=\"week ") + report::DeadlineStateClass(week.state) +
             "\" x=\"" + Coord(span.X(*week.due, w) - 1.2) + "\" y=\"" + (bad ? "2" : "5") +
             "\" width=\"2.4\" height=\"" + (bad ? "16" : "10") + "\"/>";
    }
    return svg + "</svg>";
  }

  std::string StateChip(DeadlineState state) const {
    return Chip(report::DeadlineStateClass(state), StateIcon(state),
                report::DeadlineStateLabel(state, lang_));
  }

  std::string UnitText(const Finding& f, const LocalityResult& locality) const {
    return f.unit ? HtmlEscape(*f.unit) : HtmlEscape(report::LocalityWide(locality, lang_));
  }

  static std::string DateCell(const std::optional<Date>& date) {
    return "<td class=\"num\">" + (date ? date->Display() : std::string("—")) + "</td>";
  }

  void DeadlineTr(const Span& span, const DeadlineRow& row, const LocalityResult& locality,
                  bool with_message) {
    const Finding& f = *row.finding;
    out_ += "<tr" + Attr("data-rule", f.rule) + Attr("data-unit", f.unit.value_or("")) +
            Attr("data-period", f.period) +
            Attr("data-state", report::DeadlineStateClass(row.state)) + "><td>";
    out_ += "<strong>" + HtmlEscape(report::PeriodLabel(f.period, lang_)) + "</strong>";
    if (!f.record.empty() && f.record.find('#') == std::string::npos) {
      out_ += " <span class=\"rule\">" + HtmlEscape(f.record) + "</span>";
    }
    if (with_message) out_ += "<span class=\"note\">" + HtmlEscape(f.message) + "</span>";
    out_ += "</td><td>" + UnitText(f, locality) + "</td>" + DateCell(row.due) + DateCell(row.done) +
            "<td>" + StateChip(row.state) + "</td><td>" + Strip(span, row) + "</td></tr>\n";
  }

  void Timeline(const LocalityView& view) {
    const LocalityResult& locality = *view.locality;
    out_ += "<h3>2. " +
            T("Thời hạn: báo cáo, kế hoạch, nhiệm vụ, lịch tuần",
              "Deadlines: reports, plans, tasks, weekly schedules") +
            "</h3>\n";
    if (view.deadlines.empty()) {
      out_ += "<p class=\"empty\">" +
              T("Không có thời hạn nào đã đến hoặc sắp đến.", "No deadline has come or is near.") +
              "</p>\n";
      return;
    }
    std::vector<DeadlineRow> rows;
    Span span{Date::FromCivil(as_of_.year(), 1, 1), Date::FromCivil(as_of_.year(), 12, 31)};
    for (const Finding* f : report::TimelineOrder(view.deadlines)) {
      DeadlineRow row{f, report::DeadlineStateOf(*f), report::MeasureDate(f->expected),
                      report::MeasureDate(f->observed)};
      for (const auto& date : {row.due, row.done}) {
        if (!date) continue;
        span.first = std::min(span.first, *date);
        span.last = std::max(span.last, *date);
      }
      rows.push_back(row);
    }
    out_ += "<div class=\"legend\">" + T("Chú giải:", "Key:") +
            "<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><path class=\"due\" "
            "d=\"M6 1 L11 6 L6 11 L1 6 Z\"/></svg>" +
            T("hạn", "deadline") +
            "<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><circle class=\"done met\" "
            "cx=\"6\" cy=\"6\" r=\"4\"/></svg>" +
            T("ngày thực hiện", "done") +
            "<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><path class=\"mark missing\" "
            "d=\"M2 2 L10 10 M2 10 L10 2\"/></svg>" +
            T("chưa thực hiện", "missing") +
            "<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><path class=\"mark due-soon\" "
            "d=\"M6 1.5 L10.5 10.5 L1.5 10.5 Z\"/></svg>" +
            T("sắp đến hạn", "due soon") +
            "<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><line class=\"asof\" x1=\"6\" "
            "x2=\"6\" y1=\"0\" y2=\"12\"/></svg>" +
            T("ngày kiểm tra", "as-of date") + " " + as_of_.Display() + "</div>\n";
    out_ +=
        "<table class=\"timeline fixed\">\n<colgroup><col style=\"width:26%\">"
        "<col style=\"width:10%\"><col style=\"width:10.5%\"><col style=\"width:10.5%\">"
        "<col style=\"width:16%\"><col style=\"width:27%\"></colgroup>\n<thead><tr><th>" +
        T("Nội dung", "What") + "</th><th>" + T("Đơn vị", "Unit") + "</th><th class=\"num\">" +
        T("Hạn", "Due") + "</th><th class=\"num\">" + T("Thực hiện", "Done") + "</th><th>" +
        T("Tình trạng", "Status") + "</th><th>" + T("Tháng", "Month") + AxisHeader(span) +
        "</th></tr></thead>\n<tbody>\n";
    for (std::string_view rule : {"reports.semiannual", "reports.annual", "plans.unit_plan",
                                  "tasks.deadline", "schedule.weekly"}) {
      std::vector<DeadlineRow> group;
      for (const DeadlineRow& row : rows) {
        if (row.finding->rule == rule) group.push_back(row);
      }
      if (group.empty()) continue;
      out_ += "<tr class=\"group\"><th colspan=\"6\">" +
              HtmlEscape(report::RuleTitle(group[0].finding->rule, lang_)) +
              "<span class=\"rule\">" + HtmlEscape(rule) + "</span></th></tr>\n";
      if (rule == "schedule.weekly") {
        WeeklyRows(span, group, locality);
        continue;
      }
      for (const DeadlineRow& row : group) {
        const bool message = row.state != DeadlineState::kMet || rule == "tasks.deadline";
        DeadlineTr(span, row, locality, message);
      }
    }
    out_ += "</tbody>\n</table>\n";
  }

  // Weeks are many: one summary row with a tick per week, then a row per week not met.
  void WeeklyRows(const Span& span, const std::vector<DeadlineRow>& weeks,
                  const LocalityResult& locality) {
    std::map<DeadlineState, int> counts;
    for (const DeadlineRow& week : weeks) ++counts[week.state];
    const int bad = counts[DeadlineState::kLate] + counts[DeadlineState::kMissing];
    out_ +=
        "<tr data-rule=\"schedule.weekly\" data-state=\"summary\"><td><strong>" +
        Format(T("{0} tuần đã đến hạn", "{0} weeks due"), {std::to_string(weeks.size())}) +
        "</strong><span class=\"note\">" +
        Format(T("{0} đúng hạn, {1} chậm, {2} chưa có", "{0} on time, {1} late, {2} missing"),
               {std::to_string(counts[DeadlineState::kMet]),
                std::to_string(counts[DeadlineState::kLate]),
                std::to_string(counts[DeadlineState::kMissing])}) +
        "</span></td><td>" + HtmlEscape(report::LocalityWide(locality, lang_)) +
        "</td><td class=\"num\">—</td><td class=\"num\">—</td><td>" +
        (bad > 0 ? Chip("violation", "✖",
                        Format(T("{0} tuần không đạt", "{0} weeks missed"), {std::to_string(bad)}))
                 : StateChip(DeadlineState::kMet)) +
        "</td><td>" + WeekStrip(span, weeks) + "</td></tr>\n";
    for (const DeadlineRow& week : weeks) {
      if (week.state != DeadlineState::kMet) DeadlineTr(span, week, locality, true);
    }
  }

  // ---- Findings --------------------------------------------------------------------------

  void Findings(const LocalityView& view) {
    const LocalityResult& locality = *view.locality;
    out_ += "<h3>3. " + T("Phát hiện theo mức độ", "Findings by severity") + "</h3>\n";
    if (view.findings.empty()) {
      out_ += "<p class=\"empty\">" + T("Không có phát hiện nào.", "No findings.") + "</p>\n";
      return;
    }
    for (Severity severity : {Severity::kViolation, Severity::kWarning, Severity::kInfo}) {
      std::vector<const Finding*> group;
      for (const Finding* f : view.findings) {
        if (f->severity == severity) group.push_back(f);
      }
      if (group.empty()) continue;
      std::stable_sort(group.begin(), group.end(),
                       [](const Finding* a, const Finding* b) { return a->rule < b->rule; });
      out_ += std::string("<div class=\"sev-group\"") +
              Attr("data-severity", SeverityName(severity)) + "><h4>" + SeverityChip(severity) +
              " " + Format(T("{0} phát hiện", "{0} findings"), {std::to_string(group.size())}) +
              "</h4>\n";
      out_ +=
          "<table class=\"findings fixed\">\n<colgroup><col style=\"width:4%\">"
          "<col style=\"width:21%\"><col style=\"width:10%\"><col style=\"width:10%\">"
          "<col style=\"width:36%\"><col style=\"width:19%\"></colgroup>\n<thead><tr>"
          "<th class=\"num\">#</th><th>" +
          T("Quy tắc · điều khoản", "Rule · clause") + "</th><th>" + T("Đơn vị", "Unit") +
          "</th><th>" + T("Kỳ", "Period") + "</th><th>" + T("Nội dung", "Finding") + "</th><th>" +
          T("Hồ sơ liên quan", "Records") + "</th></tr></thead>\n<tbody>\n";
      int n = 0;
      for (const Finding* f : group) {
        out_ += std::string("<tr class=\"") + SeverityClass(f->severity) + "\"" +
                Attr("data-rule", f->rule) + Attr("data-unit", f->unit.value_or("")) +
                Attr("data-period", f->period) + "><td class=\"num\">" + std::to_string(++n) +
                "</td><td>" + HtmlEscape(report::RuleTitle(f->rule, lang_)) +
                "<span class=\"note\"><span class=\"rule\">" + HtmlEscape(f->rule) + "</span>";
        if (!f->clause.empty()) out_ += " · " + HtmlEscape(f->clause);
        out_ += "</span>";
        out_ += "</td><td>" + UnitText(*f, locality) + "</td><td>" +
                HtmlEscape(report::PeriodLabel(f->period, lang_)) + "</td><td class=\"msg\">" +
                HtmlEscape(f->message) + "</td><td class=\"evidence\">" +
                HtmlEscape(report::EvidenceText(*f, lang_)) + "</td></tr>\n";
      }
      out_ += "</tbody>\n</table>\n</div>\n";
    }
  }

  void Manual(const LocalityResult& locality) {
    out_ += "<h3>4. " +
            T("Nội dung kiểm tra thủ công (không tự động đánh giá được)",
              "Manual checklist (not machine-checkable)") +
            "</h3>\n";
    if (locality.manual.empty()) {
      out_ += "<p class=\"empty\">" +
              T("Gói quy tắc không nêu nội dung nào.", "The pack lists nothing to check by hand.") +
              "</p>\n";
      return;
    }
    out_ += "<ol class=\"checklist\">\n";
    for (const ManualItem& item : locality.manual) {
      out_ += "<li" + Attr("data-id", item.id) + "><span class=\"box\"></span><span>" +
              HtmlEscape(item.text) + "</span><span class=\"clause\">" + HtmlEscape(item.clause) +
              "</span></li>\n";
    }
    out_ += "</ol>\n";
  }

 private:
  std::string T(std::string_view vi, std::string_view en) const {
    return std::string(Tr(lang_, vi, en));
  }
  std::string SeverityChip(Severity severity) const { return html::SeverityChip(severity, lang_); }

  Date as_of_;
  Lang lang_;
  bool show_manual_;
  std::string& out_;
};

}  // namespace

void RenderLocality(const LocalityView& view, Date as_of, Lang lang, bool show_manual,
                    std::string* out, const std::string& before_heading) {
  Section(as_of, lang, show_manual, out).Render(view, before_heading);
}

}  // namespace tuanthu::html
