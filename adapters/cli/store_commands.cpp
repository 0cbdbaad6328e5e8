#include "cli/store_commands.h"

#include <sstream>
#include <string_view>

#include <boost/program_options.hpp>
#include <ostream>

#include "history/history.h"
#include "store/postgres.h"
#include "store/postgres_schema.h"

namespace tuanthu::cli {
namespace po = boost::program_options;
namespace {

constexpr const char* kUsage =
    "Usage:\n"
    "  tuanthu store init    --db postgresql://... [--roles] [--print-sql]\n"
    "      creates the schema (done anyway on first use); with --roles also the group roles\n"
    "      tuanthu_inspector and tuanthu_commune and the row-level security policies\n"
    "  tuanthu store account --db postgresql://... --role NAME (--commune CODE | --inspector)\n"
    "      makes the login role NAME (if absent, without a password: set one with ALTER ROLE)\n"
    "      a commune's account, which may replace only that locality's data, or an inspector's\n";

int Init(const std::vector<std::string>& args, std::ostream& out) {
  std::string uri;
  bool roles = false, print_sql = false;
  po::options_description options("tuanthu store init");
  options.add_options()("help,h", "this help")("db", po::value(&uri)->required(),
                                               "the PostgreSQL store (postgresql://...)")(
      "roles", po::bool_switch(&roles), "also create the roles and row-level security policies")(
      "print-sql", po::bool_switch(&print_sql),
      "print the SQL of the roles and policies instead of running it (for a DBA to review)");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << kUsage << options;
    return 0;
  }
  po::notify(vm);
  if (print_sql) {
    out << pg::RolesSql();
    return 0;
  }
  if (!pg::IsPostgresUri(uri)) throw po::error("--db must be a postgresql:// URI");
  pg::Connection connection(uri);
  pg::EnsureSchema(connection);
  History(connection).Upgrade();  // a store made by an earlier version: its history too
  if (roles) {
    pg::Transaction transaction(connection);
    connection.Exec(pg::RolesSql());
    transaction.Commit();
  }
  out << "tuanthu: store " << pg::RedactUri(uri) << " ready (schema version " << pg::kSchemaVersion
      << (roles ? ", roles and row-level security" : "") << ")\n";
  return 0;
}

int Account(const std::vector<std::string>& args, std::ostream& out) {
  std::string uri, role, commune;
  bool inspector = false;
  po::options_description options("tuanthu store account");
  options.add_options()("help,h", "this help")("db", po::value(&uri)->required(),
                                               "the PostgreSQL store (postgresql://...)")(
      "role", po::value(&role)->required(), "the login role")(
      "commune", po::value(&commune), "the locality code whose data the account may replace")(
      "inspector", po::bool_switch(&inspector), "an inspector: reads everything, records runs");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << kUsage << options;
    return 0;
  }
  po::notify(vm);
  if (inspector == !commune.empty())
    throw po::error("give exactly one of --commune CODE and --inspector");
  if (!pg::IsPostgresUri(uri)) throw po::error("--db must be a postgresql:// URI");
  pg::Connection connection(uri);
  if (!pg::HasTable(connection, "tuanthu_accounts")) {
    throw po::error("the store has no roles yet: run tuanthu store init --db URI --roles first");
  }
  if (inspector) {
    pg::AddInspectorAccount(connection, role);
    out << "tuanthu: " << role << " is an inspector's account\n";
  } else {
    pg::AddCommuneAccount(connection, role, commune);
    out << "tuanthu: " << role << " may replace the data of locality " << commune << "\n";
  }
  return 0;
}

}  // namespace

int Store(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    out << kUsage;
    return 2;
  }
  if (args[0] == "--help" || args[0] == "-h") {
    // The usage, then the options of both store commands.
    out << kUsage;
    for (int (*command)(const std::vector<std::string>&, std::ostream&) : {Init, Account}) {
      std::ostringstream help;
      command({"--help"}, help);
      out << help.str().substr(std::string_view(kUsage).size());
    }
    return 0;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "init") return Init(rest, out);
  if (args[0] == "account") return Account(rest, out);
  err << "tuanthu: unknown store command '" << args[0] << "'\n" << kUsage;
  return 2;
}

}  // namespace tuanthu::cli
