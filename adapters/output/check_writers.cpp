#include "output/check_writers.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

// g++ 12 at -O3 reports a false -Wrestrict for `"literal" + std::string` (see render.cpp).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

namespace tuanthu {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json Counts(const std::map<Severity, int64_t>& counts) {
  ordered_json j;
  for (Severity s : {Severity::kViolation, Severity::kWarning, Severity::kInfo}) {
    auto it = counts.find(s);
    j[SeverityName(s)] = it == counts.end() ? 0 : it->second;
  }
  return j;
}

// The locality-wide KPI outcomes of the latest judged year, one per rule, by rule id.
std::vector<const Finding*> LatestKpis(const std::vector<Finding>& kpis) {
  std::map<std::string, const Finding*> latest;
  for (const Finding& f : kpis) {
    if (f.unit || !f.denominator) continue;
    auto& slot = latest[f.rule];
    if (slot == nullptr || slot->period < f.period) slot = &f;
  }
  std::vector<const Finding*> out;
  for (const auto& [rule, f] : latest) out.push_back(f);
  return out;
}

bool IsShare(const Finding& f) { return std::holds_alternative<double>(f.observed); }

std::string KpiObserved(const Finding& f, Lang lang) {
  if (IsShare(f)) {
    return Percent(std::get<double>(f.observed), lang) + " (" + std::to_string(*f.numerator) + "/" +
           std::to_string(*f.denominator) + ")";
  }
  return MeasureText(f.observed) + Format(Tr(lang, " (năm trước {0})", " (previous year {0})"),
                                          {std::to_string(*f.denominator)});
}

std::string KpiTarget(const Finding& f, Lang lang) {
  if (std::holds_alternative<std::monostate>(f.expected)) return "—";
  const double target =
      std::holds_alternative<double>(f.expected) ? std::get<double>(f.expected) : 0.0;
  const std::string comparator = f.comparator.empty() ? "" : f.comparator + " ";
  if (IsShare(f)) return comparator + Percent(target, lang);
  std::string text = MeasureText(f.expected);
  if (lang == Lang::kVi) std::replace(text.begin(), text.end(), '.', ',');
  return comparator + text;
}

ordered_json KpiJson(const Finding& f) {
  ordered_json j;
  j["rule"] = f.rule;
  j["period"] = f.period;
  j["observed"] = MeasureJson(f.observed);
  j["expected"] = MeasureJson(f.expected);
  j["numerator"] = *f.numerator;
  j["denominator"] = *f.denominator;
  j["comparator"] = f.comparator;
  j["status"] = SeverityName(f.severity);
  return j;
}

// Writes `json` as dump(2) would inside a document, `indent` spaces deeper.
void WriteIndented(const ordered_json& json, size_t indent, std::string& out) {
  const std::string text = json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  const std::string pad(indent, ' ');
  size_t start = 0;
  for (;;) {
    const size_t end = text.find('\n', start);
    out.append(text, start, (end == std::string::npos ? text.size() : end) - start);
    if (end == std::string::npos) break;
    out += '\n';
    out += pad;
    start = end + 1;
  }
}

constexpr size_t kFlushBytes = 1u << 16;

// A temporary file where text waits until what must come before it is known (the table's
// overview, the findings before the JSON's localities).
class Spool {
 public:
  explicit Spool(Lang lang) : lang_(lang), file_(std::tmpfile()) {
    if (file_ == nullptr) {
      Throw("không tạo được tệp tạm cho kết quả: {0}",
            "cannot create a temporary file for the output: {0}");
    }
  }
  ~Spool() { std::fclose(file_); }
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  void Write(const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) {
      Throw("không ghi được tệp tạm của kết quả: {0}",
            "cannot write the temporary file of the output: {0}");
    }
  }
  void CopyTo(std::ostream& out) {
    if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) {
      Throw("không đọc được tệp tạm của kết quả: {0}",
            "cannot read the temporary file of the output: {0}");
    }
    char buffer[1 << 16];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file_)) > 0;)
      out.write(buffer, static_cast<std::streamsize>(n));
  }

 private:
  [[noreturn]] void Throw(const char* vi, const char* en) const {
    throw std::runtime_error(Format(Tr(lang_, vi, en), {SystemErrorText(errno, lang_)}));
  }

  Lang lang_;
  std::FILE* file_;
};

// The same text as one ordered_json document dumped with indent 2, written finding by finding
// so that no tree of every finding is ever held.
class JsonWriter final : public CheckSink {
 public:
  JsonWriter(std::ostream& out, Lang lang) : out_(out), localities_(lang) {}

  void Begin(Date as_of, const std::vector<LocalityResult>&) override {
    out_ << "{\n  \"as_of\": " << ordered_json(as_of.Iso()).dump() << ",\n  \"findings\": ";
  }

  void Locality(LocalityOutcome& outcome) override {
    std::string text;
    for (const Finding& f : outcome.findings) {
      text += findings_ == 0 ? "[\n    " : ",\n    ";
      ++findings_;
      WriteIndented(FindingJson(f), 4, text);
      if (text.size() > kFlushBytes) {
        out_ << text;
        text.clear();
      }
    }
    out_ << text;
    // The locality's entry of "localities", written at the end.
    const LocalityResult& l = *outcome.locality;
    ordered_json j;
    j["code"] = l.code;
    j["name"] = l.name;
    j["pack"] = l.pack;
    j["pack_hash"] = l.pack_hash;
    j["effective"] = l.effective.Iso();
    j["summary"] = Counts(l.counts);
    ordered_json kpis = ordered_json::array();
    for (const Finding* f : LatestKpis(outcome.kpis)) kpis.push_back(KpiJson(*f));
    j["kpis"] = std::move(kpis);
    ordered_json manual = ordered_json::array();
    for (const ManualItem& item : l.manual) {
      manual.push_back({{"id", item.id}, {"text", item.text}, {"clause", item.clause}});
    }
    j["manual"] = std::move(manual);
    std::string entry = entries_++ == 0 ? "[\n    " : ",\n    ";
    WriteIndented(j, 4, entry);
    localities_.Write(entry);
  }

  void End(const CheckSummary& summary) override {
    std::string tail = findings_ == 0 ? "[]" : "\n  ]";
    tail += ",\n  \"summary\": ";
    WriteIndented(Counts(summary.summary), 2, tail);
    tail += ",\n  \"localities\": ";
    if (entries_ == 0) {
      tail += "[]";
    } else {
      out_ << tail;
      localities_.CopyTo(out_);
      tail = "\n  ]";
    }
    ordered_json errors = ordered_json::array();
    for (const Diagnostic& d : summary.errors) {
      errors.push_back({{"pack", d.pack}, {"rule", d.rule}, {"message", d.message}});
    }
    tail += ",\n  \"errors\": ";
    WriteIndented(errors, 2, tail);
    tail += "\n}\n";
    out_ << tail;
  }

 private:
  std::ostream& out_;
  int64_t findings_ = 0;
  // The entries of "localities" (a few KiB each, most of it the manual checklist), written
  // after the findings.
  Spool localities_;
  int64_t entries_ = 0;
};

class CsvWriter final : public CheckSink {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}

  void Begin(Date, const std::vector<LocalityResult>&) override {
    out_ << "rule,severity,pack,locality,unit,period,clause,message,observed,expected,evidence,"
            "evidence_total\r\n";
  }

  void Locality(LocalityOutcome& outcome) override {
    std::string out;
    for (const Finding& f : outcome.findings) {
      std::string evidence;
      for (const std::string& id : f.evidence) evidence += (evidence.empty() ? "" : ";") + id;
      const std::string fields[] = {
          f.rule,
          SeverityName(f.severity),
          f.pack,
          f.locality,
          f.unit.value_or(""),
          f.period,
          f.clause,
          f.message,
          MeasureText(f.observed),
          MeasureText(f.expected),
          evidence,
          std::to_string(
              std::max<int64_t>(f.evidence_total, static_cast<int64_t>(f.evidence.size())))};
      bool first = true;
      for (const std::string& field : fields) {
        if (!first) out += ',';
        first = false;
        out += CsvField(field);
      }
      out += "\r\n";
      if (out.size() > kFlushBytes) {
        out_ << out;
        out.clear();
      }
    }
    out_ << out;
  }

 private:
  std::ostream& out_;
};

class TableWriter final : public CheckSink {
 public:
  TableWriter(const RenderOptions& options, std::ostream& out)
      : options_(options),
        lang_(options.lang),
        width_(static_cast<size_t>(std::max(options.width, 40))),
        out_(out) {
    for (size_t i = 0; i < width_; ++i) rule_line_ += "─";
  }

  void Begin(Date as_of, const std::vector<LocalityResult>& localities) override {
    as_of_ = as_of;
    localities_ = &localities;
    if (localities.size() > 1) spool_ = std::make_unique<Spool>(lang_);
  }

  void Locality(LocalityOutcome& outcome) override {
    const std::string text = Section(*outcome.locality, outcome);
    if (spool_)
      spool_->Write(text);
    else
      out_ << text;
  }

  void End(const CheckSummary& summary) override {
    if (spool_) {
      out_ << Overview();
      spool_->CopyTo(out_);
    }
    std::string out;
    for (const Diagnostic& d : summary.errors) {
      out +=
          Wrap(std::string(Tr(lang_, "LỖI QUY TẮC: ", "RULE ERROR: ")) + d.AsString(), width_, 2);
    }
    out_ << out;
  }

 private:
  static std::string CountOf(const LocalityResult& l, Severity s) {
    auto it = l.counts.find(s);
    return std::to_string(it == l.counts.end() ? 0 : it->second);
  }

  // Every locality's counts, one line each: written once the last locality is counted.
  std::string Overview() const {
    const Lang lang = lang_;
    std::string out;
    out += Wrap(Format(Tr(lang, "Tổng hợp {0} địa phương — kiểm tra ngày {1}",
                          "Summary of {0} localities — checked as of {1}"),
                       {std::to_string(localities_->size()), as_of_.Display()}),
                width_, 2);
    out += std::string(
        Tr(lang, "mã     địa phương                 gói                         VP   CB   TT\n",
           "code   locality                   pack                        V    W    I\n"));
    for (const LocalityResult& l : *localities_) {
      auto pad = [](std::string text, size_t w) {
        size_t shown = DisplayWidth(text);
        while (shown > w) {  // cut on a code point boundary
          do text.pop_back();
          while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80);
          if (!text.empty()) text.pop_back();
          shown = DisplayWidth(text);
        }
        return text + std::string(w - shown + 1, ' ');
      };
      char counts[48];
      std::snprintf(counts, sizeof counts, "%4s %4s %4s", CountOf(l, Severity::kViolation).c_str(),
                    CountOf(l, Severity::kWarning).c_str(), CountOf(l, Severity::kInfo).c_str());
      out += pad(l.code, 6) + pad(l.name, 26) + pad(l.pack, 25) + counts + "\n";
    }
    out += "\n";
    return out;
  }

  std::string Section(const LocalityResult& locality, const LocalityOutcome& outcome) const {
    const Lang lang = lang_;
    const size_t width = width_;
    std::string out;
    out += rule_line_ + "\n";
    out += Wrap(Format(Tr(lang, "{0} ({1}) — kiểm tra ngày {2}", "{0} ({1}) — checked as of {2}"),
                       {locality.name, locality.code, as_of_.Display()}),
                width, 2);
    out += Wrap(
        Format(Tr(lang, "Gói quy tắc: {0} (hiệu lực {1}, mã {2})",
                  "Rule pack: {0} (effective {1}, hash {2})"),
               {locality.pack, locality.effective.Display(), locality.pack_hash.substr(0, 12)}),
        width, 2);
    out += rule_line_ + "\n";
    for (const Finding& f : outcome.findings) {
      std::string head = SeverityLabel(f.severity, lang) + "  " + f.rule;
      head += "  " + (f.unit ? *f.unit : std::string(Tr(lang, "(toàn xã)", "(locality)")));
      head += "  " + DisplayPeriod(f.period);
      if (!f.clause.empty()) head += "  [" + f.clause + "]";
      out += Wrap(head, width, 4);
      out += "    " + Wrap(f.message, width - 4, 4);
      if (f.evidence_total > 1 || (f.evidence.size() == 1 && f.record.empty())) {
        std::string ids;
        for (const std::string& id : f.evidence) ids += (ids.empty() ? "" : ", ") + id;
        if (f.evidence_total > static_cast<int64_t>(f.evidence.size())) {
          ids += Format(Tr(lang, " … ({0} bản ghi)", " … ({0} records)"),
                        {std::to_string(f.evidence_total)});
        }
        out += "    " + Wrap(std::string(Tr(lang, "Hồ sơ: ", "Records: ")) + ids, width - 4, 4);
      }
    }
    if (outcome.findings.empty())
      out += std::string(Tr(lang, "Không có phát hiện nào.\n", "No findings.\n"));
    // Appended piece by piece: `"\n" + std::string` makes g++ 12 at -O3 report a false
    // -Wrestrict from the inlined insert at position 0 (a known g++ 12 false positive).
    out += '\n';
    out += Format(Tr(lang, "Tổng: {0} vi phạm, {1} cảnh báo, {2} thông tin\n",
                     "Total: {0} violations, {1} warnings, {2} info\n"),
                  {CountOf(locality, Severity::kViolation), CountOf(locality, Severity::kWarning),
                   CountOf(locality, Severity::kInfo)});
    const std::vector<const Finding*> kpis = LatestKpis(outcome.kpis);
    if (!kpis.empty()) {
      out += "\n" + std::string(Tr(lang, "Chỉ tiêu (toàn xã, năm gần nhất):\n",
                                   "Targets (whole locality, latest year):\n"));
      for (const Finding* f : kpis) {
        out += "  " + Wrap(f->rule + " " + f->period + ": " + KpiObserved(*f, lang) + "; " +
                               std::string(Tr(lang, "chỉ tiêu ", "target ")) + KpiTarget(*f, lang) +
                               " — " + SeverityLabel(f->severity, lang),
                           width - 2, 4);
      }
    }
    if (options_.show_manual && !locality.manual.empty()) {
      out += "\n" + std::string(Tr(lang, "Nội dung kiểm tra thủ công (không tự động được):\n",
                                   "Manual checklist (not machine-checkable):\n"));
      for (const ManualItem& item : locality.manual) {
        out += "  [ ] " + Wrap(item.text + (item.clause.empty() ? "" : " [" + item.clause + "]"),
                               width - 6, 6);
      }
    }
    out += "\n";
    return out;
  }

  RenderOptions options_;
  Lang lang_;
  size_t width_;
  std::ostream& out_;
  std::string rule_line_;
  Date as_of_;
  const std::vector<LocalityResult>* localities_ = nullptr;
  std::unique_ptr<Spool> spool_;
};

}  // namespace

std::unique_ptr<CheckSink> NewJsonWriter(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<JsonWriter>(out, options.lang);
}

std::unique_ptr<CheckSink> NewCsvWriter(const RenderOptions&, std::ostream& out) {
  return std::make_unique<CsvWriter>(out);
}

std::unique_ptr<CheckSink> NewTableWriter(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<TableWriter>(options, out);
}

}  // namespace tuanthu
