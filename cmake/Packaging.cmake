# `cpack -G DEB` in the build folder: tuanthu_<version>_<arch>.deb, installed under /usr, its
# shared-library dependencies found by dpkg-shlibdeps (dpkg-dev), maintainer scripts that create
# the `tuanthu` system user and /var/lib/tuanthu. The nightly timer is shipped, not enabled.
set(CPACK_PACKAGE_NAME tuanthu)
set(CPACK_PACKAGE_VENDOR "tuanthu")
set(CPACK_PACKAGE_CONTACT "tuanthu developers <dev@tuanthu.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "compliance checker for the working-style plans of Vietnamese communes")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the maintainer scripts use, and libpq5, which tuanthu loads only when a PostgreSQL
# store is used (so dpkg-shlibdeps cannot see it), beyond the libraries dpkg-shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libpq5 (>= 15)")
# The extended description; CPack puts the summary above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "tuanthu (“tuân thủ”, compliance) checks the plans that Vietnam's communes and
wards issued under Decision 534/QĐ-TTg (Conclusion 226-KL/TW) against their
activity data: the share of conferences held online, fewer conferences and
documents, procedures handled digitally, meeting lengths, report deadlines and
appendix tasks. Each plan is a sandboxed Lua rule pack (national, province,
locality); findings cite the plan's clause, in Vietnamese or English.

The package ships the packs of five localities with their sample data, a man
page, bash completion and a systemd timer for nightly checks (not enabled).")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_SOURCE_DIR}/packaging/deb/postinst"
    "${CMAKE_CURRENT_SOURCE_DIR}/packaging/deb/prerm"
    "${CMAKE_CURRENT_SOURCE_DIR}/packaging/deb/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)

file(STRINGS packaging/deb/changelog TUANTHU_CHANGELOG_TOP LIMIT_COUNT 1)
if(NOT TUANTHU_CHANGELOG_TOP MATCHES "^tuanthu \\(${PROJECT_VERSION}\\) ")
  message(WARNING "packaging/deb/changelog does not start with version ${PROJECT_VERSION}: "
                  "add an entry for it")
endif()
