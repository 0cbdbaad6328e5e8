// The throwaway PostgreSQL server of the test run (tests/support/pg_server.sh, started by ctest
// as the `postgres` fixture) and a fresh database on it for each test. A test that needs the
// server fails when it is absent: none passes by skipping.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <string>

#include "store/postgres.h"

namespace tuanthu::testing {

// The server's URI (TUANTHU_TEST_PG); fails the test when it is not set.
inline std::string PgServerUri() {
  const char* uri = std::getenv("TUANTHU_TEST_PG");
  REQUIRE_MESSAGE((uri != nullptr && *uri != '\0'),
                  "TUANTHU_TEST_PG is not set: run the tests through ctest (which starts a "
                  "server), or start one with tests/support/pg_server.sh start DIR and export "
                  "TUANTHU_TEST_PG=$(cat DIR.uri)");
  return uri;
}

// `uri` with its database name replaced by `database` (and its user by `user` when given).
inline std::string WithDatabase(const std::string& uri, const std::string& database,
                                const std::string& user = "") {
  const size_t scheme = uri.find("://") + 3;
  const size_t slash = uri.find('/', scheme);
  const size_t query = uri.find('?', slash);
  std::string authority = uri.substr(scheme, slash - scheme);
  if (!user.empty()) {
    const size_t at = authority.find('@');
    authority = user + (at == std::string::npos ? "@" + authority : authority.substr(at));
  }
  return uri.substr(0, scheme) + authority + "/" + database +
         (query == std::string::npos ? "" : uri.substr(query));
}

// A database of its own for one test, dropped at the end.
class PgTestDatabase {
 public:
  explicit PgTestDatabase(const std::string& label) {
    static std::atomic<int> counter{0};
    name_ = "t_" + label + "_" + std::to_string(::getpid()) + "_" +
            std::to_string(counter.fetch_add(1));
    for (char& c : name_) {
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    server_ = PgServerUri();
    pg::Connection admin(server_);
    admin.Exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    admin.Exec("CREATE DATABASE " + name_ + " TEMPLATE template0 ENCODING 'UTF8'");
    uri_ = WithDatabase(server_, name_);
  }
  ~PgTestDatabase() {
    try {
      pg::Connection admin(server_);
      admin.Exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {
      // The server is thrown away at the end of the run anyway.
    }
  }
  PgTestDatabase(const PgTestDatabase&) = delete;
  PgTestDatabase& operator=(const PgTestDatabase&) = delete;

  const std::string& uri() const { return uri_; }
  const std::string& name() const { return name_; }
  // The same database as another user.
  std::string UriAs(const std::string& user) const { return WithDatabase(server_, name_, user); }

 private:
  std::string server_;
  std::string name_;
  std::string uri_;
};

}  // namespace tuanthu::testing
