# The strict warning set for our own sources (not for generated ones).
function(sharepol_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wstrict-prototypes
    -Wmissing-prototypes -Wold-style-definition -Wvla -Wundef -Wpointer-arith
    -Wcast-align -Wwrite-strings -Wnull-dereference -Wimplicit-fallthrough)
  if(SHAREPOL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
