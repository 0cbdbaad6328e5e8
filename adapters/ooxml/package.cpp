#include "ooxml/package.h"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace tuanthu::ooxml {
namespace {

constexpr std::string_view kZipSignature = "PK\x03\x04";
constexpr std::string_view kEmptyZipSignature = "PK\x05\x06";
constexpr std::string_view kCfbSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr size_t kChunk = 64u << 10;
constexpr char kNamespaceSeparator = '|';

zip_t* Zip(void* zip) { return static_cast<zip_t*>(zip); }

std::string_view LocalName(const char* name) {
  std::string_view view(name);
  const size_t separator = view.rfind(kNamespaceSeparator);
  return separator == std::string_view::npos ? view : view.substr(separator + 1);
}

// An encrypted OOXML file is a compound file whose directory names the streams
// "EncryptionInfo" and "EncryptedPackage" (UTF-16LE); a legacy .xls/.doc has neither.
bool CompoundFileIsEncryptedPackage(std::ifstream& in) {
  static const std::string pattern = [] {
    std::string text;
    for (char c : std::string_view("EncryptedPackage")) {
      text += c;
      text += '\0';
    }
    return text;
  }();
  in.clear();
  in.seekg(0);
  std::string window;
  std::vector<char> chunk(1u << 20);
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const size_t got = static_cast<size_t>(in.gcount());
    if (got == 0) break;
    window.append(chunk.data(), got);
    if (window.find(pattern) != std::string::npos) return true;
    window.erase(0, window.size() - std::min(window.size(), pattern.size() - 1));
  }
  return false;
}

std::string ZipErrorText(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

Error MakeError(ErrorKind kind, std::string_view part, std::string detail) {
  Error error;
  error.kind = kind;
  error.part = std::string(part);
  error.detail = std::move(detail);
  return error;
}

}  // namespace

std::string Describe(const Error& error, Lang lang) {
  const std::string part = error.part.empty() ? "" : " (" + error.part + ")";
  // libzip's and expat's own words are English: said in English only. The operating system's
  // reason is said in either language.
  std::string detail;
  if (error.system_error != 0) {
    detail = " [" + SystemErrorText(error.system_error, lang) + "]";
  } else if (lang == Lang::kEn && !error.detail.empty()) {
    detail = " [" + error.detail + "]";
  }
  switch (error.kind) {
    case ErrorKind::kCannotOpen:
      return Format(Tr(lang, "không mở được tệp{0}", "cannot open the file{0}"), {detail});
    case ErrorKind::kNotZip:
      return std::string(Tr(lang,
                            "không phải tệp Excel (.xlsx) hay Word (.docx): tệp không ở dạng "
                            "Office Open XML (zip)",
                            "not an Excel (.xlsx) or Word (.docx) file: it is not an Office Open "
                            "XML (zip) package"));
    case ErrorKind::kEncrypted:
      return std::string(Tr(lang,
                            "tệp được bảo vệ bằng mật khẩu (mã hóa); hãy mở bằng Excel/Word, bỏ "
                            "mật khẩu (Tệp > Thông tin > Bảo vệ) rồi lưu lại và gửi lại",
                            "the file is protected by a password (encrypted); open it in "
                            "Excel/Word, remove the password (File > Info > Protect) and save it "
                            "again"));
    case ErrorKind::kLegacyOffice:
      return std::string(Tr(lang,
                            "tệp Office 97-2003 (.xls/.doc) không được hỗ trợ; hãy mở và lưu lại "
                            "dưới dạng .xlsx (hoặc .docx)",
                            "an Office 97-2003 file (.xls/.doc) is not supported; open it and save "
                            "it as .xlsx (or .docx)"));
    case ErrorKind::kDamaged:
      return Format(Tr(lang,
                       "tệp zip bị cắt cụt hoặc hỏng{0}, không đọc được đến hết; hãy gửi lại "
                       "tệp đầy đủ{1}",
                       "the zip file is truncated or damaged{0} and cannot be read to the end; "
                       "send the complete file again{1}"),
                    {part, detail});
    case ErrorKind::kMissingPart:
      if (error.part == "xl/workbook.xml") {
        return Format(
            Tr(lang, "không phải sổ tính Excel (.xlsx): tệp zip không có xl/workbook.xml{0}",
               "not an Excel workbook (.xlsx): the zip holds no xl/workbook.xml{0}"),
            {detail});
      }
      return Format(Tr(lang, "tệp thiếu phần bắt buộc {0}", "the file lacks the required part {0}"),
                    {error.part});
    case ErrorKind::kBadXml:
      if (lang == Lang::kVi) {
        return Format("phần {0} không phải XML hợp lệ (dòng {1})",
                      {error.part, std::to_string(error.line)});
      }
      return Format("part {0} is not well-formed XML (line {1}): {2}",
                    {error.part, std::to_string(error.line), error.detail});
    case ErrorKind::kTooLarge:
      return Format(Tr(lang, "phần {0} quá lớn{1}", "part {0} is too large{1}"),
                    {error.part, detail});
  }
  return error.detail;
}

std::unique_ptr<Package> Package::Open(const std::string& path, Error* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int reason = errno;
    *error = MakeError(ErrorKind::kCannotOpen, "", std::strerror(reason));
    error->system_error = reason;
    return nullptr;
  }
  char head[8] = {};
  in.read(head, sizeof head);
  const std::string_view start(head, static_cast<size_t>(in.gcount()));
  if (start == kCfbSignature) {
    *error = MakeError(
        CompoundFileIsEncryptedPackage(in) ? ErrorKind::kEncrypted : ErrorKind::kLegacyOffice, "",
        "");
    return nullptr;
  }
  const bool zip_signature =
      start.substr(0, 4) == kZipSignature || start.substr(0, 4) == kEmptyZipSignature;
  if (!zip_signature) {
    *error = MakeError(ErrorKind::kNotZip, "", "");
    return nullptr;
  }
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (zip == nullptr) {
    *error = MakeError(
        code == ZIP_ER_OPEN || code == ZIP_ER_READ ? ErrorKind::kCannotOpen : ErrorKind::kDamaged,
        "", ZipErrorText(code));
    return nullptr;
  }
  return std::unique_ptr<Package>(new Package(zip));
}

Package::~Package() { zip_discard(Zip(zip_)); }

bool Package::Has(std::string_view part) const {
  return zip_name_locate(Zip(zip_), std::string(part).c_str(), ZIP_FL_NOCASE) >= 0;
}

std::vector<std::string> Package::Parts() const {
  std::vector<std::string> parts;
  const zip_int64_t count = zip_get_num_entries(Zip(zip_), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(Zip(zip_), static_cast<zip_uint64_t>(i), 0);
    if (name != nullptr) parts.emplace_back(name);
  }
  return parts;
}

bool Package::Read(std::string_view part, std::string* contents, Error* error,
                   size_t max_bytes) const {
  contents->clear();
  PartStream stream(*this, part);
  char buffer[kChunk];
  size_t got = 0;
  do {
    if (!stream.Read(buffer, sizeof buffer, &got, error)) return false;
    if (contents->size() + got > max_bytes) {
      *error =
          MakeError(ErrorKind::kTooLarge, part, "> " + std::to_string(max_bytes >> 20) + " MiB");
      return false;
    }
    contents->append(buffer, got);
  } while (got > 0);
  return true;
}

namespace {

class RelationshipsHandler final : public XmlHandler {
 public:
  RelationshipsHandler(std::string_view source, std::vector<Relationship>* out)
      : source_(source), out_(out) {}
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name != "Relationship") return;
    Relationship relationship;
    relationship.id = std::string(attributes.Get("Id"));
    relationship.type = std::string(attributes.Get("Type"));
    relationship.external = attributes.Get("TargetMode") == "External";
    const std::string_view target = attributes.Get("Target");
    relationship.target =
        relationship.external ? std::string(target) : ResolvePartName(source_, target);
    out_->push_back(std::move(relationship));
  }
  void EndElement(std::string_view) override {}
  void Characters(std::string_view) override {}

 private:
  std::string_view source_;
  std::vector<Relationship>* out_;
};

}  // namespace

bool Package::Relationships(std::string_view part, std::vector<Relationship>* out,
                            Error* error) const {
  out->clear();
  const size_t slash = part.rfind('/');
  const std::string folder(slash == std::string_view::npos ? "" : part.substr(0, slash + 1));
  const std::string name(slash == std::string_view::npos ? part : part.substr(slash + 1));
  const std::string rels = folder + "_rels/" + name + ".rels";
  if (!Has(rels)) return true;
  RelationshipsHandler handler(part, out);
  return ParseXml(*this, rels, handler, error);
}

bool Package::MainPart(std::string* part, Error* error) const {
  std::vector<Relationship> relationships;
  if (!Relationships("", &relationships, error)) return false;
  for (const Relationship& relationship : relationships) {
    // Transitional and Strict OOXML name the relationship differently; both end the same way.
    const std::string_view type = relationship.type;
    constexpr std::string_view kSuffix = "/officeDocument";
    if (!relationship.external && type.size() >= kSuffix.size() &&
        type.substr(type.size() - kSuffix.size()) == kSuffix) {
      *part = relationship.target;
      return true;
    }
  }
  *error = MakeError(ErrorKind::kMissingPart, "_rels/.rels", "officeDocument");
  return false;
}

PartStream::PartStream(const Package& package, std::string_view part) : part_(part) {
  zip_t* zip = Zip(package.zip_);
  const zip_int64_t index = zip_name_locate(zip, part_.c_str(), ZIP_FL_NOCASE);
  if (index < 0) {
    missing_ = true;
    return;
  }
  file_ = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
  if (file_ == nullptr) open_error_ = zip_strerror(zip);
}

PartStream::~PartStream() {
  if (file_ != nullptr) zip_fclose(static_cast<zip_file_t*>(file_));
}

bool PartStream::Read(char* buffer, size_t size, size_t* got, Error* error) {
  *got = 0;
  if (missing_) {
    *error = MakeError(ErrorKind::kMissingPart, part_, "");
    return false;
  }
  if (file_ == nullptr) {
    *error = MakeError(ErrorKind::kDamaged, part_, open_error_);
    return false;
  }
  auto* file = static_cast<zip_file_t*>(file_);
  const zip_int64_t n = zip_fread(file, buffer, size);
  if (n < 0) {
    *error = MakeError(ErrorKind::kDamaged, part_, zip_file_strerror(file));
    return false;
  }
  *got = static_cast<size_t>(n);
  return true;
}

std::string_view XmlAttributes::Get(std::string_view name, std::string_view fallback) const {
  for (const char** pair = pairs_; pair != nullptr && *pair != nullptr; pair += 2) {
    if (LocalName(pair[0]) == name) return pair[1];
  }
  return fallback;
}

bool XmlAttributes::Has(std::string_view name) const {
  for (const char** pair = pairs_; pair != nullptr && *pair != nullptr; pair += 2) {
    if (LocalName(pair[0]) == name) return true;
  }
  return false;
}

struct XmlReader::Impl {
  Impl(const Package& package, std::string_view part_name, XmlHandler& h)
      : part(part_name), stream(package, part_name), handler(h) {
    parser = XML_ParserCreateNS("UTF-8", kNamespaceSeparator);
    XML_SetUserData(parser, this);
    XML_SetElementHandler(
        parser,
        [](void* data, const XML_Char* name, const XML_Char** attributes) {
          auto* self = static_cast<Impl*>(data);
          self->handler.StartElement(LocalName(name), XmlAttributes(attributes));
        },
        [](void* data, const XML_Char* name) {
          static_cast<Impl*>(data)->handler.EndElement(LocalName(name));
        });
    XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* text, int length) {
      static_cast<Impl*>(data)->handler.Characters(
          std::string_view(text, static_cast<size_t>(length)));
    });
    // OOXML parts never carry a DTD; refusing one rules out entity expansion attacks.
    XML_SetStartDoctypeDeclHandler(
        parser, [](void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
          auto* self = static_cast<Impl*>(data);
          self->doctype = true;
          XML_StopParser(self->parser, XML_FALSE);
        });
  }
  ~Impl() { XML_ParserFree(parser); }

  Status Fail(Error* error) {
    error->kind = ErrorKind::kBadXml;
    error->part = part;
    error->line = static_cast<int64_t>(XML_GetCurrentLineNumber(parser));
    error->detail = doctype ? "DOCTYPE" : XML_ErrorString(XML_GetErrorCode(parser));
    failed = true;
    return Status::kError;
  }

  Status Parse(Error* error) {
    if (failed) return Status::kError;
    if (finished) return Status::kEnd;
    if (suspended) {
      suspended = false;
      pausing = false;
      const XML_Status status = XML_ResumeParser(parser);
      if (status == XML_STATUS_SUSPENDED) {
        suspended = true;
        return Status::kPaused;
      }
      if (status == XML_STATUS_ERROR) return Fail(error);
      if (last_chunk) {
        finished = true;
        return Status::kEnd;
      }
    }
    for (;;) {
      void* buffer = XML_GetBuffer(parser, static_cast<int>(kChunk));
      if (buffer == nullptr) {
        *error = MakeError(ErrorKind::kTooLarge, part, "out of memory");
        failed = true;
        return Status::kError;
      }
      size_t got = 0;
      if (!stream.Read(static_cast<char*>(buffer), kChunk, &got, error)) {
        failed = true;
        return Status::kError;
      }
      last_chunk = got == 0;
      const XML_Status status =
          XML_ParseBuffer(parser, static_cast<int>(got), last_chunk ? XML_TRUE : XML_FALSE);
      if (status == XML_STATUS_SUSPENDED) {
        suspended = true;
        return Status::kPaused;
      }
      if (status == XML_STATUS_ERROR) return Fail(error);
      if (last_chunk) {
        finished = true;
        return Status::kEnd;
      }
    }
  }

  std::string part;
  PartStream stream;
  XmlHandler& handler;
  XML_Parser parser = nullptr;
  bool doctype = false;
  bool suspended = false;
  bool pausing = false;
  bool last_chunk = false;
  bool finished = false;
  bool failed = false;
};

XmlReader::XmlReader(const Package& package, std::string_view part, XmlHandler& handler)
    : impl_(std::make_unique<Impl>(package, part, handler)) {}

XmlReader::~XmlReader() = default;

XmlReader::Status XmlReader::Parse(Error* error) { return impl_->Parse(error); }

void XmlReader::Pause() {
  if (impl_->pausing) return;
  impl_->pausing = true;
  XML_StopParser(impl_->parser, XML_TRUE);
}

int64_t XmlReader::line() const {
  return static_cast<int64_t>(XML_GetCurrentLineNumber(impl_->parser));
}

bool ParseXml(const Package& package, std::string_view part, XmlHandler& handler, Error* error) {
  XmlReader reader(package, part, handler);
  for (;;) {
    switch (reader.Parse(error)) {
      case XmlReader::Status::kEnd:
        return true;
      case XmlReader::Status::kError:
        return false;
      case XmlReader::Status::kPaused:
        break;
    }
  }
}

std::string ResolvePartName(std::string_view source_part, std::string_view target) {
  std::vector<std::string_view> segments;
  std::string_view path = target;
  if (!path.empty() && path.front() == '/') {
    path.remove_prefix(1);
  } else {
    const size_t slash = source_part.rfind('/');
    std::string_view folder =
        slash == std::string_view::npos ? std::string_view() : source_part.substr(0, slash);
    while (!folder.empty()) {
      const size_t next = folder.find('/');
      segments.push_back(folder.substr(0, next));
      if (next == std::string_view::npos) break;
      folder.remove_prefix(next + 1);
    }
  }
  while (!path.empty()) {
    const size_t next = path.find('/');
    const std::string_view segment = path.substr(0, next);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    if (next == std::string_view::npos) break;
    path.remove_prefix(next + 1);
  }
  std::string joined;
  for (const std::string_view segment : segments) {
    if (!joined.empty()) joined += '/';
    joined += segment;
  }
  return joined;
}

}  // namespace tuanthu::ooxml
