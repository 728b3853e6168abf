# End-to-end checks of the `newsmark` CLI: exit codes, output, messages.
file(MAKE_DIRECTORY "${OUT}")

# 1. Invalid UTF-8 is repaired, reported on stderr, and the JSON is still written.
execute_process(COMMAND "${CLI}" load "${DATA}/invalid_utf8.txt" --dct 2026-03-16 -o "${OUT}/out.json"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "load failed (${rc}): ${err}")
endif()
if(NOT err MATCHES "2 invalid UTF-8 sequences were replaced")
  message(FATAL_ERROR "expected a repair report on stderr, got: ${err}")
endif()
file(READ "${OUT}/out.json" json)
if(NOT json MATCHES "\"dct\": \"2026-03-16\"" OR NOT json MATCHES "Second line")
  message(FATAL_ERROR "unexpected JSON: ${json}")
endif()

# 2. A malformed date: exit 1 and a message that says why.
execute_process(COMMAND "${CLI}" load "${DATA}/invalid_utf8.txt" --dct 2026-02-30
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "that month has 28 days")
  message(FATAL_ERROR "expected exit 1 with a date message, got ${rc}: ${err}")
endif()

# 3. A missing file: exit 1, named in the message.
execute_process(COMMAND "${CLI}" load "${OUT}/no-such-file.txt" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "no-such-file.txt")
  message(FATAL_ERROR "expected exit 1 naming the file, got ${rc}: ${err}")
endif()

# 4. Bad usage: exit 2.
execute_process(COMMAND "${CLI}" frobnicate RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "expected exit 2 for an unknown command, got ${rc}")
endif()
message(STATUS "CLI checks passed")
