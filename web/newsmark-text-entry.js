// The real text field behind Newsmark's drawn ones (app/platform/text_entry_web.cpp). The app
// is one canvas: without a focused text field of the page, a tablet or phone never shows its
// on-screen keyboard, iOS never offers Paste, and IME composition, dictation and autocorrect
// have nowhere to go. So while one of the app's text fields is active, this visually hidden
// <textarea> has the focus and holds the same text and selection; what the reader does to it
// goes back to the app's field, and the app's changes come here.
//
//   wasm -> page   newsmarkTextEntry.show(field, text, selStartBytes, selEndBytes, multiline)
//                  .end(), .fieldDrawn(name, x0, y0, x1, y1, active) per field, .frameDone()
//   page -> wasm   _nm_text_entry_edit(field, text, selStartBytes, selEndBytes) on every change,
//                  _nm_text_entry_key(key, down, ctrl, shift, alt, meta) for keys the field
//                  acts on instead of typing (Enter, Escape, Tab, shortcuts)
(function () {
  'use strict';
  const el = document.getElementById('text-entry');
  const canvas = document.getElementById('canvas');
  if (!el || !canvas) return;
  const encoder = new TextEncoder();
  let field = 0;         // the app's field this mirrors (0: none)
  let multiline = false;
  let composing = false;
  let last = {value: '', start: 0, end: 0};  // what the app holds, as far as the page knows
  let rects = [];        // the app's text fields in the last frame (CSS pixels in the canvas)
  let drawing = [];

  // UTF-8 byte offset <-> UTF-16 index in `s`.
  const bytesBefore = (s, i) => encoder.encode(s.slice(0, i)).length;
  function indexOfByte(s, b) {
    let bytes = 0;
    for (let i = 0; i < s.length; ++i) {
      if (bytes >= b) return i;
      const c = s.codePointAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (c >= 0x10000) ++i;
    }
    return s.length;
  }

  function send() {
    if (!field || !window.Module || !Module._nm_text_entry_edit) return;
    const value = el.value, start = el.selectionStart, end = el.selectionEnd;
    if (value === last.value && start === last.start && end === last.end) return;
    last = {value, start, end};
    const n = Module.lengthBytesUTF8(value) + 1;
    const p = Module._malloc(n);
    Module.stringToUTF8(value, p, n);
    Module._nm_text_entry_edit(field, p, bytesBefore(value, start), bytesBefore(value, end));
    Module._free(p);
  }

  // Keys the app's field acts on rather than types.
  function passedOn(e) {
    if (e.isComposing || composing) return false;
    if (e.key === 'Escape' || e.key === 'Tab' || /^F[0-9]{1,2}$/.test(e.key)) return true;
    if (e.key === 'Enter') return !multiline || e.ctrlKey || e.metaKey;
    if ((e.ctrlKey || e.metaKey) && !e.altKey) return e.key.length === 1 && !/^[acvxyz]$/i.test(e.key);
    return false;
  }
  function key(e, down) {
    if (!Module._nm_text_entry_key) return;
    const k = e.key;
    const n = Module.lengthBytesUTF8(k) + 1;
    const p = Module._malloc(n);
    Module.stringToUTF8(k, p, n);
    Module._nm_text_entry_key(p, down, e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0);
    Module._free(p);
  }

  el.addEventListener('input', send);
  el.addEventListener('compositionstart', () => { composing = true; });
  el.addEventListener('compositionend', () => { composing = false; send(); });
  document.addEventListener('selectionchange', () => { if (document.activeElement === el) send(); });
  el.addEventListener('keydown', (e) => {
    if (!passedOn(e)) return;
    e.preventDefault();
    e.stopPropagation();
    key(e, 1);
  });
  el.addEventListener('keyup', (e) => {
    if (!passedOn(e)) return;
    e.preventDefault();
    e.stopPropagation();
    key(e, 0);
  });

  function place(x0, y0, x1, y1) {
    // Over the drawn field (invisible), so the browser scrolls it into view above an on-screen
    // keyboard and puts an IME's candidate window beside it.
    const r = canvas.getBoundingClientRect();
    el.style.left = (r.left + x0) + 'px';
    el.style.top = (r.top + y0) + 'px';
    el.style.width = Math.max(1, x1 - x0) + 'px';
    el.style.height = Math.max(1, y1 - y0) + 'px';
  }
  function takeFocus() {
    const a = document.activeElement;
    if (a !== el && (a === canvas || a === document.body || a === null)) el.focus({preventScroll: true});
  }

  window.newsmarkTextEntry = {
    show(id, text, startByte, endByte, isMultiline) {
      field = id;
      multiline = isMultiline;
      const start = indexOfByte(text, startByte), end = indexOfByte(text, endByte);
      last = {value: text, start, end};
      if (!composing) {
        if (el.value !== text) el.value = text;
        if (el.selectionStart !== start || el.selectionEnd !== end) el.setSelectionRange(start, end);
      }
      el.setAttribute('enterkeyhint', multiline ? 'enter' : 'done');
      takeFocus();
    },
    end() {
      field = 0;
      composing = false;
      last = {value: '', start: 0, end: 0};
      el.value = '';
      if (document.activeElement === el) canvas.focus({preventScroll: true});
    },
    fieldDrawn(name, x0, y0, x1, y1, active) {
      drawing.push({name, x0, y0, x1, y1, active});
      if (active && field) {
        place(x0, y0, x1, y1);
        takeFocus();  // the canvas took it (a click in the field itself)
      }
    },
    frameDone() {
      rects = drawing;
      drawing = [];
      // Focused by a tap that turned out not to open a field: give the keys back to the canvas.
      if (!field && document.activeElement === el) canvas.focus({preventScroll: true});
    },
    // For tests and automation: the field mirrored now (0: none), and the text fields of the
    // last frame ({name, x0, y0, x1, y1, active}, CSS pixels in the canvas).
    get field() { return field; },
    fields: () => rects.map((f) => ({...f})),
  };

  // A tap on one of the app's text fields focuses this textarea inside the tap's own event: iOS
  // shows its keyboard only for a focus that a user gesture makes. The app activates its field
  // on the next frame and fills the textarea then.
  canvas.addEventListener('pointerup', (e) => {
    if (e.pointerType === 'mouse') return;
    const r = canvas.getBoundingClientRect();
    const x = e.clientX - r.left, y = e.clientY - r.top;
    if (rects.some((f) => x >= f.x0 && x <= f.x1 && y >= f.y0 && y <= f.y1)) el.focus({preventScroll: true});
  });
})();
