# Installing libsharepol: the header, the static and shared libraries, the
# command, a pkg-config file and a CMake package, so that programs can use
#   pkg-config --cflags --libs sharepol
# or
#   find_package(sharepol 0.1 REQUIRED)
#   target_link_libraries(app PRIVATE sharepol::sharepol)
include(CMakePackageConfigHelpers)

set(SHAREPOL_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/sharepol)
set(_sharepol_targets sharepol_static sharepol)
# The installed targets are sharepol::sharepol (the shared library, or in a
# static-only build a name for the static one) and sharepol::sharepol_static.
set_target_properties(sharepol_static PROPERTIES EXPORT_NAME sharepol_static)
install(TARGETS ${_sharepol_targets} EXPORT sharepolTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/sharepol.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT sharepolTargets NAMESPACE sharepol:: DESTINATION ${SHAREPOL_CMAKE_DIR})
export(EXPORT sharepolTargets NAMESPACE sharepol::
  FILE ${PROJECT_BINARY_DIR}/sharepolTargets.cmake)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/sharepolConfig.cmake.in
  ${PROJECT_BINARY_DIR}/sharepolConfig.cmake
  INSTALL_DESTINATION ${SHAREPOL_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/sharepolConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/sharepolConfig.cmake
              ${PROJECT_BINARY_DIR}/sharepolConfigVersion.cmake
  DESTINATION ${SHAREPOL_CMAKE_DIR})

# pkg-config: the prefix is found from where the .pc file lies, so an
# installation can be moved (or installed with --prefix) and still work.
file(RELATIVE_PATH SHAREPOL_PC_UP "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
if(IS_ABSOLUTE ${CMAKE_INSTALL_LIBDIR})
  set(SHAREPOL_PC_LIBDIR ${CMAKE_INSTALL_LIBDIR})
else()
  set(SHAREPOL_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE ${CMAKE_INSTALL_INCLUDEDIR})
  set(SHAREPOL_PC_INCLUDEDIR ${CMAKE_INSTALL_INCLUDEDIR})
else()
  set(SHAREPOL_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/sharepol.pc.in ${PROJECT_BINARY_DIR}/sharepol.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/sharepol.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

if(TARGET sharepol_cli)
  install(TARGETS sharepol_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${PROJECT_SOURCE_DIR}/docs/sharepol.1
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 OPTIONAL)
  install(FILES ${PROJECT_SOURCE_DIR}/contrib/sharepol.bash-completion
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
    RENAME sharepol OPTIONAL)
endif()
