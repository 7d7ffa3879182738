# What every target of this project gets, set per target rather than for the
# whole directory, so that a project that adds sharepol with
# add_subdirectory() keeps its own language level and instrumentation:
#   - C11 without compiler extensions;
#   - the sanitizers of SHAREPOL_SANITIZE, and with SHAREPOL_BUILD_FUZZERS
#     the coverage instrumentation of libFuzzer (the fuzz targets add the
#     libFuzzer main when linking: tests/fuzz/CMakeLists.txt).
# The strict warnings are separate (SharepolWarnings.cmake): generated code
# gets these settings but not the warnings.

function(sharepol_target_settings target)
  # The feature says what the code needs.  The properties pin the flag to
  # -std=c11: without them CMake adds none when the compiler's default
  # (gcc 12: gnu17) already has C11, and the GNU extensions stay on.
  target_compile_features(${target} PRIVATE c_std_11)
  set_target_properties(${target} PROPERTIES
    C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
  if(SHAREPOL_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${SHAREPOL_SANITIZE}
                           -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=${SHAREPOL_SANITIZE})
  endif()
  if(SHAREPOL_BUILD_FUZZERS)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()

# Applies sharepol_target_settings to every target that builds code in dir
# and the directories below it; called once, after they are all defined, so
# that no target is forgotten.
function(sharepol_settings_for_all_targets dir)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$")
      sharepol_target_settings(${target})
    endif()
  endforeach()
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(subdir IN LISTS subdirs)
    sharepol_settings_for_all_targets(${subdir})
  endforeach()
endfunction()
