#include "model_fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/engine.h"
#include "core/model/label_set.h"

namespace newsmark::testing_support {

Document make_document(std::string_view text, DocumentInfo info) {
  auto r = load_document(text, std::move(info));
  EXPECT_TRUE(r.ok());
  return r->document;
}

Document rich_document() {
  return make_document("\xF0\x9F\x93\xB0 \xE6\x9D\x8E\xE6\x98\x8E and Sen. Zo\xC3\xAB met. \xE2\x80\x9CIt is done\xE2\x80\x9D, "
                       "she said on Monday, after the vote.", {"T", "2024-03-05", "x", "en"});
}

AnnotationSet rich_set(const Document& d) {
  auto span = [&](std::string_view s, std::size_t from = 0) {
    const std::size_t b = d.text().find(s, from);
    EXPECT_NE(b, std::string::npos) << s;
    return ByteSpan{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b + s.size())};
  };
  AnnotationSet set;
  set.labels = default_labels();
  set.labels.push_back(LabelDef{"RUMOUR", "#123456", 0});
  Annotation a;
  a = {"a1", span("\xE6\x9D\x8E\xE6\x98\x8E"), "PERSON", {{"entity", "e1"}}, Origin::automatic, ReviewStatus::accepted, 0.9f, ""};
  set.annotations.push_back(a);
  a = {"a2", span("Sen. Zo\xC3\xAB"), "PERSON", {}, Origin::user, ReviewStatus::accepted, 1.0f, "a note \xF0\x9F\x93\x9D with \"quotes\""};
  set.annotations.push_back(a);
  a = {"a3", span("Zo\xC3\xAB"), "PERSON", {{"entity", "e1"}}, Origin::automatic, ReviewStatus::rejected, 0.5f, ""};
  set.annotations.push_back(a);
  a = {"a4", span("\xE2\x80\x9CIt is done\xE2\x80\x9D"), "QUOTE", {{"kind", "direct"}, {"speaker", "a5"}}, Origin::automatic,
       ReviewStatus::suggested, 0.8f, ""};
  set.annotations.push_back(a);
  a = {"a5", span("she"), "SOURCE", {}, Origin::automatic, ReviewStatus::suggested, 0.75f, ""};
  set.annotations.push_back(a);
  a = {"a6", span("on Monday"), "RUMOUR", {}, Origin::user, ReviewStatus::accepted, 1.0f, ""};
  set.annotations.push_back(a);
  a = {"a7", span("Monday"), "DATE", {{"value", "2024-03-04"}}, Origin::automatic, ReviewStatus::suggested, 0.85f, ""};
  set.annotations.push_back(a);
  set.entities.push_back(Entity{"e1", "Zo\xC3\xAB \xE6\x9D\x8E\xE6\x98\x8E", "PERSON", {"a1", "a3"}});
  set.relations.push_back(Relation{"r1", "speaker-of", "a5", "a4"});
  TimelineEvent t1;
  t1.id = "t1"; t1.time = "a7"; t1.value = "2024-03-04"; t1.start = "2024-03-04"; t1.end = "2024-03-05";
  t1.granularity = "day"; t1.event = span("she said on Monday"); t1.entities = {"e1"};
  TimelineEvent t2;
  t2.id = "t2"; t2.event = span("the vote"); t2.certain = false; t2.relation = "before"; t2.anchor = "t1"; t2.offset = "P2D";
  set.timeline = {t2, t1};
  set.sourcing.quotes = 1;
  set.sourcing.direct = 1;
  set.sourcing.quoted_share = 0.123456789;
  set.sourcing.speakers.push_back(SpeakerCount{"", "she", "named-person", 1});
  std::stable_sort(set.annotations.begin(), set.annotations.end(), [](const Annotation& x, const Annotation& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
  });
  return set;
}

const std::vector<SampleArticle>& sample_articles() {
  static const std::vector<SampleArticle> articles = [] {
    std::vector<SampleArticle> out;
    auto engine = Engine::create();
    EXPECT_TRUE(engine.ok());
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(NEWSMARK_TEST_DATA_DIR "/articles")) {
      if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      Document d = make_document(buf.str(), {path.stem().string(), "2026-03-09", path.filename().string(), "en"});
      AnnotationSet set = engine->analyze(d).annotations;
      out.push_back(SampleArticle{path.stem().string(), std::move(d), std::move(set)});
    }
    EXPECT_GE(out.size(), 5u);
    return out;
  }();
  return articles;
}

AnnotationSet without(AnnotationSet set, bool keep_timeline, bool keep_sourcing) {
  if (!keep_timeline) set.timeline.clear();
  if (!keep_sourcing) set.sourcing = SourcingSummary{};
  return set;
}

}  // namespace newsmark::testing_support
