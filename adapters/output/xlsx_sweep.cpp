#include "output/xlsx_sweep.h"

#include <set>
#include <tuple>

#include "output/report_rollup.h"
#include "output/xlsx_book.h"

namespace tuanthu {
namespace {

using report::Tally;
using xlsx::Column;

// A sheet written top to bottom, one row after another (constant_memory allows nothing else).
struct Stream {
  lxw_worksheet* sheet = nullptr;
  lxw_row_t next = 1;  // the row below the header
  size_t columns = 0;
};

class SweepWorkbook : public report::LocalitySink {
 public:
  SweepWorkbook(const std::string& path, const report::ReportContext& context)
      : pending_(path, context.as_of, context.lang, true), rollup_(context) {
    if (pending_.get() != nullptr) book_ = std::make_unique<Sheets>(pending_.get(), context);
  }

  void Add(const report::LocalityFeed& feed) override {
    const report::LocalityView view = report::ViewOf(feed);
    const report::CommuneRow& row = rollup_.Add(view);
    if (book_) book_->Locality(view, row, rollup_);
  }

  bool Finish(const std::vector<Diagnostic>& errors, std::string* error) override {
    if (!book_) return pending_.Commit(LXW_NO_ERROR, error);
    book_->Levels(rollup_, errors);
    return pending_.Commit(book_->error(), error);
  }

 private:
  class Sheets : public xlsx::Book {
   public:
    Sheets(lxw_workbook* workbook, const report::ReportContext& context)
        : Book(workbook, context.lang), context_(context) {
      // A change of share in percentage points: +8.2% reads "8.2 points more".
      change_ = AddFormat([](lxw_format* f) {
        format_set_num_format(f, "+0.0%;-0.0%;0.0%");
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      });
      country_ = Sheet(T("Cả nước", "Country"));
      provinces_ = Sheet(T("Tỉnh", "Provinces"));
      communes_ =
          Open(T("Xã, phường", "Communes"), {{T("Mã xã", "Commune code"), 12},
                                             {T("Xã, phường", "Commune"), 24},
                                             {T("Mã tỉnh", "Province code"), 10},
                                             {T("Tỉnh, thành phố", "Province"), 22},
                                             {T("Vi phạm", "Violations"), 10},
                                             {T("Cảnh báo", "Warnings"), 10},
                                             {T("Thông tin", "Info"), 10},
                                             {T("Chỉ tiêu đạt", "KPIs met"), 10},
                                             {T("Chỉ tiêu đo", "KPIs measured"), 10},
                                             {T("Thời hạn đúng hạn", "Deadlines met"), 10},
                                             {T("Thời hạn chậm", "Deadlines late"), 10},
                                             {T("Thời hạn chưa có", "Deadlines missing"), 10},
                                             {T("Gói quy tắc", "Rule pack"), 26},
                                             {T("Mã nội dung gói", "Pack hash"), 20}});
      kpis_ =
          Open("KPI",
               {{T("Mã xã", "Commune code"), 12},
                {T("Xã, phường", "Commune"), 22},
                {T("Mã tỉnh", "Province code"), 10},
                {T("Tỉnh, thành phố", "Province"), 20},
                {T("Quy tắc", "Rule"), 26},
                {T("Chỉ tiêu đo", "Measure"), 36},
                {T("Đơn vị", "Unit"), 14},
                {T("Kỳ", "Period"), 9},
                {T("So sánh", "Comparator"), 8},
                {T("Chỉ tiêu (tỷ lệ) / tối đa (số lượng)", "Target (share) / at most (count)"), 14},
                {T("Kết quả đo", "Observed"), 11},
                {T("Tử số", "Numerator"), 10},
                {T("Mẫu số", "Denominator"), 10},
                {T("Kết quả", "Outcome"), 10},
                {T("Mức đạt so với chỉ tiêu", "Attainment"), 12}});
      findings_ = Open(T("Phát hiện", "Findings"), {{T("Mã địa phương", "Locality code"), 11},
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
                                                    {T("Gói quy tắc", "Rule pack"), 24}});
      deadlines_ = Open(T("Thời hạn", "Deadlines"), {{T("Mã địa phương", "Locality code"), 11},
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
                                                     {T("Ghi chú", "Note"), 60}});
      manual_ = Open(T("Kiểm tra thủ công", "Manual checklist"),
                     {{T("Mã địa phương", "Locality code"), 11},
                      {T("Địa phương", "Locality"), 18},
                      {T("Mục", "Item"), 16},
                      {T("Nội dung cần kiểm tra", "What to check"), 70},
                      {T("Điều khoản", "Clause"), 10},
                      {T("Kết quả kiểm tra", "Result"), 18},
                      {T("Ghi chú", "Note"), 30}});
    }

    void Locality(const report::LocalityView& view, const report::CommuneRow& row,
                  const report::Rollup& rollup) {
      const LocalityResult& l = *view.locality;
      const std::string province = rollup.ProvinceName(row.province);
      {
        const lxw_row_t r = communes_.next++;
        const Tally& t = row.tally;
        lxw_worksheet* s = communes_.sheet;
        String(s, r, 0, l.code);
        String(s, r, 1, l.name);
        String(s, r, 2, row.province);
        String(s, r, 3, province);
        Number(s, r, 4, static_cast<double>(t.Count(Severity::kViolation)), integer_);
        Number(s, r, 5, static_cast<double>(t.Count(Severity::kWarning)), integer_);
        Number(s, r, 6, static_cast<double>(t.Count(Severity::kInfo)), integer_);
        Number(s, r, 7, t.kpis_met, integer_);
        Number(s, r, 8, t.kpis_measured, integer_);
        Number(s, r, 9, t.deadlines.met, integer_);
        Number(s, r, 10, t.deadlines.late, integer_);
        Number(s, r, 11, t.deadlines.missing, integer_);
        String(s, r, 12, l.pack);
        String(s, r, 13, l.pack_hash);
      }
      std::set<std::tuple<std::string, std::string, std::string, std::string>> shares;
      for (const Finding* f : view.all_kpis) {
        const bool share = !report::IsReduction(*f);
        if (share) shares.emplace(f->rule, f->unit.value_or("\x01"), f->period, f->record);
        const lxw_row_t r = kpis_.next++;
        lxw_worksheet* s = kpis_.sheet;
        String(s, r, 0, l.code);
        String(s, r, 1, l.name);
        String(s, r, 2, row.province);
        String(s, r, 3, province);
        String(s, r, 4, f->rule);
        String(s, r, 5, report::KpiTitle(*f, lang_));
        String(s, r, 6, Unit(*f, l));
        Period(s, r, 7, f->period);
        String(s, r, 8, f->comparator);
        MeasureCell(s, r, 9, f->expected, share);
        MeasureCell(s, r, 10, f->observed, share);
        if (f->numerator) Number(s, r, 11, static_cast<double>(*f->numerator), integer_);
        if (f->denominator) Number(s, r, 12, static_cast<double>(*f->denominator), integer_);
        String(s, r, 13, report::SeverityWord(f->severity, lang_), severity_[f->severity]);
        if (auto attainment = report::Attainment(*f)) Number(s, r, 14, *attainment, percent_);
      }
      for (const Finding* f : view.findings) {
        const bool share = shares.count({f->rule, f->unit.value_or("\x01"), f->period, f->record});
        std::string evidence;
        for (const std::string& id : f->evidence) evidence += (evidence.empty() ? "" : "; ") + id;
        const lxw_row_t r = findings_.next++;
        lxw_worksheet* s = findings_.sheet;
        String(s, r, 0, f->locality);
        String(s, r, 1, l.name);
        String(s, r, 2, f->rule);
        String(s, r, 3, report::SeverityWord(f->severity, lang_), severity_[f->severity]);
        String(s, r, 4, Unit(*f, l));
        Period(s, r, 5, f->period);
        String(s, r, 6, f->clause);
        String(s, r, 7, f->message, wrap_);
        MeasureCell(s, r, 8, f->observed, share);
        MeasureCell(s, r, 9, f->expected, share);
        String(s, r, 10, evidence, wrap_);
        Number(s, r, 11,
               static_cast<double>(
                   std::max<int64_t>(f->evidence_total, static_cast<int64_t>(f->evidence.size()))),
               integer_);
        String(s, r, 12, f->pack);
      }
      for (const Finding* f : report::TimelineOrder(view.deadlines)) {
        const auto state = report::DeadlineStateOf(*f);
        const lxw_row_t r = deadlines_.next++;
        lxw_worksheet* s = deadlines_.sheet;
        String(s, r, 0, f->locality);
        String(s, r, 1, l.name);
        String(s, r, 2, f->rule);
        String(s, r, 3, report::RuleTitle(f->rule, lang_));
        String(s, r, 4, Unit(*f, l));
        Period(s, r, 5, f->period);
        String(s, r, 6, f->record);
        MeasureCell(s, r, 7, f->expected, false);
        MeasureCell(s, r, 8, f->observed, false);
        String(s, r, 9, report::DeadlineStateLabel(state, lang_),
               state == report::DeadlineState::kPending ? pending_ : severity_[f->severity]);
        String(s, r, 10, report::SeverityWord(f->severity, lang_));
        String(s, r, 11, f->message);
      }
      for (const ManualItem& item : l.manual) {
        const lxw_row_t r = manual_.next++;
        lxw_worksheet* s = manual_.sheet;
        String(s, r, 0, l.code);
        String(s, r, 1, l.name);
        String(s, r, 2, item.id);
        String(s, r, 3, item.text);
        String(s, r, 4, item.clause);
      }
    }

    // The country and province sheets, from the rollups; the filters of the streamed sheets.
    void Levels(const report::Rollup& rollup, const std::vector<Diagnostic>& errors) {
      for (Stream* stream : {&communes_, &kpis_, &findings_, &deadlines_, &manual_}) {
        if (stream->sheet != nullptr) Filter(stream->sheet, 0, stream->columns, stream->next - 1);
      }
      const std::vector<Column> columns = LevelColumns(rollup);
      if (country_ != nullptr) {
        String(country_, 0, 0,
               T("Báo cáo kiểm tra tuân thủ — kế hoạch chấn chỉnh lề lối làm việc (KL "
                 "226-KL/TW, QĐ 534/QĐ-TTg)",
                 "Compliance check report — plans to rectify working practices (KL 226-KL/TW, "
                 "QĐ 534/QĐ-TTg)"),
               title_);
        String(country_, 1, 0, T("Số liệu tính đến ngày", "Data as of"));
        DateCell(country_, 1, 1, context_.as_of);
        String(country_, 2, 0, TrendNote());
        Table(country_, 3, columns, 1);
        LevelRow(country_, 4, "", T("Cả nước", "Country"), rollup.country(), rollup);
        KpiBlock(country_, 6, rollup);
        lxw_row_t r = 8 + static_cast<lxw_row_t>(rollup.kpis().size());
        if (!errors.empty()) {
          String(country_, r++, 0, T("Quy tắc không chạy được:", "Rules that failed to run:"),
                 title_);
          for (const Diagnostic& d : errors) String(country_, r++, 0, d.AsString());
        }
      }
      if (provinces_ != nullptr) {
        Table(provinces_, 0, columns, static_cast<lxw_row_t>(rollup.provinces().size()));
        lxw_row_t r = 1;
        for (const auto& [code, tally] : rollup.provinces()) {
          LevelRow(provinces_, r++, code, rollup.ProvinceName(code), tally, rollup);
        }
      }
    }

   private:
    Stream Open(const std::string& name, const std::vector<Column>& columns) {
      Stream stream;
      stream.sheet = Sheet(name);
      stream.columns = columns.size();
      if (stream.sheet != nullptr) Header(stream.sheet, 0, columns);
      return stream;
    }

    std::string TrendNote() const {
      if (!context_.previous) {
        return T("Chưa có lần chạy nào được lưu trước ngày này để so sánh.",
                 "No run recorded before this date to compare with.");
      }
      std::string note =
          Format(T("Xu hướng: so với lần chạy #{0} ngày {1}, trên các xã, phường cả hai lần "
                   "cùng kiểm tra.",
                   "Trend: against run #{0} of {1}, over the communes both runs checked."),
                 {std::to_string(context_.previous->id), context_.previous->as_of.Display()});
      if (!context_.previous->kpis_recorded) {
        note +=
            T(" Lần chạy đó được lưu bởi phiên bản chưa lưu kết quả chỉ tiêu: không so sánh "
              "được tỷ lệ đạt chỉ tiêu.",
              " That run was recorded by a version that did not keep KPI outcomes: the "
              "shares of communes meeting each KPI cannot be compared.");
      }
      return note;
    }

    std::vector<Column> LevelColumns(const report::Rollup& rollup) const {
      std::vector<Column> columns = {
          {T("Mã", "Code"), 10},
          {T("Tên", "Name"), 24},
          {T("Số xã, phường", "Communes"), 10},
          {T("Vi phạm", "Violations"), 10},
          {T("Cảnh báo", "Warnings"), 10},
          {T("Thông tin", "Info"), 10},
          {T("Xã so sánh được với lần trước", "Communes in the previous run"), 12},
          {T("Vi phạm lần trước", "Violations, previous run"), 11},
          {T("Vi phạm nay (cùng xã)", "Violations now (same communes)"), 11},
          {T("Cảnh báo lần trước", "Warnings, previous run"), 11},
          {T("Cảnh báo nay (cùng xã)", "Warnings now (same communes)"), 11},
          {T("Lượt chỉ tiêu đạt", "KPI outcomes met"), 10},
          {T("Lượt chỉ tiêu đo", "KPI outcomes measured"), 10},
          {T("Thời hạn đúng hạn", "Deadlines met"), 10},
          {T("Thời hạn chậm", "Deadlines late"), 10},
          {T("Thời hạn chưa có", "Deadlines missing"), 10},
          {T("Sắp đến hạn", "Due soon"), 10}};
      // Each KPI: the share now, and its trend over the communes with an outcome in both runs.
      for (const auto& [rule, info] : rollup.kpis()) {
        columns.push_back({T("Tỷ lệ xã đạt: ", "Communes meeting: ") + rule, 14});
        columns.push_back(
            {T("Lần trước, tỷ lệ xã đạt: ", "Previous run, communes meeting: ") + rule, 14});
        columns.push_back(
            {T("Nay, cùng xã, tỷ lệ đạt: ", "Now, same communes, meeting: ") + rule, 14});
        columns.push_back({T("Thay đổi (điểm %): ", "Change (points): ") + rule, 12});
      }
      return columns;
    }

    void LevelRow(lxw_worksheet* s, lxw_row_t r, const std::string& code, const std::string& name,
                  const Tally& t, const report::Rollup& rollup) {
      String(s, r, 0, code);
      String(s, r, 1, name);
      Number(s, r, 2, t.communes, integer_);
      Number(s, r, 3, static_cast<double>(t.Count(Severity::kViolation)), integer_);
      Number(s, r, 4, static_cast<double>(t.Count(Severity::kWarning)), integer_);
      Number(s, r, 5, static_cast<double>(t.Count(Severity::kInfo)), integer_);
      if (context_.previous) {
        Number(s, r, 6, t.compared, integer_);
        Number(s, r, 7, static_cast<double>(t.Previous(Severity::kViolation)), integer_);
        Number(s, r, 8, static_cast<double>(t.Now(Severity::kViolation)), integer_);
        Number(s, r, 9, static_cast<double>(t.Previous(Severity::kWarning)), integer_);
        Number(s, r, 10, static_cast<double>(t.Now(Severity::kWarning)), integer_);
      }
      Number(s, r, 11, t.kpis_met, integer_);
      Number(s, r, 12, t.kpis_measured, integer_);
      Number(s, r, 13, t.deadlines.met, integer_);
      Number(s, r, 14, t.deadlines.late, integer_);
      Number(s, r, 15, t.deadlines.missing, integer_);
      Number(s, r, 16, t.deadlines.due_soon, integer_);
      lxw_col_t c = 17;
      for (const auto& entry : rollup.kpis()) {
        auto it = t.kpis.find(entry.first);
        if (it != t.kpis.end() && it->second.measured > 0) {
          Number(s, r, c, static_cast<double>(it->second.met) / it->second.measured, percent_);
        }
        if (it != t.kpis.end()) KpiTrendCells(s, r, c + 1, it->second);
        c += 4;
      }
    }

    // Previous run's share, now's over the same communes, and the change: blank without a
    // previous run that kept KPI outcomes, or without a commune measured in both.
    void KpiTrendCells(lxw_worksheet* s, lxw_row_t r, lxw_col_t c, const report::KpiTally& k) {
      if (!context_.previous || !context_.previous->kpis_recorded || k.compared == 0) return;
      const double compared = k.compared;
      Number(s, r, c, k.met_then / compared, percent_);
      Number(s, r, c + 1, k.met_now / compared, percent_);
      Number(s, r, c + 2, (k.met_now - k.met_then) / compared, change_);
    }

    // Each KPI nationally: communes measured and meeting it, and how many in each band.
    void KpiBlock(lxw_worksheet* s, lxw_row_t top, const report::Rollup& rollup) {
      std::vector<Column> columns = {{T("Quy tắc", "Rule"), 10},
                                     {T("Chỉ tiêu đo", "Measure"), 24},
                                     {T("Xã có số liệu", "Communes measured"), 10},
                                     {T("Xã đạt", "Communes meeting it"), 10},
                                     {T("Tỷ lệ xã đạt", "Share meeting it"), 10}};
      for (int b = 0; b < report::kBandCount; ++b) {
        columns.push_back({report::BandLabel(static_cast<report::Band>(b), lang_), 10});
      }
      const size_t trend = columns.size();
      for (const Column& column : std::vector<Column>{
               {T("Xã có kết quả cả hai lần", "Communes measured in both runs"), 10},
               {T("Xã đạt lần trước", "Meeting it, previous run"), 10},
               {T("Xã đạt nay (cùng xã)", "Meeting it now (same communes)"), 10},
               {T("Tỷ lệ đạt lần trước", "Share, previous run"), 10},
               {T("Tỷ lệ đạt nay (cùng xã)", "Share now (same communes)"), 10},
               {T("Thay đổi (điểm %)", "Change (points)"), 10}}) {
        columns.push_back(column);
      }
      for (size_t i = 0; i < columns.size(); ++i) {
        String(s, top, static_cast<lxw_col_t>(i), columns[i].title, header_);
      }
      lxw_row_t r = top + 1;
      for (const auto& [rule, info] : rollup.kpis()) {
        auto it = rollup.country().kpis.find(rule);
        if (it == rollup.country().kpis.end()) continue;
        const report::KpiTally& k = it->second;
        String(s, r, 0, rule);
        String(s, r, 1, info.title);
        Number(s, r, 2, k.measured, integer_);
        Number(s, r, 3, k.met, integer_);
        if (k.measured > 0) Number(s, r, 4, static_cast<double>(k.met) / k.measured, percent_);
        for (int b = 0; b < report::kBandCount; ++b) {
          Number(s, r, static_cast<lxw_col_t>(5 + b), k.bands[b], integer_);
        }
        if (context_.previous && context_.previous->kpis_recorded) {
          const auto c = static_cast<lxw_col_t>(trend);
          Number(s, r, c, k.compared, integer_);
          Number(s, r, c + 1, k.met_then, integer_);
          Number(s, r, c + 2, k.met_now, integer_);
          KpiTrendCells(s, r, c + 3, k);
        }
        ++r;
      }
    }

    const report::ReportContext& context_;
    lxw_format* change_ = nullptr;
    lxw_worksheet* country_ = nullptr;
    lxw_worksheet* provinces_ = nullptr;
    Stream communes_, kpis_, findings_, deadlines_, manual_;
  };

  xlsx::PendingWorkbook pending_;
  report::Rollup rollup_;
  std::unique_ptr<Sheets> book_;
};

}  // namespace

std::unique_ptr<report::LocalitySink> NewSweepXlsx(const std::string& path,
                                                   const report::ReportContext& context) {
  return std::make_unique<SweepWorkbook>(path, context);
}

bool WriteSweepXlsx(const CheckResult& result, const report::ReportContext& context,
                    const std::string& path, std::string* error) {
  auto sink = NewSweepXlsx(path, context);
  return report::FeedResult(result, *sink, error);
}

}  // namespace tuanthu
