# Installing and packaging: the binary, the public headers, one static
# library, a CMake package (find_package(timegraph) -> timegraph::timegraph),
# a pkg-config file, a man page, and a .deb through CPack.
#
# The stages stay separate static libraries inside the build, where their
# include roots keep the pipeline's direction (docs/architecture.md); what is
# installed is one library, libtimegraph.a, made of the objects of every stage
# but the CLI, behind the one public header. A user links one name and never
# sees a stage, and the stages can be split or merged without changing what
# programs link against.
include(CMakePackageConfigHelpers)

set(TG_LIBRARY_STAGES core model parse graph measure style scene timescale frame timeline causal render page raster import api)
set(TG_LIBRARY_OBJECTS)
foreach(stage IN LISTS TG_LIBRARY_STAGES)
  list(APPEND TG_LIBRARY_OBJECTS $<TARGET_OBJECTS:timegraph_${stage}>)
endforeach()
add_library(timegraph_library STATIC ${TG_LIBRARY_OBJECTS})
set_target_properties(timegraph_library PROPERTIES OUTPUT_NAME timegraph EXPORT_NAME timegraph)
target_include_directories(timegraph_library PUBLIC "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>"
                                                    "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>")
target_compile_features(timegraph_library PUBLIC cxx_std_17)
# What the stages link that is not header-only; the package's config file
# finds the same targets again (cmake/timegraphConfig.cmake.in).
target_link_libraries(timegraph_library PRIVATE fmt::fmt mstch::mstch OpenSSL::Crypto PkgConfig::GRAPHVIZ
                                                "${GRAPHVIZ_DOT_LAYOUT}" PkgConfig::RASTER date::date-tz)
add_library(timegraph::timegraph ALIAS timegraph_library)

# Graphviz keeps its dot layout plugin outside the linker's search path.
get_filename_component(TG_GRAPHVIZ_PLUGIN_DIR "${GRAPHVIZ_DOT_LAYOUT}" DIRECTORY)
set_target_properties(timegraph PROPERTIES INSTALL_RPATH "${TG_GRAPHVIZ_PLUGIN_DIR}")

# The man page, from the tool's own --help and --version.
find_program(HELP2MAN help2man)
tg_require(HELP2MAN help2man "help2man (the man page)")
set(TG_MAN "${CMAKE_CURRENT_BINARY_DIR}/timegraph.1")
set(TG_MAN_COMMANDS "${CMAKE_CURRENT_BINARY_DIR}/generated/man_commands.h2m")
add_custom_command(
  OUTPUT "${TG_MAN}"
  COMMAND ${CMAKE_COMMAND} -DBIN=$<TARGET_FILE:timegraph> -DOUT=${TG_MAN_COMMANDS}
          -P "${PROJECT_SOURCE_DIR}/cmake/man_commands.cmake"
  COMMAND "${HELP2MAN}" --no-info --no-discard-stderr --section 1
          --name "dated timelines and causal graphs from a text model of events"
          --include "${PROJECT_SOURCE_DIR}/cmake/timegraph.h2m" --include "${TG_MAN_COMMANDS}"
          --output "${TG_MAN}" "$<TARGET_FILE:timegraph>"
  DEPENDS timegraph "${PROJECT_SOURCE_DIR}/cmake/timegraph.h2m" "${PROJECT_SOURCE_DIR}/cmake/man_commands.cmake"
  COMMENT "Writing the man page")
add_custom_target(timegraph_man ALL DEPENDS "${TG_MAN}")

install(TARGETS timegraph RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(TARGETS timegraph_library EXPORT timegraphTargets ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/timegraph" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${TG_MAN}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(TG_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/timegraph")
install(EXPORT timegraphTargets NAMESPACE timegraph:: DESTINATION "${TG_CMAKE_DIR}")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/timegraphConfig.cmake.in"
                              "${CMAKE_CURRENT_BINARY_DIR}/timegraphConfig.cmake" INSTALL_DESTINATION "${TG_CMAKE_DIR}")
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/timegraphConfigVersion.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/timegraphConfig.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/timegraphConfigVersion.cmake" DESTINATION "${TG_CMAKE_DIR}")

# pkg-config: the library is static, so its dependencies are in Requires and Libs.
# The prefix is found from the file's own place, so that any --prefix works.
file(RELATIVE_PATH TG_PC_PREFIX "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
string(REGEX REPLACE "/$" "" TG_PC_PREFIX "${TG_PC_PREFIX}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/timegraph.pc.in" "${CMAKE_CURRENT_BINARY_DIR}/timegraph.pc" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/timegraph.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

# `cpack -G DEB` in the build folder: one package with the tool and the
# library. dpkg-shlibdeps works out the shared libraries' packages; the font is
# read at run time for PNG and PDF, and linking the static library needs the
# -dev packages of what it links.
set(CPACK_PACKAGE_NAME timegraph)
set(CPACK_PACKAGE_VENDOR timegraph)
set(CPACK_PACKAGE_CONTACT "timegraph maintainers <timegraph@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dated timelines and causal graphs from a text model of events")
set(CPACK_PACKAGE_DESCRIPTION "timegraph turns a hand-written text model of dated events and their causal links into a dated timeline, a causal graph (SVG, PNG or PDF) and a self-contained HTML page. Also a C++ library (static) with a CMake package and a pkg-config file.")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-dejavu-extra")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libhowardhinnant-date-dev, libfmt-dev, libmstch-dev, libssl-dev, libgraphviz-dev, librsvg2-dev, libcairo2-dev, libfontconfig-dev, pkg-config")
include(CPack)
