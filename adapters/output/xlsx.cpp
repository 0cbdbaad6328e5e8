#include "output/xlsx.h"

#include <xlsxwriter.h>

#include <filesystem>
#include <set>
#include <tuple>
#include <utility>

#include "output/report_model.h"
#include "output/xlsx_book.h"
#include "tuanthu/utf8.h"

namespace tuanthu {
namespace {

using report::LocalityView;

using xlsx::Column;

class Writer : public xlsx::Book {
 public:
  Writer(lxw_workbook* workbook, const CheckResult& result, Lang lang)
      : Book(workbook, lang), result_(result), views_(report::ViewsOf(result)) {
    for (const Finding& f : result_.kpis) {
      if (std::holds_alternative<double>(f.observed) ||
          std::holds_alternative<double>(f.expected)) {
        shares_.insert(Key(f));
      }
    }
  }

  void WriteAll() {
    Overview();
    Findings();
    for (const LocalityView& view : views_) Kpis(view);
    Deadlines();
    Manual();
  }

 private:
  using KpiKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;
  static KpiKey Key(const Finding& f) {
    return {f.locality, f.rule, f.unit.value_or("\x01"), f.period, f.record};
  }

  void Overview() {
    lxw_worksheet* sheet = Sheet(T("Tổng quan", "Overview"));
    if (sheet == nullptr) return;
    String(sheet, 0, 0,
           T("Báo cáo kiểm tra tuân thủ — kế hoạch chấn chỉnh lề lối làm việc (KL 226-KL/TW, "
             "QĐ 534/QĐ-TTg)",
             "Compliance check report — plans to rectify working practices (KL 226-KL/TW, "
             "QĐ 534/QĐ-TTg)"),
           title_);
    String(sheet, 1, 0, T("Số liệu tính đến ngày", "Data as of"));
    DateCell(sheet, 1, 1, result_.as_of);
    const lxw_row_t top = 3;
    Table(sheet, top,
          {{T("Mã địa phương", "Locality code"), 12},
           {T("Địa phương", "Locality"), 24},
           {T("Gói quy tắc", "Rule pack"), 26},
           {T("Hiệu lực", "In force from"), 12},
           {T("Vi phạm", "Violations"), 10},
           {T("Cảnh báo", "Warnings"), 10},
           {T("Thông tin", "Info"), 10},
           {T("Chỉ tiêu đạt", "KPIs met"), 11},
           {T("Chỉ tiêu đo", "KPIs measured"), 11},
           {T("Thời hạn chậm", "Deadlines late"), 11},
           {T("Thời hạn chưa có", "Deadlines missing"), 11},
           {T("Mã nội dung gói", "Pack hash"), 20}},
          static_cast<lxw_row_t>(views_.size()));
    lxw_row_t row = top + 1;
    for (const LocalityView& view : views_) {
      const LocalityResult& l = *view.locality;
      int met = 0, late = 0, missing = 0;
      for (const Finding* f : view.kpis) met += f->severity == Severity::kPass ? 1 : 0;
      for (const Finding* f : view.deadlines) {
        const auto state = report::DeadlineStateOf(*f);
        late += state == report::DeadlineState::kLate ? 1 : 0;
        missing += state == report::DeadlineState::kMissing ? 1 : 0;
      }
      String(sheet, row, 0, l.code);
      String(sheet, row, 1, l.name);
      String(sheet, row, 2, l.pack);
      DateCell(sheet, row, 3, l.effective);
      Number(sheet, row, 4, static_cast<double>(Count(l, Severity::kViolation)), integer_);
      Number(sheet, row, 5, static_cast<double>(Count(l, Severity::kWarning)), integer_);
      Number(sheet, row, 6, static_cast<double>(Count(l, Severity::kInfo)), integer_);
      Number(sheet, row, 7, met, integer_);
      Number(sheet, row, 8, static_cast<double>(view.kpis.size()), integer_);
      Number(sheet, row, 9, late, integer_);
      Number(sheet, row, 10, missing, integer_);
      String(sheet, row, 11, l.pack_hash);
      ++row;
    }
    if (!result_.errors.empty()) {
      ++row;
      String(sheet, row++, 0, T("Quy tắc không chạy được:", "Rules that failed to run:"), title_);
      for (const Diagnostic& d : result_.errors) String(sheet, row++, 0, d.AsString());
    }
  }

  void Findings() {
    lxw_worksheet* sheet = Sheet(T("Phát hiện", "Findings"));
    if (sheet == nullptr) return;
    std::vector<const Finding*> findings;
    std::vector<const LocalityResult*> owner;
    for (const LocalityView& view : views_) {
      for (const Finding* f : view.findings) {
        findings.push_back(f);
        owner.push_back(view.locality);
      }
    }
    Table(sheet, 0,
          {{T("Mã địa phương", "Locality code"), 11},
           {T("Địa phương", "Locality"), 18},
           {T("Quy tắc", "Rule"), 26},
           {T("Mức độ", "Severity"), 11},
           {T("Đơn vị", "Unit"), 12},
           {T("Kỳ", "Period"), 11},
           {T("Điều khoản", "Clause"), 12},
           {T("Nội dung", "Finding"), 70},
           {T("Kết quả đo", "Observed"), 12},
           {T("Chỉ tiêu / hạn", "Target / due"), 12},
           {T("Hồ sơ liên quan", "Records"), 40},
           {T("Số hồ sơ", "Record count"), 9},
           {T("Gói quy tắc", "Rule pack"), 24}},
          static_cast<lxw_row_t>(findings.size()));
    lxw_row_t row = 1;
    for (size_t i = 0; i < findings.size(); ++i, ++row) {
      const Finding& f = *findings[i];
      const bool share = shares_.count(Key(f)) > 0;
      std::string evidence;
      for (const std::string& id : f.evidence) evidence += (evidence.empty() ? "" : "; ") + id;
      String(sheet, row, 0, f.locality);
      String(sheet, row, 1, owner[i]->name);
      String(sheet, row, 2, f.rule);
      String(sheet, row, 3, report::SeverityWord(f.severity, lang_), severity_[f.severity]);
      String(sheet, row, 4, Unit(f, *owner[i]));
      Period(sheet, row, 5, f.period);
      String(sheet, row, 6, f.clause);
      String(sheet, row, 7, f.message, wrap_);
      MeasureCell(sheet, row, 8, f.observed, share);
      MeasureCell(sheet, row, 9, f.expected, share);
      String(sheet, row, 10, evidence, wrap_);
      Number(sheet, row, 11,
             static_cast<double>(
                 std::max<int64_t>(f.evidence_total, static_cast<int64_t>(f.evidence.size()))),
             integer_);
      String(sheet, row, 12, f.pack);
    }
  }

  void Kpis(const LocalityView& view) {
    const LocalityResult& l = *view.locality;
    lxw_worksheet* sheet = Sheet("KPI " + l.code);
    if (sheet == nullptr) return;
    Table(sheet, 0,
          {{T("Quy tắc", "Rule"), 26},
           {T("Chỉ tiêu đo", "Measure"), 40},
           {T("Đơn vị", "Unit"), 14},
           {T("Kỳ", "Period"), 9},
           {T("Kết quả đo", "Observed"), 11},
           {T("Chỉ tiêu (tỷ lệ) / tối đa (số lượng)", "Target (share) / at most (count)"), 16},
           {T("Tử số (đạt / số năm nay)", "Numerator (met / this year)"), 13},
           {T("Mẫu số (tổng / số năm trước)", "Denominator (total / last year)"), 13},
           {T("Tình trạng", "Status"), 11},
           {T("Điều khoản", "Clause"), 14},
           {T("Nội dung", "Finding"), 60}},
          static_cast<lxw_row_t>(view.all_kpis.size()));
    lxw_row_t row = 1;
    for (const Finding* f : view.all_kpis) {
      const bool share = !report::IsReduction(*f);
      String(sheet, row, 0, f->rule);
      String(sheet, row, 1, report::KpiTitle(*f, lang_));
      String(sheet, row, 2, Unit(*f, l));
      Period(sheet, row, 3, f->period);
      MeasureCell(sheet, row, 4, f->observed, share);
      MeasureCell(sheet, row, 5, f->expected, share);
      if (f->numerator) Number(sheet, row, 6, static_cast<double>(*f->numerator), integer_);
      if (f->denominator) Number(sheet, row, 7, static_cast<double>(*f->denominator), integer_);
      String(sheet, row, 8, report::SeverityWord(f->severity, lang_), severity_[f->severity]);
      String(sheet, row, 9, f->clause);
      String(sheet, row, 10, f->message, wrap_);
      ++row;
    }
  }

  void Deadlines() {
    lxw_worksheet* sheet = Sheet(T("Thời hạn", "Deadlines"));
    if (sheet == nullptr) return;
    size_t rows = 0;
    for (const LocalityView& view : views_) rows += view.deadlines.size();
    Table(sheet, 0,
          {{T("Mã địa phương", "Locality code"), 11},
           {T("Địa phương", "Locality"), 18},
           {T("Quy tắc", "Rule"), 20},
           {T("Nội dung", "What"), 24},
           {T("Đơn vị", "Unit"), 12},
           {T("Kỳ", "Period"), 10},
           {T("Hồ sơ", "Record"), 14},
           {T("Hạn", "Due"), 11},
           {T("Ngày thực hiện", "Done"), 12},
           {T("Tình trạng", "Status"), 16},
           {T("Mức độ", "Severity"), 10},
           {T("Ghi chú", "Note"), 70}},
          static_cast<lxw_row_t>(rows));
    lxw_row_t row = 1;
    for (const LocalityView& view : views_) {
      for (const Finding* f : report::TimelineOrder(view.deadlines)) {
        const auto state = report::DeadlineStateOf(*f);
        String(sheet, row, 0, f->locality);
        String(sheet, row, 1, view.locality->name);
        String(sheet, row, 2, f->rule);
        String(sheet, row, 3, report::RuleTitle(f->rule, lang_));
        String(sheet, row, 4, Unit(*f, *view.locality));
        Period(sheet, row, 5, f->period);
        String(sheet, row, 6, f->record);
        MeasureCell(sheet, row, 7, f->expected, false);
        MeasureCell(sheet, row, 8, f->observed, false);
        String(sheet, row, 9, report::DeadlineStateLabel(state, lang_),
               state == report::DeadlineState::kPending ? pending_ : severity_[f->severity]);
        String(sheet, row, 10, report::SeverityWord(f->severity, lang_));
        String(sheet, row, 11, f->message, wrap_);
        ++row;
      }
    }
  }

  void Manual() {
    lxw_worksheet* sheet = Sheet(T("Kiểm tra thủ công", "Manual checklist"));
    if (sheet == nullptr) return;
    size_t rows = 0;
    for (const LocalityView& view : views_) rows += view.locality->manual.size();
    Table(sheet, 0,
          {{T("Mã địa phương", "Locality code"), 11},
           {T("Địa phương", "Locality"), 18},
           {T("Mục", "Item"), 16},
           {T("Nội dung cần kiểm tra", "What to check"), 70},
           {T("Điều khoản", "Clause"), 10},
           {T("Kết quả kiểm tra", "Result"), 18},
           {T("Ghi chú", "Note"), 30}},
          static_cast<lxw_row_t>(rows));
    lxw_row_t row = 1;
    for (const LocalityView& view : views_) {
      for (const ManualItem& item : view.locality->manual) {
        String(sheet, row, 0, view.locality->code);
        String(sheet, row, 1, view.locality->name);
        String(sheet, row, 2, item.id);
        String(sheet, row, 3, item.text, wrap_);
        String(sheet, row, 4, item.clause);
        ++row;
      }
    }
  }

  const CheckResult& result_;
  std::vector<LocalityView> views_;
  std::set<KpiKey> shares_;
};

}  // namespace

bool WriteXlsx(const CheckResult& result, const RenderOptions& options, const std::string& path,
               std::string* error) {
  return xlsx::SaveWorkbook(
      path, result.as_of, options.lang, false,
      [&](lxw_workbook* workbook) {
        Writer writer(workbook, result, options.lang);
        writer.WriteAll();
        return writer.error();
      },
      error);
}

}  // namespace tuanthu
