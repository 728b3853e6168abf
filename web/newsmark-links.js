// Exercise links: an exercise file compressed into the page address's fragment (the part
// after '#', which browsers never send to a server), so a teacher can hand out a small
// exercise as a link, and it opens offline once the app is cached.
//   #exercise=z.<base64url of the deflate-raw compressed JSON>   (or j.<base64url of the JSON>
//   where the browser cannot compress)
// newsmark._makeExerciseLink(json) is called by the app (platform_web.cpp) and answers through
// nm_exercise_link; a page opened with such a fragment opens the exercise once the app is ready.
'use strict';

(function () {
  const api = window.newsmark;

  function toBase64Url(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(text) {
    const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; ++i) bytes[i] = s.charCodeAt(i);
    return bytes;
  }

  async function through(stream, bytes) {
    const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
    return new Uint8Array(await out.arrayBuffer());
  }

  async function encode(json) {
    const bytes = new TextEncoder().encode(json);
    if (typeof CompressionStream === 'function') {
      try {
        return 'z.' + toBase64Url(await through(new CompressionStream('deflate-raw'), bytes));
      } catch (e) { /* below: uncompressed */ }
    }
    return 'j.' + toBase64Url(bytes);
  }

  async function decode(value) {
    const kind = value.slice(0, 2);
    const bytes = fromBase64Url(value.slice(2));
    if (kind === 'j.') return new TextDecoder().decode(bytes);
    if (kind !== 'z.') throw new Error('not an exercise link');
    return new TextDecoder().decode(await through(new DecompressionStream('deflate-raw'), bytes));
  }

  function pageAddress() {
    return location.origin + location.pathname;
  }

  api.exerciseLink = async (json) => pageAddress() + '#exercise=' + (await encode(json));

  // `use`: 'copy' (to the clipboard) or 'open' (in a new tab). The app hears back what became of
  // it (0 made, 1 copied, 2 opened, 3 the new tab was blocked), so it can say so.
  api._makeExerciseLink = async (json, use = 'copy') => {
    let link, outcome = 0;
    try {
      link = await api.exerciseLink(json);
      if (use === 'open') {
        outcome = window.open(link, '_blank') ? 2 : 3;
      } else if (navigator.clipboard && navigator.clipboard.writeText) {
        outcome = await navigator.clipboard.writeText(link).then(() => 1, () => 0);
      }
    } catch (e) {
      link = 'The link could not be made: ' + e.message;
    }
    api.lastExerciseLink = {link, outcome};  // for automation
    window.Module.ccall('nm_exercise_link', null, ['string', 'number'], [link, outcome]);
  };

  // Opening: after the app is ready and the last article restored, so the exercise is what
  // the student sees. The fragment is taken off the address so a reload does not open it again.
  const m = location.hash.match(/^#exercise=(.+)$/);
  if (m) {
    history.replaceState(null, '', location.pathname + location.search);
    api.openedLink = api.whenReady().then(() => api.restored).then(async () => {
      try {
        const json = await decode(m[1]);
        return api.openFiles([{name: 'linked.exercise.newsmark.json', text: json}]);
      } catch (e) {
        const message = 'This exercise link is damaged or cut short (' + e.message + '); ask for the link again.';
        window.Module.ccall('nm_show_error', null, ['string'], [message]);
        return {ok: false, error: 'parse_error', message};
      }
    });
  }
})();
