// The analysis worker: its own copy of the engine (newsmark-engine.js/.wasm), so the page
// keeps answering while a long article is analysed. The page (newsmark-api.js) posts
//   {request, text: Uint8Array (UTF-8), dct, tokensOnly}
// and gets back, with the same request,
//   {type: 'progress', done: 0..1, stage}   as the stages go,
//   {type: 'done', bytes: Uint8Array}       the Analysis (app/io/json/analysis_transfer.h), or
//   {type: 'failed', message}.
'use strict';

let ready = false;
let current = 0;  // the request being worked on, for messages posted from inside the engine
const waiting = [];

function analyze(job) {
  current = job.request;
  const M = self.Module;
  const text = M._malloc(job.text.length + 1);
  const dctBytes = M.lengthBytesUTF8(job.dct) + 1;
  const dct = M._malloc(dctBytes);
  try {
    M.HEAPU8.set(job.text, text);
    M.stringToUTF8(job.dct, dct, dctBytes);
    const result = M._nmw_analyze(text, job.text.length, dct, job.tokensOnly ? 1 : 0);
    if (!result) {
      postMessage({request: job.request, type: 'failed', message: M.UTF8ToString(M._nmw_error())});
      return;
    }
    // A copy out of the wasm memory, handed over without another copy.
    const bytes = M.HEAPU8.slice(result, result + M._nmw_result_size());
    postMessage({request: job.request, type: 'done', bytes}, [bytes.buffer]);
  } finally {
    M._free(text);
    M._free(dct);
  }
}

self.Module = {
  onRuntimeInitialized() {
    ready = true;
    for (const job of waiting.splice(0)) analyze(job);
  },
  // Out of memory, or the wasm failed to load: the page falls back to analysing in place.
  onAbort(what) {
    postMessage({request: current, type: 'failed', message: 'the analysis stopped (' + what + ')'});
  },
};

self.onmessage = (event) => {
  const job = event.data;
  if (!ready) {
    current = job.request;
    waiting.push(job);
  } else {
    analyze(job);
  }
};

// The engine posts its progress through postMessage directly; tag it with the request here.
const postFromEngine = self.postMessage.bind(self);
self.postMessage = (message, transfer) => {
  if (message && message.request === undefined) message.request = current;
  postFromEngine(message, transfer || []);
};

importScripts('newsmark-engine.js');
