#include <ostream>

#include "tuanthu/engine.h"

namespace tuanthu::cli {

int RulesTest(RuleBook&, const std::vector<std::string>&, bool, std::ostream&, std::ostream& err) {
  err << "tuanthu: rules test is not available yet\n";
  return 2;
}

}  // namespace tuanthu::cli
