-- Phường Ngọc Hà (Hà Nội): Kế hoạch số 255/KH-UBND ngày 05/6/2026 của UBND phường triển khai
-- thực hiện Quyết định 534/QĐ-TTg, thực hiện Kế hoạch 208/KH-UBND ngày 31/5/2026 của Thành phố.
-- Nguồn: shared/seeds/004_ad2a9defbabb9271.txt
pack {
  parent = "vn/ha-noi",
  title = "Kế hoạch số 255/KH-UBND ngày 05/6/2026 của UBND phường Ngọc Hà triển khai thực hiện "
    .. "Quyết định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng Chính phủ",
  locality = "Phường Ngọc Hà",
  source = "004_ad2a9defbabb9271.txt",
  effective = "2026-06-05",
}

-- I.2.a: "Số lượng hội nghị trực tuyến chiếm không ít hơn 60% tổng số hội nghị trong năm".
rule "meetings.online_share" { threshold = 0.60, clause = "I.2.a" }

-- I.2.a: "giảm tối thiểu 10% số lượng hội nghị hằng năm".
rule "meetings.reduction" { target = 0.10, clause = "I.2.a" }

-- I.2.a: "Hội nghị quán triệt không quá 1/2 ngày; hội nghị chuyên môn không quá 1 ngày; các hội
-- nghị quan trọng cần thảo luận không quá 1,5 ngày".
rule "meetings.duration" {
  max_dissemination_days = 0.5,
  max_professional_days = 1,
  max_discussion_days = 1.5,
  clause = "I.2.a",
}

-- I.2.a: "Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt từ 95% trở lên".
rule "dossiers.online_share" { threshold = 0.95, clause = "I.2.a" }

-- I.2.a: "100% hồ sơ công việc tại phường được xử lý trên môi trường điện tử (trừ hồ sơ thuộc phạm
-- vi bí mật nhà nước)"; II.4: "thống nhất 100% nhiệm vụ được cập nhật, theo dõi trên hệ thống quản
-- lý điện tử".
rule "tasks.electronic" { threshold = 1.0, clause = "I.2.a; II.4" }

-- I.2.a, II.3: "Thực hiện cắt giảm tối thiểu 15% số lượng văn bản hành chính do cơ quan, đơn vị ban
-- hành so với năm trước".
rule "documents.reduction" { target = 0.15, clause = "I.2.a; II.3" }

-- I.2.a: "cắt giảm 50% báo cáo bằng văn bản"; II.4: "rà soát, cắt giảm tối thiểu 50% báo cáo bằng
-- văn bản (theo thực trạng số liệu báo cáo trên thực tế). Cắt bỏ hoặc chuyển sang báo cáo bằng dữ
-- liệu": đếm báo cáo gửi dưới dạng văn bản, giấy hoặc điện tử; báo cáo bằng dữ liệu không tính
-- (số liệu gốc `written_reports`, tên cũ `paper_reports` đọc như nhau).
rule "reports.written_reduction" { target = 0.5, clause = "I.2.a; II.4" }

-- I.2.a: "số hóa 100% TTHC nội bộ"; II.4: "Số hóa 100% thủ tục hành chính nội bộ và các công việc
-- ngoài thủ tục hành chính (trừ nội dung có văn bản mật)".
rule "dossiers.internal_digitized" { threshold = 1.0, clause = "I.2.a; II.4" }

-- I.2.a: "100% văn bản không mật gửi nhận điện tử".
rule "documents.electronic_exchange" { threshold = 1.0, clause = "I.2.a" }

-- II.4: "Phân đầu [Phấn đấu] thực hiện việc xử lý thủ tục hành chính trên môi trường số và số hóa
-- văn bản đạt từ 95% trở lên".
rule "dossiers.digital_share" { threshold = 0.95, clause = "II.4" }
rule "documents.digitized_share" { threshold = 0.95, clause = "II.4" }

-- II.2: "rõ việc, rõ người, rõ thẩm quyền, rõ trách nhiệm, rõ thời gian, rõ sản phẩm; mỗi nhiệm vụ
-- chỉ có một đầu mối chủ trì, một cá nhân chịu trách nhiệm chính đến cùng".
-- Nhiệm vụ có hạn trước ngày hiệu lực 05/06/2026 không xét (danh mục yêu cầu §6.3).
rule "tasks.ownership" { clause = "II.2" }

-- II.5.c: "thường xuyên kiểm soát tiến độ thực hiện công việc, bảo đảm đúng yêu cầu, đúng thời hạn
-- và đạt hiệu quả thực chất. Tuyệt đối không để xảy ra tình trạng kết quả chậm muộn".
rule "tasks.on_time" { clause = "II.5.c" }

-- II.4: "Thực hiện công khai lịch công tác tuần của lãnh đạo": mỗi tuần, từ ngày kế hoạch có hiệu
-- lực, lịch phải công khai chậm nhất thứ Hai của tuần đó. Tuần chứa ngày hiệu lực (thứ Hai 01/06
-- trước thứ Sáu 05/06) được báo là thông tin "không áp dụng".
rule "schedule.weekly" { publish_by_offset_days = 0, clause = "II.4" }

-- IV.1: "Định kỳ 6 tháng (trước ngày 01 tháng 6) và hằng năm (trước ngày 01 tháng 12), gửi báo cáo
-- kết quả thực hiện về Phòng Văn hóa - Xã hội". Kế hoạch ban hành ngày 05/6/2026, sau hạn 01/6 của
-- chính nó: báo cáo 6 tháng năm 2026 không áp dụng (info); báo cáo năm 2026 áp dụng.
rule "reports.semiannual" { due = "01/06", strict = true, clause = "IV.1" }
rule "reports.annual" { due = "01/12", strict = true, clause = "IV.1" }

-- Kiểm tra thủ công: mọi nhiệm vụ kế hoạch giao mà dữ liệu không thể hiện, theo từng điều khoản
-- (danh mục yêu cầu §5, §6.7). Mục II.1–II.4 dùng gạch đầu dòng: trích theo mục.
manual { id = "khong-hoi-nghi-khong-can-thiet", text = "Không tổ chức hội nghị nếu không thật sự cần thiết hoặc nội dung đã có văn bản hướng dẫn chi tiết", clause = "I.2.a" }
manual { id = "dieu-hanh-hop", text = "Đổi mới điều hành cuộc họp: không đọc lại báo cáo, dành thời gian chủ yếu để thảo luận và giải quyết vấn đề", clause = "I.2.a" }
manual { id = "cong-khai-thong-tin", text = "Người đứng đầu chịu trách nhiệm tổ chức thực hiện; công khai, cung cấp thông tin kịp thời để tổ chức, cá nhân, doanh nghiệp, Nhân dân biết, bàn, kiểm tra, giám sát", clause = "I.2.c" }
manual { id = "tuyen-truyen", text = "Phổ biến, quán triệt Kết luận 226-KL/TW, Quyết định 534/QĐ-TTg, Chỉ thị 09-CT/TU, Kế hoạch 45-KH/ĐU, Công văn 77/UBND-VP, 733/UBND-VP; tuyên truyền trên Cổng thông tin điện tử và loa truyền thanh phường", clause = "II.1" }
manual { id = "lanh-dao", text = "Đổi mới lãnh đạo, chỉ đạo theo nguyên tắc \"6 rõ, 1 xuyên suốt\"", clause = "II.2" }
manual { id = "nhiem-vu-ton-dong", text = "Thường xuyên rà soát, đánh giá các nhiệm vụ chậm trễ, tồn đọng, xác định nguyên nhân và trách nhiệm; rà soát, hoàn thiện quy chế làm việc, quan hệ công tác giữa tập thể lãnh đạo, người đứng đầu, cấp phó, các cơ quan", clause = "II.2" }
manual { id = "danh-gia-can-bo", text = "Đánh giá, xếp loại cán bộ thực chất, liên tục, định lượng, dựa trên dữ liệu, theo sản phẩm, tiến độ; dùng kết quả trong quy hoạch, bổ nhiệm, thi đua, khen thưởng", clause = "II.2" }
manual { id = "okr-kpi", text = "Áp dụng công nghệ số theo dõi kết quả nhiệm vụ; quản lý theo mục tiêu (OKR), chỉ số KPI và bảng điều hành điện tử (Dashboard); mọi nhiệm vụ được cập nhật, giám sát, cảnh báo trên môi trường số", clause = "II.2; II.4" }
manual { id = "chat-luong-van-ban", text = "Ban hành văn bản đúng thẩm quyền, trình tự, thủ tục, hình thức; không ban hành văn bản chỉ đạo lại nội dung đã quy định; cơ quan chủ trì soạn thảo chịu trách nhiệm đến cùng; Văn phòng HĐND và UBND kiểm soát dự thảo văn bản QPPL", clause = "II.3" }
manual { id = "phong-chong-tham-nhung", text = "Kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong xây dựng văn bản (Quy định 178-QĐ/TW, Nghị quyết 110/2023/QH15, Nghị quyết 126/NQ-CP, Kế hoạch 360-KH/TU, Kế hoạch 379/KH-UBND)", clause = "II.3" }
manual { id = "du-lieu", text = "Xây dựng hệ thống dữ liệu \"Đúng, đủ, sạch, sống, thống nhất, dùng chung\"; chuyển sang quản trị dựa trên mục tiêu và kết quả, \"phòng ngừa - cảnh báo sớm\"", clause = "II.4" }
manual { id = "cong-bo-bao-cao", text = "Chuẩn hóa chế độ báo cáo; công bố các loại báo cáo được cắt giảm", clause = "II.4" }
manual { id = "so-hoa-hieu-qua", text = "Số hóa các công việc ngoài thủ tục hành chính (trừ nội dung mật); gắn hiệu quả số với đánh giá, xếp loại và cơ chế khuyến khích", clause = "II.4" }
manual { id = "kiem-tra-cong-vu", text = "Phòng Văn hóa - Xã hội tham mưu kiểm tra công vụ, kiểm tra đột xuất; đề xuất xử lý vi phạm, nhũng nhiễu, đùn đẩy, né tránh", clause = "II.5.a" }
manual { id = "ky-luat-don-vi", text = "Các phòng, ban, đơn vị rà soát toàn bộ nhiệm vụ, xác định tiến độ, lộ trình; kiểm tra đột xuất việc chấp hành nội quy, quy chế, quy trình, thái độ phục vụ", clause = "II.5.b" }
manual { id = "trach-nhiem-thu-truong", text = "Thủ trưởng chịu trách nhiệm trực tiếp và liên đới; hoàn thiện nội quy, quy chế; lấy kết quả đổi mới lề lối làm việc làm tiêu chí đánh giá; điều chuyển, thay thế cán bộ yếu kém; xử lý nhũng nhiễu", clause = "II.5.c" }
manual { id = "kinh-phi", text = "Bố trí kinh phí trong dự toán ngân sách hằng năm để thực hiện các nhiệm vụ được giao", clause = "III" }
manual { id = "trien-khai-don-vi", text = "Thủ trưởng các cơ quan, đơn vị khẩn trương quán triệt, triển khai Kế hoạch phù hợp thực tế đơn vị", clause = "IV.1" }
manual { id = "theo-doi-don-doc", text = "Phòng Văn hóa - Xã hội chủ trì, phối hợp Văn phòng HĐND và UBND theo dõi, đôn đốc, kiểm tra; tổng hợp báo cáo định kỳ, tham mưu báo cáo Thành phố; đề xuất tháo gỡ khó khăn", clause = "IV.2" }
manual { id = "khen-thuong", text = "Phòng Văn hóa - Xã hội tham mưu khen thưởng tập thể, cá nhân xuất sắc và xử lý trường hợp vi phạm, không nghiêm túc triển khai", clause = "IV.2" }
