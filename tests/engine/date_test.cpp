#include "tuanthu/date.h"

#include <doctest/doctest.h>

using tuanthu::Date;

TEST_CASE("date: ISO and Vietnamese day-first forms parse to the same day") {
  CHECK(Date::Parse("2026-06-05")->Iso() == "2026-06-05");
  CHECK(Date::Parse("05/06/2026")->Iso() == "2026-06-05");
  CHECK(Date::Parse("5/6/2026")->Iso() == "2026-06-05");
  CHECK(Date::Parse("05/06/2026")->Display() == "05/06/2026");
}

TEST_CASE("date: impossible days and month-first dates are refused") {
  CHECK_FALSE(Date::Parse("2026-02-30"));
  CHECK_FALSE(Date::Parse("30/02/2026"));
  CHECK_FALSE(Date::Parse("12/25/2026"));  // month first: there is no month 25
  CHECK_FALSE(Date::Parse("2026-6-5"));
  CHECK_FALSE(Date::Parse(""));
  CHECK(Date::Parse("29/02/2028"));
  CHECK_FALSE(Date::Parse("29/02/2026"));
}

TEST_CASE("date: weekdays and ISO weeks") {
  CHECK(Date::Parse("2026-06-01")->weekday() == 1);  // a Monday
  CHECK(Date::Parse("2026-05-31")->weekday() == 7);
  CHECK(Date::Parse("2026-06-01")->IsoWeek() == "2026-W23");
  CHECK(Date::Parse("2027-01-01")->IsoWeek() == "2026-W53");
  CHECK(*Date::Parse("2026-06-05") - *Date::Parse("2026-06-01") == 4);
}
