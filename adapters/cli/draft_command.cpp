#include "cli/draft_command.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "draft/drafter.h"
#include "draft/measure.h"
#include "draft/pack_writer.h"
#include "draft/plan_outline.h"
#include "draft/plan_source.h"
#include "tuanthu/engine.h"

namespace tuanthu::cli {
namespace fs = std::filesystem;

namespace {

bool ValidPackId(const std::string& id) {
  if (id.empty() || id.front() == '/' || id.back() == '/') return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                    c == '/' || c == '.';
    if (!ok) return false;
  }
  return id.find("..") == std::string::npos && id.find("//") == std::string::npos;
}

void WriteFile(const fs::path& path, const std::string& text, Lang lang) {
  const std::string_view problem = Tr(lang, "không ghi được", "cannot be written");
  const fs::path temporary = path.string() + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) throw std::runtime_error(temporary.string() + ": " + std::string(problem));
    file << text;
    if (!file.flush()) throw std::runtime_error(temporary.string() + ": " + std::string(problem));
  }
  fs::rename(temporary, path);
}

}  // namespace

int RulesDraft(const DraftArgs& args, std::ostream& out, std::ostream& err) {
  const Lang lang = args.lang;
  if (args.plan.empty() || args.id.empty() || args.parent.empty() || args.out_dir.empty()) {
    err << Tr(lang,
              "tuanthu: rules draft KẾ-HOẠCH --id GÓI --parent GÓI-CHA --out THƯ-MỤC "
              "[--compare GÓI] [--force]\n",
              "tuanthu: rules draft PLAN --id PACK --parent PARENT --out DIR [--compare PACK] "
              "[--force]\n");
    return 2;
  }
  if (!ValidPackId(args.id)) {
    err << "tuanthu: "
        << Format(Tr(lang,
                     "--id '{0}' không phải id của gói (chữ thường, chữ số, '-', '/': "
                     "vn/lai-chau/si-lo-lau)\n",
                     "--id '{0}' is not a pack id (lower-case letters, digits, '-', '/': "
                     "vn/lai-chau/si-lo-lau)\n"),
                  {args.id});
    return 2;
  }
  // The parent must exist before anything is written.
  {
    RuleBook book(args.rule_dirs);
    book.set_lang(lang);
    LoadResult loaded;
    if (book.Resolve(args.parent, &loaded) == nullptr) {
      err << "tuanthu: "
          << Format(Tr(lang, "--parent {0} không nạp được:\n", "--parent {0} does not load:\n"),
                    {args.parent})
          << loaded.AsString(lang);
      return 2;
    }
  }
  draft::PlanSource source;
  try {
    source = draft::ReadPlan(args.plan);
  } catch (const draft::PlanReadError& e) {
    err << "tuanthu: " << e.message(lang) << "\n";
    return 2;
  }
  const draft::PlanOutline outline = draft::Outline(source);
  if (outline.sentences.empty()) {
    err << "tuanthu: " << args.plan
        << Tr(lang,
              ": không thấy phần thân đánh số (các phần của kế hoạch bắt đầu bằng \"I. MỤC "
              "ĐÍCH, YÊU CẦU\")\n",
              ": no numbered body found (a plan's sections start with \"I. MỤC ĐÍCH, YÊU "
              "CẦU\")\n");
    return 2;
  }
  const draft::DraftPack pack = draft::Draft(outline, {args.id, args.parent, lang});

  const fs::path folder = fs::path(args.out_dir) / args.id;
  const fs::path pack_file = folder / "pack.lua";
  const fs::path test_file = folder / "pack_test.lua";
  std::error_code ec;
  if (!args.force && (fs::exists(pack_file, ec) || fs::exists(test_file, ec))) {
    err << "tuanthu: " << pack_file.string()
        << Tr(lang, " đã có (có thể chứa chỉnh sửa của người rà soát); thêm --force để ghi đè\n",
              " already exists (it may hold a reviewer's edits); pass --force to overwrite it\n");
    return 2;
  }
  fs::create_directories(folder, ec);
  if (ec) {
    err << "tuanthu: " << folder.string() << ": " << SystemErrorText(ec.value(), lang) << "\n";
    return 2;
  }
  WriteFile(pack_file, draft::RenderPackLua(pack), lang);
  const std::string tests = draft::RenderPackTestLua(pack);
  if (!tests.empty()) {
    WriteFile(test_file, tests, lang);
  } else {
    fs::remove(test_file, ec);
  }

  // The draft must load as written.
  std::vector<std::string> dirs{args.out_dir};
  dirs.insert(dirs.end(), args.rule_dirs.begin(), args.rule_dirs.end());
  RuleBook draft_book(dirs);
  draft_book.set_lang(lang);
  LoadResult loaded;
  const ResolvedPack* resolved = draft_book.Resolve(args.id, &loaded);
  if (resolved == nullptr) {
    err << "tuanthu: "
        << Format(Tr(lang,
                     "bản soạn {0} không nạp được (lỗi của bộ soạn; hãy báo lỗi kèm kế "
                     "hoạch):\n",
                     "the draft {0} does not load (a bug in the drafter; please report it with "
                     "the plan):\n"),
                  {pack_file.string()})
        << loaded.AsString(lang);
    return 2;
  }

  nlohmann::ordered_json summary;
  summary["pack"] = args.id;
  summary["file"] = pack_file.string();
  summary["tests"] =
      tests.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(test_file.string());
  summary["effective"] = pack.effective;
  summary["rules"] = pack.rules.size();
  summary["manual"] = pack.manual.size();
  summary["left_over"] = pack.left_over.size();
  summary["warnings"] = pack.warnings;

  std::optional<draft::DraftMeasure> measure;
  if (!args.compare.empty()) {
    RuleBook reference_book(args.rule_dirs);
    reference_book.set_lang(lang);
    LoadResult reference_loaded;
    const ResolvedPack* reference = reference_book.Resolve(args.compare, &reference_loaded);
    if (reference == nullptr) {
      err << "tuanthu: "
          << Format(Tr(lang, "--compare {0} không nạp được:\n", "--compare {0} does not load:\n"),
                    {args.compare})
          << reference_loaded.AsString(lang);
      return 2;
    }
    measure = draft::MeasureDraft(*resolved, *reference);
  }
  if (args.json) {
    if (measure) summary["comparison"] = measure->ToJson();
    out << summary.dump(2) << "\n";
    return 0;
  }
  out << Format(Tr(lang,
                   "Đã soạn {0}: {1} quy tắc, {2} mục kiểm tra thủ công, {3} câu còn lại để xem "
                   "xét (cuối tệp)",
                   "Drafted {0}: {1} rules, {2} manual checks, {3} sentences left to review (at "
                   "the end of the file)"),
                {pack_file.string(), std::to_string(pack.rules.size()),
                 std::to_string(pack.manual.size()), std::to_string(pack.left_over.size())});
  if (!pack.effective.empty())
    out << Tr(lang, "; hiệu lực ", "; effective ") << resolved->effective.Display();
  out << "\n";
  if (!tests.empty())
    out << Tr(lang, "Kiểm thử thời hạn, chỉ tiêu: ", "Tests of deadlines and targets: ")
        << test_file.string() << "\n";
  for (const std::string& w : pack.warnings) out << Tr(lang, "Lưu ý: ", "Note: ") << w << "\n";
  out << Tr(lang, "Tiếp theo: ", "Next: ") << "tuanthu rules test " << args.id << " --rules "
      << args.out_dir << "; tuanthu rules diff " << args.id << " --rules " << args.out_dir << "\n";
  if (measure) out << measure->ToText(lang);
  return 0;
}

}  // namespace tuanthu::cli
