// Offline and installed use (loaded after newsmark-api.js):
// - registers the service worker (service-worker.js), which keeps the whole site for offline
//   use, and tells the app which build it runs;
// - a newer build found while the app runs is announced (the app shows a notice and offers
//   Help > Update); it is applied on the next load of the page, before the app starts;
// - files the system opens with the installed app (File Handling API) and text shared to it
//   (Web Share Target, as ?title=&text=&url=) are opened like a drop or a paste.
// Adds to window.newsmark:
//   newsmark.build          the build this page runs ('' until the service worker answers)
//   newsmark.updateReady    the newer build waiting ('' when none)
//   newsmark.offlineReady() -> Promise resolved once the service worker controls the page
//   newsmark.applyUpdate()  switches to the waiting build (the page reloads)
'use strict';

(function () {
  const api = window.newsmark;
  api.build = '';
  api.updateReady = '';
  let applying = false;

  function tellApp(name, value) {
    api.whenReady().then(() => window.Module.ccall(name, null, ['string'], [value]));
  }

  // The build of a service worker (active or waiting), asked over a message channel; asked
  // again if a busy worker (activating, deleting old caches) does not answer in time.
  function askBuild(worker, ms) {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data.build || '');
      worker.postMessage({type: 'build'}, [channel.port2]);
      setTimeout(() => resolve(''), ms);
    });
  }
  async function buildOf(worker) {
    for (let attempt = 0; attempt < 5; ++attempt) {
      const build = await askBuild(worker, 2000 * (attempt + 1));
      if (build) return build;
    }
    return '';
  }

  function applyWaiting(registration) {
    if (!registration.waiting) return false;
    applying = true;
    registration.waiting.postMessage({type: 'skip-waiting'});
    return true;
  }

  async function announce(worker) {
    const build = await buildOf(worker);
    if (!build || build === api.build) return;
    api.updateReady = build;
    tellApp('nm_update_ready', build);
  }

  function watchForUpdates(registration) {
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        // Installed beside a running build: it waits for the next load.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
      });
    });
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    // Look again now and then (browsers also look on every load).
    setInterval(() => registration.update().catch(() => {}), 30 * 60 * 1000);
    window.addEventListener('online', () => registration.update().catch(() => {}));
  }

  let offlineResolve;
  const offline = new Promise((resolve) => { offlineResolve = resolve; });
  api.offlineReady = () => offline;

  if ('serviceWorker' in navigator && window.isSecureContext) {
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // The new build took over because this page asked: load it (once).
      if (applying) {
        applying = false;
        location.reload();
      }
    });
    navigator.serviceWorker.register('service-worker.js').then(async (registration) => {
      // A build that installed during an earlier visit takes over before the app starts. If it
      // has not taken over after a while (the browser defers it while the running build still
      // answers requests), the page goes on with the running build and announces the new one.
      if (navigator.serviceWorker.controller && registration.waiting) {
        for (let attempt = 0; attempt < 3 && registration.waiting; ++attempt) {
          applyWaiting(registration);
          await new Promise((resolve) => setTimeout(resolve, 3000));
        }
        applying = false;
      }
      await navigator.serviceWorker.ready;
      const controller = navigator.serviceWorker.controller || (await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(navigator.serviceWorker.controller), {once: true});
      }));
      api.build = await buildOf(controller);
      tellApp('nm_site_build', api.build);
      offlineResolve(api.build);
      watchForUpdates(registration);
    }, (e) => console.warn('newsmark: no offline use: ', e));
  }

  api.applyUpdate = async () => {
    const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : null;
    if (!registration || !applyWaiting(registration)) location.reload();
  };

  // Files opened with the installed app.
  if ('launchQueue' in window) {
    window.launchQueue.setConsumer(async (params) => {
      if (!params.files || !params.files.length) return;
      await api.whenReady();
      await api.restored;
      const files = [];
      for (const handle of params.files.slice(0, 3)) {
        const file = await handle.getFile();
        files.push({name: file.name, bytes: new Uint8Array(await file.arrayBuffer())});
      }
      api.openFiles(files);
    });
  }

  // Text shared to the installed app: opened once the last article has been restored, so it
  // is what the reader sees.
  const shared = new URLSearchParams(location.search);
  if (shared.has('text') || shared.has('url')) {
    const text = [shared.get('text'), shared.get('url')].filter(Boolean).join('\n\n');
    history.replaceState(null, '', location.pathname);
    api.whenReady().then(() => api.restored).then(() => {
      if (text.trim()) api.loadText(text, '', shared.get('title') || '');
    });
  }
})();
