// The page's side of the analysis worker (newsmark-analysis-worker.js): long articles are
// analysed there, off the page's thread, and the outcome is handed to the app's wasm
// (platform_web.cpp: nm_analysis_progress / nm_analysis_done / nm_analysis_failed).
//   newsmarkAnalysis.start(request, textBytes, dct, tokensOnly) -> false when workers are
//   unavailable (the app then analyses in place)
// One analysis at a time: a new one stops the worker working on the one before (its result
// would be thrown away anyway) and starts a fresh one.
'use strict';

(function () {
  let worker = null;
  let busy = false;

  function toApp(name, args) {
    const M = window.Module;
    if (!M || !M['_' + name]) return;
    if (name === 'nm_analysis_done') {
      const [request, bytes] = args;
      const ptr = M._malloc(bytes.length + 1);
      if (!ptr) {
        M.ccall('nm_analysis_failed', null, ['number', 'string'], [request, 'out of memory for the result']);
        return;
      }
      try {
        M.HEAPU8.set(bytes, ptr);
        M._nm_analysis_done(request, ptr, bytes.length);
      } finally {
        M._free(ptr);
      }
      return;
    }
    const types = name === 'nm_analysis_progress' ? ['number', 'number', 'string'] : ['number', 'string'];
    M.ccall(name, null, types, args);
  }

  function startWorker() {
    const w = new Worker('newsmark-analysis-worker.js');
    w.onmessage = (event) => {
      const m = event.data;
      if (m.type === 'progress') {
        toApp('nm_analysis_progress', [m.request, m.done, m.stage]);
      } else if (m.type === 'done') {
        busy = false;
        toApp('nm_analysis_done', [m.request, m.bytes]);
      } else if (m.type === 'failed') {
        busy = false;
        // The wasm may be broken (out of memory): the next analysis gets a fresh worker.
        w.terminate();
        if (worker === w) worker = null;
        toApp('nm_analysis_failed', [m.request, m.message]);
      }
    };
    // The worker script or its wasm could not be loaded (a broken cache, a blocked file).
    w.onerror = (event) => {
      event.preventDefault();
      const request = w.request;
      busy = false;
      w.terminate();
      if (worker === w) worker = null;
      toApp('nm_analysis_failed', [request, 'the analysis worker did not start (' + (event.message || 'error') + ')']);
    };
    return w;
  }

  window.newsmarkAnalysis = {
    start(request, bytes, dct, tokensOnly) {
      if (typeof Worker !== 'function') return false;
      try {
        if (worker && busy) {
          worker.terminate();
          worker = null;
        }
        if (!worker) worker = startWorker();
        busy = true;
        worker.request = request;
        worker.postMessage({request, text: bytes, dct, tokensOnly}, [bytes.buffer]);
        return true;
      } catch (e) {
        console.warn('newsmark: no analysis worker: ', e);
        worker = null;
        busy = false;
        return false;
      }
    },
  };
})();
