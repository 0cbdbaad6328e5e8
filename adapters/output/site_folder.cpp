#include "output/site_folder.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <vector>

#include "output/html_site.h"

namespace tuanthu::site {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kGeneratorMark = "<meta name=\"generator\" content=\"tuanthu ";
constexpr std::string_view kManifestHead =
    "# tuanthu report manifest 1\n"
    "# The files tuanthu wrote in this folder. A report written here again removes those it\n"
    "# does not write; files not listed are never touched.\n";

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// A page name as PageName makes it: ASCII letters, digits, '-', '.', '_'.
bool IsPageName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '.' || c == '_';
    if (!ok) return false;
  }
  return true;
}

// A manifest line that stays inside the folder: relative, no "..", no empty part.
bool IsSafeRelative(const std::string& relative) {
  if (relative.empty() || relative.front() == '/' || relative.find('\\') != std::string::npos ||
      relative.find('\0') != std::string::npos) {
    return false;
  }
  size_t start = 0;
  while (start <= relative.size()) {
    const size_t end = std::min(relative.find('/', start), relative.size());
    const std::string_view part(relative.data() + start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

// Whether the file at `path` is a page tuanthu made (its head carries the generator mark).
bool HasGeneratorMark(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::string head(4096, '\0');
  file.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(file.gcount()));
  return head.find(kGeneratorMark) != std::string::npos;
}

// A file of `dir` that a report wrote: by its name, and for a finished page by its mark.
bool IsReportFile(const fs::path& dir, const std::string& relative) {
  if (!IsReportFileName(relative)) return false;
  if (!EndsWith(relative, ".html")) return true;  // style.css, .tmp leftovers
  return HasGeneratorMark(dir / relative);
}

std::set<std::string> ReadManifest(const fs::path& path) {
  std::set<std::string> files;
  std::ifstream file(path, std::ios::binary);
  for (std::string line; std::getline(file, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    if (IsSafeRelative(line)) files.insert(line);
  }
  return files;
}

// The first few names, in byte order (the same message whatever order the folder lists).
std::string Shown(const std::set<std::string>& names) {
  constexpr size_t kShown = 3;
  std::string text;
  size_t n = 0;
  for (const std::string& name : names) {
    if (n++ == kShown) return text + ", …";
    text += (text.empty() ? "" : ", ") + name;
  }
  return text;
}

}  // namespace

bool IsReportFileName(const std::string& relative) {
  std::string_view name(relative);
  if (EndsWith(name, ".tmp")) name.remove_suffix(4);
  if (name == "index.html" || name == "style.css") return true;
  if (name.size() < 3 || (name.substr(0, 2) != "c/" && name.substr(0, 2) != "p/")) return false;
  name.remove_prefix(2);
  return EndsWith(name, ".html") && name.size() > 5 && IsPageName(name.substr(0, name.size() - 5));
}

std::optional<std::set<std::string>> EarlierReportFiles(const std::string& dir, Lang lang,
                                                        std::string* error) {
  std::set<std::string> files;
  std::error_code ec;
  const fs::path root(dir);
  if (!fs::exists(root, ec)) return files;
  if (!fs::is_directory(root, ec)) {
    *error = Format(Tr(lang, "{0} không phải thư mục", "{0} is not a folder"), {dir});
    return std::nullopt;
  }
  const bool has_manifest = fs::is_regular_file(root / kSiteManifest, ec);
  if (has_manifest) files = ReadManifest(root / kSiteManifest);
  std::set<std::string> foreign;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const std::string relative = fs::relative(it->path(), root, ec).generic_string();
    if (relative == kSiteManifest) continue;
    if (relative == std::string(kSiteManifest) + ".tmp") {
      files.insert(relative);
      continue;
    }
    const fs::file_status status = it->symlink_status(ec);
    if (fs::is_directory(status) && (relative == "c" || relative == "p")) continue;
    if (fs::is_regular_file(status) && IsReportFile(root, relative)) {
      files.insert(relative);  // a page of an earlier report, listed or not
      continue;
    }
    if (fs::is_directory(status)) it.disable_recursion_pending();
    foreign.insert(relative);
  }
  if (ec) {
    *error = Format(Tr(lang, "không đọc được thư mục {0}: {1}", "cannot read the folder {0}: {1}"),
                    {dir, SystemErrorText(ec.value(), lang)});
    return std::nullopt;
  }
  if (!foreign.empty() && !has_manifest) {
    *error = Format(
        Tr(lang,
           "thư mục {0} đã có tệp không phải do tuanthu ghi ({1}); báo cáo nhiều trang chỉ được "
           "ghi vào thư mục trống hoặc thư mục của một báo cáo tuanthu trước (có tệp {2}). Hãy "
           "chọn thư mục khác, ví dụ --out {3}",
           "the folder {0} holds files tuanthu did not write ({1}); a paged report is written "
           "only into an empty folder or the folder of an earlier tuanthu report (with its {2}). "
           "Choose another folder, e.g. --out {3}"),
        {dir, Shown(foreign), kSiteManifest, (root / Tr(lang, "bao-cao", "report")).string()});
    return std::nullopt;
  }
  return files;
}

std::string FinishFolder(const std::string& dir, const std::set<std::string>& earlier,
                         const std::set<std::string>& written, bool complete, Lang lang) {
  const auto problem = [lang](const char* vi, const char* en, const fs::path& path, int reason) {
    return Format(Tr(lang, vi, en), {path.string(), SystemErrorText(reason, lang)});
  };
  const fs::path root(dir);
  std::set<std::string> listed = written;
  std::string failure;
  for (const std::string& relative : earlier) {
    if (written.count(relative)) continue;
    std::error_code ec;
    const fs::path path = root / relative;
    const fs::file_status status = fs::symlink_status(path, ec);
    if (!fs::exists(status)) continue;
    // Only files; a page only while it still carries the mark (not replaced by someone's own).
    const bool ours =
        fs::is_regular_file(status) && (!EndsWith(relative, ".html") || HasGeneratorMark(path));
    if (!ours) continue;
    if (!complete) {
      listed.insert(relative);
      continue;
    }
    if (!fs::remove(path, ec) && ec) {
      listed.insert(relative);
      if (failure.empty()) {
        failure = problem("không xóa được {0}: {1}", "cannot remove {0}: {1}", path, ec.value());
      }
    }
  }
  std::string manifest(kManifestHead);
  for (const std::string& relative : listed) manifest += relative + "\n";
  const fs::path path = root / kSiteManifest;
  const fs::path temporary = root / (std::string(kSiteManifest) + ".tmp");
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file || !(file << manifest) || !file.flush()) {
      return failure.empty()
                 ? problem("không ghi được {0}: {1}", "cannot write {0}: {1}", path, errno)
                 : failure;
    }
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec && failure.empty()) {
    failure = problem("không ghi được {0}: {1}", "cannot write {0}: {1}", path, ec.value());
  }
  return failure;
}

}  // namespace tuanthu::site
