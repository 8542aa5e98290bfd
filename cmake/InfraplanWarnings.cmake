# Warnings are errors for our own code only; third-party headers come in as SYSTEM includes.
function(infraplan_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Woverloaded-virtual)
    # The fuzz build uses clang, whose warnings differ from the GCC the project is built with; there they
    # are shown, not fatal.
    if(NOT INFRAPLAN_FUZZ)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # GCC 12 reports false array-bounds/stringop warnings inside inlined std::map and nlohmann::json code
    # (GCC bugs 105329 and 106297); they stay visible as warnings.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(${target} PRIVATE -Wno-error=array-bounds -Wno-error=stringop-overflow
                                                 -Wno-error=restrict -Wno-array-bounds -Wno-restrict)
    endif()
endfunction()
