#include "draft/drafter.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "draft/vocabulary.h"
#include "tuanthu/catalog.h"
#include "tuanthu/date.h"

namespace tuanthu::draft {
namespace {

using nlohmann::json;
using Params = std::vector<std::pair<std::string, json>>;

constexpr const char* kMeetingOnlineShare = "meetings.meeting_online_share";
constexpr const char* kMeetingReduction = "meetings.meeting_reduction";

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string Percent100(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g%%", fraction * 100);
  return buf;
}

// Shortens `text` to about `limit` bytes at a space, never inside a UTF-8 sequence.
std::string Shorten(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::string out = text.substr(0, cut);
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ' '))
    out.pop_back();
  return out + " …";
}

// One segment of a sentence (between semicolons) and the sentence it belongs to.
struct Segment {
  size_t sentence;
  std::string text;
  std::string key;
};

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class Builder {
 public:
  Builder(const PlanOutline& outline, DraftPack* pack) : outline_(outline), pack_(pack) {}

  // Records that sentence `s` states `params` for rule `id`. A value that contradicts what an
  // earlier sentence stated is not taken: the sentence is left for the reviewer.
  bool Offer(const std::string& id, const std::string& kind, const Params& params, size_t s,
             const std::string& quote, const std::string& note = "") {
    DraftRule& rule = rules_[id];
    const bool fresh = rule.id.empty();
    if (fresh) {
      rule.id = id;
      rule.kind = kind;
    }
    const int year = outline_.sentences[s].target_year;
    for (const auto& [name, value] : params) {
      if (const json* before = rule.Find(name); before != nullptr && *before != value) {
        // A target for one year that differs from the standing one is a rule of its own for that
        // year (where this build can judge a rule for given years).
        const KindSpec* spec = FindKind(kind.empty() ? id : kind);
        const std::string split_id = id + "_" + Slug(outline_.sentences[s].clause);
        if (year > 0 && spec != nullptr && spec->Find("years") != nullptr && split_id != id &&
            !EndsWith(id, "_" + Slug(outline_.sentences[s].clause))) {
          return Offer(split_id,
                       kind.empty() ? id : kind, params, s, quote,
                       note + "; chỉ tiêu riêng của năm " + std::to_string(year) +
                           ", khác chỉ tiêu " + before->dump() + " của " + Join(rule.clauses));
        }
        conflicts_.push_back({s, quote,
                              "nêu " + name + " = " + value.dump() + " cho " + id +
                                  ", khác giá trị đã lấy " + before->dump() + " (" +
                                  Join(rule.clauses) + "); bản nháp giữ giá trị trước"});
        if (fresh) rules_.erase(id);
        return false;
      }
    }
    for (const auto& [name, value] : params) {
      if (rule.Find(name) == nullptr) rule.params.emplace_back(name, value);
    }
    if (year > 0)
      years_[id].insert(year);
    else
      standing_.insert(id);
    const std::string& clause = outline_.sentences[s].clause;
    if (std::find(rule.clauses.begin(), rule.clauses.end(), clause) == rule.clauses.end())
      rule.clauses.push_back(clause);
    bool quoted = false;
    for (const Quote& q : rule.quotes) quoted = quoted || (q.clause == clause && q.text == quote);
    if (!quoted) rule.quotes.push_back({clause, quote});
    if (!note.empty() &&
        std::find(rule.notes.begin(), rule.notes.end(), note) == rule.notes.end())
      rule.notes.push_back(note);
    mapped_.insert(s);
    return true;
  }

  bool Declared(const std::string& id) const { return rules_.count(id) > 0; }

  // Rules stated only by targets for one year get `years` (where the kind takes it).
  void SetYears() {
    for (auto& [id, rule] : rules_) {
      auto it = years_.find(id);
      if (it == years_.end() || standing_.count(id) || it->second.size() != 1) continue;
      const KindSpec* spec = FindKind(rule.kind.empty() ? id : rule.kind);
      if (spec == nullptr || spec->Find("years") == nullptr || rule.Find("years")) continue;
      rule.params.emplace_back("years", json::array({*it->second.begin()}));
      rule.notes.push_back("chỉ tiêu của năm " + std::to_string(*it->second.begin()) +
                           ": chỉ đánh giá năm đó");
    }
  }

  // "Phụ lục 12" -> "pl12", "II.3" -> "ii3".
  static std::string Slug(const std::string& clause) {
    std::string key = MatchKey(clause);
    if (key.rfind("phụ lục", 0) == 0) key = "pl" + key.substr(std::string("phụ lục").size());
    std::string out;
    for (char c : key) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    }
    return out;
  }
  void MarkMapped(size_t s) { mapped_.insert(s); }
  void MarkSegmentMapped(size_t s, const std::string& segment) { mapped_segments_[s].insert(segment); }
  bool IsMapped(size_t s) const { return mapped_.count(s) > 0; }
  bool IsSegmentMapped(size_t s, const std::string& segment) const {
    auto it = mapped_segments_.find(s);
    return it != mapped_segments_.end() && it->second.count(segment) > 0;
  }
  bool HasMappedSegments(size_t s) const { return mapped_segments_.count(s) > 0; }

  struct Conflict {
    size_t sentence;
    std::string quote;
    std::string note;
  };
  const std::vector<Conflict>& conflicts() const { return conflicts_; }
  std::map<std::string, DraftRule>& rules() { return rules_; }

  static std::string Join(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
  }

 private:
  const PlanOutline& outline_;
  DraftPack* pack_;
  std::map<std::string, DraftRule> rules_;
  std::set<size_t> mapped_;
  std::map<size_t, std::set<std::string>> mapped_segments_;
  std::vector<Conflict> conflicts_;
  std::map<std::string, std::set<int>> years_;
  std::set<std::string> standing_;
};

// ---- header -------------------------------------------------------------------------------

struct IssueDate {
  int day = 0, month = 0, year = 0;  // 0: left blank
};

// "Sì Lở Lầu, ngày 29 tháng 4 năm 2026", "Yên Định, ngày tháng 5 năm 2026".
std::optional<IssueDate> ReadIssueDate(const std::string& line) {
  const std::string key = MatchKey(line);
  size_t p = key.find("ngày");
  if (p == std::string::npos) return std::nullopt;
  IssueDate date;
  auto read_number = [&](size_t from, int* value) {
    size_t q = from;
    while (q < key.size() && key[q] == ' ') ++q;
    int v = 0, digits = 0;
    while (q < key.size() && key[q] >= '0' && key[q] <= '9') {
      v = v * 10 + (key[q] - '0');
      ++q;
      ++digits;
    }
    if (digits > 0) *value = v;
    return q;
  };
  p = read_number(p + std::string("ngày").size(), &date.day);
  const size_t month_at = key.find("tháng", p);
  if (month_at == std::string::npos) return std::nullopt;
  p = read_number(month_at + std::string("tháng").size(), &date.month);
  const size_t year_at = key.find("năm", p);
  if (year_at == std::string::npos) return std::nullopt;
  read_number(year_at + std::string("năm").size(), &date.year);
  if (date.year < 1900) return std::nullopt;
  return date;
}

// The month of "(Kèm theo Kế hoạch số /KH-UBND ngày /4/2026 ...)".
int CaptionMonth(const std::string& caption, int year) {
  const std::string key = MatchKey(caption);
  const std::string tail = "/" + std::to_string(year);
  for (size_t at = key.find("ngày"); at != std::string::npos; at = key.find("ngày", at + 1)) {
    size_t p = at + std::string("ngày").size();
    while (p < key.size() && key[p] == ' ') ++p;
    if (p < key.size() && key[p] == '/') {
      ++p;
      int month = 0;
      while (p < key.size() && key[p] >= '0' && key[p] <= '9') month = month * 10 + (key[p++] - '0');
      if (month >= 1 && month <= 12 && key.compare(p, tail.size(), tail) == 0) return month;
    }
  }
  return 0;
}

// The latest date of a plan the preamble says this one carries out ("Thực hiện Kế hoạch số
// 170/KH-UBND ngày 02/5/2026 của UBND tỉnh").
std::optional<Date> ParentPlanDate(const std::vector<std::string>& preamble, std::string* quote) {
  std::optional<Date> latest;
  for (const std::string& paragraph : preamble) {
    const std::string key = MatchKey(paragraph);
    for (size_t at = key.find("kế hoạch số"); at != std::string::npos;
         at = key.find("kế hoạch số", at + 1)) {
      const size_t day_at = key.find("ngày", at);
      if (day_at == std::string::npos || day_at - at > 60) continue;
      size_t p = day_at + std::string("ngày").size();
      while (p < key.size() && key[p] == ' ') ++p;
      size_t e = p;
      while (e < key.size() && ((key[e] >= '0' && key[e] <= '9') || key[e] == '/')) ++e;
      if (auto date = Date::Parse(key.substr(p, e - p)); date && (!latest || *date > *latest)) {
        latest = date;
        *quote = Shorten(paragraph, 160);
      }
    }
  }
  return latest;
}

void DraftHeader(const PlanOutline& outline, DraftPack* pack) {
  std::string place = outline.place_line.substr(0, outline.place_line.find(','));
  int commune = 0, ward = 0;
  const auto count = [&](const std::string& key) {
    for (const char* w : {"ubnd xã", "ủy ban nhân dân xã"})
      for (size_t p = key.find(w); p != std::string::npos; p = key.find(w, p + 1)) ++commune;
    for (const char* w : {"ubnd phường", "ủy ban nhân dân phường"})
      for (size_t p = key.find(w); p != std::string::npos; p = key.find(w, p + 1)) ++ward;
  };
  for (const Sentence& s : outline.sentences) count(s.key);
  for (const std::string& p : outline.preamble) count(MatchKey(p));
  const std::string level = ward > commune ? "phường" : "xã";
  if (!place.empty()) {
    pack->locality = (ward > commune ? "Phường " : "Xã ") + place;
  } else {
    pack->warnings.push_back("không thấy dòng địa danh, ngày tháng (\"..., ngày ... tháng ... năm "
                             "...\"): điền `locality` và `effective` bằng tay");
  }

  std::string when;
  if (auto date = ReadIssueDate(outline.place_line)) {
    pack->effective_quote = outline.place_line;
    if (date->day > 0 && date->month > 0 &&
        Date::IsValidCivil(date->year, date->month, date->day)) {
      const Date d = Date::FromCivil(date->year, date->month, date->day);
      pack->effective = d.Iso();
      when = "ngày " + std::to_string(date->day) + "/" + std::to_string(date->month) + "/" +
             std::to_string(date->year);
    } else {
      int month = date->month;
      std::string from = "Văn bản ghi \"" + outline.place_line.substr(outline.place_line.find(',') + 2) +
                         "\", bỏ trống ngày";
      if (month == 0) {
        month = CaptionMonth(outline.appendix_caption, date->year);
        if (month > 0) from += "; Phụ lục ghi \"" + outline.appendix_caption + "\"";
      }
      if (month > 0) {
        const Date d = Date::FromCivil(date->year, month, DaysInMonth(date->year, month));
        pack->effective = d.Iso();
        pack->effective_note = from + ": lấy ngày cuối tháng " + d.Display() +
                               "; khi biết ngày ban hành thực tế, địa phương đặt lại tại đây";
        when = "tháng " + std::to_string(month) + "/" + std::to_string(date->year);
      } else {
        std::string quote;
        if (auto parent = ParentPlanDate(outline.preamble, &quote)) {
          pack->effective = parent->Iso();
          pack->effective_note = from + " và tháng; ban hành sau kế hoạch cấp trên ngày " +
                                 parent->Display() + " (\"" + quote + "\") nên lấy ngày đó; khi "
                                 "biết ngày ban hành thực tế, địa phương đặt lại tại đây";
        } else {
          pack->warnings.push_back("văn bản bỏ trống ngày và tháng ban hành: điền `effective`");
        }
        when = "năm " + std::to_string(date->year);
      }
    }
  }
  std::string number = outline.number;
  std::string title = "Kế hoạch";
  if (!number.empty()) title += " số " + number;
  if (!place.empty()) title += " của UBND " + level + " " + place;
  if (!when.empty()) title += " " + when;
  if (!outline.title.empty()) title += ": " + outline.title;
  if (number.empty()) title += " (văn bản chưa ghi số)";
  pack->title = title;
}

// ---- roles ----------------------------------------------------------------------------------

// The role the headings above a sentence name, innermost first; "units" for the units under the
// UBND; empty when none names one.
std::string RoleOf(const Sentence& s) {
  for (auto it = s.headings.rbegin(); it != s.headings.rend(); ++it) {
    const std::string role = RoleNamed(MatchKey(*it));
    if (!role.empty()) return role;
  }
  return "";
}

// ---- figures --------------------------------------------------------------------------------

struct Target {
  std::string id;
  std::string kind;
  Params params;
  std::string note;
};

std::string MeetingCategory(const Sentence& s) {
  if (Has(s.scope, "hội nghị")) return "conference";
  if (Has(s.scope, "cuộc họp")) return "meeting";
  return "conference";
}

std::vector<Target> Classify(const Percent& figure, const std::string& before,
                             const std::string& after, const Sentence& s) {
  std::vector<Target> out;
  const std::string ctx = before + " | " + after;
  const Bound bound = BoundBefore(before);
  const double v = figure.value;
  const std::string shown = Percent100(v);
  if (IsReductionBefore(before)) {
    const std::string object = after + " | " + before;
    const std::string note = "giảm " + shown + " so với năm trước: số năm Y ≤ (1 − " + shown +
                             ") × số năm Y−1";
    if (Has(object, "báo cáo") && (Has(object, "bằng văn bản") || Has(object, "giấy"))) {
      out.push_back({"reports.written_reduction", "", {{"target", v}}, note});
    } else if (Has(object, "văn bản")) {
      out.push_back({"documents.reduction", "", {{"target", v}}, note});
    } else if (Has(object, "hội nghị") || Has(object, "họp")) {
      if (MeetingCategory(s) == "meeting") {
        out.push_back({kMeetingReduction, "meetings.reduction",
                       {{"target", v}, {"categories", json::array({"meeting"})}},
                       note + "; cuộc họp, tách khỏi chỉ tiêu hội nghị"});
      } else {
        out.push_back({"meetings.reduction", "", {{"target", v}}, note});
      }
    }
    return out;
  }
  Params share{{"threshold", v}};
  std::string bound_note = v == 1.0 ? "100%: chỉ một trường hợp không đạt là vi phạm"
                                    : "≥ " + shown + " (đạt đúng " + shown + " là đạt)";
  if (bound == Bound::kMoreThan) {
    share.emplace_back("strict", true);
    bound_note = "> " + shown + ": lớn hơn hẳn, đúng " + shown + " là chưa đạt";
  }
  const auto with_default_strict = [&](const std::string& kind) {
    Params p = share;
    const KindSpec* spec = FindKind(kind);
    const ParamSpec* strict = spec ? spec->Find("strict") : nullptr;
    if (bound == Bound::kAtLeast && strict && strict->default_value == json(true))
      p.emplace_back("strict", false);
    return p;
  };
  const bool online = Has(ctx, "trực tuyến");
  if (Has(ctx, "hài lòng")) {
    out.push_back({"dossiers.satisfaction", "", with_default_strict("dossiers.satisfaction"),
                   bound_note});
    return out;
  }
  if (online && (Has(ctx, "tham gia họp") || Has(ctx, "tham dự họp") || Has(ctx, "dự họp"))) {
    Params p = share;
    json levels = json::array();
    if (Has(ctx, "tỉnh")) levels.push_back("province");
    if (Has(ctx, "dọc")) levels.push_back("vertical");
    if (Has(ctx, "trung ương")) levels.push_back("central");
    if (!levels.empty()) p.emplace_back("organizer_levels", levels);
    out.push_back({"meetings.online_attendance", "", p, bound_note});
    return out;
  }
  if (Has(ctx, "thời gian họp") && Has(ctx, "thảo luận")) {
    out.push_back({"meetings.discussion_share", "", share, bound_note});
    return out;
  }
  // "tỷ lệ trực tuyến đạt tối thiểu 60%" in a sentence about conferences is about them too.
  const bool about_meetings =
      Has(ctx, "hội nghị") || Has(ctx, "họp") || (Has(s.scope, "hội nghị") && Has(ctx, "tỷ lệ trực tuyến"));
  if (online && about_meetings && !Has(ctx, "hồ sơ") && !Has(ctx, "dịch vụ công") &&
      !Has(ctx, "thủ tục")) {
    const bool paperless = Has(ctx, "không giấy");
    if (MeetingCategory(s) == "meeting") {
      Params p = share;
      p.emplace_back("categories", json::array({"meeting"}));
      if (paperless) p.emplace_back("count_paperless", true);
      out.push_back({kMeetingOnlineShare, "meetings.online_share", p,
                     bound_note + "; cuộc họp, tách khỏi chỉ tiêu hội nghị" +
                         (paperless ? "; họp không giấy tờ được tính" : "")});
    } else {
      Params p = share;
      if (paperless) p.emplace_back("count_paperless", true);
      out.push_back({"meetings.online_share", "", p, bound_note});
    }
    return out;
  }
  if (Has(ctx, "số hóa") && Has(ctx, "nội bộ")) {
    out.push_back({"dossiers.internal_digitized", "", share, bound_note});
    return out;
  }
  if ((Has(ctx, "hồ sơ công việc") || Has(ctx, "nhiệm vụ")) &&
      (Has(ctx, "điện tử") || Has(ctx, "hệ thống"))) {
    out.push_back({"tasks.electronic", "", share, bound_note});
    return out;
  }
  if (Has(ctx, "công việc đúng hạn") || Has(ctx, "công việc đúng thời hạn")) {
    if (v == 1.0) out.push_back({"tasks.on_time", "", {}, "mọi công việc đúng hạn (100%)"});
    return out;
  }
  if (Has(ctx, "phản ánh") && (Has(ctx, "đúng thời hạn") || Has(ctx, "đúng hạn"))) {
    if (v == 1.0) out.push_back({"feedback.on_time", "", {}, "mọi phản ánh trả lời đúng hạn (100%)"});
    return out;
  }
  const bool procedures = Has(ctx, "hồ sơ") || Has(ctx, "thủ tục hành chính") || Has(ctx, "tthc");
  const size_t digitised = ctx.find("số hóa");
  if (procedures && !Has(ctx, "số hóa") &&
      (online || Has(ctx, "hoàn toàn trên môi trường mạng") || Has(ctx, "toàn trình")))
    out.push_back({"dossiers.online_share", "", share, bound_note});
  if (Has(ctx, "thủ tục hành chính trên môi trường số"))
    out.push_back({"dossiers.digital_share", "", share, bound_note});
  if (digitised != std::string::npos) {
    const std::string rest = ctx.substr(digitised);
    if (Has(rest, "số hóa hồ sơ")) out.push_back({"dossiers.digitized_share", "", share, bound_note});
    if (Has(rest, "kết quả giải quyết") || Has(ctx, "kết quả giải quyết thủ tục hành chính được số hóa"))
      out.push_back({"dossiers.result_digitized", "", share, bound_note});
    if (Has(rest, "văn bản")) out.push_back({"documents.digitized_share", "", share, bound_note});
  } else if (Has(ctx, "kết quả giải quyết") && Has(ctx, "số hóa")) {
    out.push_back({"dossiers.result_digitized", "", share, bound_note});
  }
  if (Has(ctx, "kết quả giải quyết") && Has(after, "được số hóa") &&
      std::none_of(out.begin(), out.end(),
                   [](const Target& t) { return t.id == "dossiers.result_digitized"; }))
    out.push_back({"dossiers.result_digitized", "", share, bound_note});
  if (Has(ctx, "văn bản") && digitised == std::string::npos &&
      (Has(ctx, "điện tử") || Has(ctx, "môi trường mạng")))
    out.push_back({"documents.electronic_exchange", "", share, bound_note});
  if (Has(ctx, "báo cáo định kỳ") && (Has(ctx, "điện tử") || Has(ctx, "môi trường mạng")))
    out.push_back({"reports.electronic", "", share, bound_note});
  return out;
}

// Splits `text` at semicolons (the plans list targets that way).
std::vector<std::string> SplitSegments(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ';') {
      std::string part = text.substr(start, i - start);
      while (!part.empty() && part.front() == ' ') part.erase(0, 1);
      if (!part.empty()) out.push_back(part);
      start = i + 1;
    }
  }
  return out;
}

void DraftPercents(const PlanOutline& outline, size_t s, Builder* b) {
  const Sentence& sentence = outline.sentences[s];
  for (const std::string& segment : SplitSegments(sentence.text)) {
    const std::string key = MatchKey(segment);
    const std::vector<Percent> figures = FindPercents(key);
    size_t phrase_start = 0;
    bool any = false;
    for (size_t i = 0; i < figures.size(); ++i) {
      const Percent& f = figures[i];
      const bool more = i + 1 < figures.size();
      size_t after_end = more ? figures[i + 1].begin : key.size();
      if (more) {
        for (const char* cut : {" và ", ",", " ("}) {
          const size_t at = key.find(cut, f.end);
          if (at != std::string::npos && at < after_end) after_end = at;
        }
      }
      const std::string before = key.substr(phrase_start, f.begin - phrase_start);
      const std::string after = key.substr(f.end, after_end - f.end);
      phrase_start = after_end;
      for (const Target& t : Classify(f, before, after, sentence)) {
        if (b->Offer(t.id, t.kind, t.params, s, segment, t.note)) any = true;
      }
    }
    if (any) b->MarkSegmentMapped(s, segment);
  }
}

// ---- sentence-level readings ----------------------------------------------------------------

struct ReportMention {
  size_t sentence;
  std::string role;  // "units", a role, or ""
  std::optional<DayDeadline> half, year;
  bool half_named = false, year_named = false;
};

std::optional<ReportMention> ReadReports(const Sentence& s, size_t index) {
  if (!Has(s.key, "báo cáo")) return std::nullopt;
  ReportMention m;
  m.sentence = index;
  m.role = RoleOf(s);
  size_t half_at = std::string::npos;
  for (const char* w : {"06 tháng", "6 tháng", "sáu tháng"}) {
    const size_t at = s.key.find(w);
    if (at != std::string::npos && (at == 0 || s.key[at - 1] == ' ' || s.key[at - 1] == '(') &&
        at < half_at) {
      half_at = at;
      m.half_named = true;
      if (auto d = FindDeadline(s.key, at + std::string(w).size(), 30)) m.half = d;
    }
  }
  for (const char* w : {"hằng năm", "hàng năm", "cả năm"}) {
    for (size_t at = s.key.find(w); at != std::string::npos; at = s.key.find(w, at + 1)) {
      if (half_at != std::string::npos && at < half_at) continue;
      m.year_named = m.year_named || half_at != std::string::npos;
      if (auto d = FindDeadline(s.key, at + std::string(w).size(), 30)) {
        m.year = d;
        m.year_named = true;
        break;
      }
    }
  }
  if (!m.half_named) return std::nullopt;
  return m;
}

void DraftReports(const PlanOutline& outline, Builder* b) {
  std::vector<ReportMention> mentions;
  for (size_t i = 0; i < outline.sentences.size(); ++i) {
    if (outline.sentences[i].clause.rfind("Phụ lục", 0) == 0) continue;
    if (auto m = ReadReports(outline.sentences[i], i)) mentions.push_back(*m);
  }
  const auto dated = [](const ReportMention& m) { return m.half || m.year; };
  const bool any_dated = std::any_of(mentions.begin(), mentions.end(), dated);
  // Who must report: every unit under the UBND if any sentence says so, else the roles named.
  std::set<std::string> roles;
  bool units = false;
  for (const ReportMention& m : mentions) {
    if (any_dated && !dated(m)) continue;
    if (m.role.empty() || m.role == "units" || m.role == "committee")
      units = true;
    else
      roles.insert(m.role);
  }
  for (const ReportMention& m : mentions) {
    if (any_dated && !dated(m)) continue;
    const Sentence& s = outline.sentences[m.sentence];
    for (int which = 0; which < 2; ++which) {
      const std::optional<DayDeadline>& d = which == 0 ? m.half : m.year;
      if (any_dated && !d) continue;
      if (!any_dated && which == 1 && !m.year_named) continue;
      Params p;
      std::string note;
      if (d) {
        const std::string due = TwoDigits(d->day) + "/" + TwoDigits(d->month);
        p.emplace_back("due", due);
        p.emplace_back("strict", d->strict);
        note = d->strict ? "\"trước ngày " + due + "\": gửi đến hết ngày hôm trước là đúng hạn, "
                           "ngày " + due + " là chậm"
                         : "gửi đến hết ngày " + due + " là đúng hạn";
      } else {
        note = "kế hoạch không ghi ngày: không đặt `due`; kiểm tra báo info cho đến khi gói "
               "cấp trên đặt ngày";
      }
      if (!units && !roles.empty()) p.emplace_back("roles", json(roles));
      b->Offer(which == 0 ? "reports.semiannual" : "reports.annual", "", p, m.sentence,
               Shorten(s.text, 400), note);
    }
    b->MarkMapped(m.sentence);
  }
}

void DraftSentence(const PlanOutline& outline, size_t i, Builder* b) {
  const Sentence& s = outline.sentences[i];
  const std::string& k = s.key;
  const std::string quote = Shorten(s.text, 400);

  // Meeting length: "Hội nghị quán triệt không quá 1/2 ngày; ... chuyên môn không quá 1 ngày; ...
  // thảo luận không quá 1,5 ngày".
  if (Has(k, "không quá") && Has(k, "ngày")) {
    Params p;
    if (auto d = DaysLimitAfter(k, "quán triệt")) p.emplace_back("max_dissemination_days", *d);
    if (auto d = DaysLimitAfter(k, "chuyên môn")) p.emplace_back("max_professional_days", *d);
    if (auto d = DaysLimitAfter(k, "thảo luận")) p.emplace_back("max_discussion_days", *d);
    if (!p.empty()) {
      b->Offer("meetings.duration", "", p, i, quote, "\"không quá\": đúng bằng giới hạn là đạt");
      b->MarkMapped(i);
    }
  } else if (Has(k, "quy định về thời gian họp")) {
    b->Offer("meetings.duration", "", {}, i, quote,
             "kế hoạch dẫn quy định về thời gian họp, không nêu số: giá trị lấy từ gói cấp trên");
  }

  // Materials in advance: "các tài liệu phải gửi trước ít nhất 01 ngày".
  if (Has(k, "tài liệu") && Has(k, "gửi trước")) {
    for (const char* w : {"ít nhất", "tối thiểu"}) {
      const size_t at = k.find(w, k.find("gửi trước"));
      if (at == std::string::npos) continue;
      if (auto d = DaysAt(k, at + std::string(w).size())) {
        b->Offer("meetings.materials_in_advance", "", {{"min_days", static_cast<int>(*d)}}, i, quote,
                 "gửi tài liệu trước ngày họp ít nhất " + std::to_string(static_cast<int>(*d)) +
                     " ngày");
        b->MarkMapped(i);
        break;
      }
    }
  }

  // Units' own plans: "chủ động xây dựng kế hoạch ... hoàn thành trong tháng 5/2026",
  // "khẩn trương xây dựng, ban hành Kế hoạch thực hiện cụ thể của cơ quan, đơn vị mình".
  for (size_t plan_at = k.find("kế hoạch"); plan_at != std::string::npos;
       plan_at = k.find("kế hoạch", plan_at + 1)) {
    const size_t window = plan_at > 40 ? plan_at - 40 : 0;
    const std::string before = k.substr(window, plan_at - window);
    const std::string after = k.substr(plan_at, 40);
    const bool builds = Has(before, "xây dựng") || Has(before, "ban hành");
    const bool other_plan = Has(after, "kế hoạch tổ chức hội nghị") || Has(after, "kế hoạch kiểm tra") ||
                            Has(after, "kế hoạch công tác") || Has(after, "kế hoạch các hội nghị");
    const std::string role = RoleOf(s);
    const bool units = role == "units" || Has(k, "cơ quan, đơn vị mình");
    const auto month = MonthDoneBy(k);
    const auto deadline = FindDeadline(k, plan_at, 200);
    if (builds && !other_plan && units && (month || deadline || Has(k, "khẩn trương"))) {
      Params p;
      std::string note;
      if (month) {
        p.emplace_back("due", month->Iso());
        p.emplace_back("strict", false);
        note = "\"hoàn thành trong tháng\": đến hết ngày " + month->Display() + " là đúng hạn";
      } else if (deadline && deadline->year > 0) {
        const Date d = Date::FromCivil(deadline->year, deadline->month, deadline->day);
        p.emplace_back("due", d.Iso());
        p.emplace_back("strict", deadline->strict);
        note = deadline->strict ? "\"trước ngày " + d.Display() + "\": ngày đó là chậm"
                                : "đến hết ngày " + d.Display() + " là đúng hạn";
      } else {
        note = "\"khẩn trương\", không ghi ngày: không đặt `due`; kiểm tra chỉ liệt kê (info) các "
               "đơn vị chưa có kế hoạch";
      }
      b->Offer("plans.unit_plan", "", p, i, quote, note);
      b->MarkMapped(i);
      break;
    }
  }

  // One owner per task: "một việc chỉ giao một đầu mối chủ trì", "mỗi nhiệm vụ chỉ có một đầu
  // mối chủ trì, một cá nhân chịu trách nhiệm chính".
  if (Has(k, "một đầu mối chủ trì")) {
    b->Offer("tasks.ownership", "", {}, i, quote,
             "mỗi nhiệm vụ giao từ ngày hiệu lực: một đơn vị chủ trì, một người chịu trách nhiệm, "
             "hạn và sản phẩm");
  } else if (Has(k, "rõ sản phẩm đầu ra") && b->Declared("tasks.ownership")) {
    b->Offer("tasks.ownership", "", {}, i, quote);
  }
  if (Has(k, "kết quả chậm muộn")) {
    b->Offer("tasks.on_time", "", {}, i, quote, "nhiệm vụ hoàn thành đến hết hạn của nó");
  }
  if (Has(k, "lịch công tác tuần") && Has(k, "công khai")) {
    b->Offer("schedule.weekly", "", {}, i, quote,
             "mỗi tuần từ ngày hiệu lực: lịch công khai chậm nhất thứ Hai của tuần");
  }
  if (Has(k, "giải quyết thủ tục hành chính") && Has(k, "đúng thời hạn") &&
      RoleOf(s) == "service_center") {
    b->Offer("dossiers.on_time", "", {}, i, quote,
             "mỗi hồ sơ giải quyết đến hết hạn của nó; quá hạn chưa giải quyết là vi phạm");
  }
}

// ---- appendix -------------------------------------------------------------------------------

void DraftTasks(const PlanOutline& outline, int year, const std::string& subject, DraftPack* pack,
                Builder* b) {
  if (outline.appendix.empty()) return;
  json tasks = json::array();
  DraftRule rule;
  rule.id = "tasks.deadline";
  std::vector<std::string> readings;
  const auto read = [&](const std::string& r) {
    if (std::find(readings.begin(), readings.end(), r) == readings.end()) readings.push_back(r);
  };
  for (const AppendixRow& row : outline.appendix) {
    json task;
    task["ref"] = "PL-" + row.number;
    auto cell = [&](const char* name) {
      auto it = row.cells.find(name);
      return it == row.cells.end() ? std::string() : it->second;
    };
    task["title"] = cell("content");
    const auto due = ReadTaskDue(cell("due"), year);
    if (!due) {
      pack->left_over.push_back({"Phụ lục " + row.number, cell("content") + " — thời hạn: \"" +
                                                              cell("due") + "\"",
                                 "thời hạn không đọc được; nhiệm vụ chưa đưa vào tasks.deadline"});
      continue;
    }
    task["due"] = due->due;
    if (due->due == "yearly") task["from_year"] = due->from_year;
    read("\"" + cell("due") + "\" → " + due->due +
                    (due->due == "yearly" ? " từ " + std::to_string(due->from_year) : "") + " (" +
                    due->reading + ")");
    const std::string role = RoleNamed(MatchKey(cell("lead")));
    if (!role.empty() && role != "units") {
      task["lead_role"] = role;
      read("\"" + cell("lead") + "\" → " + role);
    } else {
      pack->left_over.push_back({"Phụ lục " + row.number, "Cơ quan chủ trì: \"" + cell("lead") + "\"",
                                 "không xác định được vai trò đơn vị chủ trì (lead_role)"});
    }
    tasks.push_back(task);
  }
  Params p;
  if (!subject.empty()) p.emplace_back("subject", subject);
  p.emplace_back("tasks", tasks);
  DraftRule& r = b->rules()["tasks.deadline"];
  r.id = "tasks.deadline";
  r.params = p;
  r.clauses = {"Phụ lục"};
  r.quotes.push_back({"Phụ lục", outline.appendix_caption.empty() ? "Phụ lục phân công nhiệm vụ"
                                                                  : outline.appendix_caption});
  for (const std::string& reading : readings) r.notes.push_back(reading);
}

// ---- checklist ------------------------------------------------------------------------------

struct Theme {
  const char* id;
  std::vector<const char*> words;
};

void DraftChecklist(const PlanOutline& outline, DraftPack* pack) {
  static const std::vector<Theme> kThemes = {
      {"tuyen-truyen", {"tuyên truyền", "phổ biến", "quán triệt"}},
      {"lanh-dao", {"lãnh đạo", "người đứng đầu"}},
      {"chat-luong-van-ban", {"ban hành văn bản", "soạn thảo"}},
      {"dieu-hanh-hop", {"hội họp"}},
      {"phuong-thuc-lam-viec", {"phương thức làm việc", "cải cách hành chính"}},
      {"ky-luat", {"kỷ luật", "kỷ cương"}},
      {"kinh-phi", {"kinh phí"}},
      {"mttq", {"mặt trận", "mttq"}},
      {"thon", {"các thôn"}},
  };
  std::map<std::string, size_t> index;
  const auto add = [&](const std::string& id, const std::string& text, const std::string& clause) {
    auto it = index.find(id);
    if (it == index.end()) {
      index[id] = pack->manual.size();
      pack->manual.push_back({id, text, {clause}});
    } else if (std::find(pack->manual[it->second].clauses.begin(),
                         pack->manual[it->second].clauses.end(),
                         clause) == pack->manual[it->second].clauses.end()) {
      pack->manual[it->second].clauses.push_back(clause);
    }
  };
  std::string roman_title;
  for (const Heading& h : outline.headings) {
    const std::string key = MatchKey(h.title);
    if (h.level == 1) roman_title = key;
    if (Has(roman_title, "mục đích")) continue;
    if (h.level == 1 && !Has(key, "kinh phí")) continue;
    if (h.level == 3 || (h.level == 2 && Has(roman_title, "kinh phí"))) continue;
    for (const Theme& theme : kThemes) {
      if (!std::any_of(theme.words.begin(), theme.words.end(),
                       [&](const char* w) { return Has(key, w); }))
        continue;
      std::string text = h.title;
      if (h.level == 1) {  // "KINH PHÍ THỰC HIỆN" -> "Kinh phí thực hiện"
        text = MatchKey(text);
        if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
      }
      if (!h.first_sentence.empty() && h.first_sentence != h.title)
        text += ": " + Shorten(h.first_sentence, 220);
      add(theme.id, Shorten(text, 320), h.clause);
      break;
    }
    if (Has(key, "nhiệm vụ cụ thể") && outline.mentions_appendix && outline.appendix.empty()) {
      add("phu-luc",
          "Kế hoạch dẫn chiếu Phụ lục nhiệm vụ cụ thể nhưng văn bản không kèm Phụ lục: kiểm tra "
          "các nhiệm vụ đó bằng tay",
          h.clause);
    }
  }
  for (const Sentence& s : outline.sentences) {
    if (Has(s.key, "khen thưởng") && !s.headings.empty() &&
        Has(MatchKey(s.headings.front()), "tổ chức thực hiện")) {
      add("khen-thuong", Shorten(s.text, 320), s.clause);
    }
  }
}

}  // namespace

const nlohmann::json* DraftRule::Find(const std::string& name) const {
  for (const auto& [n, v] : params) {
    if (n == name) return &v;
  }
  return nullptr;
}

DraftPack Draft(const PlanOutline& outline, const DraftOptions& options) {
  DraftPack pack;
  pack.id = options.id;
  pack.parent = options.parent;
  pack.source = outline.file_name;
  DraftHeader(outline, &pack);

  Builder builder(outline, &pack);
  for (size_t i = 0; i < outline.sentences.size(); ++i) {
    DraftSentence(outline, i, &builder);
    if (!builder.IsMapped(i) || Has(outline.sentences[i].key, "%")) DraftPercents(outline, i, &builder);
  }
  DraftReports(outline, &builder);

  std::string subject;
  std::string head = MatchKey(outline.title);
  for (const std::string& p : outline.preamble) head += " " + MatchKey(p);
  if (Has(head, "226-kl/tw")) subject = "KL226";
  const int year = pack.effective.empty() ? 0 : std::atoi(pack.effective.substr(0, 4).c_str());
  DraftTasks(outline, year, subject, &pack, &builder);
  builder.SetYears();
  // Appendix tasks with no deadline ("Thường xuyên") need none under tasks.ownership.
  if (builder.Declared("tasks.ownership") && builder.Declared("tasks.deadline")) {
    const KindSpec* ownership = FindKind("tasks.ownership");
    json refs = json::array();
    for (const json& task : *builder.rules()["tasks.deadline"].Find("tasks")) {
      if (task.value("due", "") == "continuous") refs.push_back(task["ref"]);
    }
    if (ownership && ownership->Find("continuous_refs") && !refs.empty()) {
      DraftRule& rule = builder.rules()["tasks.ownership"];
      rule.params.emplace_back("continuous_refs", refs);
      rule.notes.push_back("nhiệm vụ \"Thường xuyên\" của Phụ lục không có thời hạn: không đòi hạn");
    }
  }
  DraftChecklist(outline, &pack);

  // Rules this build cannot load stay for the reviewer, with the sentence.
  for (auto it = builder.rules().begin(); it != builder.rules().end();) {
    DraftRule& rule = it->second;
    const KindSpec* kind = FindKind(rule.kind.empty() ? rule.id : rule.kind);
    if (kind == nullptr) {
      for (const Quote& q : rule.quotes)
        pack.left_over.push_back({q.clause, q.text,
                                  "đọc là quy tắc " + rule.id +
                                      ", nhưng bản tuanthu này chưa có loại quy tắc đó"});
      it = builder.rules().erase(it);
      continue;
    }
    for (auto p = rule.params.begin(); p != rule.params.end();) {
      if (kind->Find(p->first) == nullptr) {
        rule.notes.push_back("tham số " + p->first + " = " + p->second.dump() +
                             " chưa có trong bản tuanthu này: chưa ghi");
        p = rule.params.erase(p);
      } else {
        ++p;
      }
    }
    pack.rules.push_back(rule);
    ++it;
  }
  std::sort(pack.rules.begin(), pack.rules.end(),
            [](const DraftRule& a, const DraftRule& b) { return a.id < b.id; });

  // Sentences with a figure or a date that nothing took.
  std::vector<LeftOver> left;
  std::set<std::pair<size_t, std::string>> in_conflict;
  for (const auto& c : builder.conflicts()) {
    left.push_back({outline.sentences[c.sentence].clause, c.quote, c.note});
    in_conflict.insert({c.sentence, c.quote});
  }
  for (size_t i = 0; i < outline.sentences.size(); ++i) {
    const Sentence& s = outline.sentences[i];
    if (builder.IsMapped(i) && !builder.HasMappedSegments(i)) continue;
    for (const std::string& segment : SplitSegments(s.text)) {
      if (builder.IsSegmentMapped(i, segment) || in_conflict.count({i, segment})) continue;
      if (builder.IsMapped(i) && !Has(MatchKey(segment), "%")) continue;
      if (!HasFigure(MatchKey(segment))) continue;
      left.push_back({s.clause, Shorten(segment, 400), ""});
    }
  }
  pack.left_over.insert(pack.left_over.begin(), left.begin(), left.end());
  return pack;
}

}  // namespace tuanthu::draft
