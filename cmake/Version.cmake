# `tuanthu --version`: the project version and the git commit, computed at build time by
# cmake/BuildCommit.cmake (so a new commit needs no reconfigure).
set(TUANTHU_BUILD_COMMIT_CPP "${CMAKE_CURRENT_BINARY_DIR}/generated/build_commit.cpp")
add_custom_target(tuanthu_build_commit
  COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}
          -DOUTPUT=${TUANTHU_BUILD_COMMIT_CPP} -P "${CMAKE_CURRENT_LIST_DIR}/BuildCommit.cmake"
  BYPRODUCTS "${TUANTHU_BUILD_COMMIT_CPP}"
  COMMENT "Reading the git commit"
  VERBATIM)
target_sources(tuanthu_adapters PRIVATE "${TUANTHU_BUILD_COMMIT_CPP}")
add_dependencies(tuanthu_adapters tuanthu_build_commit)
