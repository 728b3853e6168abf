// A class's results (core/classroom/class_results.h) for people: the table as CSV (one row per student
// and label, then the class as a whole), and as text for a terminal (`newsmark score`).
#pragma once

#include <string>
#include <vector>

#include "core/model/annotation.h"
#include "core/classroom/class_results.h"
#include "core/model/document.h"

namespace newsmark::io {

// Columns: student, label, key, marked, exact, partial, credit, precision, recall, f1; the
// label "all" sums a student's labels; the student "(class)" sums the students.
std::string class_results_csv(const ClassResults& results);

// The table, the hardest spans (with their text) and the agreement, for a terminal.
std::string class_results_text(const ClassResults& results, const Document& doc, const std::vector<Annotation>& key,
                               const std::string& title);

// "0.67", or "-" for a kappa that cannot be measured.
std::string format_share(double v);

}  // namespace newsmark::io
