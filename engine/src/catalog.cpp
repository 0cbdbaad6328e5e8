#include "tuanthu/catalog.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "tuanthu/data_model.h"
#include "tuanthu/date.h"

namespace tuanthu {
namespace {

using nlohmann::json;

ParamSpec P(std::string name, ParamType type, json default_value, std::string help) {
  return {std::move(name), type, std::move(default_value), std::move(help)};
}

json UnitsUnderCommittee() { return json(UnitsUnderCommitteeRoles()); }
json Administrative() { return json(AdministrativeRoles()); }

ParamSpec Roles() {
  return P("roles", ParamType::kRoleList, Administrative(),
           "unit roles judged one by one and counted in the locality's totals ({}: every unit)");
}

ParamSpec Years() {
  return P("years", ParamType::kYearList, json::array(),
           "calendar years judged ({}: every year from the effective year)");
}

std::vector<ParamSpec> Share(double threshold, bool strict) {
  return {P("threshold", ParamType::kFraction, threshold, "target share, 0..1"),
          P("strict", ParamType::kBool, strict, "true: share must exceed the threshold (>)"),
          Roles(), Years()};
}

std::vector<ParamSpec> Reduction(double target) {
  return {P("target", ParamType::kFraction, target, "reduction against the previous year, 0..1"),
          Roles(), Years()};
}

std::vector<ParamSpec> Deadline(json due, bool strict) {
  return {P("due", ParamType::kMonthDay, std::move(due),
            "deadline in the year (\"05/06\"); false or unset: the plan sets no date"),
          P("strict", ParamType::kBool, strict,
            "true: \"trước ngày\" (before the date); false: on or before"),
          P("roles", ParamType::kRoleList, UnitsUnderCommittee(), "unit roles obliged"),
          P("subject", ParamType::kString, "KL226", "report subject")};
}

std::vector<KindSpec> Build() {
  const json all_categories = json::array({"conference", "meeting"});
  std::vector<KindSpec> kinds;

  KindSpec online_share{"meetings.online_share", "meetings", "Tỷ lệ hội nghị trực tuyến",
                        "Share of conferences held online", Share(0.60, false)};
  online_share.params.push_back(P("categories", ParamType::kCategoryList,
                                  json::array({"conference"}), "meeting categories counted"));
  online_share.params.push_back(
      P("count_hybrid", ParamType::kBool, true, "hybrid meetings count as online"));
  online_share.params.push_back(
      P("count_paperless", ParamType::kBool, false, "paperless meetings count as online"));
  kinds.push_back(online_share);

  KindSpec meeting_reduction{"meetings.reduction", "meetings", "Giảm số lượng hội nghị",
                             "Fewer conferences than the previous year", Reduction(0.10)};
  meeting_reduction.params.push_back(P("categories", ParamType::kCategoryList,
                                       json::array({"conference"}), "meeting categories counted"));
  kinds.push_back(meeting_reduction);

  // "Hội nghị quán triệt … hội nghị chuyên môn … các hội nghị quan trọng": the length limits
  // are the plans' limits for conferences (requirements §6.2).
  kinds.push_back({"meetings.duration",
                   "meetings",
                   "Thời gian tổ chức hội nghị",
                   "Conference length",
                   {P("max_dissemination_days", ParamType::kNumber, 0.5,
                      "longest dissemination (quán triệt) conference, days"),
                    P("max_professional_days", ParamType::kNumber, 1.0,
                      "longest professional (chuyên môn) conference, days"),
                    P("max_discussion_days", ParamType::kNumber, 1.5,
                      "longest conference that needs discussion, days"),
                    P("categories", ParamType::kCategoryList, json::array({"conference"}),
                      "meeting categories judged"),
                    Roles()}});

  kinds.push_back(
      {"meetings.materials_in_advance",
       "meetings",
       "Gửi tài liệu trước cuộc họp",
       "Materials sent before the meeting",
       {P("min_days", ParamType::kInteger, 1, "days before the start, at least"),
        P("categories", ParamType::kCategoryList, all_categories, "meeting categories judged"),
        Roles()}});

  kinds.push_back(
      {"meetings.discussion_share",
       "meetings",
       "Thời lượng thảo luận",
       "Share of meeting time for discussion",
       {P("threshold", ParamType::kFraction, 0.70, "least share of the time"),
        P("categories", ParamType::kCategoryList, all_categories, "meeting categories judged"),
        Roles()}});

  KindSpec attendance{"meetings.online_attendance", "meetings", "Tham dự họp trực tuyến",
                      "Attendance of online meetings called by higher levels", Share(1.0, false)};
  attendance.params.push_back(P("organizer_levels", ParamType::kLevelList,
                                json::array({"province", "vertical"}),
                                "organizer levels whose invitations count"));
  kinds.push_back(attendance);

  KindSpec doc_reduction{"documents.reduction", "documents", "Giảm văn bản hành chính",
                         "Fewer administrative documents", Reduction(0.15)};
  kinds.push_back(doc_reduction);
  kinds.push_back({"documents.electronic_exchange", "documents", "Trao đổi văn bản điện tử",
                   "Documents exchanged electronically", Share(1.0, false)});
  kinds.push_back({"documents.digitized_share", "documents", "Số hóa văn bản",
                   "Documents digitised", Share(0.95, false)});

  kinds.push_back({"dossiers.digital_share", "dossiers",
                   "Xử lý thủ tục hành chính trên môi trường số", "Procedures handled digitally",
                   Share(0.95, false)});
  kinds.push_back({"dossiers.online_share", "dossiers", "Dịch vụ công trực tuyến toàn trình",
                   "Dossiers handled fully online", Share(0.95, false)});
  kinds.push_back({"dossiers.digitized_share", "dossiers", "Số hóa hồ sơ", "Dossiers digitised",
                   Share(0.95, false)});
  kinds.push_back({"dossiers.result_digitized", "dossiers", "Số hóa kết quả giải quyết",
                   "Results digitised", Share(1.0, false)});
  kinds.push_back({"dossiers.internal_digitized", "dossiers", "Số hóa thủ tục nội bộ",
                   "Internal procedures digitised", Share(1.0, false)});
  kinds.push_back({"dossiers.satisfaction", "dossiers", "Mức độ hài lòng", "Citizens' satisfaction",
                   Share(0.99, true)});

  kinds.push_back({"dossiers.on_time",
                   "dossiers",
                   "Giải quyết thủ tục hành chính đúng hạn",
                   "Dossiers resolved on time",
                   {Roles()}});
  kinds.push_back({"feedback.on_time",
                   "feedback",
                   "Trả lời phản ánh, kiến nghị đúng hạn",
                   "Feedback answered on time",
                   {Roles()}});
  kinds.push_back(
      {"tasks.on_time",
       "tasks",
       "Hoàn thành nhiệm vụ đúng hạn",
       "Tasks completed on time",
       {P("subject", ParamType::kString, nullptr, "only tasks of this subject"), Roles()}});
  kinds.push_back({"tasks.deadline",
                   "tasks",
                   "Nhiệm vụ theo phụ lục",
                   "Appendix tasks",
                   {P("tasks", ParamType::kTaskList, json::array(),
                      "the plan's tasks: {ref=, title=, due=, lead_role=}"),
                    P("subject", ParamType::kString, nullptr, "only tasks of this subject"),
                    P("roles", ParamType::kRoleList, json::array(),
                      "roles of the lead units whose task records count ({}: every role; the "
                      "appendix names each task's lead)")}});
  kinds.push_back(
      {"tasks.ownership",
       "tasks",
       "Phân công nhiệm vụ rõ ràng",
       "Tasks with one owner",
       {P("subject", ParamType::kString, nullptr, "only tasks of this subject"),
        P("continuous_refs", ParamType::kStringList, json::array(),
          "refs of tasks the plan marks continuous (\"thường xuyên\"): no due date is expected"),
        Roles()}});
  kinds.push_back({"tasks.electronic", "tasks", "Theo dõi nhiệm vụ trên hệ thống điện tử",
                   "Tasks tracked electronically", Share(1.0, false)});

  kinds.push_back({"reports.semiannual", "reports", "Báo cáo 6 tháng", "Semi-annual report",
                   Deadline(nullptr, true)});
  kinds.push_back(
      {"reports.annual", "reports", "Báo cáo năm", "Annual report", Deadline(nullptr, true)});
  KindSpec report_electronic{"reports.electronic", "reports", "Gửi báo cáo điện tử",
                             "Reports sent electronically", Share(1.0, false)};
  report_electronic.params.push_back(
      P("subject", ParamType::kString, nullptr, "only reports of this subject"));
  kinds.push_back(report_electronic);
  kinds.push_back({"reports.written_reduction", "reports", "Giảm báo cáo bằng văn bản",
                   "Fewer reports sent as documents (paper or electronic)", Reduction(0.50)});

  kinds.push_back({"plans.unit_plan",
                   "documents",
                   "Kế hoạch của cơ quan, đơn vị",
                   "Units' own implementation plans",
                   {P("due", ParamType::kDate, nullptr,
                      "deadline (\"2026-05-31\"); false or unset: the plan sets no date"),
                    P("strict", ParamType::kBool, false, "true: before the date"),
                    P("roles", ParamType::kRoleList, UnitsUnderCommittee(), "unit roles obliged"),
                    P("subject", ParamType::kString, "KL226", "the plan's subject")}});

  kinds.push_back({"schedule.weekly",
                   "schedules",
                   "Lịch công tác tuần",
                   "Weekly work schedule",
                   {P("publish_by_offset_days", ParamType::kInteger, 0,
                      "days after the week's Monday the schedule may still be published")}});

  kinds.push_back(
      {"custom",
       "",
       "Quy tắc tự định nghĩa",
       "Custom rule",
       {P("evaluate", ParamType::kFunction, nullptr,
          "function(ctx) that reads ctx.query and reports ctx.finding"),
        P("severity", ParamType::kString, "warning", "default severity of its findings")}});

  for (KindSpec& kind : kinds) {
    kind.params.push_back(P("clause", ParamType::kString, "", "the plan's clause(s) cited"));
    kind.params.push_back(P("enabled", ParamType::kBool, true, "false switches the rule off"));
    kind.params.push_back(P("description", ParamType::kString, nullptr, "what the rule checks"));
    kind.params.push_back(P("warning_days", ParamType::kInteger, nullptr,
                            "warning window in days (unset: the pack's)"));
    kind.params.push_back(P("effective", ParamType::kDate, nullptr,
                            "date the rule binds from (unset: the pack's effective date)"));
  }
  return kinds;
}

// "05/06" (dd/mm, as the plans write it) or "--06-05" (ISO 8601); "06-05" (MM-DD) is still read
// for packs written before the ISO form.
bool IsMonthDay(const std::string& text, std::string* normalised) {
  int month = 0, day = 0;
  const size_t iso = text.size() == 7 && text[0] == '-' && text[1] == '-' ? 2 : 0;
  if (text.size() == 5 + iso && text[2 + iso] == '-' && std::isdigit(text[iso]) &&
      std::isdigit(text[iso + 1]) && std::isdigit(text[iso + 3]) && std::isdigit(text[iso + 4])) {
    month = std::atoi(text.substr(iso, 2).c_str());
    day = std::atoi(text.substr(iso + 3, 2).c_str());
  } else if (const auto slash = text.find('/'); slash != std::string::npos && slash > 0 &&
                                                slash <= 2 && text.size() - slash - 1 >= 1 &&
                                                text.size() - slash - 1 <= 2) {
    day = std::atoi(text.substr(0, slash).c_str());
    month = std::atoi(text.substr(slash + 1).c_str());
  } else {
    return false;
  }
  if (!Date::IsValidCivil(2024, month, day)) return false;  // 2024: 29/02 allowed
  char buf[16];
  std::snprintf(buf, sizeof buf, "--%02d-%02d", month % 100, day % 100);
  *normalised = buf;
  return true;
}

std::string CheckList(json* value, const std::vector<std::string>& allowed, std::string_view what,
                      Lang lang) {
  const std::string list = Format(Tr(lang, "một danh sách {0}", "a list of {0}"), {what});
  if (value->is_string()) *value = json::array({*value});
  if (!value->is_array()) return list;
  for (const json& item : *value) {
    if (!item.is_string()) return list;
    if (!allowed.empty() &&
        std::find(allowed.begin(), allowed.end(), item.get<std::string>()) == allowed.end()) {
      std::string valid;
      for (const std::string& a : allowed) valid += (valid.empty() ? "" : ", ") + a;
      return Format(Tr(lang, "'{0}' không thuộc: {1}", "'{0}' is not one of: {1}"),
                    {item.get<std::string>(), valid});
    }
  }
  return "";
}

std::string CheckDue(const json& due, Lang lang) {
  if (!due.is_string())
    return std::string(
        Tr(lang, "due phải là \"Q2\", \"2026-Q2\", \"yearly\", \"continuous\" hoặc một ngày",
           "a due of \"Q2\", \"2026-Q2\", \"yearly\", \"continuous\" or a date"));
  const std::string text = due.get<std::string>();
  if (text == "yearly" || text == "continuous") return "";
  if (text.size() == 7 && text[4] == '-' && text[5] == 'Q' && text[6] >= '1' && text[6] <= '4')
    return "";
  if (Date::Parse(text)) return "";
  return Format(
      Tr(lang, "due '{0}' không phải \"YYYY-Qn\", \"yearly\", \"continuous\" hay một ngày",
         "due '{0}' is not \"YYYY-Qn\", \"yearly\", \"continuous\" or a date"),
      {text});
}

}  // namespace

const ParamSpec* KindSpec::Find(std::string_view name) const {
  for (const ParamSpec& p : params) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

const std::vector<KindSpec>& Catalog() {
  static const std::vector<KindSpec> catalog = Build();
  return catalog;
}

const KindSpec* FindKind(std::string_view id) {
  for (const KindSpec& k : Catalog()) {
    if (k.id == id) return &k;
  }
  return nullptr;
}

std::string ParamHelp(const ParamSpec& spec, Lang lang) {
  if (lang == Lang::kEn) return spec.help;
  static const std::map<std::string, std::string, std::less<>> vietnamese = {
      {"unit roles judged one by one and counted in the locality's totals ({}: every unit)",
       "các vai trò đơn vị được xét từng đơn vị và cộng vào tổng của địa bàn ({}: mọi đơn vị)"},
      {"calendar years judged ({}: every year from the effective year)",
       "các năm dương lịch được xét ({}: mọi năm từ năm hiệu lực)"},
      {"target share, 0..1", "tỷ lệ chỉ tiêu, 0..1"},
      {"true: share must exceed the threshold (>)", "true: tỷ lệ phải vượt ngưỡng (>)"},
      {"reduction against the previous year, 0..1", "mức giảm so với năm trước, 0..1"},
      {"deadline in the year (\"05/06\"); false or unset: the plan sets no date",
       "hạn trong năm (\"05/06\"); false hoặc bỏ trống: kế hoạch không đặt ngày"},
      {"true: \"trước ngày\" (before the date); false: on or before",
       "true: \"trước ngày\"; false: đến hết ngày đó"},
      {"unit roles obliged", "các vai trò đơn vị phải thực hiện"},
      {"report subject", "chủ đề báo cáo"},
      {"meeting categories counted", "các loại cuộc họp được đếm"},
      {"hybrid meetings count as online", "họp kết hợp được tính là trực tuyến"},
      {"paperless meetings count as online", "họp không giấy được tính là trực tuyến"},
      {"longest dissemination (quán triệt) conference, days", "hội nghị quán triệt dài nhất, ngày"},
      {"longest professional (chuyên môn) conference, days", "hội nghị chuyên môn dài nhất, ngày"},
      {"longest conference that needs discussion, days", "hội nghị cần thảo luận dài nhất, ngày"},
      {"meeting categories judged", "các loại cuộc họp được xét"},
      {"days before the start, at least", "số ngày tối thiểu trước khi bắt đầu"},
      {"least share of the time", "tỷ lệ thời gian tối thiểu"},
      {"organizer levels whose invitations count", "các cấp tổ chức có giấy mời được tính"},
      {"only tasks of this subject", "chỉ các nhiệm vụ thuộc chủ đề này"},
      {"the plan's tasks: {ref=, title=, due=, lead_role=}",
       "các nhiệm vụ của kế hoạch: {ref=, title=, due=, lead_role=}"},
      {"roles of the lead units whose task records count ({}: every role; the appendix names each "
       "task's lead)",
       "vai trò của các đơn vị chủ trì có bản ghi nhiệm vụ được tính ({}: mọi vai trò; phụ lục nêu "
       "đơn vị chủ trì của từng nhiệm vụ)"},
      {"refs of tasks the plan marks continuous (\"thường xuyên\"): no due date is expected",
       "mã các nhiệm vụ kế hoạch ghi là \"thường xuyên\": không cần hạn"},
      {"only reports of this subject", "chỉ các báo cáo thuộc chủ đề này"},
      {"deadline (\"2026-05-31\"); false or unset: the plan sets no date",
       "hạn (\"2026-05-31\"); false hoặc bỏ trống: kế hoạch không đặt ngày"},
      {"true: before the date", "true: trước ngày đó"},
      {"the plan's subject", "chủ đề của kế hoạch"},
      {"days after the week's Monday the schedule may still be published",
       "số ngày sau thứ Hai của tuần mà lịch vẫn được đăng"},
      {"function(ctx) that reads ctx.query and reports ctx.finding",
       "function(ctx) đọc bằng ctx.query và báo bằng ctx.finding"},
      {"default severity of its findings", "mức mặc định của các phát hiện"},
      {"the plan's clause(s) cited", "điều khoản của kế hoạch được dẫn"},
      {"false switches the rule off", "false tắt quy tắc"},
      {"what the rule checks", "quy tắc kiểm tra gì"},
      {"warning window in days (unset: the pack's)", "cửa sổ cảnh báo, ngày (bỏ trống: của gói)"},
      {"date the rule binds from (unset: the pack's effective date)",
       "ngày quy tắc bắt đầu ràng buộc (bỏ trống: ngày hiệu lực của gói)"},
  };
  const auto it = vietnamese.find(spec.help);
  return it == vietnamese.end() ? spec.help : it->second;
}

std::string ParamTypeName(ParamType type, Lang lang) {
  switch (type) {
    case ParamType::kFraction:
      return std::string(Tr(lang, "một số từ 0 đến 1", "a number from 0 to 1"));
    case ParamType::kNumber:
      return std::string(Tr(lang, "một số >= 0", "a number >= 0"));
    case ParamType::kInteger:
      return std::string(Tr(lang, "một số nguyên >= 0", "a whole number >= 0"));
    case ParamType::kBool:
      return std::string(Tr(lang, "true hoặc false", "true or false"));
    case ParamType::kString:
      return std::string(Tr(lang, "một chuỗi", "a string"));
    case ParamType::kStringList:
      return std::string(Tr(lang, "một danh sách chuỗi", "a list of strings"));
    case ParamType::kRoleList:
      return std::string(Tr(lang, "một danh sách vai trò đơn vị", "a list of unit roles"));
    case ParamType::kCategoryList:
      return std::string(Tr(lang, "một danh sách loại cuộc họp", "a list of meeting categories"));
    case ParamType::kLevelList:
      return std::string(Tr(lang, "một danh sách cấp tổ chức", "a list of organizer levels"));
    case ParamType::kMonthDay:
      return std::string(
          Tr(lang,
             "một ngày trong năm \"dd/mm\" (hoặc ISO \"--mm-dd\"), hoặc false nếu "
             "không có hạn",
             "a day of the year \"dd/mm\" (or ISO \"--mm-dd\"), or false for no date"));
    case ParamType::kYearList:
      return std::string(
          Tr(lang, "một danh sách năm, ví dụ { 2026 }", "a list of years, e.g. { 2026 }"));
    case ParamType::kDate:
      return std::string(Tr(lang, "một ngày \"YYYY-MM-DD\" hoặc \"dd/mm/yyyy\", hoặc false",
                            "a date \"YYYY-MM-DD\" or \"dd/mm/yyyy\", or false"));
    case ParamType::kTaskList:
      return std::string(Tr(lang, "một danh sách nhiệm vụ {ref=, title=, due=, lead_role=}",
                            "a list of tasks {ref=, title=, due=, lead_role=}"));
    case ParamType::kFunction:
      return std::string(Tr(lang, "một hàm", "a function"));
  }
  return "?";
}

std::string NormaliseParam(const ParamSpec& spec, json* value, Lang lang) {
  const std::string expected =
      Format(Tr(lang, "cần {0}", "expected {0}"), {ParamTypeName(spec.type, lang)});
  const auto task_problem = [lang](const json& task, std::string_view vi, std::string_view en,
                                   std::string_view detail) {
    return Format(Tr(lang, vi, en), {task["ref"].get<std::string>(), detail});
  };
  switch (spec.type) {
    case ParamType::kFraction:
      if (!value->is_number() || value->get<double>() < 0 || value->get<double>() > 1)
        return expected + std::string(Tr(lang, " (60% là 0.60)", " (60% is 0.60)"));
      return "";
    case ParamType::kNumber:
      if (!value->is_number() || value->get<double>() < 0) return expected;
      return "";
    case ParamType::kInteger:
      if (value->is_number_float() &&
          value->get<double>() == static_cast<double>(value->get<int64_t>()))
        *value = value->get<int64_t>();
      if (!value->is_number_integer() || value->get<int64_t>() < 0) return expected;
      return "";
    case ParamType::kBool:
      return value->is_boolean() ? "" : expected;
    case ParamType::kString:
      return value->is_string() ? "" : expected;
    case ParamType::kStringList:
      return CheckList(value, {}, Tr(lang, "chuỗi", "strings"), lang);
    case ParamType::kRoleList: {
      const TableSpec* units = FindTable("units");
      return CheckList(value, units->Find("role")->enum_values,
                       Tr(lang, "vai trò đơn vị", "unit roles"), lang);
    }
    case ParamType::kCategoryList:
      return CheckList(value, {"conference", "meeting"},
                       Tr(lang, "loại cuộc họp", "meeting categories"), lang);
    case ParamType::kLevelList:
      return CheckList(value, {"commune", "province", "vertical", "central"},
                       Tr(lang, "cấp tổ chức", "organizer levels"), lang);
    case ParamType::kYearList: {
      if (value->is_number()) *value = json::array({*value});
      if (!value->is_array()) return expected;
      for (json& year : *value) {
        if (year.is_number_float() &&
            year.get<double>() == static_cast<double>(year.get<int64_t>()))
          year = year.get<int64_t>();
        if (!year.is_number_integer() || year.get<int64_t>() < 1900 || year.get<int64_t>() > 2200)
          return expected +
                 std::string(Tr(lang, " (các năm nguyên như 2026)", " (whole years such as 2026)"));
      }
      return "";
    }
    case ParamType::kMonthDay: {
      if (value->is_boolean() && !value->get<bool>()) return "";
      std::string normalised;
      if (!value->is_string() || !IsMonthDay(value->get<std::string>(), &normalised))
        return expected;
      *value = normalised;
      return "";
    }
    case ParamType::kDate: {
      if (value->is_boolean() && !value->get<bool>()) return "";
      if (!value->is_string()) return expected;
      const auto date = Date::Parse(value->get<std::string>());
      if (!date) return expected;
      *value = date->Iso();
      return "";
    }
    case ParamType::kTaskList: {
      if (!value->is_array()) return expected;
      const TableSpec* units = FindTable("units");
      const auto& roles = units->Find("role")->enum_values;
      for (json& task : *value) {
        if (!task.is_object() || !task.contains("ref") || !task["ref"].is_string())
          return expected +
                 std::string(Tr(lang, "; mỗi nhiệm vụ cần một ref", "; each task needs a ref"));
        for (const auto& [key, item] : task.items()) {
          if (key != "ref" && key != "title" && key != "due" && key != "lead_role" &&
              key != "from_year")
            return task_problem(task,
                                "nhiệm vụ {0}: không có trường '{1}' (hợp lệ: ref, title, due, "
                                "lead_role, from_year)",
                                "task {0}: unknown field '{1}' (valid: ref, title, due, "
                                "lead_role, from_year)",
                                key);
        }
        if (!task.contains("due"))
          return task_problem(task, "nhiệm vụ {0} không có due", "task {0} has no due", "");
        if (std::string due_error = CheckDue(task["due"], lang); !due_error.empty())
          return task_problem(task, "nhiệm vụ {0}: {1}", "task {0}: {1}", due_error);
        if (task.contains("lead_role") &&
            (!task["lead_role"].is_string() ||
             std::find(roles.begin(), roles.end(), task["lead_role"].get<std::string>()) ==
                 roles.end()))
          return task_problem(task, "nhiệm vụ {0}: lead_role không phải một vai trò đơn vị",
                              "task {0}: lead_role is not a unit role", "");
      }
      return "";
    }
    case ParamType::kFunction:
      return "";  // checked by the loader, which sees the Lua value
  }
  return expected;
}

}  // namespace tuanthu
