#include "output/xlsx.h"

#include <xlsxwriter.h>

#include <filesystem>
#include <set>
#include <tuple>
#include <utility>

#include "output/report_model.h"
#include "tuanthu/utf8.h"

namespace tuanthu {
namespace {

using report::LocalityView;

// Excel keeps at most 32767 characters in a cell; cut on a UTF-8 boundary.
std::string CellText(std::string_view text) {
  constexpr size_t kMax = 32767;
  if (text.size() <= kMax) return std::string(text);
  size_t end = kMax;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end));
}

// A sheet name Excel accepts: no []:*?/\ and at most 31 characters (counted in code points).
std::string SheetName(std::string_view name) {
  std::string out;
  size_t points = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if ((c & 0xC0) != 0x80) {
      if (points == 31) break;
      ++points;
    }
    out += std::string_view("[]:*?/\\").find(name[i]) == std::string_view::npos ? name[i] : '_';
  }
  return out;
}

// Owns the lxw_workbook: closing writes the file; destroying an unclosed one frees it unwritten.
class Workbook {
 public:
  explicit Workbook(const std::string& path) : workbook_(workbook_new(path.c_str())) {}
  ~Workbook() {
    if (workbook_ != nullptr) lxw_workbook_free(workbook_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  lxw_workbook* get() const { return workbook_; }
  lxw_error Close() { return workbook_close(std::exchange(workbook_, nullptr)); }

 private:
  lxw_workbook* workbook_;
};

struct Column {
  std::string title;
  double width;
};

class Writer {
 public:
  Writer(lxw_workbook* workbook, const CheckResult& result, Lang lang)
      : workbook_(workbook), result_(result), lang_(lang), views_(report::ViewsOf(result)) {
    header_ = AddFormat([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, LXW_COLOR_WHITE);
      format_set_bg_color(f, 0x1F4E79);
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_border_color(f, 0x9FB6CD);
    });
    title_ = AddFormat([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 14);
      format_set_font_color(f, 0x1F4E79);
    });
    text_ = AddFormat([](lxw_format* f) { format_set_align(f, LXW_ALIGN_VERTICAL_TOP); });
    wrap_ = AddFormat([](lxw_format* f) {
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    date_ = AddFormat([](lxw_format* f) {
      format_set_num_format(f, "dd/mm/yyyy");
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      format_set_align(f, LXW_ALIGN_LEFT);
    });
    percent_ = AddFormat([](lxw_format* f) {
      format_set_num_format(f, "0.0%");
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    integer_ = AddFormat([](lxw_format* f) {
      format_set_num_format(f, "0");
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    decimal_ = AddFormat([](lxw_format* f) {
      format_set_num_format(f, "0.0##");
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    severity_[Severity::kViolation] = AddFormat([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, LXW_COLOR_WHITE);
      format_set_bg_color(f, 0xB42318);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    severity_[Severity::kWarning] = AddFormat([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, 0x7A2E0E);
      format_set_bg_color(f, 0xFEF0C7);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    severity_[Severity::kInfo] = AddFormat([](lxw_format* f) {
      format_set_font_color(f, 0x344054);
      format_set_bg_color(f, 0xF2F4F7);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    severity_[Severity::kPass] = AddFormat([](lxw_format* f) {
      format_set_font_color(f, 0x05603A);
      format_set_bg_color(f, 0xECFDF3);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    pending_ = AddFormat([](lxw_format* f) {
      format_set_font_color(f, 0x1F4E79);
      format_set_bg_color(f, 0xEEF4FB);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    for (const Finding& f : result_.kpis) {
      if (std::holds_alternative<double>(f.observed) ||
          std::holds_alternative<double>(f.expected)) {
        shares_.insert(Key(f));
      }
    }
  }

  lxw_error error() const { return error_; }

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

  template <typename Setup>
  lxw_format* AddFormat(Setup setup) {
    lxw_format* format = workbook_add_format(workbook_);
    setup(format);
    return format;
  }

  std::string T(std::string_view vi, std::string_view en) const {
    return std::string(Tr(lang_, vi, en));
  }

  void Check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
  }

  lxw_worksheet* Sheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, SheetName(name).c_str());
    if (sheet == nullptr) {
      Check(LXW_ERROR_SHEETNAME_ALREADY_USED);
      return nullptr;
    }
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
    return sheet;
  }

  // The header row of a table at `row`, with widths; frozen, filterable over `rows` data rows,
  // repeated on every printed page.
  void Table(lxw_worksheet* sheet, lxw_row_t row, const std::vector<Column>& columns,
             lxw_row_t rows) {
    for (size_t i = 0; i < columns.size(); ++i) {
      const auto col = static_cast<lxw_col_t>(i);
      Check(worksheet_set_column(sheet, col, col, columns[i].width, nullptr));
      String(sheet, row, col, columns[i].title, header_);
    }
    Check(worksheet_set_row(sheet, row, 30, nullptr));
    worksheet_freeze_panes(sheet, row + 1, 0);
    const auto last_col = static_cast<lxw_col_t>(columns.size() - 1);
    Check(worksheet_autofilter(sheet, row, 0, row + std::max<lxw_row_t>(rows, 1), last_col));
    Check(worksheet_repeat_rows(sheet, row, row));
  }

  // Text, always as a string cell: never a formula, whatever it begins with.
  void String(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::string_view text,
              lxw_format* format = nullptr) {
    if (text.empty()) {
      if (format != nullptr) Check(worksheet_write_blank(sheet, row, col, format));
      return;
    }
    const std::string cell = CellText(SanitizeUtf8(text));
    Check(worksheet_write_string(sheet, row, col, cell.c_str(), format ? format : text_));
  }

  void Number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, double value,
              lxw_format* format) {
    Check(worksheet_write_number(sheet, row, col, value, format));
  }

  void DateCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, Date date) {
    lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0.0};
    Check(worksheet_write_datetime(sheet, row, col, &when, date_));
  }

  // A period: a real date when it is one, else the text ("2026", "2026-H1").
  void Period(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& period) {
    if (auto date = Date::ParseIso(period)) return DateCell(sheet, row, col, *date);
    String(sheet, row, col, period);
  }

  void MeasureCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Measure& measure,
                   bool share) {
    if (std::holds_alternative<int64_t>(measure)) {
      return Number(sheet, row, col, static_cast<double>(std::get<int64_t>(measure)), integer_);
    }
    if (std::holds_alternative<double>(measure)) {
      return Number(sheet, row, col, std::get<double>(measure), share ? percent_ : decimal_);
    }
    if (auto date = report::MeasureDate(measure)) return DateCell(sheet, row, col, *date);
    if (std::holds_alternative<std::string>(measure)) {
      String(sheet, row, col, std::get<std::string>(measure));
    }
  }

  std::string Unit(const Finding& f, const LocalityResult& locality) const {
    return f.unit ? *f.unit : report::LocalityWide(locality, lang_);
  }

  static int64_t Count(const LocalityResult& locality, Severity severity) {
    auto it = locality.counts.find(severity);
    return it == locality.counts.end() ? 0 : it->second;
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

  lxw_workbook* workbook_;
  const CheckResult& result_;
  Lang lang_;
  std::vector<LocalityView> views_;
  std::set<KpiKey> shares_;
  lxw_error error_ = LXW_NO_ERROR;
  lxw_format* header_ = nullptr;
  lxw_format* title_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* wrap_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* percent_ = nullptr;
  lxw_format* integer_ = nullptr;
  lxw_format* decimal_ = nullptr;
  lxw_format* pending_ = nullptr;
  std::map<Severity, lxw_format*> severity_;
};

}  // namespace

bool WriteXlsx(const CheckResult& result, const RenderOptions& options, const std::string& path,
               std::string* error) {
  auto fail = [&](const std::string& message) {
    if (error != nullptr) *error = "cannot write " + path + ": " + message;
    return false;
  };
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  if (!folder.empty() && !std::filesystem::is_directory(folder)) {
    return fail("the folder " + folder.string() + " does not exist");
  }
  const std::string temporary = path + ".tmp";
  Workbook workbook(temporary);
  if (workbook.get() == nullptr) return fail("cannot create the workbook");

  // Fixed metadata: the creation time is the as-of date, so equal results give equal files.
  std::string title(Tr(options.lang, "Báo cáo kiểm tra tuân thủ", "Compliance check report"));
  std::string subject = "KL 226-KL/TW, QĐ 534/QĐ-TTg";
  std::string author = "tuanthu " TUANTHU_VERSION;
  std::string comments = std::string(Tr(options.lang, "Số liệu tính đến ngày ", "Data as of ")) +
                         result.as_of.Display();
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  properties.author = author.data();
  properties.comments = comments.data();
  properties.created = static_cast<time_t>(result.as_of.days()) * 86400;
  Writer writer(workbook.get(), result, options.lang);
  if (workbook_set_properties(workbook.get(), &properties) != LXW_NO_ERROR) {
    return fail("cannot set the document properties");
  }
  writer.WriteAll();
  if (writer.error() != LXW_NO_ERROR) {
    return fail(lxw_strerror(writer.error()));
  }
  if (const lxw_error closed = workbook.Close(); closed != LXW_NO_ERROR) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return fail(lxw_strerror(closed));
  }
  std::error_code renamed;
  std::filesystem::rename(temporary, path, renamed);
  if (renamed) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return fail(renamed.message());
  }
  return true;
}

}  // namespace tuanthu
