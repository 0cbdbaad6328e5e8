-- Kiểm thử gói vn/bac-ninh/yen-dinh (hiệu lực 31/05/2026): mỗi quy tắc ở các biên của nó.
-- Ngữ nghĩa theo shared/spec/requirements.md §1–2.

-- Dữ liệu dùng chung: rules/testing.lua (`fixtures`) ----------------------------------------------
local F = fixtures
local NULL, with, concat, rows, unit = F.NULL, F.with, F.concat, F.rows, F.unit
local report, meeting, conferences, document, documents = F.report, F.meeting, F.conferences,
    F.document, F.documents
local dossier, dossiers, task, feedback, schedule = F.dossier, F.dossiers, F.task, F.feedback,
    F.schedule
local U01, U02, U03 = unit("U01", "committee"), unit("U02", "office"), unit("U03", "culture_social")
local U04, U05, U07 = unit("U04", "economy"), unit("U05", "service_center"), unit("U07", "village")
local data = F.data

local U06, U11 = unit("U06", "public_service"), unit("U11", "front")

-- reports.semiannual / reports.annual: "trước ngày 05/6", "trước ngày 05/12" (V.3; V.1; V.2)

test "Báo cáo 6 tháng: 04/06 đúng hạn, 05/06 chậm, không gửi là vi phạm; UBND, thôn, MTTQ không phải gửi" {
  as_of = "2026-06-10",
  rules = { "reports.semiannual" },
  data = data({ U01, U02, U03, U04, U05, U07, U11 }, {
    reports = {
      report("R1", "U02", "2026-H1", "2026-06-04"),
      report("R2", "U03", "2026-H1", "2026-06-05"),
      report("R3", "U05", "2026-H1", "2026-05-29"),  -- trước ngày kế hoạch có hiệu lực: vẫn tính
    },
  }),
  expect = {
    { rule = "reports.semiannual", severity = "pass", unit = "U02", period = "2026-H1",
      observed = "2026-06-04", expected = "2026-06-04" },
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2026-H1",
      observed = "2026-06-05", expected = "2026-06-04" },
    { rule = "reports.semiannual", severity = "violation", unit = "U04", period = "2026-H1",
      expected = "2026-06-04" },
    { rule = "reports.semiannual", severity = "pass", unit = "U05", period = "2026-H1",
      observed = "2026-05-29" },
  },
}

test "Báo cáo 6 tháng chưa gửi ngày kế hoạch có hiệu lực (31/05), còn 4 ngày: cảnh báo" {
  as_of = "2026-05-31",
  rules = { "reports.semiannual" },
  data = data({ U03 }),
  expect = {
    { rule = "reports.semiannual", severity = "warning", unit = "U03", period = "2026-H1",
      expected = "2026-06-04" },
  },
}

test "Báo cáo năm chưa gửi, còn 7 ngày (27/11): cảnh báo; đã gửi 20/11: đạt" {
  as_of = "2026-11-27",
  rules = { "reports.annual" },
  data = data({ U02, U03 }, { reports = { report("R1", "U02", "2026", "2026-11-20") } }),
  expect = {
    { rule = "reports.annual", severity = "pass", unit = "U02", period = "2026",
      observed = "2026-11-20", expected = "2026-12-04" },
    { rule = "reports.annual", severity = "warning", unit = "U03", period = "2026",
      expected = "2026-12-04" },
  },
}

test "Báo cáo năm chưa gửi, còn 8 ngày (26/11): chưa có gì để báo" {
  as_of = "2026-11-26",
  rules = { "reports.annual" },
  data = data({ U03 }),
  expect = {},
}

test "Báo cáo năm 2026 khi năm đã khép lại: 04/12 đúng hạn, 05/12 chậm" {
  as_of = "2027-01-10",
  rules = { "reports.annual" },
  data = data({ U02, U03 }, {
    reports = {
      report("R1", "U02", "2026", "2026-12-04"),
      report("R2", "U03", "2026", "2026-12-05"),
    },
  }),
  expect = {
    { rule = "reports.annual", severity = "pass", unit = "U02", period = "2026" },
    { rule = "reports.annual", severity = "violation", unit = "U03", period = "2026",
      observed = "2026-12-05", expected = "2026-12-04" },
  },
}

-- plans.unit_plan: "khẩn trương xây dựng, ban hành Kế hoạch thực hiện cụ thể" (V.3): không có hạn

test "Kế hoạch của đơn vị không có thời hạn: chỉ thông tin, kê các đơn vị chưa có" {
  as_of = "2026-06-10",
  rules = { "plans.unit_plan" },
  data = data({ U01, U02, U03, U04, U07 }, {
    documents = {
      document("D1", "U02", "2026-06-05", { doc_type = "plan" }),
      document("D2", "U04", "2026-06-02", { doc_type = "plan", direction = "incoming" }),
    },
  }),
  expect = {
    { rule = "plans.unit_plan", severity = "info", unit = false, period = "2026",
      message_contains = "2 đơn vị chưa có" },
  },
}

test "Kế hoạch của đơn vị không có thời hạn: sang năm sau vẫn không thành vi phạm" {
  as_of = "2027-03-01",
  rules = { "plans.unit_plan" },
  data = data({ U02, U03 }),
  expect = {
    { rule = "plans.unit_plan", severity = "info", unit = false, period = "2026",
      message_contains = "2 đơn vị chưa có" },
  },
}

-- meetings.online_share: hội nghị trực tuyến ≥ 60%, họp không giấy không tính (I.2.a);
-- meetings.meeting_online_share: cuộc họp trực tuyến hoặc không giấy tờ ≥ 60%, năm 2026 (II.3).
-- Hai chỉ tiêu riêng (danh mục yêu cầu §6.2): không gộp; thôn, MTTQ không tính (§6.1).

test "Hội nghị và cuộc họp là hai chỉ tiêu riêng: hội nghị 2/4 không đạt dù gộp lại được 4/7; họp không giấy chỉ tính cho cuộc họp" {
  as_of = "2026-06-10",
  rules = { "meetings.online_share", "meetings.meeting_online_share" },
  data = data({ U03, U04, U07, U11 }, {
    meetings = {
      meeting("C1", "U03", "2026-03-02", { format = "online" }),
      meeting("C2", "U03", "2026-04-06", { format = "hybrid" }),
      meeting("C3", "U03", "2026-06-01", { paperless = true }),  -- hội nghị không giấy: không tính
      meeting("C4", "U03", "2026-06-02", { paperless = false }),
      meeting("M1", "U03", "2026-06-03", { category = "meeting", paperless = true }),
      meeting("M2", "U03", "2026-06-04", { category = "meeting", format = "online" }),
      meeting("M3", "U03", "2026-06-05", { category = "meeting", paperless = false }),
      meeting("M6", "U03", "2026-06-04", { role = "attendee", organizer_level = "province",
                                           attended = true }),  -- dự họp: không tính
      meeting("C7", "U03", "2025-10-01", { paperless = false }),  -- 2025: không tính
      meeting("C5", "U04", "2026-05-04", { format = "online" }),
      meeting("C6", "U04", "2026-05-05", { format = "online" }),
      meeting("C8", "U04", "2026-05-06", { paperless = false }),
      meeting("M4", "U04", "2026-05-07", { category = "meeting", paperless = false }),
      meeting("V1", "U07", "2026-05-08", { paperless = false }),  -- thôn: không xét, không tính
      meeting("F1", "U11", "2026-05-08", { paperless = false }),  -- MTTQ: không xét, không tính
    },
  }),
  expect = {
    { rule = "meetings.online_share", severity = "warning", unit = "U03", period = "2026",
      observed = 0.5, expected = 0.6 },
    { rule = "meetings.online_share", severity = "pass", unit = "U04", period = "2026",
      observed = 2 / 3 },
    { rule = "meetings.online_share", severity = "warning", unit = false, period = "2026",
      observed = 4 / 7 },
    { rule = "meetings.meeting_online_share", severity = "pass", unit = "U03", period = "2026",
      observed = 2 / 3 },
    { rule = "meetings.meeting_online_share", severity = "warning", unit = "U04",
      period = "2026", observed = 0 },
    { rule = "meetings.meeting_online_share", severity = "warning", unit = false,
      period = "2026", observed = 0.5 },
  },
}

test "Cuộc họp không giấy tờ để trống là chưa biết: có thể đổi kết quả thì cảnh báo, kể cả khi năm đã khép lại; năm 2027 không xét (chỉ tiêu năm 2026)" {
  as_of = "2027-01-10",
  rules = { "meetings.meeting_online_share" },
  data = data({ U03, U04, U05 }, {
    meetings = {
      -- U05: 2/4 nếu ô trống là "không", 3/4 nếu là "có": không đánh giá được
      meeting("N1", "U05", "2026-07-01", { category = "meeting", format = "online" }),
      meeting("N2", "U05", "2026-07-02", { category = "meeting", format = "online" }),
      meeting("N3", "U05", "2026-07-03", { category = "meeting", paperless = false }),
      meeting("N4", "U05", "2026-07-06", { category = "meeting" }),
      -- U04: 3/4 kể cả khi ô trống là "không": đạt
      meeting("P1", "U04", "2026-07-01", { category = "meeting", format = "online" }),
      meeting("P2", "U04", "2026-07-02", { category = "meeting", format = "online" }),
      meeting("P3", "U04", "2026-07-03", { category = "meeting", format = "online" }),
      meeting("P4", "U04", "2026-07-06", { category = "meeting" }),
      -- U03: tối đa 2/4 kể cả khi ô trống là "có": không đạt
      meeting("Q1", "U03", "2026-07-01", { category = "meeting", paperless = false }),
      meeting("Q2", "U03", "2026-07-02", { category = "meeting", paperless = false }),
      meeting("Q3", "U03", "2026-07-03", { category = "meeting", format = "online" }),
      meeting("Q4", "U03", "2026-07-06", { category = "meeting" }),
      meeting("Q5", "U03", "2027-01-04", { category = "meeting", paperless = false }),  -- 2027
    },
  }),
  expect = {
    { rule = "meetings.meeting_online_share", severity = "warning", unit = "U05",
      period = "2026", message_contains = "không đánh giá được" },
    { rule = "meetings.meeting_online_share", severity = "pass", unit = "U04", period = "2026" },
    { rule = "meetings.meeting_online_share", severity = "violation", unit = "U03",
      period = "2026", observed = 0.25 },
    -- toàn xã: 6/12 nếu ô trống là "không", 9/12 nếu là "có"
    { rule = "meetings.meeting_online_share", severity = "warning", unit = false,
      period = "2026", message_contains = "không đánh giá được" },
  },
}

test "Chỉ tiêu năm 2026 (mục II) chỉ xét năm 2026; chỉ tiêu hằng năm của I.2.a xét cả năm 2027" {
  as_of = "2028-01-10",
  rules = { "meetings.online_share", "meetings.meeting_online_share", "dossiers.online_share",
            "dossiers.result_digitized" },
  data = data({ U05 }, {
    meetings = {
      meeting("C1", "U05", "2027-03-02", { paperless = false }),
      meeting("M1", "U05", "2027-03-03", { category = "meeting", paperless = false }),
    },
    dossiers = {
      dossier("H1", "U05", "2027-03-02", { online_full = false, resolved_date = "2027-03-05",
                                           result_digitized = false }),
    },
  }),
  expect = {
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "meetings.online_share", severity = "violation", unit = "U05", period = "2027",
      observed = 0 },
    { rule = "meetings.online_share", severity = "violation", unit = false, period = "2027" },
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2028" },
    { rule = "meetings.meeting_online_share", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.result_digitized", severity = "info", unit = false, period = "2026" },
  },
}

-- meetings.reduction: giảm 10% hội nghị hằng năm (I.2.a; III.4.b);
-- meetings.meeting_reduction: giảm 10% cuộc họp, năm 2026 (II.2). Hai chỉ tiêu riêng.

test "Giảm hội nghị và giảm cuộc họp là hai chỉ tiêu: mỗi loại so với gốc của chính nó; cuộc họp 6 → 6 là vi phạm" {
  as_of = "2026-12-31",
  rules = { "meetings.reduction", "meetings.meeting_reduction" },
  data = data({ U01, U05, U07 }, {
    baselines = {
      { scope = "U01", metric = "conferences", year = 2025, value = 10 },  -- cho phép 9
      { scope = "U01", metric = "meetings", year = 2025, value = 20 },     -- cho phép 18
      { scope = "T1", metric = "conferences", year = 2025, value = 40 },
      { scope = "T1", metric = "meetings", year = 2025, value = 60 },
    },
    meetings = concat {
      conferences("A", "U01", 15, "2026-03-02"),
      conferences("AM", "U01", 12, "2026-03-03", { category = "meeting" }),
      conferences("AT", "U01", 5, "2026-03-04", { role = "attendee", organizer_level = "province",
                                                   attended = true }),  -- dự họp: không tính
      conferences("B", "U05", 6, "2025-06-03", { category = "meeting" }),
      conferences("C", "U05", 6, "2026-06-03", { category = "meeting" }),  -- 6 > 5,4
      conferences("V", "U07", 30, "2026-06-03"),  -- thôn: không tính vào tổng của xã
    },
  }),
  expect = {
    { rule = "meetings.reduction", severity = "violation", unit = "U01", period = "2026",
      observed = 15, expected = 9, clause = "I.2.a; III.4.b" },
    { rule = "meetings.reduction", severity = "pass", unit = "U05", period = "2026",
      observed = 0, expected = 0 },
    { rule = "meetings.reduction", severity = "pass", unit = false, period = "2026",
      observed = 15, expected = 36 },
    { rule = "meetings.meeting_reduction", severity = "pass", unit = "U01", period = "2026",
      observed = 12, expected = 18 },
    { rule = "meetings.meeting_reduction", severity = "violation", unit = "U05", period = "2026",
      observed = 6, expected = 5.4, clause = "II.2" },
    { rule = "meetings.meeting_reduction", severity = "pass", unit = false, period = "2026",
      observed = 18, expected = 54 },
  },
}

test "Giảm hội nghị (02/07/2026): nhịp dự kiến vượt mức là cảnh báo; cuộc họp không tính; toàn xã không có số liệu 2025 là cảnh báo" {
  as_of = "2026-07-02",
  rules = { "meetings.reduction" },
  data = data({ U01 }, {
    baselines = {
      { scope = "U01", metric = "conferences", year = 2025, value = 5 },  -- cho phép 4,5
    },
    meetings = concat {
      conferences("A", "U01", 3, "2026-03-02"),  -- 3 × 365 / 183 = 5,98
      conferences("AM", "U01", 2, "2026-03-03", { category = "meeting" }),
    },
  }),
  expect = {
    { rule = "meetings.reduction", severity = "warning", unit = "U01", period = "2026",
      observed = 3, expected = 4.5 },
    { rule = "meetings.reduction", severity = "warning", unit = false, period = "2026",
      observed = 3 },
  },
}

-- requirements §3: gốc lấy từ bản ghi năm trước "if it has any record of that table in Y−1": năm
-- 2025 đơn vị chỉ đi dự họp (bản ghi meetings, role=attendee) nên gốc số họp chủ trì là 0
test "Giảm hội nghị, cuộc họp: năm 2025 chỉ có bản ghi dự họp thì gốc là 0; chủ trì họp năm 2026 là vượt mức" {
  as_of = "2026-07-02",
  rules = { "meetings.reduction" },
  data = data({ U04 }, {
    meetings = concat {
      conferences("A", "U04", 3, "2025-04-01", { role = "attendee", organizer_level = "province",
                                                  attended = true }),
      conferences("C", "U04", 1, "2026-04-01"),
    },
  }),
  expect = {
    { rule = "meetings.reduction", severity = "violation", unit = "U04", period = "2026",
      observed = 1, expected = 0 },
    { rule = "meetings.reduction", severity = "violation", unit = false, period = "2026",
      observed = 1, expected = 0 },
  },
}

-- documents.reduction: giảm tối thiểu 15% văn bản hành chính (II.1; III.3.a)

test "Giảm văn bản hành chính (năm đã khép lại): chỉ đếm văn bản hành chính phát hành; vượt mức là vi phạm" {
  as_of = "2027-01-05",
  rules = { "documents.reduction" },
  data = data({ U01, U02, U03 }, {
    baselines = {
      { scope = "U01", metric = "administrative_documents", year = 2025, value = 20 },  -- cho phép 17
      { scope = "T1", metric = "administrative_documents", year = 2025, value = 100 },  -- cho phép 85
    },
    documents = concat {
      documents("A", "U01", 17, "2026-03-02"),
      documents("AI", "U01", 3, "2026-03-03", { direction = "incoming" }),  -- văn bản đến: không tính
      documents("AN", "U01", 2, "2026-03-04", { doc_class = "normative" }),  -- QPPL: không tính
      documents("B", "U02", 10, "2025-05-04"),                              -- gốc 10 → cho phép 8
      documents("C", "U02", 9, "2026-05-04"),
      documents("D", "U03", 2, "2026-05-05"),                               -- đơn vị mới: thiếu gốc
    },
  }),
  expect = {
    { rule = "documents.reduction", severity = "pass", unit = "U01", period = "2026",
      observed = 17, expected = 17 },
    { rule = "documents.reduction", severity = "violation", unit = "U02", period = "2026",
      observed = 9, expected = 8.5, clause = "I.2.a; II.1; III.3.a" },
    { rule = "documents.reduction", severity = "warning", unit = "U03", period = "2026",
      observed = 2 },
    { rule = "documents.reduction", severity = "pass", unit = false, period = "2026",
      observed = 28, expected = 85 },
  },
}

test "Giảm văn bản hành chính (02/07/2026): 9 văn bản → dự kiến 17,95 > 17 là cảnh báo; 8 → 15,96 đạt" {
  as_of = "2026-07-02",
  rules = { "documents.reduction" },
  data = data({ U01, U02 }, {
    baselines = {
      { scope = "U01", metric = "administrative_documents", year = 2025, value = 20 },
      { scope = "U02", metric = "administrative_documents", year = 2025, value = 20 },
      { scope = "T1", metric = "administrative_documents", year = 2025, value = 40 },  -- cho phép 34
    },
    documents = concat {
      documents("A", "U01", 9, "2026-03-02"),
      documents("B", "U02", 8, "2026-03-02"),
    },
  }),
  expect = {
    { rule = "documents.reduction", severity = "warning", unit = "U01", period = "2026",
      observed = 9, expected = 17 },
    { rule = "documents.reduction", severity = "pass", unit = "U02", period = "2026",
      observed = 8, expected = 17 },
    { rule = "documents.reduction", severity = "pass", unit = false, period = "2026",
      observed = 17, expected = 34 },
  },
}

-- dossiers.online_share: hồ sơ xử lý hoàn toàn trên môi trường mạng ≥ 95% (II.4)

test "Hồ sơ trực tuyến toàn trình: 95% đạt; ô trống có thể đổi kết quả thì cảnh báo; hồ sơ 2025 và sau ngày kiểm tra không tính" {
  as_of = "2026-06-10",
  rules = { "dossiers.online_share" },
  data = data({ U04, U05 }, {
    dossiers = concat {
      dossiers("H", "U05", 19, "2026-03-02"),
      { dossier("H20", "U05", "2026-03-02", { online_full = false }),
        dossier("H0", "U05", "2025-12-29", { online_full = false }),
        dossier("H21", "U05", "2026-06-11", { online_full = false }) },
      dossiers("K", "U04", 18, "2026-03-02"),
      { dossier("K19", "U04", "2026-03-02", { online_full = false }),
        dossier("K20", "U04", "2026-03-02", { online_full = NULL }) },
    },
  }),
  expect = {
    { rule = "dossiers.online_share", severity = "pass", unit = "U05", period = "2026",
      observed = 0.95, expected = 0.95 },
    { rule = "dossiers.online_share", severity = "warning", unit = "U04", period = "2026",
      message_contains = "không đánh giá được" },
    -- toàn xã: 37/40 = 92,5% hoặc 38/40 = 95%
    { rule = "dossiers.online_share", severity = "warning", unit = false, period = "2026",
      message_contains = "không đánh giá được" },
  },
}

-- dossiers.result_digitized: 100% kết quả giải quyết TTHC được số hóa (II.5)

test "Số hóa kết quả 100%: một kết quả không số hóa là vi phạm ngay; ô trống là cảnh báo; hồ sơ chưa giải quyết không tính" {
  as_of = "2026-06-10",
  rules = { "dossiers.result_digitized" },
  data = data({ U04, U05 }, {
    dossiers = {
      dossier("H1", "U05", "2026-05-20", { due_date = "2026-06-20", resolved_date = "2026-06-01",
                                           result_digitized = true }),
      dossier("H2", "U05", "2026-05-20", { due_date = "2026-06-20", resolved_date = "2026-06-01",
                                           result_digitized = true }),
      dossier("H3", "U05", "2026-05-20", { due_date = "2026-06-20", resolved_date = "2026-06-01",
                                           result_digitized = true }),
      dossier("H4", "U05", "2026-05-20", { due_date = "2026-06-20", resolved_date = "2026-06-08",
                                           result_digitized = false }),
      dossier("H5", "U05", "2026-05-20", { due_date = "2026-06-20", result_digitized = false }),
      dossier("H6", "U05", "2026-05-20", { due_date = "2026-06-20", resolved_date = "2026-06-12",
                                           result_digitized = false }),  -- giải quyết sau 10/06
      dossier("K1", "U04", "2026-05-20", { due_date = "2026-06-20", resolved_date = "2026-06-01",
                                           result_digitized = true }),
      dossier("K2", "U04", "2026-05-20", { due_date = "2026-06-20", resolved_date = "2026-06-01",
                                           result_digitized = true }),
      dossier("K3", "U04", "2026-05-20", { due_date = "2026-06-20", resolved_date = "2026-06-02" }),
    },
  }),
  expect = {
    { rule = "dossiers.result_digitized", severity = "violation", unit = "U05", period = "2026",
      observed = 0.75, expected = 1 },
    { rule = "dossiers.result_digitized", severity = "warning", unit = "U04", period = "2026" },
    { rule = "dossiers.result_digitized", severity = "violation", unit = false, period = "2026",
      observed = 5 / 7 },
  },
}

-- documents.electronic_exchange: 100% văn bản điện tử, trừ văn bản mật (II.6; III.5.b)

test "Văn bản điện tử 100%: văn bản đến bằng giấy ở văn phòng là vi phạm; văn bản mật không tính; văn bản giấy của thôn không xét" {
  as_of = "2026-06-10",
  rules = { "documents.electronic_exchange" },
  data = data({ U02, U03, U07 }, {
    documents = {
      document("D1", "U02", "2026-03-03", { direction = "incoming", electronic = false }),
      document("D2", "U02", "2026-03-04"),
      document("D3", "U03", "2026-03-05", { electronic = false, secret = true }),
      document("D4", "U03", "2026-03-06"),
      document("D5", "U07", "2026-03-07", { direction = "incoming", electronic = false }),
    },
  }),
  expect = {
    { rule = "documents.electronic_exchange", severity = "pass", unit = "U03", period = "2026" },
    { rule = "documents.electronic_exchange", severity = "violation", unit = "U02",
      period = "2026", observed = 0.5 },
    { rule = "documents.electronic_exchange", severity = "violation", unit = false,
      period = "2026", observed = 2 / 3 },
  },
}

-- meetings.online_attendance: 100% họp trực tuyến do ngành dọc và UBND tỉnh tổ chức (III.4.b)

test "Tham dự họp trực tuyến của tỉnh, ngành dọc: vắng một cuộc là vi phạm; cấp xã, trung ương, họp trực tiếp không tính" {
  as_of = "2026-06-10",
  rules = { "meetings.online_attendance" },
  data = data({ U02, U03, U04 }, {
    meetings = {
      meeting("A1", "U02", "2026-03-02", { role = "attendee", format = "online",
                                           organizer_level = "province", attended = true }),
      meeting("A2", "U02", "2026-03-03", { role = "attendee", format = "hybrid",
                                           organizer_level = "vertical", attended = true }),
      meeting("A3", "U02", "2026-03-04", { role = "attendee", format = "online",
                                           organizer_level = "commune", attended = false }),
      meeting("A4", "U02", "2026-03-05", { role = "attendee", format = "in_person",
                                           organizer_level = "province", attended = false }),
      meeting("A5", "U02", "2026-03-06", { role = "attendee", format = "online",
                                           organizer_level = "central", attended = false }),
      meeting("A6", "U03", "2026-06-08", { role = "attendee", format = "online",
                                           organizer_level = "province", attended = false }),
      meeting("A7", "U04", "2026-06-08", { role = "attendee", format = "online",
                                           organizer_level = "vertical" }),  -- chưa ghi nhận
      meeting("A8", "U04", "2026-06-09", { format = "online" }),  -- họp do đơn vị chủ trì
    },
  }),
  expect = {
    { rule = "meetings.online_attendance", severity = "pass", unit = "U02", period = "2026",
      observed = 1 },
    { rule = "meetings.online_attendance", severity = "violation", unit = "U03", period = "2026",
      observed = 0, expected = 1 },
    { rule = "meetings.online_attendance", severity = "warning", unit = "U04", period = "2026" },
    { rule = "meetings.online_attendance", severity = "violation", unit = false, period = "2026" },
  },
}

-- meetings.duration, meetings.materials_in_advance, meetings.discussion_share (III.4.b):
-- xét các cuộc họp do đơn vị chủ trì từ ngày 31/05/2026

test "Thời gian hội nghị: vượt giới hạn là vi phạm từ ngày hiệu lực 31/05; trước đó không xét; cuộc họp (không phải hội nghị) không xét" {
  as_of = "2026-06-10",
  rules = { "meetings.duration" },
  data = data({ U02 }, {
    meetings = {
      meeting("M1", "U02", "2026-06-01", { kind = "dissemination", duration_days = 0.5 }),
      meeting("M2", "U02", "2026-06-02", { kind = "dissemination", duration_days = 1 }),
      meeting("M3", "U02", "2026-06-03", { kind = "professional", duration_days = 1.5,
                                           category = "meeting" }),
      meeting("M4", "U02", "2026-06-04", { kind = "discussion", duration_days = 1.5 }),
      meeting("M5", "U02", "2026-05-30", { kind = "dissemination", duration_days = 1.5 }),
      meeting("M6", "U02", "2026-05-31", { kind = "discussion", duration_days = 2 }),
    },
  }),
  expect = {
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M2",
      observed = 1, expected = 0.5 },
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M6",
      period = "2026-05-31", observed = 2, expected = 1.5 },
  },
}

test "Tài liệu gửi trước ít nhất 01 ngày: gửi hôm trước đạt, gửi cùng ngày hoặc sau là vi phạm, không ghi ngày gửi là cảnh báo" {
  as_of = "2026-06-30",
  rules = { "meetings.materials_in_advance" },
  data = data({ U02 }, {
    meetings = {
      meeting("M1", "U02", "2026-06-10", { materials_sent_date = "2026-06-09" }),
      meeting("M2", "U02", "2026-06-10", { materials_sent_date = "2026-06-10" }),
      meeting("M3", "U02", "2026-06-10"),
      meeting("M4", "U02", "2026-05-29", { materials_sent_date = "2026-05-29" }),  -- trước hiệu lực
      meeting("M5", "U02", "2026-06-10", { role = "attendee", organizer_level = "province",
                                           attended = true }),  -- dự họp
      meeting("M6", "U02", "2026-06-10", { category = "meeting",
                                           materials_sent_date = "2026-06-01" }),
      meeting("M7", "U02", "2026-06-10", { category = "meeting",
                                           materials_sent_date = "2026-06-11" }),
    },
  }),
  expect = {
    { rule = "meetings.materials_in_advance", severity = "violation", unit = "U02", record = "M2",
      period = "2026-06-10", observed = "2026-06-10", expected = "2026-06-09" },
    { rule = "meetings.materials_in_advance", severity = "warning", unit = "U02", record = "M3",
      expected = "2026-06-09" },
    { rule = "meetings.materials_in_advance", severity = "violation", unit = "U02", record = "M7",
      observed = "2026-06-11" },
  },
}

test "Thảo luận ít nhất 70% thời gian họp: 84/120 đạt, 100/180 là vi phạm, thiếu số phút là cảnh báo" {
  as_of = "2026-06-30",
  rules = { "meetings.discussion_share" },
  data = data({ U02 }, {
    meetings = {
      meeting("D1", "U02", "2026-06-10", { total_minutes = 120, discussion_minutes = 84 }),
      meeting("D2", "U02", "2026-06-11", { total_minutes = 180, discussion_minutes = 100 }),
      meeting("D3", "U02", "2026-06-12", { total_minutes = 120 }),
      meeting("D4", "U02", "2026-06-15"),
      meeting("D5", "U02", "2026-05-29", { total_minutes = 120, discussion_minutes = 30 }),
      meeting("D6", "U02", "2026-06-16", { role = "attendee", organizer_level = "province",
                                           attended = true, total_minutes = 120,
                                           discussion_minutes = 10 }),
    },
  }),
  expect = {
    { rule = "meetings.discussion_share", severity = "violation", unit = "U02", record = "D2",
      observed = 100 / 180, expected = 0.7 },
    { rule = "meetings.discussion_share", severity = "warning", unit = "U02", record = "D3" },
    { rule = "meetings.discussion_share", severity = "warning", unit = "U02", record = "D4" },
  },
}

-- dossiers.digital_share, documents.digitized_share: ≥ 95% (I.2.a; III.5.b)

test "TTHC trên môi trường số 19/20 = 95% đạt; số hóa văn bản 18/19 dưới 95% là cảnh báo" {
  as_of = "2026-06-10",
  rules = { "dossiers.digital_share", "documents.digitized_share" },
  data = data({ U04, U05 }, {
    dossiers = concat {
      dossiers("H", "U05", 19, "2026-03-02"),
      { dossier("H20", "U05", "2026-03-02", { digital_processing = false }) },
    },
    documents = concat {
      documents("D", "U04", 18, "2026-03-02"),
      { document("D19", "U04", "2026-03-02", { digitized = false }) },
    },
  }),
  expect = {
    { rule = "dossiers.digital_share", severity = "pass", unit = "U05", period = "2026",
      observed = 0.95 },
    { rule = "dossiers.digital_share", severity = "pass", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "warning", unit = "U04", period = "2026",
      observed = 18 / 19 },
    { rule = "documents.digitized_share", severity = "warning", unit = false, period = "2026" },
  },
}

-- Cả gói, không có dữ liệu hoạt động

test "Cả gói với dữ liệu rỗng (10/06/2026)" {
  as_of = "2026-06-10",
  data = data({ U02, U03 }),
  expect = {
    { rule = "documents.reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "meetings.reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "meetings.meeting_reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "meetings.meeting_online_share", severity = "info", unit = false, period = "2026" },
    { rule = "meetings.online_attendance", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.result_digitized", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.digital_share", severity = "info", unit = false, period = "2026" },
    { rule = "documents.electronic_exchange", severity = "info", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "info", unit = false, period = "2026" },
    { rule = "reports.semiannual", severity = "violation", unit = "U02", period = "2026-H1" },
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2026-H1" },
    { rule = "plans.unit_plan", severity = "info", unit = false, period = "2026",
      message_contains = "2 đơn vị chưa có" },
  },
}
