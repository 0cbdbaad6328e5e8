#include "cli/rules_commands.h"

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/draft_command.h"
#include "cli/limits.h"
#include "tuanthu/catalog.h"
#include "tuanthu/engine.h"

namespace tuanthu::cli {
namespace po = boost::program_options;
namespace {

using ordered_json = nlohmann::ordered_json;

std::string ValueText(const nlohmann::json& value) {
  if (value.is_null()) return "—";
  if (value.is_string()) return value.get<std::string>();
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Dates in pack parameters shown the Vietnamese way: "--06-05" (ISO 8601, as the JSON output
// writes a day of the year) -> "05/06", ISO dates -> dd/mm/yyyy.
std::string DisplayValue(const std::string& name, const nlohmann::json& value) {
  if (value.is_string()) {
    const std::string text = value.get<std::string>();
    if (auto date = Date::ParseIso(text)) return date->Display();
    if (name == "due" && text.size() == 7 && text.rfind("--", 0) == 0 && text[4] == '-')
      return text.substr(5, 2) + "/" + text.substr(2, 2);
  }
  return ValueText(value);
}

ordered_json PackJson(const ResolvedPack& pack) {
  ordered_json j;
  j["id"] = pack.id;
  ordered_json chain = ordered_json::array();
  for (const PackInfo& info : pack.chain) chain.push_back(info.id);
  j["chain"] = chain;
  j["effective"] = {{"value", pack.effective.Iso()}, {"source", pack.effective_source}};
  j["warning_days"] = {{"value", pack.warning_days}, {"source", pack.warning_days_source}};
  j["content_hash"] = pack.content_hash;
  ordered_json rules = ordered_json::array();
  for (const ResolvedRule& rule : pack.rules) {
    ordered_json r;
    r["id"] = rule.id;
    r["kind"] = rule.kind;
    r["declared_in"] = rule.declared_in;
    ordered_json params;
    for (const auto& [name, value] : rule.params) {
      params[name] = {{"value", value.value}, {"source", value.source}};
    }
    r["params"] = params;
    rules.push_back(r);
  }
  j["rules"] = rules;
  ordered_json manual = ordered_json::array();
  for (const ManualItem& m : pack.manual) {
    manual.push_back({{"id", m.id}, {"text", m.text}, {"clause", m.clause}, {"pack", m.pack}});
  }
  j["manual"] = manual;
  return j;
}

// The search folders in order: --rules first, then DefaultRulesFolders().
std::vector<RulesFolder> SearchFolders(const std::vector<std::string>& rule_dirs) {
  std::vector<RulesFolder> folders;
  for (const std::string& dir : rule_dirs) folders.push_back({dir, "--rules"});
  for (RulesFolder& folder : DefaultRulesFolders()) folders.push_back(std::move(folder));
  return folders;
}

std::string OriginOf(const std::string& folder, const std::vector<RulesFolder>& folders) {
  for (const RulesFolder& f : folders) {
    if (f.path == folder) return f.origin;
  }
  return "";
}

std::string OriginLabel(const std::string& origin, Lang lang) {
  if (origin == "system") return std::string(Tr(lang, "hệ thống", "system"));
  if (origin == "installed") return std::string(Tr(lang, "cài đặt", "installed"));
  if (origin == "build tree") return std::string(Tr(lang, "cây mã nguồn", "build tree"));
  if (origin == "TUANTHU_RULES") return "$TUANTHU_RULES";
  return origin;
}

int Path(const std::vector<RulesFolder>& folders, bool json, Lang lang, std::ostream& out) {
  if (json) {
    ordered_json list = ordered_json::array();
    for (const RulesFolder& f : folders) list.push_back({{"path", f.path}, {"origin", f.origin}});
    out << list.dump(2) << "\n";
    return 0;
  }
  for (const RulesFolder& f : folders)
    out << f.path << "  (" << OriginLabel(f.origin, lang) << ")\n";
  return 0;
}

int List(RuleBook& book, const std::vector<RulesFolder>& folders, bool json, Lang lang,
         std::ostream& out, std::ostream& err) {
  LoadResult loaded;
  const std::vector<PackInfo> packs = book.List(&loaded);
  if (json) {
    ordered_json list = ordered_json::array();
    for (const PackInfo& p : packs) {
      list.push_back({{"id", p.id},
                      {"parent", p.parent},
                      {"locality", p.locality},
                      {"title", p.title},
                      {"effective", p.effective ? p.effective->Iso() : ""},
                      {"path", p.path},
                      {"folder", p.folder},
                      {"origin", OriginOf(p.folder, folders)}});
    }
    out << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    for (const PackInfo& p : packs) {
      out << p.id << "\n    " << p.locality;
      if (p.effective) out << Tr(lang, " — hiệu lực ", " — effective ") << p.effective->Display();
      out << "\n    " << p.title << "\n    ← " << p.folder << "  ("
          << OriginLabel(OriginOf(p.folder, folders), lang) << ")\n";
    }
  }
  if (!loaded.successful()) {
    err << loaded.AsString(lang);
    return 2;
  }
  return 0;
}

int Show(RuleBook& book, const std::string& id, bool json, Lang lang, std::ostream& out,
         std::ostream& err) {
  LoadResult loaded;
  const ResolvedPack* pack = book.Resolve(id, &loaded);
  if (pack == nullptr) {
    err << loaded.AsString(lang);
    return 2;
  }
  if (json) {
    out << PackJson(*pack).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  std::string chain;
  for (const PackInfo& info : pack->chain) chain += (chain.empty() ? "" : " → ") + info.id;
  out << Tr(lang, "Gói ", "Pack ") << pack->id << "  (" << chain << ")\n";
  out << "  " << pack->chain.back().title << "\n";
  out << Tr(lang, "  hiệu lực: ", "  effective: ") << pack->effective.Display() << "  ← "
      << pack->effective_source << "\n";
  if (!pack->chain.back().effective_note.empty())
    out << Tr(lang, "  ghi chú: ", "  note: ") << pack->chain.back().effective_note << "\n";
  out << Format(
      Tr(lang, "  cửa sổ cảnh báo: {0} ngày  ← {1}\n  mã nội dung: {2}\n\n",
         "  warning window: {0} days  ← {1}\n  content hash: {2}\n\n"),
      {std::to_string(pack->warning_days), pack->warning_days_source, pack->content_hash});
  for (const ResolvedRule& rule : pack->rules) {
    out << rule.id;
    if (rule.kind != rule.id) out << "  (kind " << rule.kind << ")";
    out << Tr(lang, "  — khai báo tại ", "  — declared in ") << rule.declared_in << "\n";
    for (const auto& [name, value] : rule.params) {
      if (value.value.is_null() && value.source == "catalog") continue;
      out << "    " << name << " = " << DisplayValue(name, value.value) << "  ← " << value.source
          << "\n";
    }
  }
  if (!pack->manual.empty()) {
    out << Tr(lang, "\nKiểm tra thủ công:\n", "\nManual checks:\n");
    for (const ManualItem& m : pack->manual) {
      out << "  [" << m.clause << "] " << m.text << "  ← " << m.pack << "\n";
    }
  }
  return 0;
}

int Kinds(bool json, Lang lang, std::ostream& out) {
  if (json) {
    ordered_json list = ordered_json::array();
    for (const KindSpec& kind : Catalog()) {
      ordered_json params = ordered_json::array();
      for (const ParamSpec& p : kind.params) {
        params.push_back({{"name", p.name},
                          {"type", ParamTypeName(p.type)},
                          {"default", p.default_value},
                          {"help", p.help}});
      }
      list.push_back({{"id", kind.id},
                      {"table", kind.table},
                      {"summary", kind.summary_vi},
                      {"params", params}});
    }
    out << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  for (const KindSpec& kind : Catalog()) {
    out << kind.id << "  — " << (lang == Lang::kEn ? kind.summary_en : kind.summary_vi);
    if (!kind.table.empty()) out << "  [" << kind.table << "]";
    out << "\n";
    for (const ParamSpec& p : kind.params) {
      out << "    " << p.name << ": " << ParamTypeName(p.type, lang)
          << Tr(lang, ", mặc định ", ", default ") << ValueText(p.default_value) << " — "
          << ParamHelp(p, lang) << "\n";
    }
  }
  return 0;
}

int Diff(RuleBook& book, const std::string& id, const std::string& other_id, bool json, Lang lang,
         std::ostream& out, std::ostream& err) {
  LoadResult loaded;
  const ResolvedPack* pack = book.Resolve(id, &loaded);
  if (pack == nullptr) {
    err << loaded.AsString(lang);
    return 2;
  }
  std::string base_id = other_id;
  if (base_id.empty()) {
    if (pack->chain.size() < 2) {
      err << "tuanthu: "
          << Format(Tr(lang, "{0} không có gói cha; hãy nêu một gói để so sánh\n",
                       "{0} has no parent; name a pack to compare with\n"),
                    {id});
      return 2;
    }
    base_id = pack->chain[pack->chain.size() - 2].id;
  }
  const ResolvedPack* base = book.Resolve(base_id, &loaded);
  if (base == nullptr) {
    err << loaded.AsString(lang);
    return 2;
  }
  ordered_json changes = ordered_json::array();
  auto change = [&](const std::string& what, const std::string& rule, const std::string& param,
                    const nlohmann::json& before, const nlohmann::json& after,
                    const std::string& source) {
    changes.push_back({{"change", what},
                       {"rule", rule},
                       {"param", param},
                       {"from", before},
                       {"to", after},
                       {"source", source}});
  };
  if (base->effective != pack->effective) {
    change("changed", "", "effective", base->effective.Iso(), pack->effective.Iso(),
           pack->effective_source);
  }
  if (base->warning_days != pack->warning_days) {
    change("changed", "", "warning_days", base->warning_days, pack->warning_days,
           pack->warning_days_source);
  }
  for (const ResolvedRule& rule : pack->rules) {
    const ResolvedRule* before = base->FindRule(rule.id);
    if (before == nullptr) {
      change("added", rule.id, "", nullptr, rule.kind, rule.declared_in);
      for (const auto& [name, value] : rule.params) {
        if (value.source != "catalog")
          change("set", rule.id, name, nullptr, value.value, value.source);
      }
      continue;
    }
    for (const auto& [name, value] : rule.params) {
      const nlohmann::json& old_value = before->Param(name);
      if (old_value != value.value)
        change("changed", rule.id, name, old_value, value.value, value.source);
    }
  }
  for (const ResolvedRule& rule : base->rules) {
    if (pack->FindRule(rule.id) == nullptr)
      change("removed", rule.id, "", rule.kind, nullptr, base->id);
  }
  if (json) {
    out << ordered_json({{"pack", id}, {"base", base_id}, {"changes", changes}})
               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
    return 0;
  }
  out << id << Tr(lang, " so với ", " against ") << base_id << ":\n";
  if (changes.empty()) out << Tr(lang, "  (không khác)\n", "  (no difference)\n");
  for (const auto& c : changes) {
    const std::string what = c["change"].get<std::string>();
    const std::string rule = c["rule"].get<std::string>();
    const std::string param = c["param"].get<std::string>();
    if (what == "added") {
      out << "  + " << rule << "  (" << ValueText(c["to"]) << ", " << c["source"].get<std::string>()
          << ")\n";
    } else if (what == "removed") {
      out << "  - " << rule << "\n";
    } else if (what == "set") {
      out << "      " << param << " = " << DisplayValue(param, c["to"]) << "  ← "
          << c["source"].get<std::string>() << "\n";
    } else {
      out << "  ~ " << (rule.empty() ? "" : rule + ".") << param << ": "
          << DisplayValue(param, c["from"]) << " → " << DisplayValue(param, c["to"]) << "  ← "
          << c["source"].get<std::string>() << "\n";
    }
  }
  return 0;
}

}  // namespace

int RulesTest(const std::vector<std::string>& rule_dirs, const std::vector<std::string>& paths,
              Lang lang, std::ostream& out, std::ostream& err);

int Rules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> rule_dirs, positional;
  std::string format = "table", lang_text = "vi";
  DraftArgs draft;
  const Lang help_lang = LangOfArguments(args);
  const auto says = [help_lang](const char* vi, const char* en) {
    return help_lang == Lang::kEn ? en : vi;
  };
  po::options_description options("tuanthu rules");
  options.add_options()("help,h", says("trợ giúp này", "this help"))(
      "rules", po::value(&rule_dirs)->composing(),
      says("một thư mục gói được tìm trước các gói kèm theo",
           "a folder of packs searched before the shipped ones"))(
      "format", po::value(&format), says("table (mặc định) hoặc json", "table (default) or json"))(
      "lang", po::value(&lang_text),
      says("vi (mặc định) hoặc en: ngôn ngữ của các thông báo",
           "vi (default) or en: the messages"))(
      "args", po::value(&positional)->composing(),
      says("list | show GÓI | kinds | diff GÓI [GÓI-KHÁC] | test [ĐƯỜNG-DẪN] | path | draft "
           "KẾ-HOẠCH",
           "list | show PACK | kinds | diff PACK [OTHER] | test [PATH] | path | draft PLAN"))(
      "id", po::value(&draft.id),
      says("draft: id của gói sẽ ghi", "draft: the id of the pack to write"))(
      "parent", po::value(&draft.parent), says("draft: gói cha của nó", "draft: its parent pack"))(
      "out", po::value(&draft.out_dir),
      says("draft: thư mục chứa gói (THƯ-MỤC/<id>/pack.lua)",
           "draft: the folder the pack goes in (DIR/<id>/pack.lua)"))(
      "compare", po::value(&draft.compare),
      says("draft: đo bản soạn so với gói này (giá trị đúng, sai, thiếu, thừa)",
           "draft: measure the draft against this pack (values right, wrong, missed, extra)"))(
      "force", po::bool_switch(&draft.force),
      says("draft: ghi đè tệp pack.lua đã có", "draft: overwrite an existing pack.lua"));
  po::positional_options_description pos;
  pos.add("args", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(pos).run(), vm);
  if (vm.count("help") || args.empty()) {
    out << says(
               "Cách dùng: tuanthu rules list | show GÓI | kinds | diff GÓI [GÓI-KHÁC] | test "
               "[ĐƯỜNG-DẪN...] | path\n"
               "           tuanthu rules draft KẾ-HOẠCH --id GÓI --parent GÓI-CHA --out THƯ-MỤC "
               "[--compare GÓI]\n",
               "Usage: tuanthu rules list | show PACK | kinds | diff PACK [OTHER] | test "
               "[PATH...] | path\n"
               "       tuanthu rules draft PLAN --id PACK --parent PARENT --out DIR [--compare "
               "PACK]\n")
        << options;
    return args.empty() ? 2 : 0;
  }
  po::notify(vm);
  const Lang lang = LangOption(lang_text);
  if (positional.empty())
    throw po::error(
        std::string(Tr(lang, "rules: hãy nêu list, show, kinds, diff, test, path hoặc draft",
                       "rules: say list, show, kinds, diff, test, path or draft")));
  const bool json = format == "json";
  const std::string& verb = positional[0];
  if (verb == "test") {
    return RulesTest(rule_dirs, {positional.begin() + 1, positional.end()}, lang, out, err);
  }
  if (verb == "path") return Path(SearchFolders(rule_dirs), json, lang, out);
  if (verb == "draft") {
    if (positional.size() != 2)
      throw po::error(std::string(
          Tr(lang, "rules draft nhận đúng một tệp kế hoạch", "rules draft takes one plan file")));
    draft.plan = positional[1];
    draft.json = json;
    draft.rule_dirs = rule_dirs;
    draft.lang = lang;
    return RulesDraft(draft, out, err);
  }
  RuleBook book(rule_dirs, true, OperatorLimits(std::nullopt, lang));
  book.set_lang(lang);
  if (verb == "list") return List(book, SearchFolders(rule_dirs), json, lang, out, err);
  if (verb == "kinds") return Kinds(json, lang, out);
  if (verb == "show") {
    if (positional.size() != 2)
      throw po::error(
          std::string(Tr(lang, "rules show nhận đúng một id gói", "rules show takes one pack id")));
    return Show(book, positional[1], json, lang, out, err);
  }
  if (verb == "diff") {
    if (positional.size() < 2 || positional.size() > 3)
      throw po::error(
          std::string(Tr(lang, "rules diff GÓI [GÓI-KHÁC]", "rules diff PACK [OTHER]")));
    return Diff(book, positional[1], positional.size() == 3 ? positional[2] : "", json, lang, out,
                err);
  }
  throw po::error(
      Format(Tr(lang,
                "rules: không có lệnh con '{0}' (list, show, kinds, diff, test, path, "
                "draft)",
                "rules: unknown verb '{0}' (list, show, kinds, diff, test, path, draft)"),
             {verb}));
}

}  // namespace tuanthu::cli
