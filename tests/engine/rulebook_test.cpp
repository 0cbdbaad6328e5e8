#include <doctest/doctest.h>

#include "fixture.h"
#include "tuanthu/catalog.h"

namespace tuanthu::testing {

TEST_CASE("packs: the shipped chain vn -> province -> locality resolves with sources") {
  RuleBook book;
  LoadResult result;
  const ResolvedPack* pack = book.Resolve("vn/lai-chau/si-lo-lau", &result);
  REQUIRE_MESSAGE(pack != nullptr, result.AsString());
  REQUIRE(pack->chain.size() == 3);
  CHECK(pack->chain[0].id == "vn");
  CHECK(pack->chain[1].id == "vn/lai-chau");
  CHECK(pack->effective.Iso() == "2026-04-29");
  CHECK(pack->effective_source == "vn/lai-chau/si-lo-lau");
  const ResolvedRule* share = pack->FindRule("meetings.online_share");
  REQUIRE(share != nullptr);
  CHECK(share->declared_in == "vn");
  CHECK(share->params.at("clause").source == "vn/lai-chau/si-lo-lau");
  CHECK(share->params.at("categories").source == "vn");
  CHECK(share->params.at("strict").source == "catalog");
  const ResolvedRule* semiannual = pack->FindRule("reports.semiannual");
  REQUIRE(semiannual != nullptr);
  CHECK(semiannual->String("due") == "--06-05");  // ISO 8601, never "06-05"
  CHECK(semiannual->Bool("strict"));
  CHECK(pack->content_hash.size() == 16);
}

TEST_CASE("packs: overriding an unknown rule or parameter is an error at load time") {
  RuleBook book;
  book.AddInlinePack("test/x", R"(pack { parent = "vn", effective = "2026-04-29" }
rule "meetings.online_shares" { threshold = 0.7 }
rule "meetings.duration" { max_days = 2 }
rule "dossiers.digital_share" { threshold = 95 }
rule "reports.annual" { due = "31/02" }
)");
  LoadResult result;
  CHECK(book.Resolve("test/x", &result) == nullptr);
  REQUIRE(result.errors.size() == 4);
  CHECK(result.errors[0].rule == "meetings.online_shares");
  CHECK(result.errors[0].line == 2);
  CHECK(result.errors[0].message.find("unknown rule") != std::string::npos);
  CHECK(result.errors[1].message.find("unknown parameter 'max_days'") != std::string::npos);
  CHECK(result.errors[1].message.find("max_dissemination_days") != std::string::npos);
  CHECK(result.errors[2].message.find("0 to 1") != std::string::npos);
  CHECK(result.errors[3].message.find("dd/mm") != std::string::npos);
}

TEST_CASE("packs: a rule of a built-in kind under a new id, and switching a rule off") {
  RuleBook book;
  book.AddInlinePack("test/x", R"(pack { parent = "vn", effective = "2026-04-29" }
rule "local.meeting_share" { kind = "meetings.online_share", categories = { "meeting" }, threshold = 0.5 }
rule "meetings.duration" { enabled = false }
)");
  LoadResult result;
  const ResolvedPack* pack = book.Resolve("test/x", &result);
  REQUIRE_MESSAGE(pack != nullptr, result.AsString());
  const ResolvedRule* added = pack->FindRule("local.meeting_share");
  REQUIRE(added != nullptr);
  CHECK(added->kind == "meetings.online_share");
  CHECK(added->Number("threshold") == doctest::Approx(0.5));
  CHECK_FALSE(pack->FindRule("meetings.duration")->Bool("enabled"));
}

TEST_CASE("packs: missing parents, cycles, bad ids and a missing pack{} are reported") {
  RuleBook book;
  LoadResult result;
  book.AddInlinePack("test/a", "pack { parent = 'test/b', effective = '2026-01-01' }");
  book.AddInlinePack("test/b", "pack { parent = 'test/a' }");
  CHECK(book.Resolve("test/a", &result) == nullptr);
  CHECK(result.AsString().find("circle") != std::string::npos);
  result = {};
  CHECK(book.Resolve("../etc", &result) == nullptr);
  CHECK(result.AsString().find("not a pack id") != std::string::npos);
  result = {};
  CHECK(book.Resolve("vn/nowhere", &result) == nullptr);
  CHECK(result.AsString().find("no pack 'vn/nowhere'") != std::string::npos);
  result = {};
  book.AddInlinePack("test/c", "local x = 1");
  CHECK(book.Resolve("test/c", &result) == nullptr);
  CHECK(result.AsString().find("never calls pack") != std::string::npos);
  result = {};
  book.AddInlinePack("test/d", "pack { parent = 'vn', effective = '2026-13-01' }");
  CHECK(book.Resolve("test/d", &result) == nullptr);
  CHECK(result.AsString().find("test/d/pack.lua:1:") != std::string::npos);
}

TEST_CASE("packs: a locality's own pack outside the tree inherits from the shipped ones") {
  const auto dir = std::filesystem::temp_directory_path() / "tuanthu-rulebook-test";
  std::filesystem::create_directories(dir / "vn/lai-chau/si-lo-lau-2027");
  {
    std::ofstream out(dir / "vn/lai-chau/si-lo-lau-2027/pack.lua");
    out << "pack { parent = 'vn/lai-chau/si-lo-lau', effective = '2027-01-01' }\n"
           "rule 'reports.annual' { due = '01/12', clause = 'IV.1.b (sửa đổi)' }\n";
  }
  RuleBook book({dir.string()});
  LoadResult result;
  const ResolvedPack* pack = book.Resolve("vn/lai-chau/si-lo-lau-2027", &result);
  REQUIRE_MESSAGE(pack != nullptr, result.AsString());
  CHECK(pack->FindRule("reports.annual")->String("due") == "--12-01");
  CHECK(pack->FindRule("reports.annual")->params.at("due").source == "vn/lai-chau/si-lo-lau-2027");
  CHECK(pack->FindRule("reports.semiannual")->String("due") == "--06-05");
  std::filesystem::remove_all(dir);
}

TEST_CASE("packs: a day of the year reads dd/mm or ISO --mm-dd and is kept as ISO --mm-dd") {
  RuleBook book;
  book.AddInlinePack("test/x", R"(pack { parent = "vn", effective = "2026-04-29" }
rule "reports.semiannual" { due = "05/06" }
rule "reports.annual" { due = "--12-05" }
)");
  LoadResult result;
  const ResolvedPack* pack = book.Resolve("test/x", &result);
  REQUIRE_MESSAGE(pack != nullptr, result.AsString());
  CHECK(pack->FindRule("reports.semiannual")->String("due") == "--06-05");
  CHECK(pack->FindRule("reports.annual")->String("due") == "--12-05");
  book.AddInlinePack("test/y", R"(pack { parent = "vn", effective = "2026-04-29" }
rule "reports.annual" { due = "--13-05" }
)");
  CHECK(book.Resolve("test/y", &result) == nullptr);
}

TEST_CASE("packs: every kind but the locality's weekly schedule takes roles, shares take years") {
  for (const KindSpec& kind : Catalog()) {
    if (kind.id == "schedule.weekly" || kind.id == "custom") continue;
    CHECK_MESSAGE(kind.Find("roles") != nullptr, kind.id);
  }
  const KindSpec* share = FindKind("meetings.online_share");
  REQUIRE(share != nullptr);
  CHECK(share->Find("roles")->default_value ==
        nlohmann::json::array({"committee", "office", "culture_social", "economy", "department",
                               "service_center", "public_service"}));
  CHECK(FindKind("reports.annual")->Find("roles")->default_value.size() == 6);  // no committee
  for (const char* id : {"meetings.online_share", "meetings.reduction", "documents.reduction",
                         "reports.written_reduction", "dossiers.digitized_share"}) {
    CHECK_MESSAGE(FindKind(id)->Find("years") != nullptr, id);
  }
  CHECK(FindKind("meetings.duration")->Find("categories")->default_value ==
        nlohmann::json::array({"conference"}));

  RuleBook book;
  book.AddInlinePack("test/x", R"(pack { parent = "vn", effective = "2026-04-29" }
rule "meetings.online_share" { years = 2026 }
rule "meetings.reduction" { years = { "2026" } }
)");
  LoadResult result;
  CHECK(book.Resolve("test/x", &result) == nullptr);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].rule == "meetings.reduction");
  CHECK(result.errors[0].message.find("list of years") != std::string::npos);
}

}  // namespace tuanthu::testing
