// libpq, loaded when a PostgreSQL store is first used rather than when tuanthu starts. libpq
// brings some twenty libraries of its own (TLS, Kerberos, LDAP), and loading them cost every run
// about 2.5 ms, a twentieth of a one-locality check, even on a SQLite store. The functions
// tuanthu calls are defined here under their own names: each forwards to the real one, found in
// libpq.so.5 (Debian's libpq5, a dependency of the package) on the first call.
#include <dlfcn.h>
#include <libpq-fe.h>

#include <string>

#include "tuanthu/store.h"

namespace {

#define TUANTHU_LIBPQ_FUNCTIONS(X) \
  X(PQclear)                       \
  X(PQcmdTuples)                   \
  X(PQconnectdb)                   \
  X(PQconsumeInput)                \
  X(PQerrorMessage)                \
  X(PQescapeLiteral)               \
  X(PQexec)                        \
  X(PQexecParams)                  \
  X(PQfinish)                      \
  X(PQfname)                       \
  X(PQfreemem)                     \
  X(PQftype)                       \
  X(PQgetCopyData)                 \
  X(PQgetResult)                   \
  X(PQgetisnull)                   \
  X(PQgetlength)                   \
  X(PQgetvalue)                    \
  X(PQisBusy)                      \
  X(PQnfields)                     \
  X(PQntuples)                     \
  X(PQputCopyData)                 \
  X(PQputCopyEnd)                  \
  X(PQrequestCancel)               \
  X(PQresultErrorField)            \
  X(PQresultErrorMessage)          \
  X(PQresultStatus)                \
  X(PQsendQueryParams)             \
  X(PQsetNoticeProcessor)          \
  X(PQsetSingleRowMode)            \
  X(PQsocket)                      \
  X(PQstatus)                      \
  X(PQtransactionStatus)

struct LibPq {
#define TUANTHU_LIBPQ_POINTER(name) decltype(&::name) name = nullptr;
  TUANTHU_LIBPQ_FUNCTIONS(TUANTHU_LIBPQ_POINTER)
#undef TUANTHU_LIBPQ_POINTER
};

[[noreturn]] void CannotLoad(const std::string& what) {
  throw tuanthu::StoreError(
      "cannot use a PostgreSQL store: " + what + " (Debian package libpq5)",
      "không dùng được kho PostgreSQL: không nạp được " + what + " (gói Debian libpq5)");
}

LibPq Load() {
  // Never closed: the process keeps it, as it would a library it was linked with.
  void* handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* error = dlerror();
    CannotLoad(error != nullptr ? error : "libpq.so.5");
  }
  LibPq lib;
#define TUANTHU_LIBPQ_RESOLVE(name)                                     \
  lib.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name)); \
  if (lib.name == nullptr) CannotLoad(std::string("libpq.so.5 without ") + #name);
  TUANTHU_LIBPQ_FUNCTIONS(TUANTHU_LIBPQ_RESOLVE)
#undef TUANTHU_LIBPQ_RESOLVE
  return lib;
}

const LibPq& Lib() {
  static const LibPq lib = Load();
  return lib;
}

}  // namespace

extern "C" {

void PQclear(PGresult* res) { Lib().PQclear(res); }
char* PQcmdTuples(PGresult* res) { return Lib().PQcmdTuples(res); }
PGconn* PQconnectdb(const char* conninfo) { return Lib().PQconnectdb(conninfo); }
int PQconsumeInput(PGconn* conn) { return Lib().PQconsumeInput(conn); }
char* PQerrorMessage(const PGconn* conn) { return Lib().PQerrorMessage(conn); }
char* PQescapeLiteral(PGconn* conn, const char* str, size_t len) {
  return Lib().PQescapeLiteral(conn, str, len);
}
PGresult* PQexec(PGconn* conn, const char* query) { return Lib().PQexec(conn, query); }
PGresult* PQexecParams(PGconn* conn, const char* command, int nParams, const Oid* paramTypes,
                       const char* const* paramValues, const int* paramLengths,
                       const int* paramFormats, int resultFormat) {
  return Lib().PQexecParams(conn, command, nParams, paramTypes, paramValues, paramLengths,
                            paramFormats, resultFormat);
}
void PQfinish(PGconn* conn) { Lib().PQfinish(conn); }
char* PQfname(const PGresult* res, int field_num) { return Lib().PQfname(res, field_num); }
void PQfreemem(void* ptr) { Lib().PQfreemem(ptr); }
Oid PQftype(const PGresult* res, int field_num) { return Lib().PQftype(res, field_num); }
int PQgetCopyData(PGconn* conn, char** buffer, int async) {
  return Lib().PQgetCopyData(conn, buffer, async);
}
PGresult* PQgetResult(PGconn* conn) { return Lib().PQgetResult(conn); }
int PQgetisnull(const PGresult* res, int tup_num, int field_num) {
  return Lib().PQgetisnull(res, tup_num, field_num);
}
int PQgetlength(const PGresult* res, int tup_num, int field_num) {
  return Lib().PQgetlength(res, tup_num, field_num);
}
char* PQgetvalue(const PGresult* res, int tup_num, int field_num) {
  return Lib().PQgetvalue(res, tup_num, field_num);
}
int PQisBusy(PGconn* conn) { return Lib().PQisBusy(conn); }
int PQnfields(const PGresult* res) { return Lib().PQnfields(res); }
int PQntuples(const PGresult* res) { return Lib().PQntuples(res); }
int PQputCopyData(PGconn* conn, const char* buffer, int nbytes) {
  return Lib().PQputCopyData(conn, buffer, nbytes);
}
int PQputCopyEnd(PGconn* conn, const char* errormsg) { return Lib().PQputCopyEnd(conn, errormsg); }
int PQrequestCancel(PGconn* conn) { return Lib().PQrequestCancel(conn); }
char* PQresultErrorField(const PGresult* res, int fieldcode) {
  return Lib().PQresultErrorField(res, fieldcode);
}
char* PQresultErrorMessage(const PGresult* res) { return Lib().PQresultErrorMessage(res); }
ExecStatusType PQresultStatus(const PGresult* res) { return Lib().PQresultStatus(res); }
int PQsendQueryParams(PGconn* conn, const char* command, int nParams, const Oid* paramTypes,
                      const char* const* paramValues, const int* paramLengths,
                      const int* paramFormats, int resultFormat) {
  return Lib().PQsendQueryParams(conn, command, nParams, paramTypes, paramValues, paramLengths,
                                 paramFormats, resultFormat);
}
PQnoticeProcessor PQsetNoticeProcessor(PGconn* conn, PQnoticeProcessor proc, void* arg) {
  return Lib().PQsetNoticeProcessor(conn, proc, arg);
}
int PQsetSingleRowMode(PGconn* conn) { return Lib().PQsetSingleRowMode(conn); }
int PQsocket(const PGconn* conn) { return Lib().PQsocket(conn); }
ConnStatusType PQstatus(const PGconn* conn) { return Lib().PQstatus(conn); }
PGTransactionStatusType PQtransactionStatus(const PGconn* conn) {
  return Lib().PQtransactionStatus(conn);
}

}  // extern "C"
