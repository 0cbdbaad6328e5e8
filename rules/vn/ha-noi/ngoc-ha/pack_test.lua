-- Kiểm thử gói vn/ha-noi/ngoc-ha (hiệu lực 05/06/2026): mỗi quy tắc ở các biên của nó.
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
local function data(units, tables)
  return F.data(units, tables, { level = "ward", name = "Phường thử" })
end

local U06 = unit("U06", "public_service")

-- reports.semiannual / reports.annual: "trước ngày 01 tháng 6", "trước ngày 01 tháng 12" (IV.1)

test "Báo cáo 6 tháng 2026: hạn 31/05 có trước ngày kế hoạch 05/06 nên không áp dụng (thông tin)" {
  as_of = "2026-06-20",
  rules = { "reports.semiannual" },
  data = data({ U01, U02, U03, U04 }, {
    reports = { report("R1", "U02", "2026-H1", "2026-06-10") },
  }),
  expect = {
    { rule = "reports.semiannual", severity = "info", unit = false, period = "2026-H1",
      expected = "2026-05-31", message_contains = "Không áp dụng" },
  },
}

test "Báo cáo 6 tháng 2027 áp dụng: 31/05 đúng hạn, 01/06 chậm, không gửi là vi phạm" {
  as_of = "2027-06-10",
  rules = { "reports.semiannual" },
  data = data({ U01, U02, U03, U04, U07 }, {
    reports = {
      report("R1", "U02", "2027-H1", "2027-05-31"),
      report("R2", "U03", "2027-H1", "2027-06-01"),
    },
  }),
  expect = {
    { rule = "reports.semiannual", severity = "info", unit = false, period = "2026-H1" },
    { rule = "reports.semiannual", severity = "pass", unit = "U02", period = "2027-H1",
      observed = "2027-05-31", expected = "2027-05-31" },
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2027-H1",
      observed = "2027-06-01", expected = "2027-05-31" },
    { rule = "reports.semiannual", severity = "violation", unit = "U04", period = "2027-H1",
      expected = "2027-05-31" },
  },
}

test "Báo cáo năm 2026 áp dụng: chưa gửi, còn 6 ngày (24/11) là cảnh báo; gửi 18/11 đạt" {
  as_of = "2026-11-24",
  rules = { "reports.annual" },
  data = data({ U02, U03, U07 }, { reports = { report("R1", "U02", "2026", "2026-11-18") } }),
  expect = {
    { rule = "reports.annual", severity = "pass", unit = "U02", period = "2026",
      observed = "2026-11-18", expected = "2026-11-30" },
    { rule = "reports.annual", severity = "warning", unit = "U03", period = "2026",
      expected = "2026-11-30" },
  },
}

test "Báo cáo năm chưa gửi, còn 8 ngày (22/11): chưa có gì để báo" {
  as_of = "2026-11-22",
  rules = { "reports.annual" },
  data = data({ U03 }),
  expect = {},
}

test "Báo cáo năm: gửi 30/11 đúng hạn, gửi 01/12 là chậm (trước ngày 01/12)" {
  as_of = "2026-12-01",
  rules = { "reports.annual" },
  data = data({ U03, U04 }, {
    reports = {
      report("R1", "U03", "2026", "2026-12-01"),
      report("R2", "U04", "2026", "2026-11-30"),
    },
  }),
  expect = {
    { rule = "reports.annual", severity = "violation", unit = "U03", period = "2026",
      observed = "2026-12-01", expected = "2026-11-30" },
    { rule = "reports.annual", severity = "pass", unit = "U04", period = "2026",
      observed = "2026-11-30" },
  },
}

-- schedule.weekly: "công khai lịch công tác tuần của lãnh đạo" (II.4): chậm nhất thứ Hai mỗi tuần,
-- từ tuần đầu tiên sau ngày hiệu lực (thứ Sáu 05/06/2026) → thứ Hai 08/06/2026. Tuần chứa ngày hiệu
-- lực (thứ Hai 01/06) có hạn trước ngày kế hoạch: báo thông tin "không áp dụng", không im lặng.

test "Lịch công tác tuần: công khai trước hoặc đúng thứ Hai đạt; thứ Ba là chậm; thiếu tuần là vi phạm; tuần chứa ngày hiệu lực là thông tin" {
  as_of = "2026-06-24",
  rules = { "schedule.weekly" },
  data = data({ U01, U02 }, {
    schedules = {
      schedule("2026-06-01", "2026-06-03"),  -- tuần có thứ Hai trước ngày kế hoạch: không xét
      schedule("2026-06-08", "2026-06-05"),
      schedule("2026-06-15", "2026-06-16"),
      schedule("2026-06-29", "2026-06-20"),  -- tuần sau ngày kiểm tra: chưa xét
    },
  }),
  expect = {
    { rule = "schedule.weekly", severity = "info", unit = false, period = "2026-W23",
      observed = "2026-06-03", expected = "2026-06-01", message_contains = "Không áp dụng" },
    { rule = "schedule.weekly", severity = "pass", unit = false, period = "2026-W24",
      observed = "2026-06-05", expected = "2026-06-08" },
    { rule = "schedule.weekly", severity = "violation", unit = false, period = "2026-W25",
      observed = "2026-06-16", expected = "2026-06-15" },
    { rule = "schedule.weekly", severity = "violation", unit = false, period = "2026-W26",
      expected = "2026-06-22" },
  },
}

test "Lịch công tác tuần: kiểm tra đúng thứ Hai, lịch công khai cùng ngày là đạt; lịch công khai sau ngày kiểm tra coi như chưa có" {
  as_of = "2026-06-15",
  rules = { "schedule.weekly" },
  data = data({ U01 }, {
    schedules = {
      schedule("2026-06-08", "2026-06-16"),  -- công khai sau 15/06: chưa có tại ngày kiểm tra
      schedule("2026-06-15", "2026-06-15"),
    },
  }),
  expect = {
    { rule = "schedule.weekly", severity = "info", unit = false, period = "2026-W23" },
    { rule = "schedule.weekly", severity = "violation", unit = false, period = "2026-W24",
      expected = "2026-06-08" },
    { rule = "schedule.weekly", severity = "pass", unit = false, period = "2026-W25",
      observed = "2026-06-15" },
  },
}

-- tasks.ownership: "mỗi nhiệm vụ chỉ có một đầu mối chủ trì, một cá nhân chịu trách nhiệm chính
-- ... rõ thời gian, rõ sản phẩm" (II.2)

test "Phân công nhiệm vụ: thiếu sản phẩm, thiếu hoặc nhiều đơn vị chủ trì, thiếu người chịu trách nhiệm, thiếu thời hạn đều là vi phạm" {
  as_of = "2026-06-20",
  rules = { "tasks.ownership" },
  data = data({ U02, U03, U04 }, {
    tasks = {
      task("T1", { lead_unit_id = "U02", due_date = "2026-07-31" }),
      task("T2", { lead_unit_id = "U03", due_date = "2026-07-31", product = NULL }),
      task("T3", { lead_unit_id = NULL, due_date = "2026-07-31" }),
      task("T4", { lead_unit_id = "U02;U03", due_date = "2026-08-31" }),
      task("T5", { lead_unit_id = "U04", due_date = "2026-07-31", responsible_person = NULL }),
      task("T6", { lead_unit_id = "U04" }),
      task("T7", { lead_unit_id = "U04", due_date = "2027-01-31", product = NULL,
                   responsible_person = NULL }),
    },
  }),
  expect = {
    { rule = "tasks.ownership", severity = "violation", unit = "U03", record = "T2",
      period = "2026", observed = 1, message_contains = "không có sản phẩm" },
    { rule = "tasks.ownership", severity = "violation", unit = false, record = "T3",
      message_contains = "không có đơn vị chủ trì" },
    { rule = "tasks.ownership", severity = "violation", unit = false, record = "T4",
      message_contains = "nhiều đơn vị chủ trì" },
    { rule = "tasks.ownership", severity = "violation", unit = "U04", record = "T5",
      message_contains = "không có người chịu trách nhiệm" },
    { rule = "tasks.ownership", severity = "violation", unit = "U04", record = "T6",
      period = "2026", message_contains = "không có thời hạn" },
    { rule = "tasks.ownership", severity = "violation", unit = "U04", record = "T7",
      period = "2027", observed = 2 },
  },
}

-- tasks.electronic: "100% hồ sơ công việc ... xử lý trên môi trường điện tử"; "100% nhiệm vụ được
-- cập nhật, theo dõi trên hệ thống quản lý điện tử" (I.2.a; II.4)

test "Nhiệm vụ theo dõi điện tử 100%: một nhiệm vụ giấy là vi phạm ngay; chỉ có ô trống là cảnh báo; nhiệm vụ hạn 2025 không xét" {
  as_of = "2026-06-20",
  rules = { "tasks.electronic" },
  data = data({ U02, U03, U04 }, {
    tasks = {
      task("T1", { lead_unit_id = "U04", due_date = "2026-06-09", electronic = true }),
      task("T2", { lead_unit_id = "U04", due_date = "2026-06-09", electronic = false }),
      task("T3", { lead_unit_id = "U03", due_date = "2026-07-09", electronic = NULL }),
      task("T4", { lead_unit_id = "U03", due_date = "2026-07-10", electronic = true }),
      task("T5", { lead_unit_id = "U02", due_date = "2025-12-20", electronic = false }),
      task("T6", { lead_unit_id = "U02", electronic = true }),  -- không có hạn: năm kiểm tra
    },
  }),
  expect = {
    { rule = "tasks.electronic", severity = "violation", unit = "U04", period = "2026",
      observed = 0.5, expected = 1 },
    { rule = "tasks.electronic", severity = "warning", unit = "U03", period = "2026",
      message_contains = "không đánh giá được" },
    { rule = "tasks.electronic", severity = "pass", unit = "U02", period = "2026", observed = 1 },
    { rule = "tasks.electronic", severity = "violation", unit = false, period = "2026",
      observed = 0.6 },
  },
}

-- reports.written_reduction: "cắt giảm 50% báo cáo bằng văn bản" (I.2.a; II.4): báo cáo gửi dưới
-- dạng văn bản, giấy hoặc điện tử; báo cáo bằng dữ liệu (form = data) không tính. Số liệu gốc
-- `written_reports`; `paper_reports` (tên cũ) đọc như nhau.

test "Giảm 50% báo cáo bằng văn bản (năm đã khép lại): văn bản điện tử cũng tính, 8 → 9 là vi phạm; báo cáo dữ liệu không tính; 6 → 3 đạt; đơn vị mới cảnh báo" {
  as_of = "2027-01-05",
  rules = { "reports.written_reduction" },
  data = data({ U02, U03, U06 }, {
    baselines = {
      { scope = "U03", metric = "written_reports", year = 2025, value = 6 },  -- cho phép 3
      { scope = "T1", metric = "paper_reports", year = 2025, value = 20 },    -- cho phép 10
    },
    reports = concat {
      rows(8, function(i) return report("A" .. i, "U02", "2025-" .. (i < 10 and "0" or "") .. i,
                                       "2025-0" .. i .. "-10", { subject = "CCHC", form = "paper" }) end),
      rows(5, function(i) return report("B" .. i, "U02", "2026-0" .. i, "2026-0" .. (i + 1) .. "-10",
                                       { subject = "CCHC", form = "paper" }) end),
      rows(4, function(i) return report("E" .. i, "U02", "2026-0" .. (i + 5), "2026-0" .. (i + 5) .. "-12",
                                       { subject = "CCHC", form = "electronic" }) end),
      rows(3, function(i) return report("F" .. i, "U02", "2026-1" .. i, "2026-1" .. (i - 1) .. "-05",
                                       { subject = "CCHC", form = "data" }) end),  -- dữ liệu
      rows(3, function(i) return report("C" .. i, "U03", "2026-Q" .. i, "2026-0" .. (3 * i) .. "-28",
                                       { subject = "CĐS", form = "paper" }) end),
      { report("D1", "U06", "2026-H1", "2026-06-20", { form = "paper" }) },
    },
  }),
  expect = {
    { rule = "reports.written_reduction", severity = "violation", unit = "U02", period = "2026",
      observed = 9, expected = 4 },
    { rule = "reports.written_reduction", severity = "pass", unit = "U03", period = "2026",
      observed = 3, expected = 3 },
    { rule = "reports.written_reduction", severity = "warning", unit = "U06", period = "2026",
      observed = 1 },
    { rule = "reports.written_reduction", severity = "violation", unit = false, period = "2026",
      observed = 13, expected = 10 },
  },
}

test "Giảm 50% báo cáo bằng văn bản, năm chưa hết (02/07): 2 báo cáo → dự kiến 3,99 > 3 là cảnh báo" {
  as_of = "2026-07-02",
  rules = { "reports.written_reduction" },
  data = data({ U03 }, {
    baselines = {
      { scope = "U03", metric = "paper_reports", year = 2025, value = 6 },
      { scope = "T1", metric = "paper_reports", year = 2025, value = 6 },
    },
    reports = {
      report("C1", "U03", "2026-Q1", "2026-03-28", { form = "paper" }),
      report("C2", "U03", "2026-Q2", "2026-06-28", { form = "paper" }),
    },
  }),
  expect = {
    { rule = "reports.written_reduction", severity = "warning", unit = "U03", period = "2026",
      observed = 2, expected = 3 },
    { rule = "reports.written_reduction", severity = "warning", unit = false, period = "2026",
      observed = 2, expected = 3 },
  },
}

-- dossiers.internal_digitized: "số hóa 100% TTHC nội bộ" (I.2.a; II.4)

test "Số hóa 100% TTHC nội bộ: một hồ sơ nội bộ chưa số hóa là vi phạm; hồ sơ không phải nội bộ không tính; ô trống là cảnh báo" {
  as_of = "2026-07-20",
  rules = { "dossiers.internal_digitized" },
  data = data({ U02, U04, U05 }, {
    dossiers = {
      dossier("H1", "U02", "2026-06-10", { internal = true }),
      dossier("H2", "U02", "2026-06-11", { internal = true }),
      dossier("H3", "U02", "2026-07-08", { internal = true, digitized = false }),
      dossier("H4", "U05", "2026-07-08", { internal = false, digitized = false }),
      dossier("H5", "U05", "2026-07-08", { digitized = false }),  -- không rõ nội bộ: không tính
      dossier("H6", "U04", "2026-07-09", { internal = true, digitized = NULL }),
    },
  }),
  expect = {
    { rule = "dossiers.internal_digitized", severity = "violation", unit = "U02", period = "2026",
      observed = 2 / 3, expected = 1 },
    { rule = "dossiers.internal_digitized", severity = "warning", unit = "U04", period = "2026" },
    { rule = "dossiers.internal_digitized", severity = "violation", unit = false,
      period = "2026" },
  },
}

-- documents.reduction: "cắt giảm tối thiểu 15% số lượng văn bản hành chính" (I.2.a; II.3)

test "Giảm văn bản hành chính 15%: 170 → 145 vượt mức 144,5 là vi phạm ngay trong năm; đơn vị có số liệu gốc, nhịp thấp thì đạt" {
  as_of = "2026-11-24",
  rules = { "documents.reduction" },
  data = data({ U01, U02 }, {
    baselines = {
      { scope = "U01", metric = "administrative_documents", year = 2025, value = 150 },  -- 127
      { scope = "T1", metric = "administrative_documents", year = 2025, value = 320 },   -- 272
    },
    documents = concat {
      documents("B", "U02", 170, "2025-05-04"),  -- gốc 170 → cho phép 144
      documents("C", "U02", 145, "2026-05-04"),
      documents("A", "U01", 100, "2026-05-04"),  -- 100 × 365 / 328 = 111,3 ≤ 127
    },
  }),
  expect = {
    { rule = "documents.reduction", severity = "violation", unit = "U02", period = "2026",
      observed = 145, expected = 144.5 },
    { rule = "documents.reduction", severity = "pass", unit = "U01", period = "2026",
      observed = 100, expected = 127.5 },
    -- toàn xã: 245 × 365 / 328 = 272,6 > 272
    { rule = "documents.reduction", severity = "warning", unit = false, period = "2026",
      observed = 245, expected = 272 },
  },
}

-- dossiers.online_share: "Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt từ 95% trở lên" (I.2.a)

test "Hồ sơ trực tuyến ≥ 95%: 95% đạt; 91,8% là cảnh báo khi năm chưa hết, vi phạm khi năm đã khép lại" {
  as_of = "2027-01-05",
  rules = { "dossiers.online_share" },
  data = data({ U04, U05 }, {
    dossiers = concat {
      dossiers("H", "U05", 95, "2026-07-02"),
      dossiers("HN", "U05", 5, "2026-07-02", { online_full = false }),   -- 95%
      dossiers("K", "U04", 45, "2026-07-02"),
      dossiers("KN", "U04", 4, "2026-07-02", { online_full = false }),   -- 45/49 = 91,8%
    },
  }),
  expect = {
    { rule = "dossiers.online_share", severity = "pass", unit = "U05", period = "2026",
      observed = 0.95 },
    { rule = "dossiers.online_share", severity = "violation", unit = "U04", period = "2026",
      observed = 45 / 49 },
    { rule = "dossiers.online_share", severity = "violation", unit = false, period = "2026",
      observed = 140 / 149 },
    { rule = "dossiers.online_share", severity = "info", unit = false, period = "2027" },
  },
}

-- meetings.duration (I.2.a): xét từ ngày hiệu lực 05/06/2026

test "Thời gian hội nghị: ngày hiệu lực 05/06 chuyên môn 1 ngày đạt; quán triệt 1 ngày ngày 09/06 vi phạm; 04/06 chưa xét; cuộc họp không xét" {
  as_of = "2026-06-20",
  rules = { "meetings.duration" },
  data = data({ U02 }, {
    meetings = {
      meeting("M1", "U02", "2026-06-04", { kind = "dissemination", duration_days = 2 }),
      meeting("M2", "U02", "2026-06-05", { kind = "professional", duration_days = 1 }),
      meeting("M3", "U02", "2026-06-09", { kind = "dissemination", duration_days = 1 }),
      meeting("M4", "U02", "2026-06-10", { kind = "discussion", duration_days = 2,
                                           category = "meeting" }),
    },
  }),
  expect = {
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M3",
      period = "2026-06-09", observed = 1, expected = 0.5 },
  },
}

-- meetings.online_share, meetings.reduction (I.2.a)

test "Hội nghị trực tuyến ≥ 60% và giảm 10% hội nghị: 16 → 16 vượt mức 14,4 là vi phạm; tỷ lệ 60% đạt" {
  as_of = "2026-11-24",
  rules = { "meetings.online_share", "meetings.reduction" },
  data = data({ U02 }, {
    meetings = concat {
      conferences("B", "U02", 16, "2025-05-04"),                          -- gốc 16 → cho phép 14
      conferences("C", "U02", 6, "2026-05-04", { format = "online" }),
      conferences("D", "U02", 4, "2026-05-05", { format = "hybrid" }),
      conferences("E", "U02", 6, "2026-05-06"),                           -- 10/16 = 62,5%
    },
  }),
  expect = {
    { rule = "meetings.online_share", severity = "pass", unit = "U02", period = "2026",
      observed = 0.625 },
    { rule = "meetings.online_share", severity = "pass", unit = false, period = "2026" },
    { rule = "meetings.reduction", severity = "violation", unit = "U02", period = "2026",
      observed = 16, expected = 14.4 },
    { rule = "meetings.reduction", severity = "violation", unit = false, period = "2026",
      observed = 16, expected = 14.4 },
  },
}

-- documents.electronic_exchange (I.2.a); dossiers.digital_share, documents.digitized_share (II.4)

test "Văn bản không mật gửi nhận điện tử 100%; TTHC trên môi trường số, số hóa văn bản ≥ 95%" {
  as_of = "2026-11-24",
  rules = { "documents.electronic_exchange", "dossiers.digital_share", "documents.digitized_share" },
  data = data({ U03, U04, U07 }, {
    documents = concat {
      documents("D", "U04", 24, "2026-03-02"),
      { document("D25", "U04", "2026-06-08", { electronic = false }) },             -- giấy
      { document("S1", "U04", "2026-06-09", { electronic = false, secret = true }) },  -- mật
      documents("V", "U03", 23, "2026-03-02"),
      { document("V24", "U03", "2026-10-02", { digitized = false }),
        document("V25", "U03", "2026-10-02", { digitized = false }) },              -- 92%
      { document("T1", "U07", "2026-10-03", { electronic = false, digitized = false }) },  -- tổ dân phố: không xét
    },
    dossiers = dossiers("H", "U04", 20, "2026-03-02"),
  }),
  expect = {
    { rule = "documents.electronic_exchange", severity = "violation", unit = "U04",
      period = "2026", observed = 24 / 25 },
    { rule = "documents.electronic_exchange", severity = "pass", unit = "U03", period = "2026" },
    { rule = "documents.electronic_exchange", severity = "violation", unit = false,
      period = "2026", observed = 49 / 50 },
    { rule = "dossiers.digital_share", severity = "pass", unit = "U04", period = "2026" },
    { rule = "dossiers.digital_share", severity = "pass", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "pass", unit = "U04", period = "2026" },
    { rule = "documents.digitized_share", severity = "warning", unit = "U03", period = "2026",
      observed = 0.92 },
    { rule = "documents.digitized_share", severity = "pass", unit = false, period = "2026",
      observed = 49 / 51 },
  },
}

-- Cả gói, không có dữ liệu hoạt động: hai tuần chưa công khai lịch là vi phạm

test "Cả gói với dữ liệu rỗng (20/06/2026)" {
  as_of = "2026-06-20",
  data = data({ U02, U03 }),
  expect = {
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "meetings.reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "dossiers.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "tasks.electronic", severity = "info", unit = false, period = "2026" },
    { rule = "documents.reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "reports.written_reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "dossiers.internal_digitized", severity = "info", unit = false, period = "2026" },
    { rule = "documents.electronic_exchange", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.digital_share", severity = "info", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "info", unit = false, period = "2026" },
    { rule = "schedule.weekly", severity = "info", unit = false, period = "2026-W23" },
    { rule = "schedule.weekly", severity = "violation", unit = false, period = "2026-W24" },
    { rule = "schedule.weekly", severity = "violation", unit = false, period = "2026-W25" },
    { rule = "reports.semiannual", severity = "info", unit = false, period = "2026-H1" },
  },
}

-- tasks.on_time: "thường xuyên kiểm soát tiến độ thực hiện công việc, bảo đảm đúng yêu cầu, đúng thời
-- hạn ... Tuyệt đối không để xảy ra tình trạng kết quả chậm muộn" (II.5.c)

test "Nhiệm vụ đúng hạn: xong đúng ngày hạn đạt; xong sau hạn, quá hạn chưa xong là vi phạm; hạn trước ngày hiệu lực 05/06 không xét" {
  as_of = "2026-08-10",
  rules = { "tasks.on_time" },
  data = data({ U02, U03 }, {
    tasks = {
      task("T1", { lead_unit_id = "U02", due_date = "2026-07-15", completed_date = "2026-07-15" }),
      task("T2", { lead_unit_id = "U02", due_date = "2026-07-15", completed_date = "2026-07-20" }),
      task("T3", { lead_unit_id = "U03", due_date = "2026-07-31" }),
      task("T4", { lead_unit_id = "U03", due_date = "2026-06-04" }),  -- trước ngày hiệu lực
      task("T5", { lead_unit_id = "U03", due_date = "2026-08-15" }),  -- còn 5 ngày
    },
  }),
  expect = {
    { rule = "tasks.on_time", severity = "violation", unit = "U02", record = "T2",
      observed = "2026-07-20", expected = "2026-07-15" },
    { rule = "tasks.on_time", severity = "violation", unit = "U03", record = "T3" },
    { rule = "tasks.on_time", severity = "warning", unit = "U03", record = "T5" },
  },
}

-- Kiểm tra thủ công (danh mục yêu cầu §6.7)

test "Danh mục kiểm tra thủ công: không tổ chức hội nghị không thật sự cần thiết, không đọc lại báo cáo; 6 rõ, 1 xuyên suốt; OKR, KPI; công bố báo cáo được cắt giảm; IV.1, IV.2" {
  as_of = "2026-06-20",
  exact = false,
  data = data({ U03 }),
  manual = {
    { clause = "I.2.a", text_contains = "không thật sự cần thiết" },
    { clause = "I.2.a", text_contains = "đọc lại báo cáo" },
    { clause = "II.2", text_contains = "6 rõ, 1 xuyên suốt" },
    { clause = "II.2", text_contains = "nhiệm vụ chậm trễ, tồn đọng" },
    { clause = "II.4", text_contains = "công bố" },
    { clause = "II.4", text_contains = "Dashboard" },
    { clause = "IV.1" },
    { clause = "IV.2" },
  },
}
