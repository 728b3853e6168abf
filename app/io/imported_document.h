// What every reader of an annotated file returns (Newsmark JSON, W3C Web Annotation, brat):
// the document, its annotations, and what the reader had to fix, each with the path of the
// value it concerns. Readers fail as a whole (nothing is returned) when any value is wrong;
// ImportProblems collects those so the user sees all of them at once, not one per attempt.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/classroom/exercise.h"
#include "core/model/result.h"

namespace newsmark::io {

struct ImportedDocument {
  Document document;
  LoadReport report;  // repairs to the text itself (bad UTF-8, line endings)
  AnnotationSet annotations;
  // False when the file carries no annotation layer at all (a text-only file): the caller
  // analyses it. A file with an empty "annotations" array has one (the reader emptied it).
  bool has_annotations = false;
  // Things fixed on the way in, for the user: "annotations[3]: re-anchored: 'Kyiv' was at
  // 120-124, found at 131-135", "labels: added RUMOUR (used, not defined)".
  std::vector<std::string> warnings;
  // An exercise file, or a student's work on one (Newsmark JSON's "exercise").
  std::optional<Exercise> exercise;
};

// Problems found while reading one file, each as "path: what".
class ImportProblems {
 public:
  // Messages kept in full; past this only the count grows (a broken file may have 100,000).
  static constexpr std::size_t kShown = 12;

  void add(std::string path, const std::string& what);
  bool empty() const { return count_ == 0; }
  std::size_t count() const { return count_; }
  // One problem: "path: what". More: "N problems; nothing was imported:\n" and one per line.
  Error error(ErrorCode code = ErrorCode::parse_error) const;

 private:
  std::vector<std::string> shown_;
  std::size_t count_ = 0;
};

// Annotation, entity and relation ids are unique; entities' mentions and relations' ends name
// annotations. Problems use the Newsmark JSON paths ("entities[2].mentions[0]"); a repeated
// annotation id is reported at "annotations[k].id", k from `file_index` (each annotation's
// position in the file) when given. Returns the annotation ids (views into `set`).
std::unordered_set<std::string_view> check_entity_and_relation_references(const AnnotationSet& set, ImportProblems& problems,
                                                                           const std::vector<std::uint32_t>* file_index = nullptr);

// The last step of every reader: annotations in text order (by start, longer first), the
// default label set when the file has none, and every label the annotations use in the set
// (each one added is reported in `warnings`).
void finish_annotation_set(ImportedDocument& doc, bool file_has_labels);

}  // namespace newsmark::io
