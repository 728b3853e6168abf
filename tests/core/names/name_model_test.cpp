#include "core/names/name_model.h"

#include <gtest/gtest.h>

#include <vector>

#include "core/lexicons/lexicon_data.h"

namespace newsmark {
namespace {

using name_tags::kTags;

NameWeights small_weights() {
  NameWeights w;
  w.keys = {42, 7, 1000};
  w.rows.assign(3 * kTags, 0.0f);
  w.rows[0 * kTags + 1] = 2.0f;    // feature 42 -> B-PERSON
  w.rows[0 * kTags + 0] = -1.0f;
  w.rows[1 * kTags + 4] = 0.5f;    // feature 7 -> U-PERSON
  w.rows[2 * kTags + 5] = 0.001f;  // feature 1000: too small to keep
  w.transitions[1 * kTags + 3] = 0.25f;
  return w;
}

TEST(NameModel, QuantisesKeepsStrongFeaturesAndRoundTrips) {
  const NameModel m = NameModel::quantise(small_weights(), 100, 0.01f);
  EXPECT_EQ(m.features(), 2u);  // 1000 dropped
  EXPECT_NEAR(m.weight(42, 1), 2.0f, 2.0f / 127);
  EXPECT_NEAR(m.weight(42, 0), -1.0f, 2.0f / 127);
  EXPECT_NEAR(m.weight(7, 4), 0.5f, 0.5f / 127);
  EXPECT_EQ(m.weight(1000, 5), 0.0f);
  EXPECT_EQ(m.weight(99, 1), 0.0f);

  const std::vector<unsigned char> bytes = m.write();
  auto back = NameModel::read(bytes);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->features(), 2u);
  EXPECT_EQ(back->weight(42, 1), m.weight(42, 1));
  EXPECT_EQ(back->transitions()[1 * kTags + 3], 0.25f);
  EXPECT_EQ(back->write(), bytes);

  float scores[kTags] = {};
  EXPECT_TRUE(back->add_weights(42, scores));
  EXPECT_FALSE(back->add_weights(5, scores));
  EXPECT_EQ(scores[1], m.weight(42, 1));
}

TEST(NameModel, KeepsTheStrongestWhenCapped) {
  const NameModel m = NameModel::quantise(small_weights(), 1, 0.0f);
  EXPECT_EQ(m.features(), 1u);
  EXPECT_NE(m.weight(42, 1), 0.0f);
  EXPECT_EQ(m.weight(7, 4), 0.0f);
}

struct Damage {
  const char* name;
  std::size_t offset;  // byte to change (or the size to cut to, for "truncated")
  bool truncate;
  const char* message;  // part of the expected error
};

class NameModelDamage : public ::testing::TestWithParam<Damage> {};

TEST_P(NameModelDamage, IsAClearErrorNeverACrash) {
  std::vector<unsigned char> bytes = NameModel::quantise(small_weights(), 100, 0.01f).write();
  const Damage& d = GetParam();
  if (d.truncate) bytes.resize(d.offset);
  else bytes[d.offset] ^= 0x5a;
  auto r = NameModel::read(bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find(d.message), std::string::npos) << r.error().message;
}

INSTANTIATE_TEST_SUITE_P(Table, NameModelDamage,
                         ::testing::Values(Damage{"empty", 0, true, "shorter than its header"},
                                           Damage{"signature", 2, false, "signature"},
                                           Damage{"newer_version", 8, false, "version"},
                                           Damage{"tag_count", 12, false, "tags"},
                                           Damage{"feature_count", 16, false, "header says"},
                                           Damage{"truncated", 1800, true, "header says"},
                                           Damage{"weights", 1810, false, "checksum"},
                                           Damage{"crc", 1843, false, "checksum"}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(NameModel, TheBuiltInModelLoads) {
  auto m = NameModel::read(embedded_name_model());
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_GT(m->features(), 1000u);
  EXPECT_LE(embedded_name_model().size(), 2u * 1024 * 1024) << "the model must stay within 2 MB";
}

}  // namespace
}  // namespace newsmark
