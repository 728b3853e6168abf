# The include-rule check (tests/check_core_includes.cmake) must fail on each kind of forbidden
# include, naming the file, and pass on app/core as it is. Each case edits a fresh copy of
# app/core in OUT.
#   cmake -DSRC=app/core -DCHECK=tests/check_core_includes.cmake -DOUT=dir -P core_includes_test.cmake
cmake_minimum_required(VERSION 3.21)

set(failures "")
# run_case(name expected-regex [file text]...): copies the tree, appends each text to its file
# (creating it) or, for a README, puts it in place of the "Includes:" line; runs the check. An
# empty expected-regex means the check must pass.
function(run_case name expected)
  set(dir "${OUT}/${name}/core")
  file(REMOVE_RECURSE "${OUT}/${name}")
  file(COPY "${SRC}/" DESTINATION "${dir}")
  set(args ${ARGN})
  while(args)
    list(POP_FRONT args f text)
    if(f MATCHES "README.md$")
      file(READ "${dir}/${f}" readme)
      string(REGEX REPLACE "\nIncludes:[^\n]*" "\n${text}" readme "${readme}")
      file(WRITE "${dir}/${f}" "${readme}")
    else()
      file(APPEND "${dir}/${f}" "${text}\n")
    endif()
  endwhile()
  execute_process(COMMAND "${CMAKE_COMMAND}" -DDIR=${dir} -P "${CHECK}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(all "${out}${err}")
  if(expected STREQUAL "")
    if(NOT rc EQUAL 0)
      string(APPEND failures "${name}: the check failed on app/core as it is:\n${all}\n")
    endif()
  elseif(rc EQUAL 0)
    string(APPEND failures "${name}: the check passed, but must fail with \"${expected}\"\n")
  elseif(NOT all MATCHES "${expected}")
    string(APPEND failures "${name}: the check failed without \"${expected}\":\n${all}\n")
  endif()
  set(failures "${failures}" PARENT_SCOPE)
endfunction()

run_case(as_it_is "")
run_case(text_includes_model "text/utf8.h: #include \"core/model/annotation.h\" — text/ may include nothing"
  text/utf8.h "#include \"core/model/annotation.h\"")
run_case(model_includes_a_stage "model/document.cpp: #include \"core/names/names.h\" — model/ may include text/"
  model/document.cpp "#include \"core/names/names.h\"")
run_case(stage_includes_internals "names/names.cpp: #include \"core/time/timex_words.h\" — timex_words.h is internal to the stage time/"
  names/names.cpp "#include \"core/time/timex_words.h\"")
run_case(stage_includes_unlisted_stage "numbers/numbers.cpp: #include \"core/time/timex.h\" — numbers/ may include"
  numbers/numbers.cpp "#include \"core/time/timex.h\"")
run_case(folder_includes_engine "sources/attribution.cpp: #include \"core/engine.h\" — engine.h is the top of core"
  sources/attribution.cpp "#include \"core/engine.h\"")
run_case(core_includes_io "time/timeline.cpp: #include \"io/formats.h\" — nothing in core includes io/"
  time/timeline.cpp "#include \"io/formats.h\"")
run_case(core_includes_imgui "eval/scoring.cpp: #include \"imgui.h\" — app/core is plain C\\+\\+"
  eval/scoring.cpp "#include \"imgui.h\"")
run_case(relative_include "eval/scoring.cpp: #include \"../model/result.h\" — include core headers by their core/ path"
  eval/scoring.cpp "#include \"../model/result.h\"")
run_case(file_at_the_top "stray.cpp: at the top of app/core"
  stray.cpp "int stray;")
run_case(folder_without_readme "newstage/: no README.md"
  newstage/thing.h "#pragma once")
run_case(readme_opens_a_stage "time/README.md: opens the stage names/ whole"
  time/README.md "Includes: text/ names/")
run_case(readme_lets_text_include "text/README.md: text/ is the bottom of core"
  text/README.md "Includes: model/")
run_case(readme_names_an_internal_header "sources/README.md: includes time/calendar.h, which time/ keeps internal"
  sources/README.md "Includes: text/ time/calendar.h")

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
message(STATUS "the include-rule check refuses every forbidden include it was shown, and passes app/core")
