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
message(STATUS "CLI load checks passed")

# 5. analyze: Newsmark JSON with annotations whose code point offsets cover their text.
execute_process(COMMAND "${CLI}" analyze "${DATA}/articles/politics.txt" --dct 2026-02-12 -o "${OUT}/politics.json"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "analyze failed (${rc}): ${err}")
endif()
file(READ "${OUT}/politics.json" json)
string(JSON n LENGTH "${json}" annotations)
string(JSON first_text GET "${json}" annotations 0 text)
string(JSON first_label GET "${json}" annotations 0 label)
string(JSON entities LENGTH "${json}" entities)
if(n LESS 10 OR entities LESS 5 OR NOT first_text STREQUAL "WASHINGTON" OR NOT first_label STREQUAL "GPE")
  message(FATAL_ERROR "unexpected analysis: ${n} annotations, ${entities} entities, first '${first_text}' ${first_label}")
endif()

# 6. analyze --jsonl: one result per input line, with its id; a bad line is reported, the others done.
file(WRITE "${OUT}/in.jsonl"
  "{\"id\": \"a\", \"text\": \"Sen. Dana Whitcombe met officials in Paris.\", \"dct\": \"2026-02-12\"}\n"
  "{\"id\": 7, \"text\": \"Prices rose 4.2% to $3 billion.\"}\n")
execute_process(COMMAND "${CLI}" analyze --jsonl "${OUT}/in.jsonl" -o "${OUT}/out.jsonl" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "analyze --jsonl failed (${rc}): ${err}")
endif()
file(STRINGS "${OUT}/out.jsonl" lines)
list(LENGTH lines count)
list(GET lines 1 second)
string(JSON id2 GET "${second}" id)
string(JSON label2 GET "${second}" annotations 1 label)
if(NOT count EQUAL 2 OR NOT id2 STREQUAL "7" OR NOT label2 STREQUAL "MONEY")
  message(FATAL_ERROR "unexpected --jsonl output: ${count} lines, id '${id2}', label '${label2}'")
endif()
file(WRITE "${OUT}/bad.jsonl" "{\"id\": \"ok\", \"text\": \"Fine.\"}\n{\"id\": \"broken\", \"text\": \n")
execute_process(COMMAND "${CLI}" analyze --jsonl "${OUT}/bad.jsonl" -o "${OUT}/bad_out.jsonl" RESULT_VARIABLE rc ERROR_VARIABLE err)
file(STRINGS "${OUT}/bad_out.jsonl" bad_lines)
list(LENGTH bad_lines bad_count)
if(NOT rc EQUAL 1 OR NOT err MATCHES "line 2" OR NOT bad_count EQUAL 1)
  message(FATAL_ERROR "a bad line should be reported with exit 1 and the good ones kept: ${rc} ${err}")
endif()

# 7. eval on a tiny gold file: prints the table with perfect scores for an easy case.
file(WRITE "${OUT}/gold.jsonl"
  "{\"id\": \"g\", \"text\": \"Boeing paid $4 billion.\", \"spans\": [{\"start\": 0, \"end\": 6, \"layer\": \"entity\", \"type\": \"ORG\", \"syntactic_type\": \"NAM\"}, {\"start\": 12, \"end\": 22, \"layer\": \"value\", \"type\": \"MONEY\"}]}\n")
execute_process(COMMAND "${CLI}" eval "${OUT}/gold.jsonl" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "MONEY +1 +1 +100.0 100.0 100.0" OR NOT out MATCHES "ORG +1 +1 +100.0 100.0 100.0")
  message(FATAL_ERROR "unexpected eval output (${rc}): ${out} ${err}")
endif()
# 8. Attribution: analyze writes quotes, their relations and the sourcing summary; eval on the
#    project's held-out attribution gold keeps the speaker accuracy above the issue's targets
#    (85% of quotes in quotation marks, 75% of reported speech).
file(WRITE "${OUT}/quote.txt" "\"We will win,\" said Mary Holt. Officials said the road would close.\n")
execute_process(COMMAND "${CLI}" analyze "${OUT}/quote.txt" RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
string(JSON quotes GET "${json}" sourcing quotes total)
string(JSON speaker GET "${json}" sourcing speakers 0 name)
string(JSON rel GET "${json}" relations 0 type)
if(NOT rc EQUAL 0 OR NOT quotes EQUAL 2 OR NOT speaker STREQUAL "Mary Holt" OR NOT rel STREQUAL "speaker-of")
  message(FATAL_ERROR "unexpected attribution output (${rc}): ${quotes} quotes, speaker '${speaker}', relation '${rel}' ${err}")
endif()
execute_process(COMMAND "${CLI}" eval "${DATA}/attribution/heldout.jsonl" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCH "direct\\+partial +[0-9]+ +[0-9]+ +[0-9]+ +([0-9.]+)%" m "${out}")
set(direct_pct "${CMAKE_MATCH_1}")
string(REGEX MATCH "\nindirect +[0-9]+ +[0-9]+ +[0-9]+ +([0-9.]+)%" m "${out}")
set(indirect_pct "${CMAKE_MATCH_1}")
if(NOT rc EQUAL 0 OR direct_pct STREQUAL "" OR indirect_pct STREQUAL "" OR direct_pct LESS 85 OR indirect_pct LESS 75)
  message(FATAL_ERROR "speaker accuracy below target (${rc}): direct+partial '${direct_pct}', indirect '${indirect_pct}'\n${out} ${err}")
endif()
message(STATUS "speaker accuracy on held-out attribution gold: direct+partial ${direct_pct}%, indirect ${indirect_pct}%")
message(STATUS "CLI analyze, --jsonl, eval and attribution checks passed")
