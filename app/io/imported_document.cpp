#include "io/imported_document.h"

#include <algorithm>
#include <unordered_set>

#include "core/model/label_set.h"

namespace newsmark::io {

void ImportProblems::add(std::string path, const std::string& what) {
  ++count_;
  if (shown_.size() < kShown) shown_.push_back(std::move(path) + ": " + what);
}

Error ImportProblems::error(ErrorCode code) const {
  if (count_ == 1) return make_error(code, shown_.front());
  std::string message = std::to_string(count_) + " problems; nothing was imported:";
  for (const std::string& s : shown_) message += "\n" + s;
  if (count_ > shown_.size()) message += "\n… and " + std::to_string(count_ - shown_.size()) + " more";
  return make_error(code, message);
}

namespace {
std::string at(const char* list, std::size_t i, const std::string& field) {
  return std::string(list) + "[" + std::to_string(i) + "]." + field;
}
std::string shown_id(const std::string& id) { return "'" + id.substr(0, 40) + "'"; }
}  // namespace

std::unordered_set<std::string_view> check_entity_and_relation_references(const AnnotationSet& set, ImportProblems& problems,
                                                                           const std::vector<std::uint32_t>* file_index) {
  std::unordered_set<std::string_view> annotation_ids, entity_ids, relation_ids;
  annotation_ids.reserve(set.annotations.size());
  for (std::size_t i = 0; i < set.annotations.size(); ++i) {
    if (annotation_ids.insert(set.annotations[i].id).second) continue;
    const std::size_t k = file_index != nullptr && i < file_index->size() ? (*file_index)[i] : i;
    problems.add(at("annotations", k, "id"), shown_id(set.annotations[i].id) + " is used twice");
  }
  for (std::size_t i = 0; i < set.entities.size(); ++i) {
    const Entity& e = set.entities[i];
    if (!e.id.empty() && !entity_ids.insert(e.id).second) problems.add(at("entities", i, "id"), shown_id(e.id) + " is used twice");
    for (std::size_t k = 0; k < e.mentions.size(); ++k) {
      if (annotation_ids.count(e.mentions[k]) == 0) {
        problems.add(at("entities", i, "mentions[" + std::to_string(k) + "]"), "no annotation has the id " + shown_id(e.mentions[k]));
      }
    }
  }
  for (std::size_t i = 0; i < set.relations.size(); ++i) {
    const Relation& r = set.relations[i];
    if (!relation_ids.insert(r.id).second) problems.add(at("relations", i, "id"), shown_id(r.id) + " is used twice");
    if (annotation_ids.count(r.from) == 0) problems.add(at("relations", i, "from"), "no annotation has the id " + shown_id(r.from));
    if (annotation_ids.count(r.to) == 0) problems.add(at("relations", i, "to"), "no annotation has the id " + shown_id(r.to));
  }
  return annotation_ids;
}

void finish_annotation_set(ImportedDocument& doc, bool file_has_labels) {
  AnnotationSet& set = doc.annotations;
  auto text_order = [](const Annotation& x, const Annotation& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
  };
  // Files Newsmark writes are in order already; checking is much cheaper than sorting.
  if (!std::is_sorted(set.annotations.begin(), set.annotations.end(), text_order)) {
    std::stable_sort(set.annotations.begin(), set.annotations.end(), text_order);
  }
  if (!file_has_labels) set.labels = default_labels();
  for (const std::string& name : add_missing_labels(set.labels, set.annotations)) {
    doc.warnings.push_back("labels: added " + name + " (used by annotations, not defined in the file)");
  }
}

}  // namespace newsmark::io
