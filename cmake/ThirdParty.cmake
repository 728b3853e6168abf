# Makes the third-party libraries available as nmdeps:: targets.
#
# The sources come from tools/fetch-deps.sh (Debian source packages, checksums verified); they
# are compiled once by third_party/CMakeLists.txt into a build tree in the cache, keyed by
# everything that changes the objects (lock file, that CMakeLists, compiler, toolchain, flags).
# A fresh checkout or a new build directory therefore reuses the compiled objects, and a change
# to app/ never recompiles ImGui, SDL2, simdjson or GoogleTest.

set(NEWSMARK_CACHE "$ENV{NEWSMARK_CACHE}")
if(NOT NEWSMARK_CACHE)
  set(NEWSMARK_CACHE "$ENV{HOME}/.cache/newsmark")
endif()
set(NEWSMARK_CACHE "${NEWSMARK_CACHE}" CACHE PATH "Cache for third-party sources and objects")

set(_nm_lock "${PROJECT_SOURCE_DIR}/third_party/deps.lock")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  "${_nm_lock}" "${PROJECT_SOURCE_DIR}/third_party/CMakeLists.txt")

# 1. Sources: fetch when the lock file names something the cache does not hold.
file(STRINGS "${_nm_lock}" _nm_lines REGEX "^[a-z0-9]")
set(_nm_need_fetch OFF)
foreach(_line IN LISTS _nm_lines)
  string(REGEX MATCHALL "[^ \t]+" _f "${_line}")
  list(GET _f 0 _name)
  list(GET _f 5 _sha)
  set(_stamp "${NEWSMARK_CACHE}/src/${_name}/.newsmark-sha256")
  if(EXISTS "${_stamp}")
    file(STRINGS "${_stamp}" _have LIMIT_COUNT 1)
  else()
    set(_have "")
  endif()
  if(NOT _have STREQUAL _sha)
    set(_nm_need_fetch ON)
  endif()
endforeach()
if(_nm_need_fetch)
  message(STATUS "Fetching third-party sources into ${NEWSMARK_CACHE}")
  execute_process(COMMAND "${PROJECT_SOURCE_DIR}/tools/fetch-deps.sh"
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "tools/fetch-deps.sh failed (see its message above)")
  endif()
endif()

# 2. Objects: one build tree per configuration of the dependencies.
set(_nm_key_input "")
foreach(_f "${_nm_lock}" "${PROJECT_SOURCE_DIR}/third_party/CMakeLists.txt")
  file(SHA256 "${_f}" _h)
  string(APPEND _nm_key_input "${_h};")
endforeach()
if(CMAKE_TOOLCHAIN_FILE)
  file(SHA256 "${CMAKE_TOOLCHAIN_FILE}" _h)
  string(APPEND _nm_key_input "${_h};")
endif()
string(APPEND _nm_key_input
  "${CMAKE_CXX_COMPILER};${CMAKE_CXX_COMPILER_VERSION};${CMAKE_C_COMPILER};"
  "${NEWSMARK_DEPS_FLAGS};${CMAKE_GENERATOR}")
string(SHA256 _nm_key "${_nm_key_input}")
string(SUBSTRING "${_nm_key}" 0 16 _nm_key)
if(NEWSMARK_WEB)
  set(_nm_platform web)
else()
  set(_nm_platform native)
endif()
set(NEWSMARK_DEPS_BUILD "${NEWSMARK_CACHE}/build/${_nm_platform}-${_nm_key}")

set(_nm_cfg_args
  -S "${PROJECT_SOURCE_DIR}/third_party" -B "${NEWSMARK_DEPS_BUILD}" -G "${CMAKE_GENERATOR}"
  -DCMAKE_BUILD_TYPE=Release
  "-DNEWSMARK_SRC_CACHE=${NEWSMARK_CACHE}/src"
  "-DCMAKE_C_COMPILER=${CMAKE_C_COMPILER}" "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
  "-DCMAKE_C_FLAGS=${NEWSMARK_DEPS_FLAGS}" "-DCMAKE_CXX_FLAGS=${NEWSMARK_DEPS_FLAGS}")
if(CMAKE_TOOLCHAIN_FILE)
  list(APPEND _nm_cfg_args "-DCMAKE_TOOLCHAIN_FILE=${CMAKE_TOOLCHAIN_FILE}")
endif()

if(NOT EXISTS "${NEWSMARK_DEPS_BUILD}/.newsmark-built")
  message(STATUS "Building third-party libraries into ${NEWSMARK_DEPS_BUILD} (once per toolchain)")
  execute_process(COMMAND "${CMAKE_COMMAND}" ${_nm_cfg_args} RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "configuring the third-party build failed")
  endif()
  string(TIMESTAMP _t0 "%s")
  execute_process(COMMAND "${CMAKE_COMMAND}" --build "${NEWSMARK_DEPS_BUILD}" RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "building the third-party libraries failed")
  endif()
  string(TIMESTAMP _t1 "%s")
  math(EXPR _dt "${_t1} - ${_t0}")
  message(STATUS "Third-party libraries built in ${_dt} s")
  file(WRITE "${NEWSMARK_DEPS_BUILD}/.newsmark-built" "${_nm_key_input}\n")
else()
  message(STATUS "Third-party libraries: reusing ${NEWSMARK_DEPS_BUILD}")
endif()

if(NOT NEWSMARK_WEB)
  find_package(SDL2 REQUIRED)
  find_package(Threads REQUIRED)
endif()
include("${NEWSMARK_DEPS_BUILD}/NewsmarkDeps.cmake")

file(STRINGS "${NEWSMARK_CACHE}/src/imgui/.newsmark-version" NEWSMARK_IMGUI_VERSION LIMIT_COUNT 1)
file(STRINGS "${NEWSMARK_CACHE}/src/sdl2/.newsmark-version" NEWSMARK_SDL2_VERSION LIMIT_COUNT 1)
file(STRINGS "${NEWSMARK_CACHE}/src/simdjson/.newsmark-version" NEWSMARK_SIMDJSON_VERSION LIMIT_COUNT 1)
