#include "core/classroom/exercise.h"

#include <algorithm>
#include <unordered_set>

namespace newsmark {

Status check_exercise(const Exercise& exercise, const std::vector<LabelDef>& known) {
  const ExerciseTask& task = exercise.task;
  if (task.title.empty() && task.instructions.empty()) {
    return make_error(ErrorCode::invalid_argument, "The exercise needs a title or instructions for the students.");
  }
  if (task.labels.empty()) return make_error(ErrorCode::invalid_argument, "The exercise counts no label: choose at least one.");
  for (std::size_t i = 0; i < task.labels.size(); ++i) {
    const std::string& l = task.labels[i];
    if (std::find(task.labels.begin(), task.labels.begin() + static_cast<std::ptrdiff_t>(i), l) != task.labels.begin() + static_cast<std::ptrdiff_t>(i)) {
      return make_error(ErrorCode::invalid_argument, "The label " + l + " is counted twice.");
    }
    if (std::none_of(known.begin(), known.end(), [&](const LabelDef& d) { return d.name == l; })) {
      return make_error(ErrorCode::invalid_argument, "The exercise counts " + l + ", which is not in its label set.");
    }
  }
  for (const LabelHint& h : task.hints) {
    if (!task_counts(task, h.label)) return make_error(ErrorCode::invalid_argument, "A hint is for " + h.label + ", which the exercise does not count.");
  }
  for (const Annotation& a : exercise.key) {
    if (!task_counts(task, a.label)) {
      return make_error(ErrorCode::invalid_argument, "The key marks " + a.label + " (" + a.id + "), which the exercise does not count.");
    }
  }
  return {};
}

bool task_counts(const ExerciseTask& task, std::string_view label) {
  return std::find(task.labels.begin(), task.labels.end(), label) != task.labels.end();
}

std::vector<Annotation> answers_of(const std::vector<Annotation>& annotations, const ExerciseTask& task) {
  std::vector<Annotation> out;
  for (const Annotation& a : annotations) {
    if (a.status == ReviewStatus::accepted && task_counts(task, a.label)) out.push_back(a);
  }
  return out;
}

Exercise make_exercise(const AnnotationSet& article, ExerciseTask task, bool keep_key) {
  Exercise ex;
  ex.task = std::move(task);
  ex.has_key = keep_key;
  if (keep_key) ex.key = answers_of(article.annotations, ex.task);
  return ex;
}

void keep_task_labels(AnnotationSet& set, const ExerciseTask& task) {
  std::erase_if(set.annotations, [&](const Annotation& a) { return !task_counts(task, a.label); });
  std::unordered_set<std::string_view> ids;
  for (const Annotation& a : set.annotations) ids.insert(a.id);
  const auto gone = [&](const std::string& id) { return ids.count(id) == 0; };
  for (Entity& e : set.entities) std::erase_if(e.mentions, gone);
  std::erase_if(set.entities, [](const Entity& e) { return e.mentions.empty(); });
  std::erase_if(set.relations, [&](const Relation& r) { return gone(r.from) || gone(r.to); });
  std::unordered_set<std::string_view> entity_ids;
  for (const Entity& e : set.entities) entity_ids.insert(e.id);
  for (Annotation& a : set.annotations) {
    // Attributes that name an entity or another annotation go with what they name.
    std::erase_if(a.attrs, [&](const Attr& at) {
      if (at.key == "entity" || at.key == "speaker_entity" || at.key == "org") return entity_ids.count(at.value) == 0;
      if (at.key == "speaker" || at.key == "cue") return gone(at.value);
      return false;
    });
  }
  // Dated events need their time expression; undated ones the event they are ordered against.
  std::erase_if(set.timeline, [&](const TimelineEvent& ev) { return !ev.time.empty() && gone(ev.time); });
  std::unordered_set<std::string_view> events;
  for (const TimelineEvent& ev : set.timeline) events.insert(ev.id);
  std::erase_if(set.timeline, [&](const TimelineEvent& ev) { return !ev.anchor.empty() && events.count(ev.anchor) == 0; });
  for (TimelineEvent& ev : set.timeline) std::erase_if(ev.entities, [&](const std::string& id) { return entity_ids.count(id) == 0; });
}

}  // namespace newsmark
