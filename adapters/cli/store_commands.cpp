#include "cli/store_commands.h"

#include <boost/program_options.hpp>
#include <ostream>
#include <sstream>
#include <string_view>

#include "cli/commands.h"
#include "history/history.h"
#include "store/postgres.h"
#include "store/postgres_schema.h"

namespace tuanthu::cli {
namespace po = boost::program_options;
namespace {

constexpr const char* kUsageVi =
    "Cách dùng:\n"
    "  tuanthu store init    --db postgresql://... [--roles] [--print-sql]\n"
    "      tạo lược đồ (lần dùng đầu cũng tự tạo); với --roles tạo thêm các vai trò nhóm\n"
    "      tuanthu_inspector, tuanthu_commune và các chính sách bảo mật theo dòng\n"
    "  tuanthu store account --db postgresql://... --role TÊN (--commune MÃ | --inspector)\n"
    "      tạo vai trò đăng nhập TÊN (nếu chưa có, không mật khẩu: đặt bằng ALTER ROLE)\n"
    "      cho một xã, chỉ được thay dữ liệu của địa bàn đó, hoặc cho một thanh tra viên\n";

constexpr const char* kUsageEn =
    "Usage:\n"
    "  tuanthu store init    --db postgresql://... [--roles] [--print-sql]\n"
    "      creates the schema (done anyway on first use); with --roles also the group roles\n"
    "      tuanthu_inspector and tuanthu_commune and the row-level security policies\n"
    "  tuanthu store account --db postgresql://... --role NAME (--commune CODE | --inspector)\n"
    "      makes the login role NAME (if absent, without a password: set one with ALTER ROLE)\n"
    "      a commune's account, which may replace only that locality's data, or an inspector's\n";

const char* Usage(Lang lang) { return lang == Lang::kEn ? kUsageEn : kUsageVi; }

int Init(const std::vector<std::string>& args, std::ostream& out) {
  std::string uri, lang_text = "vi";
  bool roles = false, print_sql = false;
  const Lang h = LangOfArguments(args);  // the language of --help
  po::options_description options("tuanthu store init");
  options.add_options()("help,h", Says(h, "trợ giúp này", "this help"))(
      "db", po::value(&uri)->required(),
      Says(h, "kho PostgreSQL (postgresql://...)", "the PostgreSQL store (postgresql://...)"))(
      "roles", po::bool_switch(&roles),
      Says(h, "tạo thêm các vai trò và chính sách bảo mật theo dòng",
           "also create the roles and row-level security policies"))(
      "print-sql", po::bool_switch(&print_sql),
      Says(h, "in SQL của các vai trò và chính sách thay vì chạy (để quản trị CSDL xem xét)",
           "print the SQL of the roles and policies instead of running it (for a DBA to "
           "review)"))("lang", po::value(&lang_text),
                       Says(h, "vi (mặc định) hoặc en", "vi (default) or en"));
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << Usage(h) << options;
    return 0;
  }
  po::notify(vm);
  const Lang lang = LangOption(lang_text);
  if (print_sql) {
    out << pg::RolesSql();
    return 0;
  }
  if (!pg::IsPostgresUri(uri))
    throw po::error(std::string(
        Tr(lang, "--db phải là một URI postgresql://", "--db must be a postgresql:// URI")));
  pg::Connection connection(uri);
  pg::EnsureSchema(connection);
  History(connection).Upgrade();  // a store made by an earlier version: its history too
  if (roles) {
    pg::Transaction transaction(connection);
    connection.Exec(pg::RolesSql());
    transaction.Commit();
  }
  out << "tuanthu: "
      << Format(Tr(lang, "kho {0} đã sẵn sàng (lược đồ phiên bản {1}{2})\n",
                   "store {0} ready (schema version {1}{2})\n"),
                {pg::RedactUri(uri), std::to_string(pg::kSchemaVersion),
                 roles ? Tr(lang, ", các vai trò và bảo mật theo dòng",
                            ", roles and row-level security")
                       : ""});
  return 0;
}

int Account(const std::vector<std::string>& args, std::ostream& out) {
  std::string uri, role, commune, lang_text = "vi";
  bool inspector = false;
  const Lang h = LangOfArguments(args);  // the language of --help
  po::options_description options("tuanthu store account");
  options.add_options()("help,h", Says(h, "trợ giúp này", "this help"))(
      "db", po::value(&uri)->required(),
      Says(h, "kho PostgreSQL (postgresql://...)", "the PostgreSQL store (postgresql://...)"))(
      "role", po::value(&role)->required(), Says(h, "vai trò đăng nhập", "the login role"))(
      "commune", po::value(&commune),
      Says(h, "mã địa bàn mà tài khoản được thay dữ liệu",
           "the locality code whose data the account may replace"))(
      "inspector", po::bool_switch(&inspector),
      Says(h, "một thanh tra viên: đọc mọi thứ, lưu các lần chạy",
           "an inspector: reads everything, records runs"))(
      "lang", po::value(&lang_text), Says(h, "vi (mặc định) hoặc en", "vi (default) or en"));
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    out << Usage(h) << options;
    return 0;
  }
  po::notify(vm);
  const Lang lang = LangOption(lang_text);
  if (inspector == !commune.empty())
    throw po::error(std::string(Tr(lang, "hãy nêu đúng một trong --commune MÃ và --inspector",
                                   "give exactly one of --commune CODE and --inspector")));
  if (!pg::IsPostgresUri(uri))
    throw po::error(std::string(
        Tr(lang, "--db phải là một URI postgresql://", "--db must be a postgresql:// URI")));
  pg::Connection connection(uri);
  if (!pg::HasTable(connection, "tuanthu_accounts")) {
    throw po::error(std::string(
        Tr(lang, "kho chưa có các vai trò: hãy chạy tuanthu store init --db URI --roles trước",
           "the store has no roles yet: run tuanthu store init --db URI --roles first")));
  }
  if (inspector) {
    pg::AddInspectorAccount(connection, role);
    out << "tuanthu: "
        << Format(Tr(lang, "{0} là tài khoản thanh tra viên\n", "{0} is an inspector's account\n"),
                  {role});
  } else {
    pg::AddCommuneAccount(connection, role, commune);
    out << "tuanthu: "
        << Format(Tr(lang, "{0} được thay dữ liệu của địa bàn {1}\n",
                     "{0} may replace the data of locality {1}\n"),
                  {role, commune});
  }
  return 0;
}

}  // namespace

int Store(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const Lang lang = LangOfArguments(args);
  if (args.empty()) {
    out << Usage(lang);
    return 2;
  }
  if (args[0] == "--help" || args[0] == "-h") {
    // The usage, then the options of both store commands.
    out << Usage(lang);
    std::vector<std::string> help_args{"--help"};
    if (lang == Lang::kEn) help_args = {"--help", "--lang", "en"};
    for (int (*command)(const std::vector<std::string>&, std::ostream&) : {Init, Account}) {
      std::ostringstream help;
      command(help_args, help);
      out << help.str().substr(std::string_view(Usage(lang)).size());
    }
    return 0;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "init") return Init(rest, out);
  if (args[0] == "account") return Account(rest, out);
  err << "tuanthu: "
      << Format(Tr(lang, "không có lệnh store '{0}'\n", "unknown store command '{0}'\n"), {args[0]})
      << Usage(lang);
  return 2;
}

}  // namespace tuanthu::cli
