// The undo stack: every edit undoes exactly and redoes exactly; refused edits change nothing.
#include "core/model/edit_history.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/model/document.h"
#include "test_engine.h"

namespace newsmark {
namespace {

using testing_support::engine;

const std::string kText =
    "\"We will win,\" said Mary Holt, the mayor of Millbrook, on Monday. Officials said the road would "
    "close in May. The café on Elm Street reportedly shut.";

AnnotationSet analyzed() {
  auto doc = load_document(kText, {});
  return engine().analyze(doc->document).annotations;
}

bool in_text_order(const AnnotationSet& set) {
  for (std::size_t i = 1; i < set.annotations.size(); ++i) {
    const ByteSpan a = set.annotations[i - 1].span, b = set.annotations[i].span;
    if (a.begin > b.begin || (a.begin == b.begin && a.end < b.end)) return false;
  }
  return true;
}

ByteSpan span_of(std::string_view word) {
  const auto b = static_cast<std::uint32_t>(kText.find(word));
  return ByteSpan{b, b + static_cast<std::uint32_t>(word.size())};
}

// Applies `edit`, checks it changed the set and kept text order, then that undo restores the
// set exactly and redo gives the edited set again.
template <typename Edit>
void undoes_exactly(const char* what, Edit edit) {
  AnnotationSet set = analyzed();
  const AnnotationSet original = set;
  EditHistory h;
  edit(h, set);
  ASSERT_TRUE(h.can_undo()) << what;
  EXPECT_FALSE(set == original) << what;
  EXPECT_TRUE(in_text_order(set)) << what;
  const AnnotationSet edited = set;
  ASSERT_TRUE(h.undo(set));
  EXPECT_TRUE(set == original) << what << ": undo";
  ASSERT_TRUE(h.redo(set));
  EXPECT_TRUE(set == edited) << what << ": redo";
}

const Annotation& first_with(const AnnotationSet& set, std::string_view label) {
  for (const Annotation& a : set.annotations) {
    if (a.label == label) return a;
  }
  ADD_FAILURE() << "no " << label;
  return set.annotations.front();
}

TEST(EditHistory, EveryEditUndoesAndRedoesExactly) {
  undoes_exactly("add", [](EditHistory& h, AnnotationSet& s) {
    auto id = h.add(s, kText, span_of("road"), "LOC");
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(*id, "u1");
    const Annotation* a = s.find(*id);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->origin, Origin::user);
    EXPECT_EQ(a->status, ReviewStatus::accepted);
  });
  undoes_exactly("remove a name with an entity", [](EditHistory& h, AnnotationSet& s) {
    const std::string id = first_with(s, "PERSON").id;
    ASSERT_TRUE(h.remove(s, id).ok());
    EXPECT_EQ(s.find(id), nullptr);
    for (const Entity& e : s.entities) {
      for (const std::string& m : e.mentions) EXPECT_NE(m, id);
    }
  });
  undoes_exactly("remove a speaker with its relations", [](EditHistory& h, AnnotationSet& s) {
    const std::string id = first_with(s, "SOURCE").id;
    const std::size_t before = s.relations.size();
    ASSERT_TRUE(h.remove(s, id).ok());
    EXPECT_LT(s.relations.size(), before);
    for (const Relation& r : s.relations) EXPECT_TRUE(r.from != id && r.to != id);
  });
  undoes_exactly("relabel", [](EditHistory& h, AnnotationSet& s) {
    const std::string id = first_with(s, "LOC").id;
    ASSERT_TRUE(h.relabel(s, id, "GPE").ok());
    EXPECT_EQ(s.find(id)->label, "GPE");
    EXPECT_EQ(s.find(id)->status, ReviewStatus::accepted);
  });
  undoes_exactly("resize moves it in text order", [](EditHistory& h, AnnotationSet& s) {
    const std::string id = first_with(s, "PERSON").id;
    ASSERT_TRUE(h.resize(s, kText, id, span_of("Holt, the mayor of Millbrook")).ok());
    EXPECT_EQ(s.find(id)->span, span_of("Holt, the mayor of Millbrook"));
  });
  undoes_exactly("accept one", [](EditHistory& h, AnnotationSet& s) {
    ASSERT_TRUE(h.set_status(s, first_with(s, "DATE").id, ReviewStatus::accepted).ok());
  });
  undoes_exactly("reject all hedges", [](EditHistory& h, AnnotationSet& s) {
    auto n = h.set_status_all(s, "HEDGE", ReviewStatus::suggested, ReviewStatus::rejected);
    ASSERT_TRUE(n.ok());
    EXPECT_GE(*n, 1u);
    for (const Annotation& a : s.annotations) {
      if (a.label == "HEDGE") {
        EXPECT_EQ(a.status, ReviewStatus::rejected);
      }
    }
    EXPECT_EQ(h.undo_name(), "Reject all HEDGE");
  });
  undoes_exactly("accept every suggestion", [](EditHistory& h, AnnotationSet& s) {
    ASSERT_TRUE(h.set_status_all(s, "", ReviewStatus::suggested, ReviewStatus::accepted).ok());
  });
  undoes_exactly("note", [](EditHistory& h, AnnotationSet& s) {
    ASSERT_TRUE(h.set_note(s, first_with(s, "QUOTE").id, "check the recording").ok());
  });
  undoes_exactly("rename an entity", [](EditHistory& h, AnnotationSet& s) {
    ASSERT_TRUE(h.rename_entity(s, s.entities.front().id, "Mayor Mary Holt").ok());
    EXPECT_EQ(s.entities.front().name, "Mayor Mary Holt");
  });
  undoes_exactly("merge two entities", [](EditHistory& h, AnnotationSet& s) {
    ASSERT_GE(s.entities.size(), 2u);
    const std::string into = s.entities[0].id, from = s.entities[1].id;
    const std::size_t mentions = s.entities[0].mentions.size() + s.entities[1].mentions.size();
    ASSERT_TRUE(h.merge_entities(s, into, from).ok());
    ASSERT_EQ(s.entities[0].id, into);
    EXPECT_EQ(s.entities[0].mentions.size(), mentions);
    for (const Entity& e : s.entities) EXPECT_NE(e.id, from);
    for (const Annotation& a : s.annotations) {
      for (const Attr& at : a.attrs) EXPECT_FALSE(at.value == from && (at.key == "entity" || at.key == "speaker_entity"));
    }
  });
  undoes_exactly("change the label set", [](EditHistory& h, AnnotationSet& s) {
    std::vector<LabelDef> labels = s.labels;
    ASSERT_FALSE(labels.empty());
    labels[0].color = "#123456";
    labels.push_back(LabelDef{"RUMOUR", "#abcdef", 'U'});  // a letter key
    ASSERT_TRUE(h.set_labels(s, labels).ok());
    EXPECT_EQ(s.labels.back().name, "RUMOUR");
    // Refused: a hotkey twice, a letter the canvas uses (A accepts), a bad colour, a name twice.
    std::vector<LabelDef> bad = labels;
    bad.back().hotkey = 'A';
    EXPECT_FALSE(h.set_labels(s, bad).ok());
    bad = labels;
    bad.back().hotkey = labels[0].hotkey;
    EXPECT_FALSE(h.set_labels(s, bad).ok());
    bad = labels;
    bad.back().color = "blue";
    EXPECT_FALSE(h.set_labels(s, bad).ok());
    bad = labels;
    bad.back().name = labels[1].name;
    EXPECT_FALSE(h.set_labels(s, bad).ok());
    EXPECT_EQ(h.undo_depth(), 1u);
  });
  undoes_exactly("replace all (re-analysis)", [](EditHistory& h, AnnotationSet& s) {
    h.replace_all(s, AnnotationSet{}, "Analyze again");
    EXPECT_TRUE(s.annotations.empty());
  });
}

TEST(EditHistory, SplittingAMentionOffUndoesExactly) {
  AnnotationSet set = analyzed();
  EditHistory h;
  ASSERT_GE(set.entities.size(), 2u);
  ASSERT_TRUE(h.merge_entities(set, set.entities[0].id, set.entities[1].id).ok());
  const AnnotationSet merged = set;
  const std::string mention = set.entities[0].mentions.back();
  auto fresh = h.split_mention(set, mention);
  ASSERT_TRUE(fresh.ok()) << fresh.error().message;
  EXPECT_EQ(*set.find(mention)->attr("entity"), *fresh);
  EXPECT_EQ(set.entities.back().mentions, std::vector<std::string>{mention});
  const AnnotationSet split = set;
  ASSERT_TRUE(h.undo(set));
  EXPECT_TRUE(set == merged);
  ASSERT_TRUE(h.redo(set));
  EXPECT_TRUE(set == split);
  // A lone mention cannot be split further.
  EXPECT_FALSE(h.split_mention(set, mention).ok());
}

TEST(EditHistory, TimelineEventsAddMoveAndRemoveExactly) {
  DocumentInfo info;
  info.dct = "2024-03-10";
  const std::string text = "The storm hit on March 1. Roads reopened on March 5. The inquiry opened in June 2023.";
  auto doc = load_document(text, info);
  AnnotationSet set = engine().analyze(doc->document).annotations;
  ASSERT_EQ(set.timeline.size(), 3u);
  EditHistory h;
  const AnnotationSet original = set;
  auto is_sorted = [&] {
    for (std::size_t k = 1; k < set.timeline.size(); ++k) {
      if (set.timeline[k - 1].start > set.timeline[k].start) return false;
    }
    return true;
  };
  // Move the storm (March 1) after the roads (March 5): its time expression follows.
  const TimelineEvent storm = set.timeline[1];
  ASSERT_EQ(storm.value, "2024-03-01");
  ASSERT_TRUE(h.move_event(set, storm.id, "2024-03-08", "2024-03-08", "2024-03-09").ok());
  EXPECT_TRUE(is_sorted());
  EXPECT_EQ(set.timeline.back().id, storm.id);
  EXPECT_EQ(*set.find(storm.time)->attr("value"), "2024-03-08");
  const AnnotationSet moved = set;
  ASSERT_TRUE(h.undo(set));
  EXPECT_TRUE(set == original);
  ASSERT_TRUE(h.redo(set));
  EXPECT_TRUE(set == moved);
  // And back before everything (the 2023 inquiry included).
  ASSERT_TRUE(h.move_event(set, storm.id, "2022", "2022-01-01", "2023-01-01").ok());
  EXPECT_TRUE(is_sorted());
  EXPECT_EQ(set.timeline.front().id, storm.id);
  ASSERT_TRUE(h.undo(set));
  EXPECT_TRUE(set == moved);
  // Remove and add.
  ASSERT_TRUE(h.remove_event(set, storm.id).ok());
  EXPECT_EQ(set.timeline.size(), 2u);
  TimelineEvent e;
  e.start = "2024-01-15";
  e.end = "2024-01-16";
  e.value = "2024-01-15";
  e.granularity = "day";
  auto id = h.add_event(set, e);
  ASSERT_TRUE(id.ok());
  EXPECT_TRUE(is_sorted());
  EXPECT_EQ(set.timeline[1].id, *id);
  EXPECT_FALSE(h.add_event(set, TimelineEvent{}).ok());
  EXPECT_FALSE(h.move_event(set, *id, "x", "2024-02-01", "2024-01-01").ok());
  while (h.undo(set)) {
  }
  EXPECT_TRUE(set == original);
}

TEST(EditHistory, AMarkWithItsEventIsOneStepAndDeletingTheMarkTakesItsEvent) {
  DocumentInfo info;
  info.dct = "2024-03-10";
  const std::string text = "The storm hit on March 1. Roads reopened on March 5.";
  auto doc = load_document(text, info);
  AnnotationSet set;  // a student's: no engine marks, no events
  EditHistory h;
  TimelineEvent e;
  e.value = "2024-03-05";
  e.start = "2024-03-05";
  e.end = "2024-03-06";
  e.granularity = "day";
  const auto at = static_cast<std::uint32_t>(text.find("March 5"));
  auto id = h.add(set, text, ByteSpan{at, at + 7}, "DATE", {{"value", "2024-03-05"}}, e);
  ASSERT_TRUE(id.ok());
  ASSERT_EQ(set.timeline.size(), 1u);
  EXPECT_EQ(set.timeline[0].time, *id);
  EXPECT_EQ(*set.find(*id)->attr("value"), "2024-03-05");
  EXPECT_EQ(h.undo_depth(), 1u);
  const AnnotationSet added = set;
  ASSERT_TRUE(h.undo(set));
  EXPECT_TRUE(set.annotations.empty() && set.timeline.empty());
  ASSERT_TRUE(h.redo(set));
  EXPECT_TRUE(set == added);
  // Deleting the mark deletes the event it dates, in the same step.
  ASSERT_TRUE(h.remove(set, *id).ok());
  EXPECT_TRUE(set.annotations.empty() && set.timeline.empty());
  ASSERT_TRUE(h.undo(set));
  EXPECT_TRUE(set == added);
  // An event that cannot be placed is refused, and nothing is added.
  TimelineEvent bad = e;
  bad.end = "2024-03-01";
  EXPECT_FALSE(h.add(set, text, ByteSpan{at, at + 7}, "DATE", {}, bad).ok());
  EXPECT_TRUE(set == added);
}

TEST(EditHistory, RefusedEditsChangeNothing) {
  AnnotationSet set = analyzed();
  const AnnotationSet original = set;
  EditHistory h;
  EXPECT_EQ(h.add(set, kText, ByteSpan{5, 5}, "PERSON").error().code, ErrorCode::invalid_offset);
  EXPECT_EQ(h.add(set, kText, ByteSpan{0, 100000}, "PERSON").error().code, ErrorCode::invalid_offset);
  const auto cafe = static_cast<std::uint32_t>(kText.find("café"));
  auto inside = h.add(set, kText, ByteSpan{cafe, cafe + 4}, "ORG");  // ends inside "é"
  ASSERT_FALSE(inside.ok());
  EXPECT_NE(inside.error().message.find("between characters"), std::string::npos);
  EXPECT_FALSE(h.add(set, kText, span_of("road"), "").ok());
  EXPECT_FALSE(h.remove(set, "nope").ok());
  EXPECT_FALSE(h.relabel(set, "nope", "ORG").ok());
  EXPECT_NE(h.remove(set, "nope").error().message.find("'nope'"), std::string::npos);
  EXPECT_TRUE(set == original);
  EXPECT_FALSE(h.can_undo());
  EXPECT_FALSE(h.undo(set));
  EXPECT_FALSE(h.redo(set));
  // A bulk change that matches nothing adds no step.
  auto n = h.set_status_all(set, "NO SUCH LABEL", ReviewStatus::suggested, ReviewStatus::accepted);
  EXPECT_EQ(*n, 0u);
  EXPECT_FALSE(h.can_undo());
}

TEST(EditHistory, ANewEditClearsRedoAndIdsStayUnique) {
  AnnotationSet set = analyzed();
  EditHistory h;
  ASSERT_TRUE(h.add(set, kText, span_of("road"), "LOC").ok());
  ASSERT_TRUE(h.undo(set));
  EXPECT_TRUE(h.can_redo());
  auto id = h.add(set, kText, span_of("Elm Street"), "LOC");
  ASSERT_TRUE(id.ok());
  EXPECT_FALSE(h.can_redo());
  auto id2 = h.add(set, kText, span_of("road"), "LOC");
  EXPECT_NE(*id, *id2);
}

// Random edits, then undo everything: the original comes back; redo everything: the end state.
TEST(EditHistory, RandomEditSequencesUndoToTheStart) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    AnnotationSet set = analyzed();
    const AnnotationSet original = set;
    EditHistory h;
    for (int k = 0; k < 25; ++k) {
      const std::size_t n = set.annotations.size();
      const std::string id = n ? set.annotations[rng() % n].id : std::string("none");
      const auto b = static_cast<std::uint32_t>(rng() % (kText.size() - 10));
      const ByteSpan span{b, b + 1 + static_cast<std::uint32_t>(rng() % 9)};
      switch (rng() % 6) {
        case 0: (void)h.add(set, kText, span, "ORG"); break;
        case 1: (void)h.remove(set, id); break;
        case 2: (void)h.relabel(set, id, "NORP"); break;
        case 3: (void)h.resize(set, kText, id, span); break;
        case 4: (void)h.set_status(set, id, ReviewStatus::rejected); break;
        default: (void)h.set_status_all(set, "", ReviewStatus::suggested, ReviewStatus::accepted); break;
      }
      ASSERT_TRUE(in_text_order(set));
    }
    const AnnotationSet end = set;
    while (h.undo(set)) {
    }
    EXPECT_TRUE(set == original) << "round " << round;
    while (h.redo(set)) {
    }
    EXPECT_TRUE(set == end) << "round " << round;
  }
}

}  // namespace
}  // namespace newsmark
