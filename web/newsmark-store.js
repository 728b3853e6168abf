// Newsmark's document store in the browser's IndexedDB: every article the reader opens, with
// their annotations, saved as they work (the app calls save within a second of a change) and
// listed in File > Library. Two object stores: "docs" {id, json} and "meta" {id, title,
// updated, bytes}, so listing never reads the documents themselves. Failures (a full disk, a
// private window without storage) are reported to the app, which shows them: work that is not
// saved must never look saved.
//   newsmarkStore.save(id, title, json, kind) -> Promise   newsmarkStore.list() -> Promise<[meta]>
//   newsmarkStore.load(id) -> Promise<{meta, json}>  newsmarkStore.remove(id), rename(id, title)
//   newsmarkStore.current() / setCurrent(id): the article to reopen on the next visit
'use strict';

(function () {
  const DB_NAME = 'newsmark';
  const DB_VERSION = 1;
  let dbPromise = null;

  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  function open() {
    if (dbPromise) return dbPromise;
    dbPromise = new Promise((resolve, reject) => {
      if (!window.indexedDB) {
        reject(new Error('this browser keeps no local storage (IndexedDB is unavailable)'));
        return;
      }
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('docs')) db.createObjectStore('docs', {keyPath: 'id'});
        if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', {keyPath: 'id'});
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('another Newsmark tab is upgrading the storage; close it and reload'));
    });
    dbPromise.catch(() => { dbPromise = null; });
    return dbPromise;
  }

  // A transaction over both stores, resolved when it commits (not merely when requests succeed).
  async function transact(mode, fn) {
    const db = await open();
    return new Promise((resolve, reject) => {
      let tx;
      try {
        tx = db.transaction(['docs', 'meta'], mode);
      } catch (e) {
        reject(e);
        return;
      }
      let result;
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('the save was aborted'));
      try {
        Promise.resolve(fn(tx.objectStore('docs'), tx.objectStore('meta'))).then((r) => { result = r; }, reject);
      } catch (e) {
        tx.abort();
        reject(e);
      }
    });
  }

  function describe(error) {
    const name = error && error.name;
    if (name === 'QuotaExceededError') return 'the browser\u2019s storage for this site is full.';
    return (error && error.message ? error.message : String(error)) + '.';
  }

  const store = {
    describe,
    save(id, title, json, kind = '') {
      return transact('readwrite', (docs, meta) => {
        docs.put({id, json});
        meta.put({id, title, kind, updated: Date.now(), bytes: json.length});
      }).then(() => store.setCurrent(id));
    },
    list() {
      return transact('readonly', (docs, meta) => request(meta.getAll()));
    },
    load(id) {
      return transact('readonly', async (docs, meta) => {
        const [doc, m] = await Promise.all([request(docs.get(id)), request(meta.get(id))]);
        return doc ? {json: doc.json, meta: m || {id, title: ''}} : null;
      });
    },
    remove(id) {
      if (store.current() === id) store.setCurrent('');
      return transact('readwrite', (docs, meta) => {
        docs.delete(id);
        meta.delete(id);
      });
    },
    rename(id, title) {
      return transact('readwrite', async (docs, meta) => {
        const m = await request(meta.get(id));
        if (m) meta.put(Object.assign(m, {title}));
      });
    },
    current() {
      try { return window.localStorage.getItem('newsmark.current') || ''; } catch (e) { return ''; }
    },
    setCurrent(id) {
      try { window.localStorage.setItem('newsmark.current', id); } catch (e) { /* a comfort only */ }
    },
  };
  // Ask the browser not to evict the library under storage pressure (granted silently to
  // installed apps and sites used often; harmless when refused).
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
  window.newsmarkStore = store;
})();
