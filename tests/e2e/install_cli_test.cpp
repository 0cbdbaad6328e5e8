// End-to-end: what an installation relies on — where packs come from, the version, and the man
// page and bash completion staying in step with the program's --help.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "run_tool.h"

namespace tuanthu::testing {
namespace {

// The commands `tuanthu --help` lists ("  tuanthu check ...").
std::set<std::string> HelpCommands() {
  const ToolRun run = Tool("--help");
  std::set<std::string> commands;
  const std::regex line(R"((?:^|\n) +tuanthu +([a-z]+))");
  for (auto it = std::sregex_iterator(run.out.begin(), run.out.end(), line);
       it != std::sregex_iterator(); ++it) {
    commands.insert((*it)[1]);
  }
  return commands;
}

// The long options `tuanthu COMMAND --help` lists ("  --data arg", "  -q [ --quiet ]").
std::set<std::string> HelpOptions(const std::string& command) {
  const ToolRun run = Tool(command + " --help");
  std::set<std::string> options;
  const std::regex line(R"((?:^|\n) +(?:-[A-Za-z] \[ )?--([a-z][a-z0-9-]*))");
  for (auto it = std::sregex_iterator(run.out.begin(), run.out.end(), line);
       it != std::sregex_iterator(); ++it) {
    options.insert((*it)[1]);
  }
  return options;
}

// `--include-pass` as roff writes it: \-\-include\-pass.
std::string Roff(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

std::string ManPage() {
  return ReadAll(std::filesystem::path(TUANTHU_SOURCE_DIR) / "docs/man/tuanthu.1");
}

// The words bash completion offers for the command line `line` (the cursor at its end).
std::string Complete(const std::string& line, const std::string& env = "") {
  const std::string script =
      "source packaging/bash-completion/tuanthu; "
      "read -ra COMP_WORDS <<< " +
      Quote(line) + "; " + (line.back() == ' ' ? "COMP_WORDS+=(''); " : "") +
      "COMP_WORDS[0]=" + Quote(TUANTHU_BINARY) +
      "; COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
      "_tuanthu; printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '";
  return Shell(env + " bash -c " + Quote(script)).out;
}

}  // namespace

TEST_CASE("man page: every command and every option of --help is documented") {
  const std::string man = ManPage();
  CHECK_MESSAGE(man.find("\"tuanthu " TUANTHU_VERSION "\"") != std::string::npos,
                "the .TH line of docs/man/tuanthu.1 names another version than " TUANTHU_VERSION);
  const std::set<std::string> commands = HelpCommands();
  REQUIRE(commands.size() >= 6);
  for (const std::string& command : commands) {
    CHECK_MESSAGE(man.find(".SS \"" + command + " ") != std::string::npos,
                  "docs/man/tuanthu.1 has no section .SS \"" << command << " ...\"");
    if (command == "version") continue;
    const std::set<std::string> options = HelpOptions(command);
    CHECK_MESSAGE(options.count("help") == 1, command << " --help lists no options");
    for (const std::string& option : options) {
      CHECK_MESSAGE(man.find(Roff("--" + option)) != std::string::npos,
                    "docs/man/tuanthu.1 does not document `" << command << " --" << option << "`");
    }
  }
}

TEST_CASE("man page: every verb of `rules --help` is documented") {
  const std::string man = ManPage();
  const ToolRun run = Tool("rules --help --lang en");
  std::smatch usage;
  REQUIRE(std::regex_search(run.out, usage, std::regex("Usage: tuanthu rules ([^\n]*)")));
  const std::string verbs = usage[1];
  const std::regex verb(R"((?:^|\| )([a-z]+))");
  int count = 0;
  for (auto it = std::sregex_iterator(verbs.begin(), verbs.end(), verb);
       it != std::sregex_iterator(); ++it, ++count) {
    const std::string name = (*it)[1];
    CHECK_MESSAGE(std::regex_search(man, std::regex("\n\\.BI? " + name + "[ \n]")),
                  "docs/man/tuanthu.1 does not document `rules " << name << "`");
  }
  CHECK(count >= 6);
}

TEST_CASE("completion: commands, options, values, rules verbs and pack ids") {
  const std::string commands = Complete("tuanthu ");
  for (const std::string& command : HelpCommands())
    CHECK_MESSAGE(commands.find(command + " ") != std::string::npos, commands);
  CHECK(Complete("tuanthu ch") == "check ");
  CHECK(Complete("tuanthu check --fo") == "--format ");
  CHECK(Complete("tuanthu check --include") == "--include-pass ");
  CHECK(Complete("tuanthu import --q") == "--quiet ");
  CHECK(Complete("tuanthu check --format ") == "csv html json table xlsx ");
  CHECK(Complete("tuanthu runs --format ") == "json table ");
  CHECK(Complete("tuanthu check --severity w") == "warning ");
  // --option=value, as bash splits it: "--format" "=" "j".
  CHECK(Complete("tuanthu check --format = j") == "json ");
  CHECK(Complete("tuanthu check --lang =") == "en vi ");
  CHECK(Complete("tuanthu rules ") == "diff kinds list path show test ");
  CHECK(Complete("tuanthu check --pack vn/lai") == "vn/lai-chau vn/lai-chau/si-lo-lau ");
  CHECK(Complete("tuanthu rules show vn/ha-n") == "vn/ha-noi vn/ha-noi/ngoc-ha ");
  CHECK(Complete("tuanthu rules --format json diff vn/bac") == "vn/bac-ninh vn/bac-ninh/yen-dinh ");
  CHECK(Complete("tuanthu check --data data/si-lo") == "data/si-lo-lau ");
  // Packs of a --rules folder given earlier on the line.
  const auto dir = TempDir("completion-rules");
  std::filesystem::create_directories(dir / "vn/lai-chau/tam-duong");
  std::ofstream(dir / "vn/lai-chau/tam-duong/pack.lua")
      << "pack { parent = 'vn/lai-chau', title = 'Tam Đường', effective = '2026-05-01' }\n";
  CHECK(Complete("tuanthu check --rules " + dir.string() + " --pack vn/lai-chau/") ==
        "vn/lai-chau/si-lo-lau vn/lai-chau/tam-duong ");
  std::filesystem::remove_all(dir);
}

TEST_CASE("version: the version and the git commit of the checkout") {
  const ToolRun run = Tool("--version");
  REQUIRE(run.status == 0);
  CHECK(run.out == Tool("version").out);
  const ToolRun git = Shell(
      "git rev-parse --show-toplevel 2>/dev/null && "
      "git rev-parse --short=12 HEAD 2>/dev/null");
  if (git.status == 0) {
    const std::string commit = git.out.substr(git.out.find('\n') + 1, 12);
    CHECK_MESSAGE(
        std::regex_match(run.out, std::regex("tuanthu [0-9]+\\.[0-9]+\\.[0-9]+ \\(commit " +
                                             commit + "(-dirty)?\\)\n")),
        run.out);
  } else {
    CHECK(std::regex_match(run.out,
                           std::regex("tuanthu [0-9.]+ \\(commit (unknown|[0-9a-f]+)\\)\n")));
  }
}

TEST_CASE(
    "rules list: --rules, then $TUANTHU_RULES, then the source folder, and each pack says where") {
  const auto dir = TempDir("folders-order");
  for (const char* layer : {"first", "second"}) {
    std::filesystem::create_directories(dir / layer / "vn/lai-chau");
    std::ofstream(dir / layer / "vn/lai-chau/pack.lua")
        << "pack { parent = 'vn', title = 'Lai Châu (" << layer << ")' }\n";
    std::filesystem::create_directories(dir / layer / ("vn/" + std::string(layer)));
    std::ofstream(dir / layer / ("vn/" + std::string(layer) + "/pack.lua"))
        << "pack { parent = 'vn', title = '" << layer << "' }\n";
  }
  const std::string first = (dir / "first").string(), second = (dir / "second").string();
  const ToolRun run = Shell("TUANTHU_RULES=" + Quote(second) + " " + Quote(TUANTHU_BINARY) +
                            " rules list --format json --rules " + Quote(first));
  REQUIRE_MESSAGE(run.status == 0, run.err);
  std::map<std::string, std::pair<std::string, std::string>> where;
  for (const auto& p : nlohmann::json::parse(run.out)) where[p["id"]] = {p["folder"], p["origin"]};
  CHECK(where["vn/lai-chau"] == std::make_pair(first, std::string("--rules")));
  CHECK(where["vn/first"] == std::make_pair(first, std::string("--rules")));
  CHECK(where["vn/second"] == std::make_pair(second, std::string("TUANTHU_RULES")));
  CHECK(where["vn"].second == "build tree");
  CHECK(std::filesystem::equivalent(where["vn"].first,
                                    std::filesystem::path(TUANTHU_SOURCE_DIR) / "rules"));
  // The pack a check resolves is the first found.
  const ToolRun show = Shell("TUANTHU_RULES=" + Quote(second) + " " + Quote(TUANTHU_BINARY) +
                             " rules show vn/lai-chau --rules " + Quote(first));
  CHECK(show.out.find("Lai Châu (first)") != std::string::npos);
  const ToolRun path = Shell("TUANTHU_RULES=" + Quote(second) + " " + Quote(TUANTHU_BINARY) +
                             " rules path --rules " + Quote(first));
  REQUIRE(path.status == 0);
  const size_t a = path.out.find(first + "  (--rules)"),
               b = path.out.find(second + "  ($TUANTHU_RULES)"),
               c = path.out.find("(cây mã nguồn)");
  CHECK(a != std::string::npos);
  CHECK(b != std::string::npos);
  CHECK(c != std::string::npos);
  CHECK((a < b && b < c));
  const ToolRun text = Tool("rules list --rules " + Quote(first));
  CHECK(text.out.find("vn/first\n") != std::string::npos);
  CHECK(text.out.find("← " + first + "  (--rules)") != std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace tuanthu::testing
