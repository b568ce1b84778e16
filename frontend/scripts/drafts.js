/*
 * Keeps what a translator types in this browser (localStorage) until the server confirms it has it, so a
 * reload, a closed tab or a dropped connection loses nothing. Editor-agnostic: it listens on the document
 * for `input` events from inside any element with data-draft-key="<slug>/<lang>/<segment id>" and
 * data-draft-version="<version the text is based on>", and reads the edited element's `.value`.
 * One entry per user and segment: {text, version, at}. The server calls confirmed() after each save,
 * list() when the editor opens (it then sends those drafts through the normal, conflict-checked save).
 */
(function () {
  if (window.interlineaDrafts) {
    return;
  }
  const PREFIX = 'interlinea.draft/';
  // Storage keys typed or handed to the server in this page and not confirmed yet.
  const pending = new Set();

  const storageKey = (user, key) => PREFIX + encodeURIComponent(user) + '/' + key;
  const read = (k) => {
    try {
      return JSON.parse(localStorage.getItem(k));
    } catch (e) {
      return null;
    }
  };
  const write = (k, entry) => {
    try {
      localStorage.setItem(k, JSON.stringify(entry));
    } catch (e) {
      // Storage full or blocked: the ordinary save still runs, only the safety net is missing.
    }
  };

  document.addEventListener('input', (event) => {
    const path = event.composedPath();
    const holderIndex = path.findIndex((el) => el instanceof Element && el.hasAttribute('data-draft-key'));
    if (holderIndex < 0) {
      return;
    }
    const holder = path[holderIndex];
    // The edited element: the first on the way up that has a text value (a textarea, or a custom editor).
    const edited = path.slice(0, holderIndex + 1).find((el) => el && typeof el.value === 'string');
    if (!edited) {
      return;
    }
    const owner = holder.closest('[data-draft-user]');
    const k = storageKey(owner ? owner.getAttribute('data-draft-user') : '', holder.getAttribute('data-draft-key'));
    write(k, {text: edited.value, version: Number(holder.getAttribute('data-draft-version')) || 0, at: Date.now()});
    pending.add(k);
  }, true);

  window.interlineaDrafts = {
    /** This user's drafts whose key starts with prefix ("<slug>/<lang>/"), as JSON [{key, text, version, at}]. */
    list(user, prefix) {
      const start = storageKey(user, prefix);
      const strip = storageKey(user, '').length;
      const found = [];
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        const entry = k && k.startsWith(start) ? read(k) : null;
        if (entry && typeof entry.text === 'string') {
          found.push({key: k.substring(strip), text: entry.text, version: entry.version | 0, at: entry.at || 0});
          pending.add(k);
        }
      }
      return JSON.stringify(found);
    },
    /** The server saved `text` as `version`: forget the draft if that is what it holds, else rebase it. */
    confirmed(user, key, text, version) {
      const k = storageKey(user, key);
      const entry = read(k);
      if (!entry || entry.text === text) {
        localStorage.removeItem(k);
        pending.delete(k);
      } else {
        // Typed on since that save: the newer text is now based on the version just saved.
        entry.version = version;
        write(k, entry);
      }
    },
    /** The translator chose this text in the conflict dialog, on top of the colleague's version. */
    chosen(user, key, text, version) {
      const k = storageKey(user, key);
      write(k, {text: text, version: version, at: Date.now()});
      pending.add(k);
    },
    /** The translator settled the segment otherwise (took a colleague's text, a memory match...). */
    discard(user, key) {
      const k = storageKey(user, key);
      localStorage.removeItem(k);
      pending.delete(k);
    },
    /** How many drafts typed here the server has not confirmed yet. */
    unconfirmed() {
      return [...pending].filter((k) => localStorage.getItem(k) !== null).length;
    }
  };

  window.addEventListener('beforeunload', (event) => {
    if (window.interlineaDrafts.unconfirmed() > 0 && document.querySelector('[data-draft-user]')) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
