// What each table and column of the data model means, in Vietnamese and English, with an example
// of a valid value: the words of the blank workbook (`tuanthu template`). The columns themselves
// come from the engine's data model; a test checks that every one of them is described here.
#include "output/template.h"

namespace tuanthu::output {
namespace {

const std::vector<TableDoc>& Docs() {
  static const std::vector<TableDoc> docs = {
      {"localities",
       "Các đơn vị hành chính: tỉnh và các xã, phường, đặc khu của tỉnh.",
       "Administrative units: the province and its communes, wards and special zones.",
       {{"code", "Mã đơn vị hành chính (mã xã/phường theo danh mục; giữ nguyên số 0 ở đầu)",
         "Administrative unit code (keep leading zeros)", "03199"},
        {"name", "Tên đơn vị hành chính", "Name of the unit", "Xã Sì Lở Lầu"},
        {"level", "Cấp: province (tỉnh), commune (xã), ward (phường), special_zone (đặc khu)",
         "Level: province, commune, ward, special_zone", "commune"},
        {"parent_code", "Mã tỉnh của xã/phường (để trống với tỉnh)",
         "The province's code for a commune or ward (empty for a province)", "12"},
        {"pack", "Bộ quy tắc áp dụng (để trống: theo mặc định của tỉnh)", "Rule pack that applies",
         "vn/lai-chau/si-lo-lau"}}},
      {"units",
       "Các cơ quan, đơn vị của xã: UBND, Văn phòng, các phòng, trung tâm, thôn bản.",
       "The commune's bodies: the committee, its office, departments, centres, villages.",
       {{"unit_id", "Mã đơn vị (tự đặt, không trùng)", "Unit id (your own, unique)", "U01"},
        {"locality_code", "Mã xã/phường mà đơn vị thuộc về (cột code của trang localities)",
         "Code of the locality the unit belongs to (localities.code)", "03199"},
        {"name", "Tên đơn vị", "Name of the unit", "Phòng Văn hóa - Xã hội"},
        {"role",
         "Vai trò: committee (UBND và lãnh đạo), office (Văn phòng HĐND và UBND), culture_social "
         "(Phòng Văn hóa - Xã hội), economy (Phòng Kinh tế), department (phòng chuyên môn khác), "
         "service_center (Trung tâm Phục vụ hành chính công), public_service (Trung tâm dịch vụ "
         "sự nghiệp công), village (thôn, bản, tổ dân phố), front (Ủy ban MTTQ và các đoàn thể)",
         "Role: committee, office, culture_social, economy, department, service_center, "
         "public_service, village, front",
         "culture_social"}}},
      {"meetings",
       "Mỗi dòng một hội nghị, cuộc họp mà đơn vị chủ trì (role=host) hoặc được mời dự "
       "(role=attendee).",
       "One row per meeting a unit hosts (role=host) or is invited to (role=attendee).",
       {{"meeting_id", "Mã cuộc họp (không trùng)", "Meeting id (unique)", "H2026-001"},
        {"unit_id", "Mã đơn vị chủ trì hoặc được mời (trang units)",
         "Unit hosting or invited (units.unit_id)", "U01"},
        {"role", "host: đơn vị chủ trì; attendee: đơn vị được mời dự", "host or attendee", "host"},
        {"category", "conference: hội nghị; meeting: cuộc họp", "conference or meeting", "meeting"},
        {"kind",
         "Tính chất: dissemination (quán triệt), professional (chuyên môn), discussion (quan "
         "trọng, cần thảo luận), briefing (giao ban), other (khác)",
         "Kind: dissemination, professional, discussion, briefing, other", "briefing"},
        {"start_date", "Ngày họp (ngày bắt đầu)", "Date the meeting starts", "15/05/2026"},
        {"duration_days", "Số ngày họp (lớn hơn 0; 0,5 = nửa ngày)",
         "Length in days (> 0; 0.5 = half a day)", "0,5"},
        {"format", "Hình thức: online (trực tuyến), in_person (trực tiếp), hybrid (kết hợp)",
         "Format: online, in_person, hybrid", "online"},
        {"paperless", "Họp không giấy (có/không)", "Paperless meeting (yes/no)", "có"},
        {"organizer_level",
         "Cấp tổ chức (với dòng attendee): commune (xã), province (tỉnh), vertical (ngành dọc), "
         "central (trung ương)",
         "Organiser's level (attendee rows): commune, province, vertical, central", "province"},
        {"attended", "Có tham dự hay không (với dòng attendee)", "Attended (attendee rows)", "có"},
        {"materials_sent_date", "Ngày gửi tài liệu họp", "When the papers went out", "12/05/2026"},
        {"total_minutes", "Tổng thời gian họp (phút, số nguyên)", "Total length (minutes)", "120"},
        {"discussion_minutes", "Thời gian thảo luận (phút, không quá tổng thời gian)",
         "Time for discussion (minutes, at most total_minutes)", "45"}}},
      {"documents",
       "Văn bản đi và văn bản đến của các đơn vị.",
       "Outgoing and incoming documents of the units.",
       {{"doc_id", "Số ký hiệu hoặc mã văn bản (không trùng)", "Document id (unique)",
         "45/KH-UBND"},
        {"unit_id", "Đơn vị ban hành hoặc tiếp nhận (trang units)",
         "Unit issuing or receiving it (units.unit_id)", "U01"},
        {"direction", "outgoing: văn bản đi; incoming: văn bản đến", "outgoing or incoming",
         "outgoing"},
        {"doc_class", "Nhóm: administrative (hành chính), normative (QPPL), other (khác)",
         "Class: administrative, normative, other", "administrative"},
        {"doc_type",
         "Loại: plan (kế hoạch), report (báo cáo), official_letter (công văn), decision (quyết "
         "định), notice (thông báo), submission (tờ trình), other (khác)",
         "Type: plan, report, official_letter, decision, notice, submission, other", "plan"},
        {"date", "Ngày ban hành (văn bản đi) hoặc ngày đến (văn bản đến)",
         "Issue date (outgoing) or receipt date (incoming)", "20/05/2026"},
        {"electronic", "Gửi/nhận qua môi trường điện tử (có/không)",
         "Sent or received electronically (yes/no)", "có"},
        {"secret", "Văn bản mật (có/không); văn bản mật không tính vào chỉ tiêu điện tử",
         "State-secret document (yes/no); excluded from electronic targets", "không"},
        {"digitized", "Đã số hóa (có/không)", "Digitized (yes/no)", "có"},
        {"digitally_signed", "Đã ký số (có/không)", "Digitally signed (yes/no)", "có"},
        {"subject", "Nội dung triển khai, ví dụ KL226", "What it implements, e.g. KL226",
         "KL226"}}},
      {"dossiers",
       "Hồ sơ thủ tục hành chính (TTHC).",
       "Administrative-procedure dossiers.",
       {{"dossier_id", "Mã hồ sơ (không trùng)", "Dossier id (unique)",
         "000.00.12.H33-260501-0001"},
        {"unit_id", "Đơn vị tiếp nhận, giải quyết (trang units)",
         "Unit handling it (units.unit_id)", "U08"},
        {"procedure_code", "Mã thủ tục hành chính", "Procedure code", "1.001612"},
        {"internal", "TTHC nội bộ (có/không)", "Internal procedure (yes/no)", "không"},
        {"received_date", "Ngày tiếp nhận", "Date received", "04/05/2026"},
        {"due_date", "Ngày hẹn trả (không trước ngày tiếp nhận)",
         "Due date (not before received_date)", "08/05/2026"},
        {"resolved_date", "Ngày trả kết quả (để trống nếu chưa giải quyết)",
         "Date resolved (empty while open)", "07/05/2026"},
        {"digital_processing", "Xử lý trên môi trường số (có/không)",
         "Processed in the digital environment (yes/no)", "có"},
        {"online_full", "Nộp và giải quyết trực tuyến toàn trình (có/không)",
         "Submitted and handled fully online (yes/no)", "có"},
        {"digitized", "Hồ sơ đã số hóa (có/không)", "Dossier digitized (yes/no)", "có"},
        {"result_digitized", "Kết quả đã số hóa để tái sử dụng (có/không)",
         "Result digitized for reuse (yes/no)", "có"},
        {"satisfaction",
         "Đánh giá: satisfied (hài lòng), unsatisfied (không hài lòng), trống = "
         "chưa đánh giá",
         "Rating: satisfied, unsatisfied, empty = not rated", "satisfied"}}},
      {"reports",
       "Báo cáo đơn vị đã gửi.",
       "Reports the units sent.",
       {{"report_id", "Mã báo cáo (không trùng)", "Report id (unique)", "BC-2026-06"},
        {"unit_id", "Đơn vị gửi (trang units)", "Sending unit (units.unit_id)", "U01"},
        {"subject", "Nội dung báo cáo, ví dụ KL226", "Subject, e.g. KL226", "KL226"},
        {"period",
         "Kỳ báo cáo: 2026 (năm), 2026-H1/2026-H2 (6 tháng), 2026-Q3 (quý), 2026-07 (tháng); "
         "nhập dạng chữ",
         "Period: 2026 (year), 2026-H1/2026-H2 (half), 2026-Q3 (quarter), 2026-07 (month); as "
         "text",
         "2026-H1"},
        {"submitted_date", "Ngày gửi", "Date submitted", "03/06/2026"},
        {"form", "Hình thức: electronic (điện tử), paper (giấy), data (gửi dữ liệu)",
         "Form: electronic, paper, data", "electronic"},
        {"recipient_unit_id", "Đơn vị nhận (trang units)", "Receiving unit (units.unit_id)",
         "U01"}}},
      {"tasks",
       "Nhiệm vụ giao trong kế hoạch (kể cả phụ lục).",
       "Tasks the plan assigns (its appendix included).",
       {{"task_id", "Mã nhiệm vụ (không trùng)", "Task id (unique)", "NV-05"},
        {"subject", "Kế hoạch mà nhiệm vụ thực hiện", "The plan it implements", "KL226"},
        {"ref", "Số thứ tự trong kế hoạch, ví dụ PL-5 (mục 5 phụ lục)",
         "Its number in the plan, e.g. PL-5", "PL-5"},
        {"title", "Tên, nội dung nhiệm vụ", "Title of the task",
         "Ban hành kế hoạch thực hiện của đơn vị"},
        {"lead_unit_id", "Đơn vị chủ trì (một mã đơn vị)", "Lead unit (one unit id)", "U02"},
        {"responsible_person", "Người chịu trách nhiệm", "Person responsible", "Nguyễn Văn A"},
        {"coordinating_unit_ids", "Các đơn vị phối hợp, cách nhau bởi dấu ;",
         "Coordinating units, separated by ;", "U03;U04"},
        {"product", "Sản phẩm dự kiến", "Expected output", "Kế hoạch"},
        {"due_date", "Thời hạn hoàn thành", "Due date", "31/05/2026"},
        {"completed_date", "Ngày hoàn thành (để trống nếu chưa xong)",
         "Date completed (empty while open)", "28/05/2026"},
        {"electronic", "Theo dõi trên hệ thống điện tử (có/không)",
         "Tracked on the electronic system (yes/no)", "có"},
        {"locality_code", "Mã xã/phường của nhiệm vụ (khi cần chỉ rõ)",
         "Locality of the task, when it must be said", "03199"}}},
      {"feedback",
       "Phản ánh, kiến nghị của người dân.",
       "Citizens' feedback and petitions.",
       {{"feedback_id", "Mã phản ánh (không trùng)", "Feedback id (unique)", "PA-2026-014"},
        {"unit_id", "Đơn vị xử lý (trang units)", "Unit handling it (units.unit_id)", "U01"},
        {"received_date", "Ngày tiếp nhận", "Date received", "02/05/2026"},
        {"due_date", "Hạn trả lời (không trước ngày tiếp nhận)",
         "Due date (not before received_date)", "12/05/2026"},
        {"answered_date", "Ngày trả lời (để trống nếu chưa trả lời)",
         "Date answered (empty while open)", "10/05/2026"}}},
      {"schedules",
       "Lịch công tác tuần của lãnh đạo: mỗi tuần một dòng.",
       "The leadership's weekly work schedule: one row per week.",
       {{"locality_code", "Mã xã/phường (trang localities)", "Locality code (localities.code)",
         "03199"},
        {"week_start", "Ngày đầu tuần (thứ Hai)", "First day of the week (a Monday)", "04/05/2026"},
        {"published_date", "Ngày công bố lịch", "Date the schedule was published", "01/05/2026"}}},
      {"baselines",
       "Số liệu năm trước khi không có bản ghi chi tiết.",
       "Previous-year totals where the records themselves are missing.",
       {{"scope", "Mã đơn vị hoặc mã xã/phường", "A unit_id or a locality code", "03199"},
        {"metric",
         "Chỉ số: conferences (hội nghị), meetings (cuộc họp), administrative_documents (văn bản "
         "hành chính), written_reports (báo cáo bằng văn bản, giấy hoặc điện tử), paper_reports "
         "(báo cáo giấy)",
         "Metric: conferences, meetings, administrative_documents, written_reports (reports sent "
         "as documents), paper_reports",
         "conferences"},
        {"year", "Năm (số nguyên)", "Year", "2025"},
        {"value", "Giá trị (số nguyên không âm)", "Value (whole number ≥ 0)", "24"}}},
  };
  return docs;
}

}  // namespace

const TableDoc* FindTableDoc(std::string_view table) {
  for (const TableDoc& doc : Docs()) {
    if (doc.table == table) return &doc;
  }
  return nullptr;
}

const ColumnDoc* FindColumnDoc(std::string_view table, std::string_view column) {
  const TableDoc* doc = FindTableDoc(table);
  if (doc == nullptr) return nullptr;
  for (const ColumnDoc& column_doc : doc->columns) {
    if (column_doc.column == column) return &column_doc;
  }
  return nullptr;
}

}  // namespace tuanthu::output
