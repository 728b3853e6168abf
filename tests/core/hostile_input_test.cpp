// Hostile and odd input, end to end through the core: each case is loaded, analysed, written
// as Newsmark JSON and read back. Nothing may crash or hang (ctest's timeout catches a hang;
// ASan/UBSan builds run this too), every span must sit on character boundaries inside the
// text, and the outcome is the one the table says (refused with a reason, repaired, or read).
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/text/utf8.h"
#include "io/json/newsmark_json.h"
#include "test_engine.h"

namespace newsmark {
namespace {

bool on_boundary(const std::string& text, std::uint32_t at) {
  return at == text.size() || (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
}

// Loads, analyses, exports and re-imports `raw`; returns the analysis for more checks.
Analysis run_through(const std::string& raw, const std::string& what) {
  auto loaded = load_document(raw, {"t", "2026-03-09", "s", "en"});
  EXPECT_TRUE(loaded.ok()) << what << ": " << (loaded.ok() ? "" : loaded.error().message);
  if (!loaded) return {};
  const Document& doc = loaded->document;
  EXPECT_TRUE(utf8::is_valid(doc.text())) << what;
  Analysis a = testing_support::engine().analyze(doc);
  for (const Annotation& an : a.annotations.annotations) {
    EXPECT_LE(an.span.end, doc.text().size()) << what;
    EXPECT_LT(an.span.begin, an.span.end) << what;
    EXPECT_TRUE(on_boundary(doc.text(), an.span.begin) && on_boundary(doc.text(), an.span.end)) << what << ": " << an.id;
  }
  const std::string json = io::write_newsmark_json(doc, &a.annotations, false);
  auto back = io::read_newsmark_json(json);
  EXPECT_TRUE(back.ok()) << what << ": " << (back.ok() ? "" : back.error().message);
  if (back) {
    EXPECT_EQ(back->annotations.annotations, a.annotations.annotations) << what;
  }
  return a;
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(HostileInput, InvalidUtf8AndNulBytesAreRepairedAndAnalysed) {
  std::string raw = "Officials in Lagos said on Monday \xFF\xFE that \xC3 prices rose. ";
  raw += std::string("Ana Ruiz\0said\0it was done.", 27);
  auto loaded = load_document(raw, {});
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->report.invalid_utf8_replaced, 3u);
  run_through(raw, "bad bytes and NULs");
  // Random bytes, all 256 values in a scrambled order, many times over.
  std::string noise;
  std::uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245u + 12345u;
    noise.push_back(static_cast<char>(x >> 24));
  }
  run_through(noise, "200 KB of random bytes");
}

TEST(HostileInput, ATextOverTheLimitIsRefusedWithItsSize) {
  const std::string big(kMaxTextBytes + 1, 'a');
  auto r = load_document(big, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::too_large);
  EXPECT_NE(r.error().message.find("20.0 MB"), std::string::npos) << r.error().message;
}

TEST(HostileInput, DegenerateTextsAreAnalysedWithoutTrouble) {
  struct Case {
    const char* name;
    std::string text;
  };
  const std::vector<Case> cases{
      {"one 1 MB line without spaces", std::string(1 << 20, 'x')},
      {"1 MB of one word repeated without spaces", repeat("Lagos", 200000)},
      {"100,000 straight quote marks", std::string(100000, '"')},
      {"100,000 curly quote marks", repeat("\xE2\x80\x9C", 50000) + repeat("\xE2\x80\x9D", 50000)},
      {"100,000 alternating quotes with words", repeat("\xE2\x80\x9Cyes,\xE2\x80\x9D said Ann. ", 20000)},
      {"a number of 10,000 digits", "Prices rose by " + std::string(10000, '9') + " percent, officials said."},
      {"a money amount of 10,000 digits", "The deal is worth $" + repeat("1,000", 2000) + " million."},
      {"only punctuation", repeat(".,;:!?()[]-\xE2\x80\x94", 20000)},
      {"only newlines", std::string(100000, '\n')},
      {"capitalised words forever", repeat("Minister Of The Interior ", 40000)},
      {"100,000 hedges", repeat("reportedly ", 100000)},
  };
  for (const Case& c : cases) run_through(c.text, c.name);
}

TEST(HostileInput, ImpossibleDatesAreNotResolvedToWrongDays) {
  const Analysis a = run_through(
      "The vote was held on February 30, 2024. It will end in the year 99999. "
      "A meeting on 31/02/2020 was cancelled, and one on February 29, 2023 too. It began on February 29, 2024.",
      "impossible dates");
  for (const Annotation& an : a.annotations.annotations) {
    const std::string* v = an.attr("value");
    if (v == nullptr || (an.label != "DATE" && an.label != "TIME")) continue;
    // Whatever is resolved must be a real day of a real month.
    EXPECT_EQ(v->find("2024-02-30"), std::string::npos);
    EXPECT_EQ(v->find("2020-02-31"), std::string::npos);
    EXPECT_EQ(v->find("2023-02-29"), std::string::npos);
    EXPECT_EQ(v->find("99999-"), std::string::npos) << *v;
  }
  bool leap_day = false;
  for (const Annotation& an : a.annotations.annotations) {
    if (const std::string* v = an.attr("value"); v != nullptr && *v == "2024-02-29") leap_day = true;
  }
  EXPECT_TRUE(leap_day) << "a real leap day still resolves";
  // Without a year, February 29 in an article of 2026 (no leap year either side): the year stays open.
  const Analysis open_year = run_through("The law takes effect on February 29, officials said.", "February 29 without a year");
  bool found = false;
  for (const Annotation& an : open_year.annotations.annotations) {
    if (const std::string* v = an.attr("value"); v != nullptr && v->find("02-29") != std::string::npos) {
      EXPECT_EQ(*v, "XXXX-02-29");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(HostileInput, RightToLeftTextCombiningMarksAndEmojiAtSpanEdges) {
  run_through("\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3 \xD9\x82\xD8\xA7\xD9\x84 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
              "\xD8\xAA\xD9\x85. \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D, said Dana Levi in Haifa on Monday.",
              "Arabic and Hebrew around English");
  // Names with combining accents (e + U+0301), and emoji (with joiners and skin tones) right
  // against names, dates and quotes.
  const std::string text =
      "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xE2\x9A\x95\xEF\xB8\x8FJose\xCC\x81 Marti\xCC\x81nez said on Monday\xF0\x9F\x93\x85 that "
      "\xE2\x80\x9C\xF0\x9F\x98\x80we will win\xF0\x9F\x98\x80\xE2\x80\x9D, according to Rene\xCC\x81""e Dubois of Paris\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7.";
  const Analysis a = run_through(text, "combining marks and emoji");
  for (const Annotation& an : a.annotations.annotations) {
    // A span never ends between a letter and its combining mark.
    if (an.span.end + 1 < text.size()) {
      const unsigned char next0 = static_cast<unsigned char>(text[an.span.end]);
      const unsigned char next1 = static_cast<unsigned char>(text[an.span.end + 1]);
      EXPECT_FALSE(next0 == 0xCC && next1 >= 0x80 && next1 <= 0xBF) << an.label << " ends before a combining mark";
    }
  }
}

}  // namespace
}  // namespace newsmark
