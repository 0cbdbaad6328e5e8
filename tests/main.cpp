#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <string_view>

// `--store=postgresql` (given by ctest to the second run of the end-to-end tests): the stores the
// tests make are PostgreSQL databases (e2e/run_tool.h). doctest ignores the option itself.
int main(int argc, char** argv) {
  constexpr std::string_view kStore = "--store=";
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.substr(0, kStore.size()) == kStore) {
      ::setenv("TUANTHU_TEST_STORE", std::string(arg.substr(kStore.size())).c_str(), 1);
    }
  }
  doctest::Context context(argc, argv);
  return context.run();
}
