# Toolchain file for the web build: finds Emscripten and sets what every web target needs.
#   cmake -S . -B build/web -G Ninja -DCMAKE_TOOLCHAIN_FILE=emsdk-config.cmake
# Looks, in order, at $EMSDK (an emsdk checkout), $EMSCRIPTEN (an emscripten directory), and
# Debian's `emscripten` package (/usr/share/emscripten). See docs/toolchain.md for the traps
# this file works around.

set(_nm_candidates)
if(DEFINED ENV{EMSDK})
  list(APPEND _nm_candidates "$ENV{EMSDK}/upstream/emscripten")
endif()
if(DEFINED ENV{EMSCRIPTEN})
  list(APPEND _nm_candidates "$ENV{EMSCRIPTEN}")
endif()
list(APPEND _nm_candidates "/usr/share/emscripten" "/usr/lib/emscripten")

set(NEWSMARK_EMSCRIPTEN_ROOT "")
foreach(_dir IN LISTS _nm_candidates)
  if(EXISTS "${_dir}/cmake/Modules/Platform/Emscripten.cmake")
    set(NEWSMARK_EMSCRIPTEN_ROOT "${_dir}")
    break()
  endif()
endforeach()
if(NOT NEWSMARK_EMSCRIPTEN_ROOT)
  message(FATAL_ERROR
    "Emscripten not found (looked in: ${_nm_candidates}).\n"
    "Install Debian's package (apt-get install emscripten) or set EMSDK / EMSCRIPTEN.")
endif()

include("${NEWSMARK_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
set(NEWSMARK_WEB ON CACHE BOOL "Building for the browser with Emscripten" FORCE)

# Debian's emscripten needs node modules (acorn ...) from Debian's node path for every optimized
# link; without it the link fails with "Cannot find module 'acorn'". The launcher sets it for
# each link, whatever the caller's environment.
if(EXISTS "/usr/share/nodejs")
  set(CMAKE_C_LINKER_LAUNCHER "env;NODE_PATH=/usr/share/nodejs" CACHE STRING "" FORCE)
  set(CMAKE_CXX_LINKER_LAUNCHER "env;NODE_PATH=/usr/share/nodejs" CACHE STRING "" FORCE)
  set(ENV{NODE_PATH} "/usr/share/nodejs")
endif()

# Tests compiled to wasm run under node. Node >= 18's global fetch breaks emscripten 3.1.6's
# wasm loading ("Failed to parse URL"), so it is switched off; emcmake's default emulator
# passes a flag node 20 rejects, hence our own.
find_program(NEWSMARK_NODE NAMES node nodejs REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR "${NEWSMARK_NODE};--no-experimental-fetch" CACHE STRING "" FORCE)

# Flags every web target shares: no exception catching (errors are values), memory that grows
# with the article, and SDL2 from our own build (-sUSE_SDL=2 would download a port).
set(NEWSMARK_WEB_COMPILE_FLAGS -sUSE_SDL=0 -sDISABLE_EXCEPTION_CATCHING=1)
set(NEWSMARK_WEB_LINK_FLAGS -sUSE_SDL=0 -sDISABLE_EXCEPTION_CATCHING=1 -sALLOW_MEMORY_GROWTH=1)
