#include "output/xlsx_book.h"

#include <filesystem>

namespace tuanthu::xlsx {

namespace {

// The folder a file is to be written in exists (the current folder for a bare name).
bool FolderExists(const std::string& path) {
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  return folder.empty() || std::filesystem::is_directory(folder);
}

}  // namespace

PendingWorkbook::PendingWorkbook(std::string path, Date as_of, Lang lang, bool constant_memory)
    : path_(std::move(path)),
      temporary_(path_ + ".tmp"),
      lang_(lang),
      workbook_(FolderExists(path_) ? temporary_ : std::string(), constant_memory) {
  const std::filesystem::path folder = std::filesystem::path(path_).parent_path();
  if (!folder.empty() && !std::filesystem::is_directory(folder)) {
    problem_ = Format(Tr(lang, "thư mục {0} không có", "the folder {0} does not exist"),
                      {folder.string()});
    return;
  }
  if (workbook_.get() == nullptr) {
    problem_ = Tr(lang, "không tạo được sổ tính", "cannot create the workbook");
    return;
  }
  std::string title(Tr(lang, "Báo cáo kiểm tra tuân thủ", "Compliance check report"));
  std::string subject = "KL 226-KL/TW, QĐ 534/QĐ-TTg";
  std::string author = "tuanthu " TUANTHU_VERSION;
  std::string comments =
      std::string(Tr(lang, "Số liệu tính đến ngày ", "Data as of ")) + as_of.Display();
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  properties.author = author.data();
  properties.comments = comments.data();
  properties.created = static_cast<time_t>(as_of.days()) * 86400;
  if (workbook_set_properties(workbook_.get(), &properties) != LXW_NO_ERROR) {
    problem_ = Tr(lang, "không đặt được thuộc tính tài liệu", "cannot set the document properties");
  }
}

bool PendingWorkbook::Fail(const std::string& message, std::string* error) {
  if (error != nullptr) {
    *error =
        Format(Tr(lang_, "không ghi được {0}: {1}", "cannot write {0}: {1}"), {path_, message});
  }
  return false;
}

bool PendingWorkbook::Commit(lxw_error fill_error, std::string* error) {
  if (!problem_.empty()) return Fail(problem_, error);
  if (fill_error != LXW_NO_ERROR) return Fail(XlsxErrorText(fill_error, lang_), error);
  if (const lxw_error closed = workbook_.Close(); closed != LXW_NO_ERROR) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    return Fail(XlsxErrorText(closed, lang_), error);
  }
  std::error_code renamed;
  std::filesystem::rename(temporary_, path_, renamed);
  if (renamed) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    return Fail(SystemErrorText(renamed.value(), lang_), error);
  }
  return true;
}

bool SaveWorkbook(const std::string& path, Date as_of, Lang lang, bool constant_memory,
                  const std::function<lxw_error(lxw_workbook*)>& fill, std::string* error) {
  PendingWorkbook pending(path, as_of, lang, constant_memory);
  if (pending.get() == nullptr) return pending.Commit(LXW_NO_ERROR, error);
  return pending.Commit(fill(pending.get()), error);
}

}  // namespace tuanthu::xlsx
