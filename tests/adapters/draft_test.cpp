// rules draft: the plans' vocabulary read the way requirements.md §1 reads it, and the five
// plans drafted and measured against the packs written by hand.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "draft/drafter.h"
#include "draft/measure.h"
#include "draft/pack_writer.h"
#include "draft/plan_outline.h"
#include "draft/plan_source.h"
#include "draft/vocabulary.h"
#include "tuanthu/engine.h"

namespace tuanthu::draft {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

double LimitAfter(const std::string& text, const std::string& keyword) {
  const auto days = DaysLimitAfter(MatchKey(text), MatchKey(keyword));
  REQUIRE(days.has_value());
  return *days;
}

DraftPack DraftText(const std::string& text, const std::string& id = "test/xa",
                    const std::string& parent = "vn") {
  return Draft(Outline(ParsePlanText(text, "plan.txt")), {id, parent});
}

const DraftRule* FindRule(const DraftPack& pack, const std::string& id) {
  for (const DraftRule& r : pack.rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

json Param(const DraftPack& pack, const std::string& rule, const std::string& name) {
  const DraftRule* r = FindRule(pack, rule);
  if (r == nullptr) return "(no rule " + rule + ")";
  const json* v = r->Find(name);
  return v ? *v : json();
}

std::string Clause(const DraftPack& pack, const std::string& rule) {
  const DraftRule* r = FindRule(pack, rule);
  if (r == nullptr) return "(no rule)";
  std::string out;
  for (const std::string& c : r->clauses) out += (out.empty() ? "" : "; ") + c;
  return out;
}

// A plan's skeleton with `body` as its section II.
std::string Plan(const std::string& header, const std::string& body) {
  return "Số: 12/KH-UBND\n\n" + header +
         "\n\nKẾ HOẠCH\n\nThực hiện Quyết định số 534/QĐ-TTg\n\nThực hiện Kế hoạch số "
         "99/KH-UBND ngày 20/4/2026 của UBND tỉnh, UBND xã Thử ban hành Kế hoạch:\n\n"
         "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nQuán triệt.\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n" +
         body + "\n\nNơi nhận:\n\n- Lưu: VT.\n";
}

}  // namespace

TEST_CASE("draft vocabulary: input is compared after NFC and one tone placement") {
  const std::string decomposed = "ho\x61\xCC\x81";  // "hoá" with a combining acute
  CHECK(Nfc(decomposed, "x") == "hoá");
  CHECK(MatchKey("SỐ HOÁ") == MatchKey("số hóa"));
  CHECK(MatchKey("Uỷ ban") == "ủy ban");
  CHECK(MatchKey("Quý II") == "quý ii");  // "quý" keeps its mark
  CHECK(StripMarkup("## **1. Tinh giảm tối thiểu **15%** số lượng**") ==
        "1. Tinh giảm tối thiểu 15% số lượng");
  CHECK_THROWS_AS(Nfc("ok\n\xC3\x28", "plan.txt"), PlanReadError);
}

TEST_CASE("draft vocabulary: percentages and how they are bounded") {
  const auto p = FindPercents(MatchKey("đạt từ 96 % trở lên; 1,5%"));
  REQUIRE(p.size() == 2);
  CHECK(p[0].value == doctest::Approx(0.96));
  CHECK(p[1].value == doctest::Approx(0.015));
  CHECK(BoundBefore("chiếm không ít hơn") == Bound::kAtLeast);
  CHECK(BoundBefore("đạt tối thiểu") == Bound::kAtLeast);
  CHECK(BoundBefore("dành ít nhất") == Bound::kAtLeast);
  CHECK(BoundBefore("đạt từ") == Bound::kAtLeast);
  CHECK(BoundBefore("tổ chức là") == Bound::kAtLeast);
  CHECK(BoundBefore("hồ sơ giải quyết trực tuyến >") == Bound::kMoreThan);
  CHECK(BoundBefore("mức độ hài lòng trên") == Bound::kMoreThan);
  CHECK(IsReductionBefore("tinh giản"));
  CHECK(IsReductionBefore("đảm bảo chỉ tiêu giảm"));
  CHECK(IsReductionBefore("thực hiện cắt giảm tối thiểu"));
  CHECK(IsReductionBefore("giảm ít nhất"));
  CHECK_FALSE(IsReductionBefore("tỷ lệ họp trực tuyến đạt tối thiểu"));
}

TEST_CASE("draft vocabulary: meeting lengths in days") {
  const std::string rule =
      "Hội nghị quán triệt không quá 1/2 ngày; hội nghị chuyên môn không quá 01 ngày; các hội "
      "nghị quan trọng cần thảo luận không quá 1,5 ngày";
  CHECK(LimitAfter(rule, "quán triệt") == 0.5);
  CHECK(LimitAfter(rule, "chuyên môn") == 1.0);
  CHECK(LimitAfter(rule, "thảo luận") == 1.5);
  CHECK(LimitAfter("Hội nghị quán triệt không quá ½ ngày", "quán triệt") == 0.5);
}

TEST_CASE("draft vocabulary: deadlines, strict before a day and inclusive within a month") {
  auto d = FindDeadline(MatchKey("06 tháng (trước ngày 05 tháng 6)"), 0);
  REQUIRE(d);
  CHECK(d->day == 5);
  CHECK(d->month == 6);
  CHECK(d->year == 0);
  CHECK(d->strict);
  d = FindDeadline(MatchKey("hằng năm (trước ngày 05/12)"), 0);
  REQUIRE(d);
  CHECK(d->month == 12);
  CHECK(d->strict);
  d = FindDeadline(MatchKey("hoàn thành trước 30/6/2026"), 0);
  REQUIRE(d);
  CHECK(d->year == 2026);
  CHECK(d->strict);
  d = FindDeadline(MatchKey("chậm nhất ngày 05/6"), 0);
  REQUIRE(d);
  CHECK_FALSE(d->strict);
  CHECK_FALSE(FindDeadline(MatchKey("gửi trước ít nhất 01 ngày"), 0));

  CHECK(MonthDoneBy(MatchKey("hoàn thành trong tháng 5/2026"))->Iso() == "2026-05-31");
  CHECK(MonthDoneBy(MatchKey("hoàn thành trong tháng 2 năm 2028"))->Iso() == "2028-02-29");
  CHECK_FALSE(MonthDoneBy(MatchKey("trong tháng 5/2026 tổ chức hội nghị")));
}

TEST_CASE("draft vocabulary: appendix deadlines") {
  CHECK(ReadTaskDue("Quý II/2026", 2026)->due == "2026-Q2");
  CHECK(ReadTaskDue("Quý IV/2026", 2026)->due == "2026-Q4");
  CHECK(ReadTaskDue("Quý 3 năm 2027", 2026)->due == "2027-Q3");
  auto yearly = ReadTaskDue("Hàng năm, từ 2026", 2025);
  CHECK(yearly->due == "yearly");
  CHECK(yearly->from_year == 2026);
  CHECK(ReadTaskDue("Hằng năm", 2026)->from_year == 2026);
  CHECK(ReadTaskDue("Thường xuyên, từ 2026", 2026)->due == "continuous");
  CHECK(ReadTaskDue("trước 30/6/2026", 2026)->due == "2026-06-29");
  CHECK(ReadTaskDue("30/6/2026", 2026)->due == "2026-06-30");
  CHECK(ReadTaskDue("hoàn thành trong tháng 5/2026", 2026)->due == "2026-05-31");
  CHECK_FALSE(ReadTaskDue("khi có yêu cầu", 2026));
}

TEST_CASE("draft vocabulary: figures worth a reviewer's look, not cited documents' dates") {
  CHECK(HasFigure(MatchKey("đạt 60%")));
  CHECK(HasFigure(MatchKey("trước ngày 05/6")));
  CHECK(HasFigure(MatchKey("định kỳ 6 tháng")));
  CHECK(HasFigure(MatchKey("Quý II/2026")));
  CHECK(HasFigure(MatchKey("không quá 1,5 ngày")));
  CHECK_FALSE(HasFigure(MatchKey("Quyết định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng")));
  CHECK_FALSE(HasFigure(MatchKey("Nghị quyết số 110/2023/QH15 ngày 29/11/2023 của Quốc hội")));
  CHECK_FALSE(HasFigure(MatchKey("Kết luận số 226-KL/TW ngày 11 tháng 12 năm 2025")));
  CHECK_FALSE(HasFigure(MatchKey("giai đoạn 2021 - 2030")));
}

TEST_CASE("draft: the header's date, a blank day taking the month's last day") {
  DraftPack pack = DraftText(Plan("Thử, ngày 29 tháng 4 năm 2026", "1. Tuyên truyền\n\nLàm."));
  CHECK(pack.effective == "2026-04-29");
  CHECK(pack.effective_note.empty());
  CHECK(pack.locality == "Xã Thử");
  CHECK(pack.title.find("Kế hoạch số 12/KH-UBND của UBND xã Thử ngày 29/4/2026") == 0);
  CHECK(DraftText(Plan("Thử, ngày 05/6/2026", "1. Tuyên truyền\n\nLàm.")).effective ==
        "2026-06-05");
  pack = DraftText(Plan("Thử, ngày tháng 5 năm 2026", "1. Tuyên truyền\n\nLàm."));
  CHECK(pack.effective == "2026-05-31");
  CHECK(pack.effective_note.find("bỏ trống ngày") != std::string::npos);
  // No day, no month: the parent plan's date the preamble cites.
  pack = DraftText(Plan("Thử, ngày tháng năm 2026", "1. Tuyên truyền\n\nLàm."));
  CHECK(pack.effective == "2026-04-20");
  CHECK(pack.effective_note.find("20/04/2026") != std::string::npos);
}

TEST_CASE("draft: each phrase of the vocabulary becomes its rule and parameter") {
  const DraftPack pack = DraftText(Plan(
      "Thử, ngày 29 tháng 4 năm 2026",
      "1. Chỉ tiêu\n\n"
      "a) Số lượng hội nghị trực tuyến chiếm không ít hơn 60% tổng số hội nghị trong năm; "
      "tinh giản 10% số lượng hội nghị hằng năm; tinh giảm tối thiểu **15%** số lượng văn bản "
      "hành chính so với năm trước.\n\n"
      "b) Tỷ lệ hồ sơ giải quyết trực tuyến > 98%; Mức độ hài lòng của người dân từ 90% trở "
      "lên.\n\n"
      "c) Hội nghị quán triệt không quá 1/2 ngày; hội nghị chuyên môn không quá 1 ngày; các hội "
      "nghị quan trọng cần thảo luận không quá 1,5 ngày.\n\n"
      "d) Giảm ít nhất 10% số lượng các cuộc họp hằng năm.\n\n"
      "đ) Cắt giảm 50% báo cáo bằng văn bản, số hóa 100% TTHC nội bộ, 100% văn bản không mật "
      "gửi nhận điện tử.\n\n"
      "2. Các cơ quan, đơn vị thuộc UBND xã\n\n"
      "- Xây dựng kế hoạch thực hiện, hoàn thành trong tháng 5/2026.\n\n"
      "- Định kỳ 06 tháng (trước ngày 05/6) và hằng năm (chậm nhất ngày 05/12) gửi báo cáo "
      "kết quả thực hiện.\n\n"
      "- Tỷ lệ cán bộ được tập huấn đạt 80%."));
  CHECK(Param(pack, "meetings.online_share", "threshold") == 0.60);
  CHECK(Param(pack, "meetings.online_share", "strict").is_null());
  CHECK(Param(pack, "meetings.reduction", "target") == 0.10);
  CHECK(Param(pack, "documents.reduction", "target") == 0.15);
  CHECK(Param(pack, "dossiers.online_share", "threshold") == 0.98);
  CHECK(Param(pack, "dossiers.online_share", "strict") == true);
  // The satisfaction kind is strict by default: an inclusive "từ ... trở lên" must say so.
  CHECK(Param(pack, "dossiers.satisfaction", "threshold") == 0.90);
  CHECK(Param(pack, "dossiers.satisfaction", "strict") == false);
  CHECK(Param(pack, "meetings.duration", "max_dissemination_days") == 0.5);
  CHECK(Param(pack, "meetings.duration", "max_discussion_days") == 1.5);
  CHECK(Param(pack, "meetings.meeting_reduction", "categories") == json::array({"meeting"}));
  CHECK(FindRule(pack, "meetings.meeting_reduction")->kind == "meetings.reduction");
  CHECK(Param(pack, "reports.written_reduction", "target") == 0.50);
  CHECK(Param(pack, "dossiers.internal_digitized", "threshold") == 1.0);
  CHECK(Param(pack, "documents.electronic_exchange", "threshold") == 1.0);
  CHECK(Param(pack, "plans.unit_plan", "due") == "2026-05-31");
  CHECK(Param(pack, "plans.unit_plan", "strict") == false);
  CHECK(Param(pack, "reports.semiannual", "due") == "05/06");
  CHECK(Param(pack, "reports.semiannual", "strict") == true);
  CHECK(Param(pack, "reports.annual", "due") == "05/12");
  CHECK(Param(pack, "reports.annual", "strict") == false);
  CHECK(Clause(pack, "meetings.online_share") == "II.1.a");
  CHECK(Clause(pack, "reports.semiannual") == "II.2");
  // The one figure no rule reads is left for the reviewer, with its clause.
  REQUIRE(pack.left_over.size() == 1);
  CHECK(pack.left_over[0].clause == "II.2");
  CHECK(pack.left_over[0].text.find("80%") != std::string::npos);
  // Every drafted value quotes a sentence holding it.
  for (const DraftRule& rule : pack.rules) CHECK_FALSE(rule.quotes.empty());
}

TEST_CASE("draft: two sentences that disagree keep the first value and leave the second") {
  const DraftPack pack = DraftText(Plan("Thử, ngày 29 tháng 4 năm 2026",
                                        "1. Chỉ tiêu\n\nSố hóa văn bản đạt từ 95% trở lên.\n\n"
                                        "2. Khác\n\nSố hóa văn bản đạt từ 96% trở lên."));
  CHECK(Param(pack, "documents.digitized_share", "threshold") == 0.95);
  CHECK(Clause(pack, "documents.digitized_share") == "II.1");
  REQUIRE(pack.left_over.size() == 1);
  CHECK(pack.left_over[0].clause == "II.2");
  CHECK(pack.left_over[0].note.find("0.95") != std::string::npos);
}

TEST_CASE("draft: the written pack loads and quotes its sentences") {
  const DraftPack pack =
      DraftText(Plan("Thử, ngày 29 tháng 4 năm 2026",
                     "1. Chỉ tiêu\n\nTỷ lệ hồ sơ giải quyết trực tuyến > 98% \"kể cả\" \\ dấu.\n"),
                "test/xa", "vn");
  const std::string lua = RenderPackLua(pack);
  CHECK(lua.find("-- II.1: \"Tỷ lệ hồ sơ giải quyết trực tuyến > 98%") != std::string::npos);
  RuleBook book;
  book.AddInlinePack("test/xa", lua, "draft.lua");
  LoadResult loaded;
  const ResolvedPack* resolved = book.Resolve("test/xa", &loaded);
  REQUIRE_MESSAGE(resolved != nullptr, loaded.AsString());
  CHECK(resolved->FindRule("dossiers.online_share")->Param("threshold") == 0.98);
  CHECK(resolved->FindRule("dossiers.online_share")->Param("clause") == "II.1");
}

TEST_CASE(
    "draft: an appendix table, with tabs or in Markdown, gives the tasks, same text, same bytes") {
  const std::string body =
      "1. Tuyên truyền\n\nLàm.\n\nNơi nhận:\n\n- Lưu.\n\nPHỤ LỤC\n\n(Kèm theo Kế hoạch)\n\n";
  const std::string tabs = Plan("Thử, ngày 29 tháng 4 năm 2026", "") + body +
                           "TT\tNội dung công việc\tCơ quan chủ trì\tThời hạn\n"
                           "1\tRà soát quy chế\tVăn phòng HĐND và UBND\tQuý II/2026\n"
                           "2\tGiám sát\tỦy ban MTTQ\tHằng năm\n"
                           "3\tXử lý vi phạm\tPhòng Văn hoá - Xã hội\ttrước 30/6/2026\n";
  const std::string markdown = Plan("Thử, ngày 29 tháng 4 năm 2026", "") + body +
                               "| TT | Nội dung công việc | Cơ quan chủ trì | Thời hạn |\n"
                               "|---|---|---|---|\n"
                               "| 1 | Rà soát quy chế | Văn phòng HĐND và UBND | Quý II/2026 |\n"
                               "| 2 | Giám sát | Ủy ban MTTQ | Hằng năm |\n"
                               "| 3 | Xử lý vi phạm | Phòng Văn hoá - Xã hội | trước 30/6/2026 |\n";
  const DraftPack from_tabs = DraftText(tabs);
  const json tasks = Param(from_tabs, "tasks.deadline", "tasks");
  REQUIRE(tasks.size() == 3);
  CHECK(tasks[0] == json({{"ref", "PL-1"},
                          {"title", "Rà soát quy chế"},
                          {"due", "2026-Q2"},
                          {"lead_role", "office"}}));
  CHECK(tasks[1]["due"] == "yearly");
  CHECK(tasks[1]["from_year"] == 2026);
  CHECK(tasks[1]["lead_role"] == "front");
  CHECK(tasks[2]["due"] == "2026-06-29");
  CHECK(tasks[2]["lead_role"] == "culture_social");
  CHECK(RenderPackLua(DraftText(markdown)) == RenderPackLua(from_tabs));
  CHECK(RenderPackLua(DraftText(tabs)) == RenderPackLua(from_tabs));
}

// ---- the five plans against the packs written by hand ---------------------------------------

namespace {

struct SeedPlan {
  const char* file;
  const char* shipped;
  const char* parent;
};

const SeedPlan kPlans[] = {
    {"000_c64ba62da180d764.txt", "vn/lai-chau/si-lo-lau", "vn/lai-chau"},
    {"001_558a86c7bdd9a569.txt", "vn/bac-ninh/yen-dinh", "vn/bac-ninh"},
    {"002_08a7413d3b6232b7.txt", "vn/hai-phong/an-phu", "vn/hai-phong"},
    {"003_6232d6d9fe3216a3.txt", "vn/lang-son/thien-tan", "vn/lang-son"},
    {"004_ad2a9defbabb9271.txt", "vn/ha-noi/ngoc-ha", "vn/ha-noi"},
};

// The values the goal is about: targets, thresholds, deadlines, limits and the appendix's dates
// and lead units.
bool Measured(const std::string& param) {
  static const std::set<std::string> kParams = {"effective",
                                                "threshold",
                                                "target",
                                                "due",
                                                "strict",
                                                "max_dissemination_days",
                                                "max_professional_days",
                                                "max_discussion_days",
                                                "min_days"};
  return kParams.count(param) > 0 || param.rfind("tasks[", 0) == 0;
}

}  // namespace

TEST_CASE("draft: the five plans drafted against the hand-written packs") {
  const fs::path out = fs::temp_directory_path() / ("tuanthu-draft-" + std::to_string(::getpid()));
  fs::remove_all(out);
  std::string rows, details, left;  // written to $TUANTHU_DRAFT_REPORT for rules/README.md
  for (const SeedPlan& plan : kPlans) {
    CAPTURE(plan.file);
    const std::string id = std::string("draft/") + plan.shipped;
    const DraftPack pack =
        Draft(Outline(ReadPlan(std::string(TUANTHU_SOURCE_DIR) + "/data/plans/" + plan.file)),
              {id, plan.parent});
    fs::create_directories(out / id);
    std::ofstream(out / id / "pack.lua") << RenderPackLua(pack);

    RuleBook draft_book({out.string()});
    LoadResult loaded;
    const ResolvedPack* drafted = draft_book.Resolve(id, &loaded);
    REQUIRE_MESSAGE(drafted != nullptr, loaded.AsString());
    RuleBook shipped_book;
    const ResolvedPack* shipped = shipped_book.Resolve(plan.shipped, &loaded);
    REQUIRE(shipped != nullptr);
    const DraftMeasure m = MeasureDraft(*drafted, *shipped);
    for (const ValueCheck& v : m.values) {
      if (v.verdict == "extra" || !Measured(v.param)) continue;
      CAPTURE(v.rule);
      CAPTURE(v.param);
      CAPTURE(v.expected.dump());
      CAPTURE(v.drafted.dump());
      CHECK(v.verdict == "right");
    }
    // No drafted value without the sentence that states it.
    for (const DraftRule& rule : pack.rules) {
      CAPTURE(rule.id);
      CHECK_FALSE(rule.quotes.empty());
      for (const char* name : {"threshold", "target"}) {
        const json* value = rule.Find(name);
        if (value == nullptr) continue;
        char percent[16];
        std::snprintf(percent, sizeof percent, "%g", value->get<double>() * 100);
        bool quoted = false;
        for (const Quote& q : rule.quotes)
          quoted = quoted || q.text.find(percent) != std::string::npos;
        CHECK_MESSAGE(quoted, "no quote holds " << percent << "%");
      }
    }
    rows += "| " + std::string(plan.file) + " | `" + plan.shipped + "` | " +
            std::to_string(m.right) + " | " + std::to_string(m.wrong) + " | " +
            std::to_string(m.missed) + " | " + std::to_string(m.extra) + " | " +
            std::to_string(m.clauses_same) + " / " +
            std::to_string(m.clauses_same + m.clauses_different) + " | " +
            std::to_string(m.manual_common) + " / " + std::to_string(m.manual_reference) + " | " +
            std::to_string(pack.left_over.size()) + " |\n";
    for (const ValueCheck& v : m.values) {
      if (v.verdict == "right") continue;
      details += "- `" + std::string(plan.shipped) + "` " + v.verdict + ": `" +
                 (v.rule.empty() ? "" : v.rule + " ") + v.param + "` " +
                 (v.expected.is_null() ? "—" : v.expected.dump()) + " → " +
                 (v.drafted.is_null() ? "—" : v.drafted.dump()) + "\n";
    }
    for (const LeftOver& l : pack.left_over) {
      left += "- `" + std::string(plan.shipped) + "` [" + l.clause + "] " +
              (l.text.size() > 140 ? l.text.substr(0, l.text.rfind(' ', 140)) + " …" : l.text) +
              (l.note.empty() ? "" : " — " + l.note) + "\n";
    }
  }
  if (const char* report = std::getenv("TUANTHU_DRAFT_REPORT")) {
    std::ofstream(report)
        << "| plan | hand-written pack | right | wrong | missed | extra | clauses same | "
           "checklist ids in common | left for review |\n"
        << "|---|---|---|---|---|---|---|---|---|\n"
        << rows << "\nValues not drafted right (hand-written → drafted):\n\n"
        << (details.empty() ? "- none\n" : details)
        << "\nSentences left for review (the end of each draft):\n\n"
        << (left.empty() ? "- none\n" : left);
  }
  fs::remove_all(out);
}

}  // namespace tuanthu::draft
