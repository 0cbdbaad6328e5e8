#include "tuanthu/data_model.h"

namespace tuanthu {
namespace {

ColumnSpec Text(std::string name, bool required = false, std::vector<std::string> aliases = {}) {
  ColumnSpec c;
  c.name = std::move(name);
  c.required = required;
  c.aliases = std::move(aliases);
  return c;
}

ColumnSpec Ref(std::string name, std::string references, bool required,
               std::vector<std::string> aliases = {}) {
  ColumnSpec c = Text(std::move(name), required, std::move(aliases));
  c.references = std::move(references);
  return c;
}

ColumnSpec Enum(std::string name, std::vector<std::string> values, bool required,
                std::vector<std::string> aliases = {}) {
  ColumnSpec c = Text(std::move(name), required, std::move(aliases));
  c.type = ColumnType::kEnum;
  c.enum_values = std::move(values);
  return c;
}

ColumnSpec Typed(std::string name, ColumnType type, bool required,
                 std::vector<std::string> aliases = {}) {
  ColumnSpec c = Text(std::move(name), required, std::move(aliases));
  c.type = type;
  return c;
}

std::vector<TableSpec> BuildModel() {
  using T = ColumnType;
  std::vector<TableSpec> model;

  model.push_back({"localities",
                   {Text("code", true, {"mã", "ma", "mã đơn vị hành chính"}),
                    Text("name", true, {"tên", "ten"}),
                    Enum("level", {"province", "commune", "ward", "special_zone"}, true, {"cấp"}),
                    Text("parent_code", false, {"mã tỉnh"}), Text("pack", false, {"bộ quy tắc"})},
                   "code",
                   {}});
  // parent_code may name a locality defined later in the same file, so it is checked as a
  // reference after all localities are read (see the importer), not through `references`.

  model.push_back({"units",
                   {Text("unit_id", true, {"mã đơn vị"}),
                    Ref("locality_code", "localities.code", true, {"mã xã"}),
                    Text("name", true, {"tên đơn vị"}),
                    Enum("role",
                         {"committee", "office", "culture_social", "economy", "department",
                          "service_center", "public_service", "village", "front"},
                         true, {"vai trò"})},
                   "unit_id",
                   {}});

  {
    ColumnSpec duration = Typed("duration_days", T::kDecimal, true, {"số ngày"});
    duration.positive = true;
    ColumnSpec total = Typed("total_minutes", T::kInteger, false, {"tổng số phút"});
    total.non_negative = true;
    ColumnSpec discussion = Typed("discussion_minutes", T::kInteger, false, {"số phút thảo luận"});
    discussion.non_negative = true;
    model.push_back(
        {"meetings",
         {Text("meeting_id", true, {"mã cuộc họp"}), Ref("unit_id", "units.unit_id", true),
          Enum("role", {"host", "attendee"}, true),
          Enum("category", {"conference", "meeting"}, true, {"loại"}),
          Enum("kind", {"dissemination", "professional", "discussion", "briefing", "other"}, true,
               {"tính chất"}),
          Typed("start_date", T::kDate, true, {"ngày họp", "ngày bắt đầu"}), duration,
          Enum("format", {"online", "in_person", "hybrid"}, true, {"hình thức"}),
          Typed("paperless", T::kBool, false, {"không giấy"}),
          Enum("organizer_level", {"commune", "province", "vertical", "central"}, false,
               {"cấp tổ chức"}),
          Typed("attended", T::kBool, false, {"có tham dự"}),
          Typed("materials_sent_date", T::kDate, false, {"ngày gửi tài liệu"}), total, discussion},
         "meeting_id",
         {}});
  }

  model.push_back(
      {"documents",
       {Text("doc_id", true, {"số ký hiệu", "mã văn bản"}), Ref("unit_id", "units.unit_id", true),
        Enum("direction", {"outgoing", "incoming"}, true, {"chiều"}),
        Enum("doc_class", {"administrative", "normative", "other"}, true, {"nhóm văn bản"}),
        Enum("doc_type",
             {"plan", "report", "official_letter", "decision", "notice", "submission", "other"},
             true, {"loại văn bản"}),
        Typed("date", T::kDate, true, {"ngày ban hành", "ngày đến", "ngày"}),
        Typed("electronic", T::kBool, true, {"điện tử"}), Typed("secret", T::kBool, true, {"mật"}),
        Typed("digitized", T::kBool, false, {"số hóa"}),
        Typed("digitally_signed", T::kBool, false, {"ký số"}),
        Text("subject", false, {"trích yếu", "chủ đề"})},
       "doc_id",
       {}});

  model.push_back({"dossiers",
                   {Text("dossier_id", true, {"mã hồ sơ"}), Ref("unit_id", "units.unit_id", true),
                    Text("procedure_code", false, {"mã thủ tục"}),
                    Typed("internal", T::kBool, false, {"nội bộ"}),
                    Typed("received_date", T::kDate, true, {"ngày tiếp nhận"}),
                    Typed("due_date", T::kDate, true, {"ngày hẹn trả"}),
                    Typed("resolved_date", T::kDate, false, {"ngày trả kết quả"}),
                    Typed("digital_processing", T::kBool, true, {"xử lý trên môi trường số"}),
                    Typed("online_full", T::kBool, false, {"toàn trình"}),
                    Typed("digitized", T::kBool, false, {"số hóa"}),
                    Typed("result_digitized", T::kBool, false, {"số hóa kết quả"}),
                    Enum("satisfaction", {"satisfied", "unsatisfied"}, false, {"mức độ hài lòng"})},
                   "dossier_id",
                   {}});

  model.push_back({"reports",
                   {Text("report_id", true, {"mã báo cáo"}), Ref("unit_id", "units.unit_id", true),
                    Text("subject", true, {"chủ đề"}), Text("period", true, {"kỳ báo cáo"}),
                    Typed("submitted_date", T::kDate, true, {"ngày gửi"}),
                    Enum("form", {"electronic", "paper", "data"}, true, {"hình thức"}),
                    Ref("recipient_unit_id", "units.unit_id", false, {"nơi nhận"})},
                   "report_id",
                   {}});

  model.push_back(
      {"tasks",
       {Text("task_id", true, {"mã nhiệm vụ"}), Text("subject", false, {"chủ đề"}),
        Text("ref", false, {"số thứ tự"}), Text("title", true, {"tên nhiệm vụ", "nội dung"}),
        Text("lead_unit_id", false, {"đơn vị chủ trì"}),
        Text("responsible_person", false, {"người chịu trách nhiệm"}),
        Text("coordinating_unit_ids", false, {"đơn vị phối hợp"}),
        Text("product", false, {"sản phẩm"}), Typed("due_date", T::kDate, false, {"thời hạn"}),
        Typed("completed_date", T::kDate, false, {"ngày hoàn thành"}),
        Typed("electronic", T::kBool, false, {"điện tử"}),
        Ref("locality_code", "localities.code", false, {"mã xã"})},
       "task_id",
       {}});

  model.push_back(
      {"feedback",
       {Text("feedback_id", true, {"mã phản ánh"}), Ref("unit_id", "units.unit_id", true),
        Typed("received_date", T::kDate, true, {"ngày tiếp nhận"}),
        Typed("due_date", T::kDate, true, {"hạn trả lời"}),
        Typed("answered_date", T::kDate, false, {"ngày trả lời"})},
       "feedback_id",
       {}});

  model.push_back({"schedules",
                   {Ref("locality_code", "localities.code", true, {"mã xã"}),
                    Typed("week_start", T::kDate, true, {"tuần từ ngày"}),
                    Typed("published_date", T::kDate, true, {"ngày công bố"})},
                   "",
                   {"locality_code", "week_start"}});

  {
    ColumnSpec value = Typed("value", T::kInteger, true, {"giá trị"});
    value.non_negative = true;
    model.push_back({"baselines",
                     {Text("scope", true, {"phạm vi"}),
                      Enum("metric",
                           {"conferences", "meetings", "administrative_documents",
                            "written_reports", "paper_reports"},
                           true, {"chỉ số"}),
                      Typed("year", T::kInteger, true, {"năm"}), value},
                     "",
                     {"scope", "metric", "year"}});
  }
  return model;
}

}  // namespace

const ColumnSpec* TableSpec::Find(std::string_view column) const {
  for (const ColumnSpec& c : columns) {
    if (c.name == column) return &c;
  }
  return nullptr;
}

int TableSpec::IndexOf(std::string_view column) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == column) return static_cast<int>(i);
  }
  return -1;
}

const std::vector<TableSpec>& DataModel() {
  static const std::vector<TableSpec> model = BuildModel();
  return model;
}

const TableSpec* FindTable(std::string_view name) {
  for (const TableSpec& t : DataModel()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

const std::vector<std::string>& UnitsUnderCommitteeRoles() {
  static const std::vector<std::string> roles = {"office",     "culture_social", "economy",
                                                 "department", "service_center", "public_service"};
  return roles;
}

const std::vector<std::string>& AdministrativeRoles() {
  static const std::vector<std::string> roles = {"committee",     "office",     "culture_social",
                                                 "economy",       "department", "service_center",
                                                 "public_service"};
  return roles;
}

}  // namespace tuanthu
