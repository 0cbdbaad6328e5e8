#include "draft/drafter.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "draft/draft_builder.h"
#include "draft/vocabulary.h"
#include "tuanthu/catalog.h"
#include "tuanthu/date.h"

namespace tuanthu::draft {

using namespace detail;

namespace {

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
  // "Hà Nội, ngày 05/6/2026"
  {
    size_t q = p + std::string("ngày").size();
    while (q < key.size() && key[q] == ' ') ++q;
    size_t e = q;
    while (e < key.size() && ((key[e] >= '0' && key[e] <= '9') || key[e] == '/')) ++e;
    if (auto d = Date::Parse(key.substr(q, e - q)))
      return IssueDate{d->day(), d->month(), d->year()};
  }
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
      while (p < key.size() && key[p] >= '0' && key[p] <= '9')
        month = month * 10 + (key[p++] - '0');
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

void DraftHeader(const PlanOutline& outline, Lang lang, DraftPack* pack) {
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
    pack->warnings.emplace_back(Tr(lang,
                                   "không thấy dòng địa danh, ngày tháng (\"..., ngày ... tháng "
                                   "... năm ...\"): điền `locality` và `effective` bằng tay",
                                   "no line of place and date (\"..., ngày ... tháng ... năm "
                                   "...\") found: fill in `locality` and `effective` by hand"));
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
      std::string from = "Văn bản ghi \"" +
                         outline.place_line.substr(outline.place_line.find(',') + 2) +
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
                                 parent->Display() + " (\"" + quote +
                                 "\") nên lấy ngày đó; khi "
                                 "biết ngày ban hành thực tế, địa phương đặt lại tại đây";
        } else {
          pack->warnings.emplace_back(
              Tr(lang, "văn bản bỏ trống ngày và tháng ban hành: điền `effective`",
                 "the plan leaves the day and month of issue blank: fill in `effective`"));
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
      pack->left_over.push_back({"Phụ lục " + row.number,
                                 cell("content") + " — thời hạn: \"" + cell("due") + "\"",
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
      pack->left_over.push_back({"Phụ lục " + row.number,
                                 "Cơ quan chủ trì: \"" + cell("lead") + "\"",
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
        if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
          text[0] = static_cast<char>(text[0] - 'a' + 'A');
      }
      if (!h.first_sentence.empty() && h.first_sentence != h.title)
        text += ": " + Shorten(h.first_sentence, 220);
      add(theme.id, Shorten(text, 320), h.clause);
      break;
    }
    if (Has(key, "nhiệm vụ cụ thể") && outline.mentions_appendix && outline.appendix.empty()) {
      add("phu-luc-nhiem-vu",
          "Kế hoạch dẫn chiếu Phụ lục nhiệm vụ cụ thể nhưng văn bản không kèm Phụ lục: kiểm tra "
          "các nhiệm vụ đó bằng tay",
          h.clause);
    }
  }
  // Duties one sentence states and no data shows (requirements.md §6.7): who monitors and
  // compiles, meeting calendars and equipment, the reporting regime, the document hub, ...
  struct Duty {
    const char* id;
    std::vector<const char*> any;  // one of these
    const char* also;              // and this, when set
  };
  static const std::vector<Duty> kDuties = {
      {"tuyen-truyen-truyen-thong", {"phương tiện truyền thông"}, nullptr},
      {"tuyen-truyen-truyen-thanh", {"hệ thống truyền thanh"}, nullptr},
      {"neu-guong", {"nêu gương"}, nullptr},
      {"trach-nhiem-nguoi-dung-dau", {"chịu trách nhiệm trực tiếp trước"}, nullptr},
      {"phong-chong-tham-nhung", {"phòng, chống tham nhũng"}, nullptr},
      {"chu-tri-soan-thao", {"cơ quan chủ trì soạn thảo"}, nullptr},
      {"tham-dinh-qppl",
       {"dự thảo văn bản quy phạm pháp luật", "dự thảo văn bản qppl"},
       "thẩm định"},
      {"kiem-soat-qppl",
       {"dự thảo văn bản quy phạm pháp luật", "dự thảo văn bản qppl"},
       "kiểm soát"},
      {"hop-nhat-van-ban", {"hợp nhất văn bản"}, nullptr},
      {"quy-che-hop", {"chế độ họp trong quy chế"}, nullptr},
      {"quy-che-lam-viec", {"quy chế làm việc của ubnd"}, "rà soát"},
      {"lich-hop", {"lịch họp"}, nullptr},
      {"ke-hoach-hoi-nghi", {"kế hoạch tổ chức hội nghị", "kế hoạch các hội nghị"}, nullptr},
      {"khong-hoi-nghi-khong-can-thiet", {"không tổ chức hội nghị nếu không"}, nullptr},
      {"dieu-hanh-hop", {"không đọc lại"}, nullptr},
      {"phong-hop-truc-tuyen", {"thiết bị phòng họp"}, nullptr},
      {"mot-viec-mot-co-quan", {"một việc chỉ giao một cơ quan chủ trì"}, nullptr},
      {"che-do-bao-cao", {"chế độ báo cáo"}, "09/2019"},
      {"truc-lien-thong", {"trục liên thông"}, nullptr},
      {"vnpt-ioffice", {"vnpt-ioffice"}, nullptr},
      {"phan-cap", {"phân cấp, ủy quyền", "phân cấp, phân quyền"}, nullptr},
      {"ky-so", {"ký số"}, nullptr},
      {"nang-luc-so", {"năng lực số"}, nullptr},
      {"du-lieu", {"đúng, đủ, sạch, sống"}, nullptr},
      {"cong-bo-bao-cao", {"công bố về các loại báo cáo"}, nullptr},
      {"okr-kpi", {"okr"}, nullptr},
      {"nhiem-vu-ton-dong", {"chậm trễ, tồn đọng"}, nullptr},
      {"kiem-tra-cong-vu", {"kiểm tra công vụ"}, nullptr},
      {"tieu-chi-danh-gia", {"tiêu chí"}, "xếp loại"},
      {"cong-khai-xu-ly-phan-anh", {"công khai kết quả xử lý"}, nullptr},
      {"giam-sat-nhan-dan", {"vai trò giám sát"}, nullptr},
      {"theo-doi-don-doc", {"theo dõi, đôn đốc"}, nullptr},
      {"tong-hop-bao-cao", {"định kỳ tổng hợp báo cáo"}, nullptr},
      {"de-xuat-dieu-chinh", {"đề xuất điều chỉnh, bổ sung"}, nullptr},
  };
  for (const Sentence& s : outline.sentences) {
    if (s.clause.rfind("Phụ lục", 0) == 0) continue;
    for (const Duty& duty : kDuties) {
      const bool any = std::any_of(duty.any.begin(), duty.any.end(),
                                   [&](const char* w) { return Has(s.key, w); });
      if (any && (duty.also == nullptr || Has(s.key, duty.also)))
        add(duty.id, Shorten(s.text, 320), s.clause);
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
  DraftHeader(outline, options.lang, &pack);

  Builder builder(outline);
  for (size_t i = 0; i < outline.sentences.size(); ++i) {
    DraftSentence(outline, i, &builder);
    if (!builder.IsMapped(i) || Has(outline.sentences[i].key, "%"))
      DraftPercents(outline, i, &builder);
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
      rule.notes.push_back(
          "nhiệm vụ \"Thường xuyên\" của Phụ lục không có thời hạn: không đòi hạn");
    }
  }
  DraftChecklist(outline, &pack);

  // Rules this build cannot load stay for the reviewer, with the sentence.
  for (auto it = builder.rules().begin(); it != builder.rules().end();) {
    DraftRule& rule = it->second;
    const KindSpec* kind = FindKind(rule.kind.empty() ? rule.id : rule.kind);
    if (kind == nullptr) {
      for (const Quote& q : rule.quotes)
        pack.left_over.push_back(
            {q.clause, q.text,
             "đọc là quy tắc " + rule.id + ", nhưng bản tuanthu này chưa có loại quy tắc đó"});
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
