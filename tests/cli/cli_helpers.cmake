# Helpers shared by the CLI test scripts (run with cmake -P; OUT is the scratch directory).

# run(COMMAND ARGS...): runs in OUT; sets rc, out and err in the caller.
function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${OUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(rc "${rc}" PARENT_SCOPE)
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

# expect_in(HAYSTACK NEEDLE WHAT): fails the test, naming WHAT, unless NEEDLE is in HAYSTACK.
function(expect_in haystack needle what)
  string(FIND "${haystack}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${what}: '${needle}' not in:\n${haystack}")
  endif()
endfunction()
