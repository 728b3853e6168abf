// The article inside an HTML page: a reader drops a saved news page and gets its text, not its
// markup. The title comes from og:title, then the first <h1>, then <title>; the date from
// article:published_time, a <time datetime> or a JSON-LD datePublished; the text from the
// <article> (else <main>, else <body>), paragraph by paragraph, leaving out scripts, styles,
// navigation, headers, footers, asides, forms and figures' media. Entities are decoded.
// Tolerant like a browser: unclosed tags, stray '<', comments and CDATA never fail.
#pragma once

#include <string>
#include <string_view>

namespace newsmark::io {

struct HtmlArticle {
  std::string title;
  std::string date;  // YYYY-MM-DD when the page gives one, else empty
  std::string text;  // paragraphs separated by a blank line
};

// True when `bytes` look like an HTML document (a doctype or an <html>/<head>/<body> tag near
// the start), so a dropped page is recognised whatever its file name.
bool looks_like_html(std::string_view bytes);

HtmlArticle extract_html_article(std::string_view html);

// Decodes character references (&amp; &#8217; &#x2014; and the named ones news pages use).
std::string decode_html_entities(std::string_view s);

}  // namespace newsmark::io
