// A data set as a folder of `<table>.csv` files.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <system_error>

#include "import/csv_reader.h"
#include "import/messages.h"
#include "import/source.h"
#include "import/text.h"

namespace tuanthu::importing {
namespace {

namespace fs = std::filesystem;

// A file mapped read-only and read front to back: pages already read are handed back to the
// kernel, so a file of any size costs a bounded amount of memory.
class MappedFile {
 public:
  MappedFile() = default;
  ~MappedFile() {
    if (data_ != nullptr) munmap(data_, size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  // On failure `error` is the operating system's reason, in `lang`.
  bool Open(const std::string& path, Lang lang, std::string* error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      *error = SystemErrorText(errno, lang);
      return false;
    }
    struct stat info {};
    if (fstat(fd, &info) != 0) {
      *error = SystemErrorText(errno, lang);
      ::close(fd);
      return false;
    }
    size_ = static_cast<size_t>(info.st_size);
    if (size_ > 0) {
      void* data = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (data == MAP_FAILED) {
        *error = SystemErrorText(errno, lang);
        ::close(fd);
        size_ = 0;
        return false;
      }
      data_ = static_cast<char*>(data);
      madvise(data_, size_, MADV_SEQUENTIAL);
    }
    ::close(fd);
    return true;
  }

  std::string_view text() const { return {data_, size_}; }

  // Releases the pages wholly before `position` (a pointer into the text).
  void ReleaseBefore(const char* position) {
    static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    const size_t done = static_cast<size_t>(position - data_) / page * page;
    if (done > released_ + (32u << 20)) {
      madvise(data_ + released_, done - released_, MADV_DONTNEED);
      released_ = done;
    }
  }

 private:
  char* data_ = nullptr;
  size_t size_ = 0;
  size_t released_ = 0;
};

class CsvFolderSource final : public DataSource {
 public:
  CsvFolderSource(std::string path, std::map<std::string, std::string> files, Lang lang)
      : path_(std::move(path)), files_(std::move(files)), lang_(lang) {}

  std::string TableFile(const TableSpec& table) const override {
    const auto found = files_.find(table.name);
    return (fs::path(path_) / (found == files_.end() ? table.name + ".csv" : found->second))
        .string();
  }

  std::string MissingTableMessage(const TableSpec& table, Lang lang) const override {
    return msg::MissingCsvFile(table.name + ".csv", lang);
  }

  bool ReadTable(const TableSpec& table, RowSink& sink) override;

 private:
  std::string path_;
  std::map<std::string, std::string> files_;  // table name -> file name in the folder
  Lang lang_;
};

bool CsvFolderSource::ReadTable(const TableSpec& table, RowSink& sink) {
  if (files_.find(table.name) == files_.end()) return false;
  TableLayout layout;
  layout.file = TableFile(table);
  layout.missing_required.assign(table.columns.size(), false);

  MappedFile file;
  std::string error;
  if (!file.Open(layout.file, lang_, &error)) {
    sink.BeginTable(layout);
    sink.Issue({layout.file, 0, 0, "", "", msg::CannotRead(error, lang_)});
    return true;
  }
  CsvReader reader(file.text());
  CsvRecord record;
  if (!reader.Next(&record)) {  // an empty file: a table with no rows
    sink.BeginTable(layout);
    return true;
  }
  const CsvRecord::Error header_error = record.error;
  const int header_error_field = record.error_field;
  std::vector<std::string> headers(
      record.fields.begin(), record.fields.begin() + static_cast<std::ptrdiff_t>(record.size));
  for (std::string& header : headers) header = std::string(Trim(header));
  const size_t field_count = headers.size();
  const int64_t header_line = record.line;

  std::vector<ImportIssue> header_issues;
  const std::vector<int> source_index =
      MapHeader(table, headers, header_line, lang_, &layout, &header_issues);
  sink.BeginTable(layout);
  for (ImportIssue& issue : header_issues) sink.Issue(std::move(issue));
  if (header_error != CsvRecord::Error::kNone) {
    sink.Issue({layout.file, header_line, header_error_field, "", "",
                header_error == CsvRecord::Error::kUnclosedQuote ? msg::UnclosedQuote(lang_)
                                                                 : msg::TextAfterQuote(lang_)});
    if (header_error == CsvRecord::Error::kUnclosedQuote) return true;
  }

  SourceRow row;
  row.cells.resize(table.columns.size());
  for (size_t i = 0; i < table.columns.size(); ++i) {
    SourceCell& cell = row.cells[i];
    cell.present = source_index[i] >= 0;
    if (cell.present) {
      cell.column = source_index[i] + 1;
      cell.name = headers[static_cast<size_t>(source_index[i])];
    }
  }
  int64_t records = 0;
  while (reader.Next(&record)) {
    if ((++records & 0xFFFF) == 0) file.ReleaseBefore(reader.position());
    if (record.Blank()) continue;
    row.line = record.line;
    row.problems.clear();
    if (record.error != CsvRecord::Error::kNone) {
      const int field = record.error_field;
      const std::string name =
          field >= 1 && static_cast<size_t>(field) <= field_count ? headers[field - 1] : "";
      row.problems.push_back({layout.file, record.line, field, name,
                              std::string(record.field(static_cast<size_t>(field - 1))),
                              record.error == CsvRecord::Error::kUnclosedQuote
                                  ? msg::UnclosedQuote(lang_)
                                  : msg::TextAfterQuote(lang_)});
    } else if (record.size != field_count) {
      row.problems.push_back(
          {layout.file, record.line, 0, "", "", msg::FieldCount(record.size, field_count, lang_)});
    }
    // Every cell is pointed into this record, even on a row with problems: the views of the
    // previous record die when its fields are reused or the field vector grows.
    for (size_t i = 0; i < table.columns.size(); ++i) {
      const int index = source_index[i];
      row.cells[i].text = index >= 0 && static_cast<size_t>(index) < record.size
                              ? record.field(static_cast<size_t>(index))
                              : std::string_view();
    }
    sink.Row(row);
  }
  return true;
}

}  // namespace

bool ReadWholeFile(const std::string& path, Lang lang, std::string* contents, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  const int open_error = in ? 0 : errno;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!in || ec) {
    const int reason = ec ? ec.value() : open_error;
    *error = reason != 0 ? SystemErrorText(reason, lang) : path;
    return false;
  }
  contents->resize(static_cast<size_t>(size));
  in.read(contents->data(), static_cast<std::streamsize>(size));
  contents->resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) {
    *error = errno != 0 ? SystemErrorText(errno, lang) : path;
    return false;
  }
  return true;
}

std::vector<int> MapHeader(const TableSpec& table, const std::vector<std::string>& names,
                           int64_t line, Lang lang, TableLayout* layout,
                           std::vector<ImportIssue>* issues) {
  std::vector<int> index(table.columns.size(), -1);
  for (size_t k = 0; k < names.size(); ++k) {
    const int column = MatchColumn(table, names[k]);
    if (column < 0) continue;  // an extra column: ignored
    int& slot = index[static_cast<size_t>(column)];
    if (slot >= 0) {
      issues->push_back({layout->file, line, static_cast<int>(k) + 1, names[k], names[k],
                         msg::DuplicateColumn(table.columns[static_cast<size_t>(column)].name,
                                              slot + 1, static_cast<int>(k) + 1, lang)});
      continue;
    }
    slot = static_cast<int>(k);
  }
  layout->missing_required.assign(table.columns.size(), false);
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (index[i] < 0 && table.columns[i].required) {
      layout->missing_required[i] = true;
      issues->push_back({layout->file, line, 0, table.columns[i].name, "",
                         msg::MissingColumn(table.columns[i].name, lang)});
    }
  }
  return index;
}

std::unique_ptr<DataSource> OpenCsvFolder(const std::string& path, Lang lang,
                                          std::vector<ImportIssue>* errors) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) names.push_back(it->path().filename().string());
  }
  if (ec) {
    errors->push_back(
        {path, 0, 0, "", "", msg::CannotRead(SystemErrorText(ec.value(), lang), lang)});
    return nullptr;
  }
  // An exact `<table>.csv` wins over a name that differs only in case (`Units.CSV`).
  std::sort(names.begin(), names.end());
  for (const TableSpec& table : DataModel()) {
    const std::string wanted = table.name + ".csv";
    for (const std::string& name : names) {
      if (name == wanted) {
        files[table.name] = name;
        break;
      }
    }
    if (files.count(table.name) != 0) continue;
    for (const std::string& name : names) {
      if (Utf8Lower(name) == wanted) {
        files[table.name] = name;
        break;
      }
    }
  }
  return std::make_unique<CsvFolderSource>(path, std::move(files), lang);
}

}  // namespace tuanthu::importing
