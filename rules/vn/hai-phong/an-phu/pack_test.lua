-- Kiểm thử gói vn/hai-phong/an-phu (hiệu lực 30/04/2026): mỗi quy tắc ở các biên của nó.
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
local ALL = { U01, U02, U03, U04, U05, U06, U07, U11 }

-- tasks.deadline: 13 nhiệm vụ của Phụ lục (subject KL226, ref PL-1 … PL-13) -----------------------

-- ref, đơn vị chủ trì (theo Phụ lục), hạn ghi trong hệ thống theo dõi
local APPENDIX = {
  { "PL-1", "U03", "2026-06-30" }, { "PL-2", "U02", "2026-06-30" }, { "PL-3", "U02", "2026-09-30" },
  { "PL-4", "U02", "2026-12-31" }, { "PL-5", "U05", "2026-12-31" }, { "PL-6", "U03", "2026-12-31" },
  { "PL-7", "U03", "2026-12-31" }, { "PL-8", "U03", "2026-12-31" }, { "PL-9", "U01", "2026-12-31" },
  { "PL-10", "U05", "2026-12-31" }, { "PL-11", "U02", nil }, { "PL-12", "U05", "2026-12-31" },
  { "PL-13", "U11", "2026-12-31" },
}

-- Các nhiệm vụ Phụ lục trong dữ liệu: done[ref] = ngày hoàn thành; skip[ref] = không có trong dữ liệu.
local function appendix(done, skip)
  local out = {}
  for i = 1, #APPENDIX do
    local ref, lead, due = APPENDIX[i][1], APPENDIX[i][2], APPENDIX[i][3]
    if not skip[ref] then
      out[#out + 1] = task("T" .. i, { ref = ref, title = "Nhiệm vụ " .. ref, lead_unit_id = lead,
                                       due_date = due or NULL, completed_date = done[ref] })
    end
  end
  return out
end

test "Phụ lục (01/07/2026): PL-1 xong 30/06 đúng hạn Quý II, PL-2 xong 01/07 chậm, PL-5 xong sớm; PL-11 không có để theo dõi" {
  as_of = "2026-07-01",
  rules = { "tasks.deadline" },
  data = data(ALL, {
    tasks = appendix({ ["PL-1"] = "2026-06-30", ["PL-2"] = "2026-07-01", ["PL-5"] = "2026-06-15" },
                     { ["PL-11"] = true }),
  }),
  expect = {
    { rule = "tasks.deadline", severity = "pass", unit = "U03", period = "2026-Q2", record = "T1",
      observed = "2026-06-30", expected = "2026-06-30" },
    { rule = "tasks.deadline", severity = "violation", unit = "U02", period = "2026-Q2",
      record = "T2", observed = "2026-07-01", expected = "2026-06-30" },
    { rule = "tasks.deadline", severity = "pass", unit = "U05", period = "2026-Q4", record = "T5",
      expected = "2026-12-31" },
    { rule = "tasks.deadline", severity = "warning", unit = false, record = "PL-11" },
  },
}

test "Phụ lục: nhiệm vụ không có trong dữ liệu khi đã quá hạn là vi phạm; nhiệm vụ cùng số của kế hoạch khác không thay được" {
  as_of = "2026-07-01",
  rules = { "tasks.deadline" },
  data = data(ALL, {
    tasks = concat {
      appendix({ ["PL-2"] = "2026-06-20" }, { ["PL-1"] = true, ["PL-11"] = true }),
      { task("X1", { ref = "PL-1", subject = "CCHC", lead_unit_id = "U03",
                     due_date = "2026-06-30", completed_date = "2026-06-15" }) },
    },
  }),
  expect = {
    { rule = "tasks.deadline", severity = "violation", unit = false, period = "2026-Q2",
      record = "PL-1", expected = "2026-06-30" },
    { rule = "tasks.deadline", severity = "pass", unit = "U02", period = "2026-Q2", record = "T2" },
    { rule = "tasks.deadline", severity = "warning", unit = false, record = "PL-11" },
  },
}

test "Phụ lục: nhiệm vụ không có trong dữ liệu, còn 7 ngày đến hạn: cảnh báo; nhiệm vụ có nhưng chưa xong, còn 7 ngày: cảnh báo" {
  as_of = "2026-06-23",
  rules = { "tasks.deadline" },
  data = data(ALL, { tasks = appendix({}, { ["PL-1"] = true, ["PL-11"] = true }) }),
  expect = {
    { rule = "tasks.deadline", severity = "warning", unit = false, period = "2026-Q2",
      record = "PL-1", expected = "2026-06-30" },
    { rule = "tasks.deadline", severity = "warning", unit = "U02", period = "2026-Q2",
      record = "T2", expected = "2026-06-30" },
    { rule = "tasks.deadline", severity = "warning", unit = false, record = "PL-11" },
  },
}

-- Nhiệm vụ Phụ lục vắng mặt trong dữ liệu khi chưa đến hạn: thiếu dữ liệu đầu vào → cảnh báo
-- (requirements §2: "a rule whose input data is missing"; "Missing data is never a pass").
test "Phụ lục: nhiệm vụ hằng năm PL-6 không có trong dữ liệu, hạn 31/12 chưa đến: cảnh báo thiếu dữ liệu" {
  as_of = "2026-06-10",
  rules = { "tasks.deadline" },
  data = data(ALL, { tasks = appendix({}, { ["PL-6"] = true, ["PL-11"] = true }) }),
  expect = {
    { rule = "tasks.deadline", severity = "warning", unit = false, period = "2026",
      record = "PL-6", expected = "2026-12-31" },
    { rule = "tasks.deadline", severity = "warning", unit = false, record = "PL-11" },
  },
}

-- "Thường xuyên, từ 2026": không có thời hạn, chỉ theo dõi → thông tin (requirements §1, §2).
test "Phụ lục: nhiệm vụ thường xuyên PL-11 có trong dữ liệu: chỉ theo dõi, thông tin" {
  as_of = "2026-06-10",
  rules = { "tasks.deadline" },
  data = data(ALL, { tasks = appendix({}, {}) }),
  expect = {
    { rule = "tasks.deadline", severity = "info", message_contains = "PL-11" },
  },
}

test "Phụ lục, năm 2026 đã khép lại: nhiệm vụ còn mở là vi phạm; PL-6 xong 05/01/2027 là chậm; nhiệm vụ hằng năm 2027 chưa đến hạn" {
  as_of = "2027-01-10",
  rules = { "tasks.deadline" },
  data = data(ALL, {
    tasks = concat {
      appendix({ ["PL-1"] = "2026-06-30", ["PL-2"] = "2026-06-30", ["PL-4"] = "2026-12-20",
                 ["PL-5"] = "2026-10-15", ["PL-6"] = "2027-01-05", ["PL-7"] = "2026-12-31",
                 ["PL-8"] = "2026-09-25", ["PL-9"] = "2026-12-31", ["PL-10"] = "2026-11-30",
                 ["PL-13"] = "2026-12-15" },
               { ["PL-11"] = true }),
      {
        task("Y4", { ref = "PL-4", lead_unit_id = "U02", due_date = "2027-12-31" }),
        task("Y6", { ref = "PL-6", lead_unit_id = "U03", due_date = "2027-12-31" }),
        task("Y9", { ref = "PL-9", lead_unit_id = "U01", due_date = "2027-12-31" }),
        task("Y10", { ref = "PL-10", lead_unit_id = "U05", due_date = "2027-12-31" }),
        task("Y13", { ref = "PL-13", lead_unit_id = "U11", due_date = "2027-12-31" }),
      },
    },
  }),
  expect = {
    { rule = "tasks.deadline", severity = "violation", unit = "U02", period = "2026-Q3",
      record = "T3", expected = "2026-09-30" },
    { rule = "tasks.deadline", severity = "violation", unit = "U03", period = "2026",
      record = "T6", observed = "2027-01-05", expected = "2026-12-31" },
    { rule = "tasks.deadline", severity = "pass", unit = "U03", period = "2026-Q4", record = "T7",
      observed = "2026-12-31" },
    { rule = "tasks.deadline", severity = "violation", unit = "U05", period = "2026-Q4",
      record = "T12", expected = "2026-12-31" },
    { rule = "tasks.deadline", severity = "warning", unit = false, period = "2027",
      record = "PL-11" },
  },
}

-- tasks.on_time: "Tỷ lệ xử lý công việc đúng hạn là 100%" (I.2.b)

test "Công việc đúng hạn: xong đúng ngày hạn đạt, xong sau hạn hoặc quá hạn chưa xong là vi phạm, còn 7 ngày là cảnh báo" {
  as_of = "2026-06-10",
  rules = { "tasks.on_time" },
  data = data(ALL, {
    tasks = {
      task("T1", { lead_unit_id = "U02", due_date = "2026-05-15", completed_date = "2026-05-15" }),
      task("T2", { lead_unit_id = "U02", due_date = "2026-05-15", completed_date = "2026-05-19" }),
      task("T3", { lead_unit_id = "U04", due_date = "2026-06-05" }),
      task("T4", { lead_unit_id = "U04", due_date = "2026-06-15" }),
      task("T5", { lead_unit_id = "U04", due_date = "2026-06-18" }),           -- còn 8 ngày
      task("T6", { lead_unit_id = "U04", due_date = "2026-04-20" }),           -- hạn trước hiệu lực
      task("T7", { lead_unit_id = "U05", due_date = "2026-06-08",
                   completed_date = "2026-06-12" }),                           -- xong sau 10/06
      task("T8", { lead_unit_id = "U05" }),                                    -- không có hạn
      task("T9", { lead_unit_id = "U04", due_date = "2026-06-17" }),           -- còn 7 ngày
      task("T10", { subject = "CCHC", lead_unit_id = "U03", due_date = "2026-06-01",
                    completed_date = "2026-06-03" }),                          -- mọi công việc
    },
  }),
  expect = {
    { rule = "tasks.on_time", severity = "violation", unit = "U02", record = "T2",
      period = "2026-05-15", observed = "2026-05-19", expected = "2026-05-15" },
    { rule = "tasks.on_time", severity = "violation", unit = "U04", record = "T3",
      expected = "2026-06-05" },
    { rule = "tasks.on_time", severity = "warning", unit = "U04", record = "T4",
      expected = "2026-06-15" },
    { rule = "tasks.on_time", severity = "violation", unit = "U05", record = "T7",
      expected = "2026-06-08" },
    { rule = "tasks.on_time", severity = "warning", unit = "U04", record = "T9" },
    { rule = "tasks.on_time", severity = "violation", unit = "U03", record = "T10",
      observed = "2026-06-03" },
  },
}

-- feedback.on_time: "bảo đảm 100% phản ánh được xử lý, trả lời đúng thời hạn" (II.6)

test "Phản ánh, kiến nghị: trả lời đúng ngày hạn đạt, trả lời sau hạn hoặc quá hạn chưa trả lời là vi phạm, còn 2 ngày là cảnh báo" {
  as_of = "2026-06-10",
  rules = { "feedback.on_time" },
  data = data(ALL, {
    feedback = {
      feedback("F1", "U05", "2026-05-04", "2026-05-20", { answered_date = "2026-05-20" }),
      feedback("F2", "U05", "2026-05-04", "2026-05-20", { answered_date = "2026-05-21" }),
      feedback("F3", "U05", "2026-05-25", "2026-06-05"),
      feedback("F4", "U05", "2026-06-01", "2026-06-12"),
      feedback("F5", "U05", "2026-06-01", "2026-06-30"),
      feedback("F6", "U05", "2026-04-20", "2026-05-01"),  -- nhận trước ngày kế hoạch: không xét
      feedback("F7", "U05", "2026-05-20", "2026-06-01", { answered_date = "2026-06-15" }),
    },
  }),
  expect = {
    { rule = "feedback.on_time", severity = "violation", unit = "U05", record = "F2",
      period = "2026-05-04", observed = "2026-05-21", expected = "2026-05-20" },
    { rule = "feedback.on_time", severity = "violation", unit = "U05", record = "F3",
      expected = "2026-06-05" },
    { rule = "feedback.on_time", severity = "warning", unit = "U05", record = "F4",
      expected = "2026-06-12" },
    { rule = "feedback.on_time", severity = "violation", unit = "U05", record = "F7",
      expected = "2026-06-01" },
  },
}

-- dossiers.online_share: "Tỷ lệ hồ sơ giải quyết trực tuyến > 98%" (I.2.b), lớn hơn hẳn

local ONLINE_DOSSIERS = concat {
  dossiers("K", "U04", 49, "2026-03-02"),
  { dossier("K50", "U04", "2026-03-02", { online_full = false }) },  -- 49/50 = 98%
  dossiers("H", "U05", 50, "2026-03-02"),                            -- 50/50
}

test "Hồ sơ trực tuyến > 98%: đúng 98% chưa đạt (cảnh báo khi năm chưa hết); 99% toàn xã đạt" {
  as_of = "2026-06-10",
  rules = { "dossiers.online_share" },
  data = data({ U04, U05 }, { dossiers = ONLINE_DOSSIERS }),
  expect = {
    { rule = "dossiers.online_share", severity = "warning", unit = "U04", period = "2026",
      observed = 0.98, expected = 0.98 },
    { rule = "dossiers.online_share", severity = "pass", unit = "U05", period = "2026",
      observed = 1 },
    { rule = "dossiers.online_share", severity = "pass", unit = false, period = "2026",
      observed = 0.99 },
  },
}

test "Hồ sơ trực tuyến > 98%: năm đã khép lại thì đúng 98% là vi phạm" {
  as_of = "2027-01-10",
  rules = { "dossiers.online_share" },
  data = data({ U04, U05 }, { dossiers = ONLINE_DOSSIERS }),
  expect = {
    { rule = "dossiers.online_share", severity = "violation", unit = "U04", period = "2026",
      observed = 0.98 },
    { rule = "dossiers.online_share", severity = "pass", unit = "U05", period = "2026" },
    { rule = "dossiers.online_share", severity = "pass", unit = false, period = "2026" },
    { rule = "dossiers.online_share", severity = "info", unit = false, period = "2027" },
  },
}

-- dossiers.satisfaction: "Mức độ hài lòng của người dân, tổ chức > 99%" (I.2.b), lớn hơn hẳn

local RATED_DOSSIERS = concat {
  dossiers("H", "U05", 99, "2026-03-02", { satisfaction = "satisfied" }),
  { dossier("H100", "U05", "2026-03-02", { satisfaction = "unsatisfied" }) },  -- 99/100 = 99%
  dossiers("N", "U05", 5, "2026-03-02"),                                      -- chưa đánh giá
  dossiers("K", "U04", 199, "2026-03-02", { satisfaction = "satisfied" }),
  { dossier("K200", "U04", "2026-03-02", { satisfaction = "unsatisfied" }) },  -- 99,5%
}

test "Hài lòng > 99%: đúng 99% chưa đạt; 99,5% đạt; hồ sơ chưa đánh giá không tính" {
  as_of = "2026-06-10",
  rules = { "dossiers.satisfaction" },
  data = data({ U04, U05 }, { dossiers = RATED_DOSSIERS }),
  expect = {
    { rule = "dossiers.satisfaction", severity = "warning", unit = "U05", period = "2026",
      observed = 0.99, expected = 0.99 },
    { rule = "dossiers.satisfaction", severity = "pass", unit = "U04", period = "2026",
      observed = 0.995 },
    { rule = "dossiers.satisfaction", severity = "pass", unit = false, period = "2026",
      observed = 298 / 300 },
  },
}

test "Hài lòng > 99%: năm đã khép lại thì đúng 99% là vi phạm" {
  as_of = "2027-01-10",
  rules = { "dossiers.satisfaction" },
  data = data({ U04, U05 }, { dossiers = RATED_DOSSIERS }),
  expect = {
    { rule = "dossiers.satisfaction", severity = "violation", unit = "U05", period = "2026" },
    { rule = "dossiers.satisfaction", severity = "pass", unit = "U04", period = "2026" },
    { rule = "dossiers.satisfaction", severity = "pass", unit = false, period = "2026" },
    { rule = "dossiers.satisfaction", severity = "info", unit = false, period = "2027" },
  },
}

-- dossiers.digitized_share: "số hóa hồ sơ, văn bản đạt từ 96 % trở lên", Quý IV/2026 (Phụ lục 12)

local DIGITIZED_DOSSIERS = concat {
  dossiers("H", "U05", 24, "2026-03-02"),
  { dossier("H25", "U05", "2026-03-02", { digitized = false }) },  -- 24/25 = 96%
  dossiers("K", "U04", 23, "2026-03-02"),
  { dossier("K24", "U04", "2026-03-02", { digitized = false }),
    dossier("K25", "U04", "2026-03-02", { digitized = false }) },  -- 23/25 = 92%
  dossiers("V", "U02", 24, "2026-03-02"),
  { dossier("V25", "U02", "2026-03-02", { digitized = NULL }) },    -- ≥ 24/25 = 96% dù ô trống
}

test "Số hóa hồ sơ ≥ 96%: 96% đạt; 92% trong năm là cảnh báo; toàn xã 94,7%–96% còn ô trống: cảnh báo" {
  as_of = "2026-06-10",
  rules = { "dossiers.digitized_share" },
  data = data({ U02, U04, U05 }, { dossiers = DIGITIZED_DOSSIERS }),
  expect = {
    { rule = "dossiers.digitized_share", severity = "pass", unit = "U05", period = "2026",
      observed = 0.96, expected = 0.96 },
    { rule = "dossiers.digitized_share", severity = "warning", unit = "U04", period = "2026",
      observed = 0.92 },
    { rule = "dossiers.digitized_share", severity = "pass", unit = "U02", period = "2026",
      observed = 0.96 },
    { rule = "dossiers.digitized_share", severity = "warning", unit = false, period = "2026",
      message_contains = "không đánh giá được" },
  },
}

test "Số hóa hồ sơ ≥ 96%: chốt tại 31/12/2026, năm đã khép lại thì 92% là vi phạm" {
  as_of = "2027-01-05",
  rules = { "dossiers.digitized_share" },
  data = data({ U02, U04, U05 }, { dossiers = DIGITIZED_DOSSIERS }),
  expect = {
    { rule = "dossiers.digitized_share", severity = "pass", unit = "U05", period = "2026" },
    { rule = "dossiers.digitized_share", severity = "violation", unit = "U04", period = "2026" },
    { rule = "dossiers.digitized_share", severity = "pass", unit = "U02", period = "2026" },
    { rule = "dossiers.digitized_share", severity = "warning", unit = false, period = "2026" },
  },
}

test "Phụ lục 12 là chỉ tiêu năm 2026 cho cả hồ sơ và văn bản: văn bản 92% năm 2026 là vi phạm; năm 2027 không xét" {
  as_of = "2028-01-05",
  rules = { "dossiers.digitized_share", "documents.digitized_share_pl12" },
  data = data({ U02, U05 }, {
    dossiers = concat {
      dossiers("H", "U05", 24, "2026-03-02"),
      { dossier("H25", "U05", "2026-03-02", { digitized = false }) },  -- 24/25 = 96%
      dossiers("J", "U05", 5, "2027-03-02", { digitized = false }),    -- 2027: không xét
    },
    documents = concat {
      documents("D", "U02", 23, "2026-04-01"),
      documents("DX", "U02", 2, "2026-04-02", { digitized = false }),  -- 23/25 = 92%
      documents("E", "U02", 3, "2027-04-02", { digitized = false }),   -- 2027: không xét
    },
  }),
  expect = {
    { rule = "dossiers.digitized_share", severity = "pass", unit = "U05", period = "2026",
      observed = 0.96 },
    { rule = "dossiers.digitized_share", severity = "pass", unit = false, period = "2026" },
    { rule = "documents.digitized_share_pl12", severity = "violation", unit = "U02",
      period = "2026", observed = 0.92, expected = 0.96 },
    { rule = "documents.digitized_share_pl12", severity = "violation", unit = false,
      period = "2026", observed = 0.92 },
  },
}

-- tasks.ownership: "một việc chỉ giao một đầu mối chủ trì" (II.2), "rõ sản phẩm đầu ra" (IV.2)

test "Nhiệm vụ phải có một đơn vị chủ trì, người chịu trách nhiệm, thời hạn, sản phẩm; nhiệm vụ có hạn trước ngày hiệu lực không xét; nhiệm vụ thường xuyên PL-11 không cần hạn" {
  as_of = "2026-06-10",
  rules = { "tasks.ownership" },
  data = data({ U02, U03, U07 }, {
    tasks = {
      task("T1", { lead_unit_id = "U02", due_date = "2026-06-30" }),                    -- đủ
      task("T2", { lead_unit_id = "U02;U03", due_date = "2026-06-30" }),                -- 2 chủ trì
      task("T3", { lead_unit_id = "U03", product = NULL, due_date = "2026-09-30" }),    -- thiếu sản phẩm
      task("T4", { lead_unit_id = "U03", product = NULL, due_date = "2025-03-01" }),    -- trước hiệu lực
      task("T5", { lead_unit_id = "U07", product = NULL, due_date = "2026-09-30" }),    -- thôn
      task("T6", { lead_unit_id = "U02", ref = "PL-11", due_date = NULL }),             -- thường xuyên
      task("T7", { lead_unit_id = "U02", due_date = NULL }),                            -- không hạn
    },
  }),
  expect = {
    { rule = "tasks.ownership", severity = "violation", unit = false, record = "T2",
      message_contains = "nhiều đơn vị chủ trì" },
    { rule = "tasks.ownership", severity = "violation", unit = "U03", record = "T3",
      message_contains = "không có sản phẩm" },
    { rule = "tasks.ownership", severity = "violation", unit = "U02", record = "T7",
      message_contains = "không có thời hạn" },
  },
}

-- dossiers.on_time: Trung tâm phục vụ hành chính công giải quyết TTHC "đúng thời hạn" (IV.3)

test "Hồ sơ giải quyết đúng hạn: đúng ngày hẹn đạt; giải quyết chậm 47 ngày là vi phạm; quá hạn chưa giải quyết là vi phạm; còn 7 ngày là cảnh báo" {
  as_of = "2026-08-10",
  rules = { "dossiers.on_time" },
  data = data({ U05 }, {
    dossiers = concat {
      { dossier("H1", "U05", "2026-05-04", { due_date = "2026-05-15", resolved_date = "2026-05-15" }) },
      dossiers("L", "U05", 10, "2026-05-04", { due_date = "2026-05-15",
                                              resolved_date = "2026-07-01" }),  -- chậm 47 ngày
      { dossier("O1", "U05", "2026-07-01", { due_date = "2026-07-31" }),
        dossier("S1", "U05", "2026-08-03", { due_date = "2026-08-17" }),
        dossier("P1", "U05", "2026-08-03", { due_date = "2026-08-18" }),
        dossier("B1", "U05", "2026-04-01", { due_date = "2026-04-20",
                                             resolved_date = "2026-05-20" }) },  -- hạn trước hiệu lực
    },
  }),
  expect = {
    { rule = "dossiers.on_time", severity = "violation", unit = "U05", record = "L1",
      observed = "2026-07-01", expected = "2026-05-15", message_contains = "47 ngày" },
    { rule = "dossiers.on_time", severity = "violation", record = "L2" },
    { rule = "dossiers.on_time", severity = "violation", record = "L3" },
    { rule = "dossiers.on_time", severity = "violation", record = "L4" },
    { rule = "dossiers.on_time", severity = "violation", record = "L5" },
    { rule = "dossiers.on_time", severity = "violation", record = "L6" },
    { rule = "dossiers.on_time", severity = "violation", record = "L7" },
    { rule = "dossiers.on_time", severity = "violation", record = "L8" },
    { rule = "dossiers.on_time", severity = "violation", record = "L9" },
    { rule = "dossiers.on_time", severity = "violation", record = "L10" },
    { rule = "dossiers.on_time", severity = "violation", record = "O1",
      message_contains = "chưa giải quyết" },
    { rule = "dossiers.on_time", severity = "warning", record = "S1" },
  },
}

-- reports.*: Phòng Văn hóa - Xã hội báo cáo "6 tháng (trước ngày 05/6) và hằng năm (trước ngày
-- 05/12)" (IV.1); các đơn vị khác không có nghĩa vụ này

test "Báo cáo 6 tháng chỉ của Phòng Văn hóa - Xã hội: gửi 04/06 đạt; đơn vị khác không gửi không sao" {
  as_of = "2026-06-10",
  rules = { "reports.semiannual" },
  data = data(ALL, { reports = { report("R1", "U03", "2026-H1", "2026-06-04") } }),
  expect = {
    { rule = "reports.semiannual", severity = "pass", unit = "U03", period = "2026-H1",
      observed = "2026-06-04", expected = "2026-06-04" },
  },
}

test "Báo cáo 6 tháng của Phòng Văn hóa - Xã hội gửi 05/06: chậm" {
  as_of = "2026-06-10",
  rules = { "reports.semiannual" },
  data = data(ALL, { reports = { report("R1", "U03", "2026-H1", "2026-06-05") } }),
  expect = {
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2026-H1",
      observed = "2026-06-05" },
  },
}

test "Báo cáo năm của Phòng Văn hóa - Xã hội chưa gửi, còn 7 ngày: cảnh báo" {
  as_of = "2026-11-27",
  rules = { "reports.annual" },
  data = data(ALL),
  expect = {
    { rule = "reports.annual", severity = "warning", unit = "U03", period = "2026",
      expected = "2026-12-04" },
  },
}

test "Báo cáo năm 2026 chưa gửi khi năm đã khép lại: vi phạm" {
  as_of = "2027-01-10",
  rules = { "reports.annual" },
  data = data(ALL, { reports = { report("R1", "U02", "2026", "2026-12-01") } }),
  expect = {
    { rule = "reports.annual", severity = "violation", unit = "U03", period = "2026",
      expected = "2026-12-04" },
  },
}

-- meetings.online_share, meetings.reduction (I.2.a; Phụ lục 4): hội nghị, hybrid được tính

test "Hội nghị trực tuyến ≥ 60% (hybrid được tính, cuộc họp không tính); giảm 10% hội nghị theo số liệu gốc" {
  as_of = "2026-07-02",
  rules = { "meetings.online_share", "meetings.reduction" },
  data = data({ U02, U03 }, {
    baselines = {
      { scope = "U02", metric = "conferences", year = 2025, value = 10 },  -- cho phép 9
      { scope = "T1", metric = "conferences", year = 2025, value = 20 },   -- cho phép 18
    },
    meetings = {
      meeting("M1", "U02", "2026-03-02", { format = "online" }),
      meeting("M2", "U02", "2026-03-03", { format = "hybrid" }),
      meeting("M3", "U02", "2026-03-04", { format = "online" }),
      meeting("M4", "U02", "2026-03-05"),
      meeting("M5", "U02", "2026-03-06"),
      meeting("M6", "U02", "2026-03-09", { category = "meeting" }),  -- cuộc họp: không tính
      meeting("M7", "U03", "2026-03-10"),
      meeting("M8", "U03", "2026-03-11", { paperless = true }),       -- không giấy: không tính
    },
  }),
  expect = {
    { rule = "meetings.online_share", severity = "pass", unit = "U02", period = "2026",
      observed = 0.6 },
    { rule = "meetings.online_share", severity = "warning", unit = "U03", period = "2026",
      observed = 0 },
    { rule = "meetings.online_share", severity = "warning", unit = false, period = "2026",
      observed = 3 / 7 },
    -- U02: 5 hội nghị đến 02/07 → dự kiến 9,97 > 9
    { rule = "meetings.reduction", severity = "warning", unit = "U02", period = "2026",
      observed = 5, expected = 9 },
    { rule = "meetings.reduction", severity = "warning", unit = "U03", period = "2026",
      observed = 2 },
    { rule = "meetings.reduction", severity = "pass", unit = false, period = "2026",
      observed = 7, expected = 18 },
  },
}

-- meetings.duration (II.4): xét từ ngày hiệu lực 30/04/2026

test "Thời gian họp: chuyên môn 1,5 ngày là vi phạm; thảo luận 1,5 ngày đạt; họp 29/04 chưa xét" {
  as_of = "2026-06-10",
  rules = { "meetings.duration" },
  data = data({ U02 }, {
    meetings = {
      meeting("M1", "U02", "2026-05-04", { kind = "professional", duration_days = 1.5 }),
      meeting("M2", "U02", "2026-05-05", { kind = "discussion", duration_days = 1.5 }),
      meeting("M3", "U02", "2026-04-29", { kind = "dissemination", duration_days = 1 }),
      meeting("M4", "U02", "2026-04-30", { kind = "dissemination", duration_days = 0.5 }),
      meeting("M5", "U02", "2026-04-30", { kind = "dissemination", duration_days = 1 }),
    },
  }),
  expect = {
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M1",
      observed = 1.5, expected = 1 },
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M5",
      period = "2026-04-30", observed = 1, expected = 0.5 },
  },
}

-- documents.electronic_exchange (I.2.b; II.5), dossiers.digital_share và documents.digitized_share (I.2.a)

test "Văn bản điện tử 100%, TTHC trên môi trường số và số hóa văn bản ≥ 95%" {
  as_of = "2026-06-10",
  rules = { "documents.electronic_exchange", "dossiers.digital_share", "documents.digitized_share" },
  data = data({ U04, U05 }, {
    documents = concat {
      documents("D", "U04", 19, "2026-03-02"),
      { document("D20", "U04", "2026-05-06", { electronic = false, digitized = false }) },
      { document("S1", "U05", "2026-05-06", { electronic = false, secret = true }) },
    },
    dossiers = concat {
      dossiers("H", "U05", 18, "2026-03-02"),
      { dossier("H19", "U05", "2026-03-02", { digital_processing = false }) },  -- 94,7%
    },
  }),
  expect = {
    { rule = "documents.electronic_exchange", severity = "violation", unit = "U04",
      period = "2026", observed = 0.95 },
    { rule = "documents.electronic_exchange", severity = "violation", unit = false,
      period = "2026", observed = 0.95 },
    { rule = "dossiers.digital_share", severity = "warning", unit = "U05", period = "2026",
      observed = 18 / 19 },
    { rule = "dossiers.digital_share", severity = "warning", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "pass", unit = "U04", period = "2026",
      observed = 0.95 },
    { rule = "documents.digitized_share", severity = "pass", unit = "U05", period = "2026" },
    { rule = "documents.digitized_share", severity = "pass", unit = false, period = "2026",
      observed = 20 / 21 },
  },
}

-- Cả gói, chỉ có các nhiệm vụ Phụ lục (đang thực hiện, trừ PL-11)

test "Cả gói với dữ liệu gần như rỗng (10/06/2026)" {
  as_of = "2026-06-10",
  data = data(ALL, { tasks = appendix({}, { ["PL-11"] = true }) }),
  expect = {
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "meetings.reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "dossiers.digital_share", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.satisfaction", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.digitized_share", severity = "info", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "info", unit = false, period = "2026" },
    { rule = "documents.digitized_share_pl12", severity = "info", unit = false, period = "2026" },
    { rule = "documents.electronic_exchange", severity = "info", unit = false, period = "2026" },
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2026-H1" },
    { rule = "tasks.deadline", severity = "warning", unit = false, record = "PL-11" },
  },
}

-- Kiểm tra thủ công (danh mục yêu cầu §6.7)

test "Danh mục kiểm tra thủ công: tiêu chí đánh giá, thi đua; nêu gương; lịch họp, họp không giấy, gửi tài liệu trước qua mạng; công khai kết quả xử lý phản ánh; IV.1–IV.3" {
  as_of = "2026-06-10",
  exact = false,
  data = data({ U03 }),
  manual = {
    { clause = "I.2.c", text_contains = "tiêu chí bắt buộc" },
    { clause = "II.6", text_contains = "thi đua" },
    { clause = "II.1", text_contains = "nêu gương" },
    { clause = "II.4", text_contains = "lịch họp" },
    { clause = "II.4", text_contains = "gửi tài liệu họp trước qua môi trường điện tử" },
    { clause = "II.4", text_contains = "đọc lại báo cáo" },
    { clause = "II.6", text_contains = "công khai kết quả xử lý" },
    { clause = "IV.1" },
    { clause = "IV.2" },
    { clause = "IV.3" },
  },
}
