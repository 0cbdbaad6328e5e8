// Decomposed Unicode (NFD, as macOS and some Windows tools write it) reads like composed text:
// headers, yes/no values and enumerated values are compared after NFC normalisation, and text is
// stored composed.
#include <doctest/doctest.h>

#include "import/text.h"
#include "import/values.h"
#include "import_test_util.h"

namespace tuanthu::testing {

TEST_CASE("unicode: NFC normalisation composes what tools write decomposed") {
  using importing::NormalizeNfc;
  CHECK(NormalizeNfc("Nga\xCC\x80y ban ha\xCC\x80nh") == "Ngày ban hành");
  CHECK(NormalizeNfc("Co\xCC\x81") == "Có");
  CHECK(NormalizeNfc("ho\xCC\xA3\xCC\x82") == "hộ");  // marks in either order compose alike
  CHECK(NormalizeNfc("ho\xCC\x82\xCC\xA3") == "hộ");
  CHECK(NormalizeNfc("plain ascii") == "plain ascii");
  CHECK(NormalizeNfc("bad \xFF") == "bad \xFF");  // invalid UTF-8 is left for the caller to report
  CHECK(importing::ParseBool("Co\xCC\x81") == true);
  CHECK(importing::ParseBool("KHO\xCC\x82NG") == false);
  CHECK(importing::NormalizeHeader("  Nga\xCC\x80y  ban ha\xCC\x80nh ") == "ngày ban hành");
}

TEST_CASE("unicode: a CSV with NFD headers and values imports like its NFC twin") {
  TempDir dir;
  WriteBase(dir);
  dir.Write(
      "documents.csv",
      // số ký hiệu, unit_id, chiều, nhóm văn bản, loại văn bản, ngày ban hành, điện tử,
      // mật, trích yếu: all decomposed
      "so\xCC\x82\xCC\x81 ky\xCC\x81 "
      "hie\xCC\xA3\xCC\x82u,unit_id,chie\xCC\x82\xCC\x80u,nho\xCC\x81m va\xCC\x86n ba\xCC\x89n,"
      "loa\xCC\xA3i va\xCC\x86n ba\xCC\x89n,Nga\xCC\x80y ban ha\xCC\x80nh,"
      "\xC4\x91ie\xCC\xA3\xCC\x82n tu\xCC\x9B\xCC\x89,ma\xCC\xA3\xCC\x82t,"
      "tri\xCC\x81\x63h ye\xCC\x82\xCC\x81u\n"
      "D1,U1,outgoing,administrative,plan,05/06/2026,Co\xCC\x81,Kho\xCC\x82ng,"
      "Ke\xCC\x82\xCC\x81 hoa\xCC\xA3\x63h\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(result.counts.at("documents").imported == 1);
  CHECK(QueryText(db, "SELECT date FROM documents WHERE doc_id = 'D1'") == "2026-06-05");
  CHECK(QueryText(db, "SELECT electronic || '/' || secret FROM documents") == "1/0");
  CHECK(QueryText(db, "SELECT subject FROM documents") == "Kế hoạch");
}

TEST_CASE("unicode: decomposed ids refer to their composed twins") {
  TempDir dir;
  dir.Write("localities.csv",
            "code,name,level,parent_code,pack\n"
            "01,Thành phố Hà Nội,province,,vn/ha-noi\n"
            "00004,Phường Ngọc Hà,ward,01,vn/ha-noi/ngoc-ha\n");
  dir.Write("units.csv",
            "unit_id,locality_code,name,role\n"
            "PHÒNG-VH,00004,Phòng Văn hóa - Xã hội,culture_social\n");
  dir.Write("meetings.csv",
            "meeting_id,unit_id,role,category,kind,start_date,duration_days,format\n"
            "M1,PHO\xCC\x80NG-VH,host,conference,dissemination,2026-06-04,0.5,online\n");
  Database db(":memory:");
  const ImportResult result = ImportDataSet(dir.str(), db, {});
  REQUIRE_MESSAGE(result.ok(), result.ErrorsText());
  CHECK(QueryText(db, "SELECT unit_id FROM meetings") == "PHÒNG-VH");
}

}  // namespace tuanthu::testing
