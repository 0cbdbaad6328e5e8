// Where the packs are: $TUANTHU_RULES, the system folder, the packs installed beside the binary,
// and (in a build tree only) the source folder. See DefaultRulesFolders() in engine.h.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "tuanthu/engine.h"

#ifndef TUANTHU_SYSTEM_RULES_DIR
#define TUANTHU_SYSTEM_RULES_DIR "/etc/tuanthu/rules"
#endif
#ifndef TUANTHU_INSTALLED_RULES_FROM_BIN
#define TUANTHU_INSTALLED_RULES_FROM_BIN "../share/tuanthu/rules"
#endif
#ifndef TUANTHU_BUILD_TREE_MARKER
#define TUANTHU_BUILD_TREE_MARKER "tuanthu-build-tree.txt"
#endif

namespace tuanthu {
namespace fs = std::filesystem;
namespace {

std::string Canonical(const std::string& path) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(path, ec);
  return ec ? fs::path(path).lexically_normal().string() : canonical.string();
}

bool IsDirectory(const std::string& path) {
  std::error_code ec;
  return !path.empty() && fs::is_directory(path, ec);
}

// The folder of the running executable, from /proc/self/exe (empty if unknown).
fs::path ExecutableFolder() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

// The source rules/ folder named by the marker a build writes next to its binaries.
std::string BuildTreeRules(const fs::path& exe_folder) {
  if (exe_folder.empty()) return "";
  std::ifstream marker(exe_folder / TUANTHU_BUILD_TREE_MARKER);
  std::string line;
  if (!marker || !std::getline(marker, line)) return "";
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

}  // namespace

std::vector<RulesFolder> RulesFoldersFrom(const RulesLocations& locations) {
  std::vector<RulesFolder> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& path, const char* origin) {
    if (path.empty() || !seen.insert(Canonical(path)).second) return;
    out.push_back({path, origin});
  };
  size_t start = 0;
  while (start <= locations.env.size()) {
    size_t end = locations.env.find(':', start);
    if (end == std::string::npos) end = locations.env.size();
    add(locations.env.substr(start, end - start), "TUANTHU_RULES");
    start = end + 1;
  }
  if (IsDirectory(locations.system_folder)) add(locations.system_folder, "system");
  if (IsDirectory(locations.installed)) add(locations.installed, "installed");
  if (IsDirectory(locations.build_tree)) add(locations.build_tree, "build tree");
  return out;
}

std::vector<RulesFolder> DefaultRulesFolders() {
  RulesLocations locations;
  if (const char* env = std::getenv("TUANTHU_RULES")) locations.env = env;
  locations.system_folder = TUANTHU_SYSTEM_RULES_DIR;
  const fs::path exe_folder = ExecutableFolder();
  if (!exe_folder.empty()) {
    locations.installed =
        (exe_folder / TUANTHU_INSTALLED_RULES_FROM_BIN).lexically_normal().string();
    locations.build_tree = BuildTreeRules(exe_folder);
  }
  return RulesFoldersFrom(locations);
}

std::vector<std::string> DefaultRulesDirs() {
  std::vector<std::string> dirs;
  for (const RulesFolder& folder : DefaultRulesFolders()) dirs.push_back(folder.path);
  return dirs;
}

std::string ShippedRulesDir() {
  const std::vector<RulesFolder> folders = DefaultRulesFolders();
  return folders.empty() ? "" : folders.front().path;
}

}  // namespace tuanthu
