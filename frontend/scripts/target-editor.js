/*
 * The translation box of the editor: a contenteditable in which each placeholder token (<1>, </1>, {2}) is a
 * chip that cannot be typed into. The element the server made (id target-N) gets a `value` property holding
 * the placeholder string ("Text <1>bold</1> {2}"), as does the editable inside it; every change dispatches a
 * bubbling `input` event, and a `target-sync` event on the host a second after typing pauses (at once when
 * the box loses the focus) tells the server.
 *
 * Edits that touch chips are done here, on the string, never left to the browser: a deleted chip of a pair
 * takes its partner along (the text between stays), a paste brings text only, Ctrl+Shift+1..9 inserts a
 * placeholder in the same keydown, so keys typed right after it land after it. Loaded once per page.
 */
(() => {
  if (window.interlineaTarget) return;
  const TOKEN = /<(\/?)(\d+)>|\{(\d+)\}/g;
  const SYNC_DELAY = 1000;

  const tokens = text => {
    const found = []; TOKEN.lastIndex = 0; let m;
    while ((m = TOKEN.exec(text))) {
      const kind = m[3] !== undefined ? 'isolated' : m[1] ? 'close' : 'open';
      found.push({ text: m[0], kind, id: Number(m[3] ?? m[2]), start: m.index, end: m.index + m[0].length });
    }
    return found;
  };
  const shown = t => t.kind === 'open' ? '\u2039' + t.id : t.kind === 'close' ? t.id + '\u203a' : '{' + t.id + '}';
  const isChip = n => n.nodeType === 1 && n.dataset && n.dataset.token !== undefined;

  const chip = t => {
    const span = document.createElement('span');
    span.className = 'placeholder placeholder-' + t.kind;
    span.contentEditable = 'false';
    span.dataset.token = t.text;
    span.title = t.text;
    span.textContent = shown(t);
    return span;
  };

  // Text runs and chips, with a text node (maybe empty) around every chip so the caret has a place.
  const render = (ed, value) => {
    const parts = []; let at = 0;
    for (const t of tokens(value)) {
      parts.push(document.createTextNode(value.slice(at, t.start)), chip(t));
      at = t.end;
    }
    parts.push(document.createTextNode(value.slice(at)));
    ed.replaceChildren(...parts);
  };

  const serialize = (node, top = true) => {
    let out = '';
    node.childNodes.forEach((c, i) => {
      if (c.nodeType === 3) out += c.data;
      else if (isChip(c)) out += c.dataset.token;
      // The browser keeps a <br> at the end of an editable so an empty last line shows: not text.
      else if (c.nodeName === 'BR') out += top && i === node.childNodes.length - 1 ? '' : '\n';
      else if (c.nodeType === 1) out += serialize(c, false);
    });
    return out;
  };
  const clean = ed => [...ed.childNodes].every(c => c.nodeType === 3 || isChip(c));

  // A DOM position as an offset in the value; a position inside a chip counts as its start or end.
  const offsetOf = (ed, node, offset, atEnd) => {
    const inChip = (node.nodeType === 1 ? node : node.parentElement)?.closest('[data-token]');
    if (inChip && ed.contains(inChip)) {
      node = inChip.parentNode;
      offset = [...node.childNodes].indexOf(inChip) + (atEnd ? 1 : 0);
    }
    const range = document.createRange();
    range.setStart(ed, 0);
    range.setEnd(node, offset);
    const box = document.createElement('div');
    box.appendChild(range.cloneContents());
    return serialize(box, false).length;
  };
  const positionAt = (ed, offset) => {
    const kids = [...ed.childNodes];
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i];
      const length = c.nodeType === 3 ? c.data.length : isChip(c) ? c.dataset.token.length : 0;
      if (c.nodeType === 3 && offset <= length) return [c, Math.max(0, offset)];
      if (isChip(c) && offset < length) return [ed, i];
      offset -= length;
    }
    return [ed, kids.length];
  };
  const selection = ed => {
    const s = window.getSelection();
    if (!s.rangeCount) return null;
    const r = s.getRangeAt(0);
    if (!ed.contains(r.startContainer) || !ed.contains(r.endContainer)) return null;
    return [offsetOf(ed, r.startContainer, r.startOffset, false), offsetOf(ed, r.endContainer, r.endOffset, true)];
  };
  const select = (ed, start, end = start) => {
    const s = window.getSelection(), r = document.createRange();
    r.setStart(...positionAt(ed, start));
    r.setEnd(...positionAt(ed, end));
    s.removeAllRanges();
    s.addRange(r);
  };

  // Any token the range [a, b) touches is taken whole.
  const widen = (value, a, b) => {
    for (const t of tokens(value)) {
      if (t.start < a && a < t.end) a = t.start;
      if (t.start < b && b < t.end) b = t.end;
    }
    return [a, b];
  };
  const touches = (value, a, b) => tokens(value).some(t => t.start < b && a < t.end);

  /*
   * Pairs that were whole in `before` and are not in `after` lose their leftover tokens, so deleting one chip
   * of a pair deletes the pair. Returns the text and the caret moved past what was removed before it.
   */
  const keepPairs = (before, after, caret) => {
    const balance = text => { const b = new Map();
      for (const t of tokens(text)) if (t.kind !== 'isolated') b.set(t.id, (b.get(t.id) || 0) + (t.kind === 'open' ? 1 : -1));
      return b; };
    const was = balance(before), now = balance(after);
    const broken = new Set([...now].filter(([id, n]) => n !== 0 && (was.get(id) || 0) === 0).map(([id]) => id));
    if (!broken.size) return [after, caret];
    const drop = [];
    for (const id of broken) {
      const open = [];
      for (const t of tokens(after).filter(t => t.id === id && t.kind !== 'isolated')) {
        if (t.kind === 'open') open.push(t);
        else if (open.length) open.pop();
        else drop.push(t);
      }
      drop.push(...open);
    }
    drop.sort((x, y) => y.start - x.start);
    for (const t of drop) {
      after = after.slice(0, t.start) + after.slice(t.end);
      if (t.end <= caret) caret -= t.text.length;
    }
    return [after, caret];
  };

  const changed = (ed, kind) => ed.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: kind }));

  // Replaces [a, b) by text (tokens whole, pairs kept), puts the caret after it (or at `caret`), tells listeners.
  const edit = (host, a, b, text, caret) => {
    const ed = host.__editable, before = serialize(ed);
    [a, b] = widen(before, a, b);
    remember(host, false);
    const next = before.slice(0, a) + text + before.slice(b);
    const [value, at] = keepPairs(before, next, caret ?? a + text.length);
    render(ed, value);
    select(ed, at);
    changed(ed, 'insertReplacementText');
  };

  // Undo and redo over values, since the browser's own history cannot follow edits made here.
  const remember = (host, typing) => {
    const now = Date.now();
    if (typing && host.__lastTyping && now - host.__lastTyping < SYNC_DELAY) { host.__lastTyping = now; return; }
    host.__lastTyping = typing ? now : 0;
    host.__undo.push({ value: serialize(host.__editable), selection: selection(host.__editable) });
    if (host.__undo.length > 200) host.__undo.shift();
    host.__redo = [];
  };
  const travel = (host, from, to) => {
    const step = from.pop();
    if (!step) return;
    const ed = host.__editable;
    to.push({ value: serialize(ed), selection: selection(ed) });
    render(ed, step.value);
    if (step.selection) select(ed, ...step.selection);
    host.__lastTyping = 0;
    changed(ed, 'historyUndo');
  };

  // What a deletion with a collapsed caret removes: [a, b) in the value.
  const deletion = (value, s, type) => {
    const before = value.slice(0, s), after = value.slice(s);
    const endingToken = tokens(value).find(t => t.end === s), startingToken = tokens(value).find(t => t.start === s);
    switch (type) {
      case 'deleteContentBackward': return endingToken ? [endingToken.start, s] : [Math.max(0, s - 1), s];
      case 'deleteContentForward': return startingToken ? [s, startingToken.end] : [s, Math.min(value.length, s + 1)];
      case 'deleteWordBackward': return [s - (before.match(/(\S+\s*|\s+)$/)?.[0].length ?? 0), s];
      case 'deleteWordForward': return [s, s + (after.match(/^(\s*\S+|\s+)/)?.[0].length ?? 0)];
      default: return type.endsWith('Backward') ? [s - before.match(/[^\n]*$/)[0].length, s]
        : [s, s + after.match(/^[^\n]*/)[0].length];
    }
  };

  /*
   * Pasted or dropped text: plain text only. Our own cut or copied piece keeps the chips that this segment's
   * source has and this text lacks (so cut and paste moves a pair); any other placeholder syntax is dropped,
   * as a literal "<1>" cannot exist in the value: it would come back from the server as a chip.
   */
  const pasteText = (host, data, without) => {
    const ours = data.getData('application/x-interlinea-target');
    let text = (ours || data.getData('text/plain') || '').replace(/\r\n?/g, '\n');
    if (!ours) return text.replace(TOKEN, '');
    const source = tokens(host.dataset.source || '').map(t => t.text);
    const present = tokens(without).map(t => t.text);
    const ok = t => source.includes(t) && !present.includes(t);
    const pieces = tokens(text);
    const keep = new Set(pieces.filter(t => ok(t.text) && (t.kind === 'isolated'
      || pieces.some(p => p.id === t.id && p.kind !== t.kind && ok(p.text)))).map(t => t.start));
    for (const t of pieces.reverse()) if (!keep.has(t.start)) text = text.slice(0, t.start) + text.slice(t.end);
    return text;
  };

  const insertTokens = (host, open, close, where) => {
    const ed = host.__editable;
    const sel = where || selection(ed) || [serialize(ed).length, serialize(ed).length];
    const value = serialize(ed);
    const [a, b] = widen(value, ...sel);
    const inner = value.slice(a, b);
    // A pair wraps the selection; with nothing selected the caret goes between its chips, ready to type.
    const text = close ? open + inner + close : open;
    edit(host, a, b, text, close && a === b ? a + open.length : a + text.length);
  };

  const placeholder = (host, id) => {
    const t = tokens(host.dataset.source || '').find(t => t.id === id && t.kind !== 'close');
    if (t) insertTokens(host, t.text, t.kind === 'open' ? '</' + id + '>' : null);
  };

  const flush = host => {
    clearTimeout(host.__timer);
    const value = serialize(host.__editable);
    if (value !== host.__sent) {
      host.__sent = value;
      host.dispatchEvent(new CustomEvent('target-sync'));
    }
  };

  const attach = host => {
    if (host.__editable) return;
    const own = Object.getOwnPropertyDescriptor(host, 'value');
    const initial = own && 'value' in own ? String(own.value ?? '') : '';
    delete host.value;
    const ed = document.createElement('div');
    ed.className = 'target-editable';
    ed.contentEditable = 'true';
    ed.spellcheck = true;
    ed.setAttribute('role', 'textbox');
    ed.setAttribute('aria-multiline', 'true');
    if (host.dataset.label) ed.setAttribute('aria-label', host.dataset.label);
    host.replaceChildren(ed);
    host.__editable = ed;
    host.__undo = []; host.__redo = [];
    host.__sent = initial;
    render(ed, initial);
    const accessor = {
      configurable: true,
      get: () => serialize(ed),
      set: v => {
        v = v == null ? '' : String(v);
        if (v === serialize(ed)) return;
        const focused = document.activeElement === ed;
        render(ed, v);
        if (focused) select(ed, v.length);
      }
    };
    Object.defineProperty(host, 'value', accessor);
    Object.defineProperty(ed, 'value', accessor);
    host.focus = () => ed.focus();
    // From the server (a click on a source chip took the focus): where the caret was before the click.
    host.insertTokens = (open, close) => {
      const where = document.activeElement === ed ? selection(ed) : host.__lastSelection;
      ed.focus();
      insertTokens(host, open, close, where);
    };

    ed.addEventListener('beforeinput', ev => {
      const type = ev.inputType || '';
      if (type === 'insertCompositionText') return;
      if (type === 'historyUndo' || type === 'historyRedo') {
        ev.preventDefault();
        travel(host, type === 'historyUndo' ? host.__undo : host.__redo, type === 'historyUndo' ? host.__redo : host.__undo);
        return;
      }
      if (type.startsWith('format') || type === 'insertFromDrop' || type === 'deleteByDrag') { ev.preventDefault(); return; }
      const value = serialize(ed), sel = selection(ed);
      if (!sel) return;
      const [s, e] = sel;
      if (type === 'insertParagraph' || type === 'insertLineBreak') { ev.preventDefault(); edit(host, s, e, '\n'); return; }
      if (type.startsWith('delete')) {
        const [a, b] = s !== e ? [s, e] : deletion(value, s, type);
        if (a < b && touches(value, a, b)) { ev.preventDefault(); edit(host, a, b, ''); return; }
      } else if (type.startsWith('insert') && s !== e && touches(value, s, e)) {
        ev.preventDefault();
        edit(host, s, e, ev.data ?? ev.dataTransfer?.getData('text/plain')?.replace(TOKEN, '') ?? '');
        return;
      }
      remember(host, type === 'insertText');
      host.__before = value;
    });
    // After the browser's own edits: anything but text and chips (a pasted <b>, a <div> for a line) becomes
    // text again, and a chip lost some other way still takes its partner along.
    host.addEventListener('input', ev => {
      if (ev.isTrusted && (!clean(ed) || (host.__before !== undefined && host.__before !== serialize(ed)))) {
        const sel = selection(ed);
        const [value, caret] = keepPairs(host.__before ?? serialize(ed), serialize(ed), sel ? sel[1] : 0);
        if (!clean(ed) || value !== serialize(ed)) { render(ed, value); select(ed, caret); }
      }
      host.__before = undefined;
      clearTimeout(host.__timer);
      host.__timer = setTimeout(() => flush(host), SYNC_DELAY);
    });
    ed.addEventListener('keydown', ev => {
      if (ev.ctrlKey && ev.shiftKey && !ev.altKey && /^Digit[1-9]$/.test(ev.code)) {
        // Here, not on the server: the keys that follow must find the placeholder already in place.
        ev.preventDefault();
        ev.stopPropagation();
        placeholder(host, Number(ev.code.slice(5)));
      } else if ((ev.ctrlKey || ev.metaKey) && !ev.altKey && (ev.code === 'KeyZ' || ev.code === 'KeyY')) {
        // The browser offers no undo after edits made by script, so Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) are ours.
        ev.preventDefault();
        const redo = ev.code === 'KeyY' || ev.shiftKey;
        travel(host, redo ? host.__redo : host.__undo, redo ? host.__undo : host.__redo);
      }
    });
    const copy = (ev, cut) => {
      const sel = selection(ed);
      if (!sel || sel[0] === sel[1]) return;
      const value = serialize(ed), [a, b] = widen(value, ...sel), piece = value.slice(a, b);
      ev.preventDefault();
      ev.clipboardData.setData('text/plain', piece.replace(TOKEN, ''));
      ev.clipboardData.setData('application/x-interlinea-target', piece);
      if (cut) edit(host, a, b, '');
    };
    ed.addEventListener('copy', ev => copy(ev, false));
    ed.addEventListener('cut', ev => copy(ev, true));
    ed.addEventListener('paste', ev => {
      ev.preventDefault();
      const sel = selection(ed);
      if (!sel) return;
      const value = serialize(ed), [a, b] = widen(value, ...sel);
      edit(host, a, b, pasteText(host, ev.clipboardData, value.slice(0, a) + value.slice(b)));
    });
    // Chips are not dragged around: a drag could carry one chip of a pair away from its partner.
    ed.addEventListener('dragstart', ev => ev.preventDefault());
    ed.addEventListener('drop', ev => ev.preventDefault());
    ed.addEventListener('focusout', () => flush(host));
  };

  // Where the caret was, for a placeholder inserted by a click on a source chip (which takes the focus).
  document.addEventListener('selectionchange', () => {
    const ed = document.activeElement, host = ed && ed.classList.contains('target-editable') && ed.parentElement;
    if (host && host.__editable === ed) host.__lastSelection = selection(ed);
  });

  // select and selection (in value offsets) are for tests and tools that place the caret.
  window.interlineaTarget = {
    attach,
    select: (host, start, end) => { host.__editable.focus(); select(host.__editable, start, end ?? start); },
    selection: host => selection(host.__editable)
  };
})();
