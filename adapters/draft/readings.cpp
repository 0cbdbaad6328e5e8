#include <algorithm>
#include <optional>

#include "draft/draft_builder.h"
#include "tuanthu/date.h"

namespace tuanthu::draft::detail {
namespace {

constexpr const char* kMeetingOnlineShare = "meetings.meeting_online_share";
constexpr const char* kMeetingReduction = "meetings.meeting_reduction";

}  // namespace

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string Percent100(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g%%", fraction * 100);
  return buf;
}

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

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
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

namespace {

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
    const std::string note =
        "giảm " + shown + " so với năm trước: số năm Y ≤ (1 − " + shown + ") × số năm Y−1";
    if (Has(object, "báo cáo") && (Has(object, "bằng văn bản") || Has(object, "giấy"))) {
      out.push_back({"reports.written_reduction", "", {{"target", v}}, note});
    } else if (Has(object, "văn bản")) {
      out.push_back({"documents.reduction", "", {{"target", v}}, note});
    } else if (Has(object, "hội nghị") || Has(object, "họp")) {
      if (MeetingCategory(s) == "meeting") {
        out.push_back({kMeetingReduction,
                       "meetings.reduction",
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
    out.push_back(
        {"dossiers.satisfaction", "", with_default_strict("dossiers.satisfaction"), bound_note});
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
  const bool about_meetings = Has(ctx, "hội nghị") || Has(ctx, "họp") ||
                              (Has(s.scope, "hội nghị") && Has(ctx, "tỷ lệ trực tuyến"));
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
    if (v == 1.0)
      out.push_back({"feedback.on_time", "", {}, "mọi phản ánh trả lời đúng hạn (100%)"});
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
    if (Has(rest, "số hóa hồ sơ"))
      out.push_back({"dossiers.digitized_share", "", share, bound_note});
    if (Has(rest, "kết quả giải quyết") ||
        Has(ctx, "kết quả giải quyết thủ tục hành chính được số hóa"))
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

}  // namespace

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

namespace {

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

}  // namespace

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
        note = d->strict ? "\"trước ngày " + due +
                               "\": gửi đến hết ngày hôm trước là đúng hạn, "
                               "ngày " +
                               due + " là chậm"
                         : "gửi đến hết ngày " + due + " là đúng hạn";
      } else {
        note =
            "kế hoạch không ghi ngày: không đặt `due`; kiểm tra báo info cho đến khi gói "
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
        b->Offer("meetings.materials_in_advance", "", {{"min_days", static_cast<int>(*d)}}, i,
                 quote,
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
    const bool other_plan = Has(after, "kế hoạch tổ chức hội nghị") ||
                            Has(after, "kế hoạch kiểm tra") || Has(after, "kế hoạch công tác") ||
                            Has(after, "kế hoạch các hội nghị");
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
        note =
            "\"khẩn trương\", không ghi ngày: không đặt `due`; kiểm tra chỉ liệt kê (info) các "
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

}  // namespace tuanthu::draft::detail
