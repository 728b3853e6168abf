// Newsmark's page glue: the Emscripten Module settings (canvas, loading progress, errors),
// the browser events the app needs (paste, drop), and window.newsmark, the small API for
// automation and embedding:
//   newsmark.ready                      true once the first frame is on screen
//   newsmark.whenReady()                promise resolved at that moment
//   newsmark.loadText(text, dct, title) -> {ok, error?, message}
//   newsmark.loadBytes(uint8Array, name, dct) -> same (bytes decoded as UTF-8, repaired)
//   newsmark.exportJson()               -> Newsmark JSON string of the open article ('' if none)
//   newsmark.state()                    -> the app's visible state (view, document, notices ...)
//   newsmark.setTheme('system'|'light'|'dark'), newsmark.showWelcome(), newsmark.loadSample()
//   newsmark.undo(), newsmark.redo()     -> whether there was a step to undo / redo
//   newsmark.exportTimelinePng()        -> downloads the timeline panel as timeline.png (next frame)
//   newsmark.locate(cp)                 -> {x, y} page position of the character at code point cp
//                                          (its left edge, mid-line) or null when not laid out
//   newsmark.locateEvent(id)            -> {x, y} page position of timeline event id's mark, or null
//   newsmark.openFiles([{name, bytes|text}]) -> load result; one article, or an article with its
//                                          annotations (brat .txt + .ann, W3C JSON + .txt)
//   newsmark.download(format)           -> downloads the article as newsmark, w3c, brat, doccano,
//                                          spacy, conll, csv, html or timelinejs
//   newsmark.library()                  -> Promise of the stored articles [{id, title, updated, bytes}]
//   newsmark.openStored(id)             -> Promise of the load result of a stored article
//   newsmark.restored                   Promise settled once the last article was reopened (or none)
//   newsmark.makeExercise({title, instructions, labels, suggestions, keepKey}) -> exercise file JSON
//   newsmark.submitExercise(name), newsmark.showClassResults()
//   newsmark.exerciseLink(json)        -> Promise of a link that opens the exercise (newsmark-links.js)
// The page prints "newsmark: ready" on the console when the first frame has been drawn.
'use strict';

(function () {
  const loading = document.getElementById('loading');
  const loadingText = document.getElementById('loading-text');
  const progress = document.getElementById('loading-progress');
  let readyResolve;
  const readyPromise = new Promise((resolve) => { readyResolve = resolve; });

  function fail(message) {
    loading.classList.remove('hidden');
    loading.classList.add('failed');
    loadingText.textContent = message;
    console.error('newsmark: ' + message);
  }

  function hasWebGL2() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  // Lone UTF-16 surrogates cannot be encoded: TextEncoder turns each into U+FFFD. Count them
  // so the app can report the repair like any other invalid input.
  function loneSurrogates(s) {
    // The regular expression costs about 6 ms per MB; most texts are well formed, which
    // isWellFormed (where there is one) tells much faster.
    if (typeof s.isWellFormed === 'function' && s.isWellFormed()) return 0;
    const m = s.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g);
    return m ? m.length : 0;
  }

  function withBytes(bytes, fn) {
    const ptr = Module._malloc(bytes.length + 1);
    if (!ptr) throw new Error('out of memory');
    try {
      Module.HEAPU8.set(bytes, ptr);
      Module.HEAPU8[ptr + bytes.length] = 0;
      return fn(ptr, bytes.length);
    } finally {
      Module._free(ptr);
    }
  }

  // Calls an export taking (ptr, len) with the string's UTF-8 bytes in wasm memory; big
  // strings cannot go through ccall's stack copies.
  function withString(s, fn) {
    return withBytes(encoder.encode(s), fn);
  }

  function callLoad(bytes, dct, title, source, repairs) {
    if (!api.ready) return {ok: false, error: 'not_ready', message: 'The app is still starting.'};
    const json = withBytes(bytes, (ptr, len) => Module.ccall('nm_load_text', 'string',
      ['number', 'number', 'string', 'string', 'string', 'number'],
      [ptr, len, dct || '', title || '', source || '', repairs || 0]));
    return JSON.parse(json);
  }

  // The app shows the refusal and returns the same result a load would.
  function refuse(bytes, what) {
    return JSON.parse(Module.ccall('nm_refuse_too_large', 'string', ['number', 'string'], [bytes, what]));
  }

  const encoder = new TextEncoder();
  const api = {
    ready: false,
    whenReady: () => readyPromise,
    loadText(text, dct, title) {
      text = String(text);
      const max = Module._nm_max_text_bytes();
      // Checked before copying anything: a refused paste costs no memory.
      if (text.length > max) return refuse(Module.lengthBytesUTF8(text), 'text');
      return callLoad(encoder.encode(text), dct, title, 'loaded text', loneSurrogates(text));
    },
    loadBytes(bytes, name, dct) {
      if (!(bytes instanceof Uint8Array)) bytes = new Uint8Array(bytes);
      return callLoad(bytes, dct, '', name || 'file', 0);
    },
    exportJson: () => (api.ready ? Module.ccall('nm_export_json', 'string', [], []) : ''),
    state: () => (api.ready ? JSON.parse(Module.ccall('nm_state', 'string', [], [])) : {view: 'loading'}),
    setTheme(name) {
      const choice = {system: 0, light: 1, dark: 2}[name];
      if (choice === undefined) throw new Error('theme must be system, light or dark');
      Module._nm_set_theme(choice);
    },
    showWelcome: () => Module._nm_show_welcome(),
    loadSample: () => Module._nm_load_sample(),
    exportTimelinePng: () => Module._nm_export_timeline_png(),
    undo: () => Module._nm_undo() === 1,
    redo: () => Module._nm_redo() === 1,
    // Page coordinates (CSS pixels) of a timeline event's mark, or null.
    locateEvent: (id) => toPage(Module.ccall('nm_locate_event', 'string', ['string'], [id])),
    // Page coordinates (CSS pixels) of the character at code point `cp`, or null.
    locate: (cp) => toPage(Module.ccall('nm_locate', 'string', ['number'], [cp])),
    openFiles(files) {
      if (!api.ready) return {ok: false, error: 'not_ready', message: 'The app is still starting.'};
      let total = 0;
      const prepared = files.map((f) => {
        const bytes = f.bytes !== undefined ? (f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes))
                                            : encoder.encode(String(f.text));
        total += bytes.length;
        return {name: String(f.name || ''), bytes};
      });
      // Annotations may be bigger than the text they annotate; eight times the text limit.
      if (total > 8 * Module._nm_max_text_bytes()) return refuse(total, prepared.length > 1 ? 'files' : 'file ' + prepared[0].name);
      for (const f of prepared) {
        withBytes(f.bytes, (ptr, len) => Module.ccall('nm_open_add', null, ['string', 'number', 'number'], [f.name, ptr, len]));
      }
      return JSON.parse(Module.ccall('nm_open_files', 'string', [], []));
    },
    download(format) {
      if (!api.ready || Module.ccall('nm_download', 'number', ['string'], [String(format)]) !== 1) {
        throw new Error('unknown format or no article open: ' + format);
      }
    },
    library: () => window.newsmarkStore.list(),
    // Exercises (the Exercise menu's steps): an exercise file of the open article, the
    // student's Submit, the teacher's class results window.
    makeExercise({title = '', instructions = '', labels = [], suggestions = false, keepKey = true} = {}) {
      return Module.ccall('nm_make_exercise', 'string', ['string', 'string', 'string', 'number', 'number'],
                          [title, instructions, labels.join(','), suggestions ? 1 : 0, keepKey ? 1 : 0]);
    },
    submitExercise: (student) => Module.ccall('nm_submit_exercise', 'number', ['string'], [String(student || '')]) === 1,
    showClassResults: () => Module._nm_show_class_results(),
    async openStored(id) {
      try {
        const r = await window.newsmarkStore.load(id);
        if (!r) {
          api._storageFailed(new Error('that article is no longer in this browser’s library'));
          return {ok: false, error: 'not_found', message: 'Not in the library.'};
        }
        return JSON.parse(withString(r.json, (ptr, len) => Module.ccall('nm_open_stored', 'string',
          ['string', 'number', 'number'], [id, ptr, len])));
      } catch (e) {
        api._storageFailed(e);
        return {ok: false, error: 'io_error', message: String(e)};
      }
    },
    // Used by the wasm (platform_web.cpp): storage outcomes and listings.
    _storageFailed(e) {
      console.warn('newsmark: storage: ', e);
      if (api.ready) Module.ccall('nm_storage_error', null, ['string'], [window.newsmarkStore.describe(e)]);
    },
    async _sendLibrary() {
      try {
        const list = await window.newsmarkStore.list();
        const clean = (s) => String(s).replace(/[\t\n\r]/g, ' ');
        const lines = list.map((m) => [m.id, clean(m.title || ''), m.updated || 0, m.bytes || 0, clean(m.kind || '')].join('\t')).join('\n');
        withString(lines, (ptr, len) => Module._nm_library(ptr, len));
      } catch (e) {
        api._storageFailed(e);
      }
    },
  };
  let restoredResolve;
  api.restored = new Promise((resolve) => { restoredResolve = resolve; });
  // "x,y" in canvas pixels from the wasm ("" when not on screen) -> page coordinates or null.
  function toPage(s) {
    if (!s) return null;
    const [x, y] = s.split(',').map(Number);
    const r = document.getElementById('canvas').getBoundingClientRect();
    return {x: r.left + x, y: r.top + y};
  }
  window.newsmark = api;

  // Called by the wasm (platform_web.cpp) once the first frame is drawn.
  window.newsmarkOnReady = function () {
    api.ready = true;
    loading.classList.add('hidden');
    // Keyboard input goes to the canvas: give it focus so typing works straight away.
    document.getElementById('canvas').focus();
    readyResolve();
    // Reopen the article the reader had open last time, as they left it.
    const last = window.newsmarkStore.current();
    (last ? api.openStored(last) : Promise.resolve(null)).then((r) => restoredResolve(r), () => restoredResolve(null));
  };

  // Every file dropped or picked goes to the app: one article (or a brat pair), or a whole class's
  // work when Class results is open. A file too large to read is refused by name; the rest are read.
  async function openFileList(list) {
    const files = [];
    const max = 8 * Module._nm_max_text_bytes();
    for (const file of Array.from(list)) {
      if (file.size > max) {
        refuse(file.size, 'file ' + file.name);
        continue;
      }
      files.push({name: file.name, bytes: new Uint8Array(await file.arrayBuffer())});
    }
    if (files.length) api.openFiles(files);
  }
  document.getElementById('file-input').addEventListener('change', (event) => {
    if (api.ready && event.target.files) openFileList(event.target.files);
  });
  // The browser's own Ctrl+S (save page) and Ctrl+O (open file) would take over the keys the
  // app uses for the same things.
  window.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'o')) event.preventDefault();
  }, true);

  // Paste: the browser hands the clipboard only to this event, after the key press.
  document.addEventListener('paste', (event) => {
    if (!api.ready) return;
    const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    if (!text) return;
    event.preventDefault();
    const max = Module._nm_max_text_bytes();
    if (text.length > max) {
      refuse(Module.lengthBytesUTF8(text), 'pasted text');
      return;
    }
    const bytes = encoder.encode(text);
    if (bytes.length > max) {
      refuse(bytes.length, 'pasted text');
      return;
    }
    withBytes(bytes, (ptr, len) => Module._nm_paste(ptr, len, loneSurrogates(text)));
  });

  // Drop files on the window to open them: an article (text, a saved web page), Newsmark or
  // W3C JSON, or an article with its annotations (brat .txt and .ann together).
  window.addEventListener('dragover', (event) => { event.preventDefault(); });
  window.addEventListener('drop', async (event) => {
    event.preventDefault();
    if (!api.ready || !event.dataTransfer) return;
    const files = event.dataTransfer.files;
    if (files && files.length) {
      await openFileList(files);
      return;
    }
    const text = event.dataTransfer.getData('text/plain');
    if (text) api.loadText(text);
  });

  if (typeof WebAssembly !== 'object') {
    fail('This browser cannot run WebAssembly, which Newsmark needs. Please use a current browser.');
    return;
  }
  if (!hasWebGL2()) {
    fail('This browser or device has WebGL2 switched off or unavailable, which Newsmark needs to draw. ' +
         'Try enabling hardware acceleration, or another browser.');
    return;
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus(text) {
      // Emscripten reports "Downloading data... (loaded/total)" while fetching the wasm.
      const m = text && text.match(/\((\d+(\.\d+)?)\/(\d+)\)/);
      if (m) progress.value = (100 * Number(m[1])) / Number(m[3]);
      if (text) loadingText.textContent = text.replace(/\(.*\)/, '').trim() || 'Loading…';
    },
    monitorRunDependencies(left) {
      if (left === 0) loadingText.textContent = 'Starting…';
    },
    // The wasm is fetched here rather than by Emscripten's glue, to show how much of it has
    // arrived; it still compiles while it streams in.
    instantiateWasm(imports, receiveInstance) {
      instantiateWithProgress('newsmark.wasm', imports).then(
        (result) => receiveInstance(result.instance, result.module),
        (e) => fail('The app could not be loaded (' + e.message + '). Check the connection and reload the page.'));
      return {};
    },
    onAbort: (what) => fail('Newsmark stopped: ' + what + '. Reload the page to start again.'),
  };
  loadingText.textContent = 'Downloading the engine…';

  async function instantiateWithProgress(url, imports) {
    const response = await fetch(url, {credentials: 'same-origin'});
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    const total = Number(response.headers.get('Content-Length')) || 0;
    let received = 0;
    const show = () => {
      const mb = (n) => (n / 1048576).toFixed(1);
      if (total) progress.value = Math.min(100, (100 * received) / total);
      loadingText.textContent = total ? `Downloading the engine… ${mb(received)} of ${mb(total)} MB`
                                      : `Downloading the engine… ${mb(received)} MB`;
    };
    const counted = response.body.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        received += chunk.length;
        show();
        controller.enqueue(chunk);
      },
      flush() {
        loadingText.textContent = 'Compiling the engine…';
        progress.removeAttribute('value');  // no measure of compiling: an indeterminate bar
      },
    }));
    const streamed = new Response(counted, {headers: {'Content-Type': 'application/wasm'}});
    if (WebAssembly.instantiateStreaming) return WebAssembly.instantiateStreaming(streamed, imports);
    return WebAssembly.instantiate(await streamed.arrayBuffer(), imports);
  }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('pointerdown', () => canvas.focus());
  canvas.addEventListener('contextmenu', (event) => event.preventDefault());
  // The GPU was reset or the system reclaimed the context: say so, and carry on once the
  // browser gives it back (preventDefault asks for that). The work is not touched either way.
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    loading.classList.remove('hidden', 'failed');
    loading.classList.add('interrupted');
    loadingText.textContent = 'The graphics were interrupted (the graphics card was reset or memory ran short). ' +
                              'Waiting for them to come back; your work is saved. If nothing happens, reload the page.';
    api.graphicsLost = true;
  });
  canvas.addEventListener('webglcontextrestored', () => {
    loading.classList.add('hidden');
    loading.classList.remove('interrupted');
    api.graphicsLost = false;
    if (api.ready) Module._nm_graphics_restored();
  });
})();
