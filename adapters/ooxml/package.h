// A small streaming reader of Office Open XML packages (.xlsx, .docx): the zip container through
// libzip, each part inflated as a stream and its XML parsed incrementally by expat (SAX). Nothing
// here knows spreadsheets or documents; workbook and document readers are built on top of it.
// Memory stays bounded by the chunk size plus what a handler keeps, whatever the part's size.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tuanthu/lang.h"

namespace tuanthu::ooxml {

enum class ErrorKind {
  kCannotOpen,    // the file cannot be opened or read at all
  kNotZip,        // neither a zip package nor an Office compound file
  kEncrypted,     // an OOXML file protected by a password (a CFB file holding EncryptedPackage)
  kLegacyOffice,  // a compound (CFB) file that is not encrypted OOXML: an Office 97-2003 file
  kDamaged,       // a zip that cannot be read to the end: truncated, or a part fails to inflate
  kMissingPart,   // a part the format requires is absent
  kBadXml,        // a part is not well-formed XML (or carries a DTD, which OOXML never does)
  kTooLarge,      // a part read whole is larger than the caller allows
};

struct Error {
  ErrorKind kind = ErrorKind::kCannotOpen;
  std::string part;      // the part concerned, e.g. "xl/worksheets/sheet1.xml"; empty for the file
  std::string detail;    // libzip's or expat's own words, for the curious
  int64_t line = 0;      // kBadXml: the line in the part
  int system_error = 0;  // kCannotOpen: the errno, said in the language asked for
};

// What went wrong, for the people who sent the file: what it is and what to do about it.
std::string Describe(const Error& error, Lang lang);

struct Relationship {
  std::string id;      // rId1
  std::string type;    // the full relationship type URI
  std::string target;  // the part it points at, resolved to a part name ("xl/worksheets/s1.xml")
  bool external = false;
};

class Package {
 public:
  // Opens `path`; nullptr with `error` set if it is not a readable zip package (an encrypted or
  // legacy Office file, a truncated zip and a file of another kind are told apart).
  static std::unique_ptr<Package> Open(const std::string& path, Error* error);
  ~Package();
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  // Part names are zip entry names without a leading '/'; OPC compares them case-insensitively.
  bool Has(std::string_view part) const;
  std::vector<std::string> Parts() const;

  // Reads a whole (small) part: relationships, workbook, styles. kTooLarge past `max_bytes`.
  bool Read(std::string_view part, std::string* contents, Error* error,
            size_t max_bytes = 64u << 20) const;

  // The relationships of `part` (from its `_rels/<name>.rels`), targets resolved against the
  // part's folder. An absent relationships part is no relationship, not an error.
  bool Relationships(std::string_view part, std::vector<Relationship>* out, Error* error) const;

  // The main part (the officeDocument relationship of the package): "xl/workbook.xml",
  // "word/document.xml". kMissingPart if the package declares none.
  bool MainPart(std::string* part, Error* error) const;

 private:
  friend class PartStream;
  explicit Package(void* zip) : zip_(zip) {}
  void* zip_;  // zip_t*
};

// The inflated bytes of one part, read front to back.
class PartStream {
 public:
  PartStream(const Package& package, std::string_view part);
  ~PartStream();
  PartStream(const PartStream&) = delete;
  PartStream& operator=(const PartStream&) = delete;

  // False with `error` set if the part is absent or cannot be inflated. `got` 0 at the end.
  bool Read(char* buffer, size_t size, size_t* got, Error* error);

 private:
  std::string part_;
  void* file_ = nullptr;  // zip_file_t*
  std::string open_error_;
  bool missing_ = false;
};

// The attributes of an element as expat passes them: name/value pairs, names without their
// namespace (`r:id` is "id").
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  // The value of the attribute with local name `name`; `fallback` if absent.
  std::string_view Get(std::string_view name, std::string_view fallback = {}) const;
  bool Has(std::string_view name) const;

 private:
  const char** pairs_;
};

// Receives the events of one part. Names are local names (`x:row` and `row` alike); text comes in
// pieces that the handler joins if it needs to.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void StartElement(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void EndElement(std::string_view name) = 0;
  virtual void Characters(std::string_view text) = 0;
};

// Streams one part through a handler, a chunk at a time. A handler that has gathered what its
// caller wants (a row, a paragraph) calls Pause(); Parse() then returns, and the next Parse()
// goes on from the same place. That keeps callers' work (and their exceptions) out of expat.
class XmlReader {
 public:
  enum class Status { kPaused, kEnd, kError };

  XmlReader(const Package& package, std::string_view part, XmlHandler& handler);
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  Status Parse(Error* error);
  void Pause();          // only from inside a handler callback
  int64_t line() const;  // the line being parsed, for messages

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses `part` to the end through `handler` (a handler that never pauses).
bool ParseXml(const Package& package, std::string_view part, XmlHandler& handler, Error* error);

// A part name joined with a relationship target: ("xl/workbook.xml", "worksheets/sheet1.xml") ->
// "xl/worksheets/sheet1.xml"; a target starting with '/' is from the package root; ".." climbs.
std::string ResolvePartName(std::string_view source_part, std::string_view target);

}  // namespace tuanthu::ooxml
