// Where packs are looked for: the order of the folders after --rules (engine.h,
// DefaultRulesFolders).
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tuanthu/engine.h"

namespace tuanthu::testing {
namespace fs = std::filesystem;

namespace {

struct Folders {
  fs::path root = fs::temp_directory_path() / ("tuanthu-folders-" + std::to_string(::getpid()));
  Folders() {
    fs::remove_all(root);
    for (const char* name : {"env1", "env2", "etc", "installed", "source"})
      fs::create_directories(root / name);
  }
  ~Folders() { fs::remove_all(root); }
  std::string operator()(const char* name) const { return (root / name).string(); }
};

std::vector<std::string> Describe(const std::vector<RulesFolder>& folders, const Folders& f) {
  std::vector<std::string> out;
  for (const RulesFolder& folder : folders) {
    out.push_back(fs::relative(folder.path, f.root).string() + " " + folder.origin);
  }
  return out;
}

}  // namespace

TEST_CASE("rules folders: $TUANTHU_RULES, then /etc, then the installed packs, then the source") {
  const Folders f;
  RulesLocations in;
  in.env = f("env1") + ":" + f("env2");
  in.system_folder = f("etc");
  in.installed = f("installed");
  in.build_tree = f("source");
  CHECK(Describe(RulesFoldersFrom(in), f) ==
        std::vector<std::string>{"env1 TUANTHU_RULES", "env2 TUANTHU_RULES", "etc system",
                                 "installed installed", "source build tree"});
}

TEST_CASE(
    "rules folders: an installed binary has no source folder, and absent folders are skipped") {
  const Folders f;
  RulesLocations in;
  in.system_folder = f("no-such-etc");
  in.installed = f("installed");
  CHECK(Describe(RulesFoldersFrom(in), f) == std::vector<std::string>{"installed installed"});
  in.installed = f("no-such-share");
  in.build_tree = f("source");
  CHECK(Describe(RulesFoldersFrom(in), f) == std::vector<std::string>{"source build tree"});
}

TEST_CASE("rules folders: a folder reached twice is searched once, at its first place") {
  const Folders f;
  RulesLocations in;
  in.env = "::" + f("etc") + "/../source:" + f("etc");  // empty entries are ignored
  in.system_folder = f("etc");
  in.installed = f("installed") + "/../installed";
  in.build_tree = f("source");
  CHECK(Describe(RulesFoldersFrom(in), f) == std::vector<std::string>{"source TUANTHU_RULES",
                                                                      "etc TUANTHU_RULES",
                                                                      "installed installed"});
}

TEST_CASE("rules folders: a named $TUANTHU_RULES folder is kept even before it exists") {
  const Folders f;
  RulesLocations in;
  in.env = f("not-yet");
  in.build_tree = f("source");
  CHECK(Describe(RulesFoldersFrom(in), f) ==
        std::vector<std::string>{"not-yet TUANTHU_RULES", "source build tree"});
}

TEST_CASE("rules folders: the test binary, run from the build tree, finds the source packs") {
  const std::vector<RulesFolder> folders = DefaultRulesFolders();
  REQUIRE(!folders.empty());
  CHECK(folders.back().origin == "build tree");
  CHECK(fs::equivalent(folders.back().path, fs::path(TUANTHU_SOURCE_DIR) / "rules"));
}

}  // namespace tuanthu::testing
