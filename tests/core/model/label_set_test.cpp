#include "core/model/label_set.h"

#include <gtest/gtest.h>

#include <set>

namespace newsmark {
namespace {

TEST(LabelSet, KeysAreNumbersAndTheLettersTheCanvasLeavesFree) {
  struct Row {
    const char* name;
    int key;
  };
  for (const Row& r : {Row{"1", 1}, Row{"9", 9}, Row{"B", 'B'}, Row{"b", 'B'}, Row{"Z", 'Z'}, Row{"0", 0}, Row{"A", 0},
                       Row{"N", 0}, Row{"p", 0}, Row{"R", 0}, Row{"", 0}, Row{"BB", 0}, Row{"%", 0}}) {
    EXPECT_EQ(parse_hotkey(r.name), r.key) << r.name;
  }
  EXPECT_EQ(hotkey_name(7), "7");
  EXPECT_EQ(hotkey_name('Q'), "Q");
  EXPECT_EQ(hotkey_name('A'), "");
  EXPECT_EQ(hotkey_name(0), "");
  const std::vector<int> all = all_hotkeys();
  EXPECT_EQ(all.size(), 9u + 22u);  // 1-9 and B-Z less N, P, R
  EXPECT_EQ(std::set<int>(all.begin(), all.end()).size(), all.size());
  for (int k : all) EXPECT_EQ(parse_hotkey(hotkey_name(k)), k);
}

TEST(LabelSet, DefaultsAreDistinctAndKeyed) {
  const std::vector<LabelDef> labels = default_labels();
  std::set<std::string> names, colors;
  std::set<int> keys;
  for (const LabelDef& l : labels) {
    EXPECT_TRUE(names.insert(l.name).second) << l.name;
    EXPECT_TRUE(colors.insert(l.color).second) << l.name;
    if (l.hotkey != 0) {
      EXPECT_TRUE(valid_hotkey(l.hotkey));
      EXPECT_TRUE(keys.insert(l.hotkey).second);
    }
  }
  EXPECT_EQ(keys.size(), 9u);
}

TEST(LabelSet, LabelsAddedForAnnotationsKeepKeysOnlyWhenFree) {
  std::vector<LabelDef> labels{{"PLACE", "#111111", 4}};
  std::vector<Annotation> anns(2);
  anns[0].label = "LOC";     // default key 4: taken by PLACE
  anns[1].label = "RUMOUR";  // not a default
  const auto added = add_missing_labels(labels, anns);
  ASSERT_EQ(added, (std::vector<std::string>{"LOC", "RUMOUR"}));
  EXPECT_EQ(labels[1].hotkey, 0);
  EXPECT_EQ(labels[1].color, "#56b4e9");
  EXPECT_EQ(labels[2].hotkey, 0);
  EXPECT_EQ(labels[2].color, label_def_for("RUMOUR").color);
}

}  // namespace
}  // namespace newsmark
