#include "io/formats.h"

#include <gtest/gtest.h>

#include "io/formats/brat.h"
#include "io/json/newsmark_json.h"
#include "io/formats/w3c_annotation.h"
#include "model_fixtures.h"

namespace newsmark::io {
namespace {

TEST(Formats, DetectsWhatAFileIsByNameAndContent) {
  EXPECT_EQ(detect_input({"a.txt", "Plain news text."}), InputKind::text);
  EXPECT_EQ(detect_input({"", "\xEF\xBB\xBF  {\"format\": \"newsmark\", \"version\": 1}"}), InputKind::newsmark);
  EXPECT_EQ(detect_input({"x.jsonld", R"({"@context": "http://www.w3.org/ns/anno.jsonld"})"}), InputKind::w3c);
  EXPECT_EQ(detect_input({"page.html", "<p>hi"}), InputKind::html);
  EXPECT_EQ(detect_input({"saved", "<!DOCTYPE html><html>"}), InputKind::html);
  EXPECT_EQ(detect_input({"a.ANN", "T1\tX 0 1\ta"}), InputKind::brat_ann);
  EXPECT_EQ(detect_input({"data.json", "{\"rows\": []}"}), InputKind::json_unknown);
  EXPECT_EQ(detect_input({"a.txt", "[Updated] The council met."}), InputKind::text);
}

TEST(Formats, OpensEachImportableFormatAndPairs) {
  const Document d = testing_support::rich_document();
  const AnnotationSet set = testing_support::rich_set(d);
  const BratFiles brat = write_brat(d, set);
  const std::vector<std::vector<InputFile>> inputs = {
      {{"a.newsmark.json", write_newsmark_json(d, &set)}},
      {{"a.w3c.jsonld", write_w3c_annotations(d, set)}},
      {{"a.ann", brat.ann}, {"a.txt", brat.txt}},  // either order
      {{"a.txt", brat.txt}, {"a.ann", brat.ann}},
  };
  for (const auto& files : inputs) {
    auto r = open_input(files);
    ASSERT_TRUE(r.ok()) << files.front().name << ": " << r.error().message;
    EXPECT_TRUE(r->has_annotations);
    EXPECT_EQ(r->annotations.annotations, set.annotations) << files.front().name;
    EXPECT_EQ(r->document.text(), d.text());
  }
  auto text = open_input(std::vector<InputFile>{{"story.txt", "Ann met Bob."}});
  ASSERT_TRUE(text.ok());
  EXPECT_FALSE(text->has_annotations);
  EXPECT_EQ(text->document.info().source, "story.txt");
}

TEST(Formats, OpensAnHtmlPageAsItsArticleWithTitleAndDate) {
  auto r = open_input(std::vector<InputFile>{
      {"p.html", "<html><head><title>Council votes</title><meta name=date content=2025-01-09></head><body><p>The council voted.</p></body></html>"}});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->document.text(), "The council voted.");
  EXPECT_EQ(r->document.info().title, "Council votes");
  EXPECT_EQ(r->document.info().dct, "2025-01-09");
  // A date that is not one is dropped, not fatal.
  auto bad = open_input(std::vector<InputFile>{{"p.html", "<html><meta name=date content=2025-02-30><p>x</p></html>"}});
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(bad->document.info().dct, "");
}

TEST(Formats, RefusesWhatItCannotOpenWithAReason) {
  auto many = open_input(std::vector<InputFile>{{"a.txt", "a"}, {"b.txt", "b"}, {"c.txt", "c"}});
  EXPECT_NE(many.error().message.find("3 files"), std::string::npos);
  auto two_texts = open_input(std::vector<InputFile>{{"a.txt", "a"}, {"b.txt", "b"}});
  EXPECT_NE(two_texts.error().message.find("an article and its annotations"), std::string::npos);
  auto lone_ann = open_input(std::vector<InputFile>{{"dir/story.ann", "T1\tX 0 1\ta"}});
  EXPECT_NE(lone_ann.error().message.find("story.txt"), std::string::npos);
}

TEST(Formats, ExportsEveryFormatUnderTheBaseName) {
  const Document d = testing_support::rich_document();
  const AnnotationSet set = testing_support::rich_set(d);
  for (const FormatInfo& f : formats()) {
    const Export e = export_document(f.format, d, set, {}, {}, "bridge");
    ASSERT_FALSE(e.files.empty()) << f.name;
    EXPECT_FALSE(e.files.back().data.empty()) << f.name;
    EXPECT_EQ(e.files.back().name, "bridge" + std::string(f.extension)) << f.name;
    EXPECT_EQ(format_by_name(f.name), f.format);
  }
  EXPECT_EQ(file_base_name("Bridge reopens: \"finally\" (2024)"), "bridge-reopens-finally-2024");
  EXPECT_EQ(file_base_name("\xE6\x9D\x8E"), "article");
}

}  // namespace
}  // namespace newsmark::io
