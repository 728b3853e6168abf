#include "io/formats/html_text.h"

#include <gtest/gtest.h>

namespace newsmark::io {
namespace {

TEST(HtmlText, TakesTheArticleNotTheSiteAround) {
  const char* page = R"(<!DOCTYPE html>
<html><head><title>Site | Bridge reopens</title>
<meta property="og:title" content="Bridge reopens after &quot;two years&quot;">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
<script>var x = "<p>not text</p>";</script><style>p{color:red}</style></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><header><h1>Bridge   reopens</h1><p class="byline">By Ana Ruiz</p></header>
<p>The Elm Street bridge reopened on Thursday,<br>officials said.</p>
<!-- an ad --><aside>Read more: other news</aside>
<p>&ldquo;It&rsquo;s a relief,&rdquo; said Mayor Jo&#233; Park &amp; her staff &#x2014; finally.</p>
<figure><img src="x.jpg"><figcaption>The bridge in 2022.</figcaption></figure>
<svg viewBox="0 0 1 1"><text>icon</text></svg><svg/>
<p>Traffic resumes at 5 p.m. <span>Monday</span>.</p></article>
<footer>&copy; Site</footer></body></html>)";
  ASSERT_TRUE(looks_like_html(page));
  const HtmlArticle a = extract_html_article(page);
  EXPECT_EQ(a.title, "Bridge reopens after \"two years\"");
  EXPECT_EQ(a.date, "2024-05-02");
  EXPECT_EQ(a.text,
            "Bridge reopens\n\nBy Ana Ruiz\n\nThe Elm Street bridge reopened on Thursday, officials said.\n\n"
            "\xE2\x80\x9CIt\xE2\x80\x99s a relief,\xE2\x80\x9D said Mayor Jo\xC3\xA9 Park & her staff \xE2\x80\x94 finally.\n\n"
            "The bridge in 2022.\n\nTraffic resumes at 5 p.m. Monday.");
}

TEST(HtmlText, FallsBackToTheBodyAndTheTitleTag) {
  const HtmlArticle a = extract_html_article("<html><head><title>Plain page</title></head><body><div>One</div><div>Two &lt;3</div></body></html>");
  EXPECT_EQ(a.title, "Plain page");
  EXPECT_EQ(a.date, "");
  EXPECT_EQ(a.text, "One\n\nTwo <3");
}

TEST(HtmlText, ToleratesBrokenMarkup) {
  for (const char* html : {"<html><body><p>unclosed <b>bold", "<body>a < b and <<<", "<body><!-- never closed", "<p x='1>y",
                           "<html><body><svg><p>lost", "&#99999999; &#x; &bogus; &", "<body><script>"}) {
    const HtmlArticle a = extract_html_article(html);
    EXPECT_LE(a.text.size(), std::string_view(html).size() * 4) << html;
  }
  EXPECT_EQ(extract_html_article("<body>a < b</body>").text, "a < b");
  EXPECT_EQ(decode_html_entities("&#0; &#xD800; &amp &unknown;"), "\xEF\xBF\xBD \xEF\xBF\xBD &amp &unknown;");
}

// The remembered search for "</script" once answered a later script's close for an earlier
// script, and the article text between them was lost.
TEST(HtmlText, EachScriptEndsAtItsOwnClose) {
  EXPECT_EQ(extract_html_article("<body><article><p>One</p><script>x()</script><p>Two</p></article>"
                                 "<script>y()</SCRIPT></body>").text,
            "One\n\nTwo");
}

TEST(HtmlText, RecognisesPagesNotPlainText) {
  EXPECT_TRUE(looks_like_html("  <!doctype html><p>x"));
  EXPECT_TRUE(looks_like_html("<HTML lang=en>"));
  EXPECT_FALSE(looks_like_html("The council voted <3 times> on the plan."));
}

}  // namespace
}  // namespace newsmark::io
