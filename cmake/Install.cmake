# What `cmake --install` puts where, and how the binary finds its packs (engine.h,
# DefaultRulesFolders): $TUANTHU_RULES, the system folder, <prefix>/share/tuanthu/rules found
# from the executable's own path, and, in a build tree only, the source rules/ folder named by a
# marker file written next to the binaries (never installed).
include(GNUInstallDirs)

set(TUANTHU_SYSTEM_RULES_DIR "/etc/tuanthu/rules" CACHE PATH
    "The folder of a locality's or province's own packs, searched before the installed ones")
set(TUANTHU_SYSTEMD_UNIT_DIR "lib/systemd/system" CACHE STRING
    "Where the systemd units go, relative to the install prefix")

file(RELATIVE_PATH TUANTHU_INSTALLED_RULES_FROM_BIN "${CMAKE_INSTALL_FULL_BINDIR}"
     "${CMAKE_INSTALL_FULL_DATADIR}/tuanthu/rules")
set(TUANTHU_BUILD_TREE_MARKER "tuanthu-build-tree.txt")
set_property(SOURCE engine/src/rules_folders.cpp APPEND PROPERTY COMPILE_DEFINITIONS
  TUANTHU_SYSTEM_RULES_DIR="${TUANTHU_SYSTEM_RULES_DIR}"
  TUANTHU_INSTALLED_RULES_FROM_BIN="${TUANTHU_INSTALLED_RULES_FROM_BIN}"
  TUANTHU_BUILD_TREE_MARKER="${TUANTHU_BUILD_TREE_MARKER}")
file(GENERATE OUTPUT "$<TARGET_FILE_DIR:tuanthu>/${TUANTHU_BUILD_TREE_MARKER}"
     CONTENT "${CMAKE_CURRENT_SOURCE_DIR}/rules\n")

# The man page, compressed as Debian wants it.
set(TUANTHU_MAN_PAGE "${CMAKE_CURRENT_BINARY_DIR}/tuanthu.1.gz")
add_custom_command(OUTPUT "${TUANTHU_MAN_PAGE}"
  COMMAND gzip -9nc "${CMAKE_CURRENT_SOURCE_DIR}/docs/man/tuanthu.1" > "${TUANTHU_MAN_PAGE}"
  DEPENDS docs/man/tuanthu.1
  COMMENT "Compressing the man page")
# The package's changelog, compressed likewise (share/doc/tuanthu/changelog.gz).
set(TUANTHU_CHANGELOG "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz")
add_custom_command(OUTPUT "${TUANTHU_CHANGELOG}"
  COMMAND gzip -9nc "${CMAKE_CURRENT_SOURCE_DIR}/packaging/deb/changelog" > "${TUANTHU_CHANGELOG}"
  DEPENDS packaging/deb/changelog
  COMMENT "Compressing the changelog")
add_custom_target(tuanthu_man_page ALL DEPENDS "${TUANTHU_MAN_PAGE}" "${TUANTHU_CHANGELOG}")

install(TARGETS tuanthu RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY rules/ DESTINATION "${CMAKE_INSTALL_DATADIR}/tuanthu/rules")
install(FILES "${TUANTHU_MAN_PAGE}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES packaging/bash-completion/tuanthu
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")

# The nightly job and its systemd units name absolute paths, so they are written at install
# time with the prefix actually installed to (`cmake --install --prefix`, cpack's /usr).
set(TUANTHU_NIGHTLY_OUT "${CMAKE_CURRENT_BINARY_DIR}/nightly")
install(CODE "
  set(TUANTHU_BIN \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/tuanthu\")
  set(TUANTHU_NIGHTLY \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBEXECDIR}/tuanthu/tuanthu-nightly\")
  foreach(name tuanthu-nightly tuanthu-nightly.service tuanthu-nightly.timer)
    configure_file(\"${CMAKE_CURRENT_SOURCE_DIR}/packaging/nightly/\${name}.in\"
                   \"${TUANTHU_NIGHTLY_OUT}/\${name}\" @ONLY)
  endforeach()
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBEXECDIR}/tuanthu\"
       TYPE PROGRAM FILES \"${TUANTHU_NIGHTLY_OUT}/tuanthu-nightly\")
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${TUANTHU_SYSTEMD_UNIT_DIR}\"
       TYPE FILE FILES \"${TUANTHU_NIGHTLY_OUT}/tuanthu-nightly.service\"
                       \"${TUANTHU_NIGHTLY_OUT}/tuanthu-nightly.timer\")
")

set(TUANTHU_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/tuanthu")
install(FILES README.md docs/nightly.md packaging/copyright packaging/nightly/tuanthu.default
              "${TUANTHU_CHANGELOG}"
        DESTINATION "${TUANTHU_DOC_DIR}")
install(FILES data/README.md data/expected-figures.md
        DESTINATION "${TUANTHU_DOC_DIR}/examples/data")
install(DIRECTORY data/si-lo-lau data/yen-dinh data/an-phu data/thien-tan data/ngoc-ha
                  data/province-sweep
        DESTINATION "${TUANTHU_DOC_DIR}/examples/data")
