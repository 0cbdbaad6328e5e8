#include "import/csv_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace tuanthu::importing {
namespace {

struct Read {
  std::vector<std::vector<std::string>> records;
  std::vector<int64_t> lines;
  std::vector<CsvRecord::Error> errors;
  char delimiter = 0;
};

Read ReadAll(std::string_view text) {
  Read read;
  CsvReader reader(text);
  read.delimiter = reader.delimiter();
  CsvRecord record;
  while (reader.Next(&record)) {
    read.records.emplace_back(record.fields.begin(),
                              record.fields.begin() + static_cast<std::ptrdiff_t>(record.size));
    read.lines.push_back(record.line);
    read.errors.push_back(record.error);
  }
  return read;
}

using Fields = std::vector<std::string>;

TEST_CASE("csv reader: comma delimiter") {
  const Read read = ReadAll("a,b,c\n1,2,3\n");
  CHECK(read.delimiter == ',');
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[0] == Fields{"a", "b", "c"});
  CHECK(read.records[1] == Fields{"1", "2", "3"});
  CHECK(read.lines == std::vector<int64_t>{1, 2});
}

TEST_CASE("csv reader: semicolon delimiter detected from the header") {
  const Read read = ReadAll("a;b;c\n1,5;2;3\n");
  CHECK(read.delimiter == ';');
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[1] == Fields{"1,5", "2", "3"});
}

TEST_CASE("csv reader: delimiters inside quotes in the header do not count") {
  const Read read = ReadAll("\"a;b;c\",d\n1,2\n");
  CHECK(read.delimiter == ',');
  CHECK(read.records[0] == Fields{"a;b;c", "d"});
}

TEST_CASE("csv reader: the header may follow empty lines") {
  const Read read = ReadAll("\r\n\na;b\n1;2\n");
  CHECK(read.delimiter == ';');
  CHECK(read.lines == std::vector<int64_t>{3, 4});
}

TEST_CASE("csv reader: a single column defaults to comma") {
  CHECK(ReadAll("code\nX\n").delimiter == ',');
  CHECK(DetectDelimiter("") == ',');
}

TEST_CASE("csv reader: byte order mark is skipped") {
  const Read read = ReadAll("\xEF\xBB\xBFname;x\nA;B\n");
  CHECK(read.delimiter == ';');
  CHECK(read.records[0] == Fields{"name", "x"});
}

TEST_CASE("csv reader: quoted fields with delimiters, doubled quotes and line breaks") {
  const Read read = ReadAll(
      "id,text\n"
      "1,\"a, b; c\"\n"
      "2,\"say \"\"hi\"\"\"\n"
      "3,\"two\nlines\"\n"
      "4,\"\"\n"
      "5,plain\n");
  REQUIRE(read.records.size() == 6);
  CHECK(read.records[1] == Fields{"1", "a, b; c"});
  CHECK(read.records[2] == Fields{"2", "say \"hi\""});
  CHECK(read.records[3] == Fields{"3", "two\nlines"});
  CHECK(read.records[4] == Fields{"4", ""});
  CHECK(read.records[5] == Fields{"5", "plain"});
  // Physical lines: the record with a line break starts on line 4 and ends on line 5.
  CHECK(read.lines == std::vector<int64_t>{1, 2, 3, 4, 6, 7});
}

TEST_CASE("csv reader: CRLF line ends") {
  const Read read = ReadAll("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5");
  REQUIRE(read.records.size() == 4);
  CHECK(read.records[1] == Fields{"1", "2"});
  CHECK(read.records[2] == Fields{"x\r\ny", "3"});
  CHECK(read.records[3] == Fields{"4", "5"});
  CHECK(read.lines == std::vector<int64_t>{1, 2, 3, 5});
}

TEST_CASE("csv reader: empty lines are skipped but counted") {
  const Read read = ReadAll("a,b\n\n1,2\n\r\n3,4\n\n");
  REQUIRE(read.records.size() == 3);
  CHECK(read.lines == std::vector<int64_t>{1, 3, 5});
}

TEST_CASE("csv reader: empty fields and a trailing delimiter") {
  const Read read = ReadAll("a,b,c\n,,\n1,,\n");
  CHECK(read.records[1] == Fields{"", "", ""});
  CHECK(read.records[2] == Fields{"1", "", ""});
}

TEST_CASE("csv reader: last line without a line end") {
  const Read read = ReadAll("a\nx");
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[1] == Fields{"x"});
}

TEST_CASE("csv reader: an unclosed quote is reported") {
  const Read read = ReadAll("a,b\n1,\"open\n2,3\n");
  REQUIRE(read.records.size() == 2);
  CHECK(read.errors[1] == CsvRecord::Error::kUnclosedQuote);
  CHECK(read.lines[1] == 2);
}

TEST_CASE("csv reader: text after a closing quote is reported and kept") {
  const Read read = ReadAll("a,b\n\"x\"y,2\n3,4\n");
  REQUIRE(read.records.size() == 3);
  CHECK(read.errors[1] == CsvRecord::Error::kTextAfterQuote);
  CHECK(read.records[1] == Fields{"xy", "2"});
  CHECK(read.errors[2] == CsvRecord::Error::kNone);
}

TEST_CASE("csv reader: blank records") {
  CsvReader reader("a,b\n , \n");
  CsvRecord record;
  REQUIRE(reader.Next(&record));
  CHECK_FALSE(record.Blank());
  REQUIRE(reader.Next(&record));
  CHECK(record.Blank());
}

TEST_CASE("csv reader: UTF-8 text passes through unchanged") {
  const Read read = ReadAll("tên;cấp\nPhường Ngọc Hà;ward\n");
  CHECK(read.records[1] == Fields{"Phường Ngọc Hà", "ward"});
}

}  // namespace
}  // namespace tuanthu::importing
