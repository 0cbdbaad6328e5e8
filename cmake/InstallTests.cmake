# The installation and the .deb, tested from a copy of the source tree (see the script).
add_test(NAME install_and_package
  COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/tests/install/install_and_package.sh"
          "${CMAKE_CURRENT_SOURCE_DIR}" "${CMAKE_CURRENT_BINARY_DIR}/install-test")
set_tests_properties(install_and_package PROPERTIES TIMEOUT 1500 LABELS install)
