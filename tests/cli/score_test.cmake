# `newsmark score` end to end on a built-in exercise and three simulated students: Ann marks
# every key span, Ben all but the first two, Cy nothing. Checks the table's figures (worked
# out by hand in the comments), the hardest spans, the agreement line, the CSV, and the
# refusals (work on another article; a key file without its key).
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

include("${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake")

run("${CLI}" convert "${EXERCISES}/01-named-sources.exercise.txt" --to newsmark -o key.json)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "making the exercise file failed: ${err}")
endif()
file(READ "${OUT}/key.json" key_json)
string(JSON key GET "${key_json}" exercise key)
string(JSON n LENGTH "${key}")
if(NOT n EQUAL 6)
  message(FATAL_ERROR "the exercise's key has ${n} spans, expected 6")
endif()

# The students' files: the exercise file with their annotations and names.
function(student name annotations)
  string(JSON doc SET "${key_json}" annotations "${annotations}")
  string(JSON doc SET "${doc}" exercise student "\"${name}\"")
  string(JSON doc SET "${doc}" exercise submitted "true")
  file(WRITE "${OUT}/${name}.json" "${doc}")
endfunction()
student(Ann "${key}")
string(JSON ben REMOVE "${key}" 0)
string(JSON ben REMOVE "${ben}" 0)
student(Ben "${ben}")
student(Cy "[]")

run("${CLI}" score --key key.json --student Ann.json Ben.json Cy.json --csv class.csv)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "score failed (${rc}): ${err}")
endif()
expect_in("${out}" "3 students, labels SOURCE; the key has 6 spans" "header")
# Ann: everything exact. Ben: 4 of 6, nothing wrong: P 1, R 0.67, F1 0.80. Cy: nothing marked:
# P 1 (nothing wrong), R 0, F1 0. Class: 10 of 18 found, 10 marked: P 1, R 0.56, F1 0.71.
expect_in("${out}" "Ann       1.00 1.00 1.00    1.00 1.00 1.00" "Ann's row")
expect_in("${out}" "Ben       1.00 0.67 0.80    1.00 0.67 0.80" "Ben's row")
expect_in("${out}" "Cy        1.00 0.00 0.00    1.00 0.00 0.00" "Cy's row")
expect_in("${out}" "class     1.00 0.56 0.71    1.00 0.56 0.71" "the class row")
# The two spans Ben and Cy both missed come first.
expect_in("${out}" "SOURCE   \"the Elmhurst City Council\"" "hardest span")
expect_in("${out}" "missed by 2 of 3" "hardest span count")
expect_in("${out}" "Agreement among the students (Fleiss' kappa on tokens" "agreement")
file(READ "${OUT}/class.csv" csv)
expect_in("${csv}" "student,label,key,marked,exact,partial,credit,precision,recall,f1" "CSV header")
expect_in("${csv}" "Ben,SOURCE,6,4,4,0,4.0,1.0000,0.6667,0.8000" "Ben in the CSV")
expect_in("${csv}" "(class),all,18,10,10,0,10.0,1.0000,0.5556,0.7143" "the class in the CSV")

# Work on another article is refused by name; so is a key file without its key.
run("${CLI}" convert "${EXERCISES}/02-unnamed-officials.exercise.txt" --to newsmark -o other.json --no-analyze)
run("${CLI}" score --key key.json --student Ann.json other.json)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "work on another article: exit ${rc}, expected 1")
endif()
expect_in("${err}" "other.json: the work is on another article" "another article")
string(JSON keyless REMOVE "${key_json}" exercise key)
file(WRITE "${OUT}/keyless.json" "${keyless}")
run("${CLI}" score --key keyless.json --student Ann.json)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "a key file without its key: exit ${rc}, expected 1")
endif()
expect_in("${err}" "saved without its key" "keyless")
run("${CLI}" score --key key.json)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "no students: exit ${rc}, expected 2")
endif()
