// tuanthu: the command line. Parses arguments, opens the data, calls the engine, renders.
// Exit status: 0 no violation, 1 a violation (or a warning with --fail-on warning), 2 the data,
// the rules or the command line are wrong.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.h"
#include "tuanthu/lang.h"
#include "tuanthu/store.h"

namespace po = boost::program_options;
using tuanthu::Format;
using tuanthu::Lang;
using tuanthu::Tr;

namespace {

// Boost's own messages are English; in Vietnamese the ones a user meets are said again.
std::string CommandLineProblem(const po::error& e, Lang lang) {
  if (lang == Lang::kEn) return e.what();
  if (const auto* missing = dynamic_cast<const po::required_option*>(&e)) {
    return Format("thiếu tùy chọn bắt buộc {0}", {missing->get_option_name()});
  }
  if (const auto* unknown = dynamic_cast<const po::unknown_option*>(&e)) {
    return Format("không có tùy chọn {0}", {unknown->get_option_name()});
  }
  if (const auto* invalid = dynamic_cast<const po::invalid_option_value*>(&e)) {
    return Format("giá trị không hợp lệ cho {0}", {invalid->get_option_name()});
  }
  if (const auto* twice = dynamic_cast<const po::multiple_occurrences*>(&e)) {
    return Format("tùy chọn {0} chỉ được dùng một lần", {twice->get_option_name()});
  }
  if (const auto* value = dynamic_cast<const po::invalid_command_line_syntax*>(&e)) {
    return Format("cú pháp dòng lệnh sai ở {0}", {value->get_option_name()});
  }
  if (const auto* many = dynamic_cast<const po::too_many_positional_options_error*>(&e)) {
    (void)many;
    return "quá nhiều đối số";
  }
  return e.what();  // our own messages, already in the language asked for
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const Lang lang = tuanthu::cli::LangOfArguments(args);
  try {
    return tuanthu::cli::Dispatch(args, std::cout, std::cerr);
  } catch (const po::error& e) {
    std::cerr << "tuanthu: " << CommandLineProblem(e, lang)
              << Tr(lang, "\n(tuanthu --help liệt kê các lệnh)\n",
                    "\n(tuanthu --help lists the commands)\n");
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "tuanthu: " << tuanthu::ErrorMessage(e, lang) << "\n";
    return 2;
  }
}
