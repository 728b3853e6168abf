# The Newsmark app: Dear ImGui on SDL2 + OpenGL (WebGL2 in the browser).
# Web: build/web/site/ holds index.html, newsmark.js, newsmark.wasm and the rest of web/.

# The UI font comes from Debian's fonts-noto-core, embedded at build time (never committed).
set(NEWSMARK_FONT_FILE "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" CACHE FILEPATH "UI font (TTF)")
set(NEWSMARK_FONT_BOLD_FILE "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf" CACHE FILEPATH "UI bold font (TTF)")
foreach(f "${NEWSMARK_FONT_FILE}" "${NEWSMARK_FONT_BOLD_FILE}")
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "UI font ${f} not found: apt-get install fonts-noto-core")
  endif()
endforeach()
set(_gen "${CMAKE_BINARY_DIR}/generated")
add_custom_command(OUTPUT "${_gen}/font_regular.cpp"
  COMMAND "${CMAKE_COMMAND}" -DINPUT=${NEWSMARK_FONT_FILE} -DOUTPUT=${_gen}/font_regular.cpp
          -DSYMBOL=newsmark_font_regular -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake" "${PROJECT_SOURCE_DIR}/cmake/HexArray.cmake"
  DEPENDS "${NEWSMARK_FONT_FILE}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake" "${PROJECT_SOURCE_DIR}/cmake/HexArray.cmake"
  COMMENT "Embedding UI font")
add_custom_command(OUTPUT "${_gen}/font_bold.cpp"
  COMMAND "${CMAKE_COMMAND}" -DINPUT=${NEWSMARK_FONT_BOLD_FILE} -DOUTPUT=${_gen}/font_bold.cpp
          -DSYMBOL=newsmark_font_bold -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake" "${PROJECT_SOURCE_DIR}/cmake/HexArray.cmake"
  DEPENDS "${NEWSMARK_FONT_BOLD_FILE}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake" "${PROJECT_SOURCE_DIR}/cmake/HexArray.cmake"
  COMMENT "Embedding UI bold font")
add_custom_command(OUTPUT "${_gen}/sample_article_data.cpp"
  COMMAND "${CMAKE_COMMAND}" -DINPUT=${PROJECT_SOURCE_DIR}/assets/samples/harbour-dredging.newsmark.json
          -DOUTPUT=${_gen}/sample_article_data.cpp -DSYMBOL=newsmark_sample_article
          -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake" "${PROJECT_SOURCE_DIR}/cmake/HexArray.cmake"
  DEPENDS "${PROJECT_SOURCE_DIR}/assets/samples/harbour-dredging.newsmark.json" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake" "${PROJECT_SOURCE_DIR}/cmake/HexArray.cmake"
  COMMENT "Embedding the sample article")
file(GLOB NEWSMARK_EXERCISE_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/exercises/*.exercise.txt")
string(REPLACE ";" "|" _nm_exercise_arg "${NEWSMARK_EXERCISE_FILES}")
add_custom_command(OUTPUT "${_gen}/exercise_data.cpp"
  COMMAND "${CMAKE_COMMAND}" "-DFILES=${_nm_exercise_arg}" -DOUTPUT=${_gen}/exercise_data.cpp
          -DFUNCTION=embedded_exercise_files -DHEADER=ui/builtin_exercises.h
          -P "${PROJECT_SOURCE_DIR}/cmake/EmbedLexicons.cmake"
  DEPENDS ${NEWSMARK_EXERCISE_FILES} "${PROJECT_SOURCE_DIR}/cmake/EmbedLexicons.cmake" "${PROJECT_SOURCE_DIR}/cmake/HexArray.cmake"
  COMMENT "Embedding the built-in exercises" VERBATIM)
# Fonts in their own library: compiled once, never rebuilt on app changes.
add_library(newsmark_fonts STATIC "${_gen}/font_regular.cpp" "${_gen}/font_bold.cpp")
add_library(newsmark_assets STATIC "${_gen}/sample_article_data.cpp" "${_gen}/exercise_data.cpp")
target_include_directories(newsmark_assets PRIVATE "${PROJECT_SOURCE_DIR}/app")

file(GLOB NEWSMARK_UI_SOURCES CONFIGURE_DEPENDS app/ui/*.cpp)
if(NEWSMARK_WEB)
  set(_platform app/platform/platform_web.cpp app/platform/text_entry_web.cpp)
else()
  set(_platform app/platform/platform_native.cpp)
endif()

add_executable(newsmark_app app/main.cpp ${NEWSMARK_UI_SOURCES} ${_platform})
target_include_directories(newsmark_app PRIVATE app "${_gen}")
target_link_libraries(newsmark_app PRIVATE newsmark_io nmdeps::imgui newsmark_fonts newsmark_assets)
target_compile_options(newsmark_app PRIVATE ${NEWSMARK_WARNINGS} -Wno-conversion)

if(NEWSMARK_WEB)
  target_compile_options(newsmark_app PRIVATE ${NEWSMARK_WEB_COMPILE_FLAGS})
  set(_site "${CMAKE_BINARY_DIR}/site")
  set_target_properties(newsmark_app PROPERTIES OUTPUT_NAME newsmark SUFFIX ".js"
    RUNTIME_OUTPUT_DIRECTORY "${_site}")
  target_link_options(newsmark_app PRIVATE ${NEWSMARK_WEB_LINK_FLAGS}
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sNO_FILESYSTEM=1 -sENVIRONMENT=web
    # SDL 2.32 declares these through EM_JS_DEPS, which Emscripten 3.1.6 does not have. Read
    # from a file: a '$' on the command line would be expanded by the shell.
    "-sDEFAULT_LIBRARY_FUNCS_TO_INCLUDE=@${_gen}/sdl_js_deps.json"
    "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
    "-sEXPORTED_RUNTIME_METHODS=['ccall','cwrap','UTF8ToString','stringToUTF8','lengthBytesUTF8','HEAPU8']"
    -sINITIAL_MEMORY=64MB)
  file(WRITE "${_gen}/sdl_js_deps.json"
    "[\"$autoResumeAudioContext\", \"$dynCall\"]\n")
  target_link_libraries(newsmark_app PRIVATE nmdeps::SDL2)
  # The engine again, alone, for the Web Worker that analyses long articles off the page's
  # thread (web/newsmark-analysis-worker.js loads it).
  add_executable(newsmark_engine_worker app/platform/analysis_worker_web.cpp)
  target_link_libraries(newsmark_engine_worker PRIVATE newsmark_io)
  target_compile_options(newsmark_engine_worker PRIVATE ${NEWSMARK_WARNINGS} ${NEWSMARK_WEB_COMPILE_FLAGS})
  set_target_properties(newsmark_engine_worker PROPERTIES OUTPUT_NAME newsmark-engine SUFFIX ".js"
    RUNTIME_OUTPUT_DIRECTORY "${_site}")
  target_link_options(newsmark_engine_worker PRIVATE ${NEWSMARK_WEB_LINK_FLAGS} --no-entry
    -sENVIRONMENT=worker -sNO_FILESYSTEM=1 -sINITIAL_MEMORY=32MB
    "-sEXPORTED_FUNCTIONS=['_malloc','_free','_nmw_analyze','_nmw_result_size','_nmw_error']"
    "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8','HEAPU8']")
  add_dependencies(newsmark_app newsmark_engine_worker)
  # The rest of the site: shell page, styles, JS glue, manifest and icons. The service worker
  # is made from its source once everything else is in place (cmake/ServiceWorker.cmake).
  file(GLOB_RECURSE _web_files CONFIGURE_DEPENDS RELATIVE "${PROJECT_SOURCE_DIR}/web" "${PROJECT_SOURCE_DIR}/web/*")
  list(REMOVE_ITEM _web_files service-worker.js)
  set(_site_files)
  foreach(n IN LISTS _web_files)
    add_custom_command(OUTPUT "${_site}/${n}" COMMAND "${CMAKE_COMMAND}" -E copy "${PROJECT_SOURCE_DIR}/web/${n}" "${_site}/${n}"
      DEPENDS "${PROJECT_SOURCE_DIR}/web/${n}")
    list(APPEND _site_files "${_site}/${n}")
  endforeach()
  add_custom_target(newsmark_site ALL DEPENDS ${_site_files})
  add_custom_target(newsmark_service_worker ALL
    COMMAND "${CMAKE_COMMAND}" -DSITE=${_site} -DTEMPLATE=${PROJECT_SOURCE_DIR}/web/service-worker.js
            -P "${PROJECT_SOURCE_DIR}/cmake/ServiceWorker.cmake"
    COMMENT "Listing the site for the service worker" VERBATIM)
  add_dependencies(newsmark_service_worker newsmark_app newsmark_engine_worker newsmark_site)
  add_dependencies(newsmark_app newsmark_site)
else()
  find_package(OpenGL REQUIRED)
  set_target_properties(newsmark_app PROPERTIES OUTPUT_NAME newsmark-app)
  target_link_libraries(newsmark_app PRIVATE SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
endif()
