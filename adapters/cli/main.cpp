// tuanthu: the command line. Parses arguments, opens the data, calls the engine, renders.
// Exit status: 0 no violation, 1 a violation (or a warning with --fail-on warning), 2 the data,
// the rules or the command line are wrong.
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"

namespace po = boost::program_options;

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return tuanthu::cli::Dispatch(args, std::cout, std::cerr);
  } catch (const po::error& e) {
    std::cerr << "tuanthu: " << e.what() << "\n(tuanthu --help lists the commands)\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "tuanthu: " << e.what() << "\n";
    return 2;
  }
}
