/*
 * The translation box of the editor: a contenteditable in which each placeholder token (<1>, </1>, {2}) is a
 * chip that cannot be typed into. The element the server made (id target-N) gets a `value` property holding
 * the placeholder string ("Text <1>bold</1> {2}"), as does the editable inside it; every change dispatches a
 * bubbling `input` event, and a `target-sync` event on the host a second after typing pauses (at once when
 * the box loses the focus) tells the server.
 *
 * The value is coded as org.interlinea.document.Placeholders codes segment text, with the same regular
 * expression (SYNTAX; PlaceholderSyntaxTest checks the two agree): text that looks like a placeholder, such as
 * a page's own "{1}", has a backslash after its bracket ("{\1}") and is shown and typed as text. So the box
 * works on parts (text as the reader sees it, and tokens), and offsets here count what is on screen, a chip
 * as long as its token; only `value` and the test helpers speak in value offsets.
 *
 * Edits that touch chips are done here, on the parts, never left to the browser: a deleted chip of a pair
 * takes its partner along (the text between stays), a paste brings text only, Ctrl+Shift+1..9 inserts a
 * placeholder in the same keydown, so keys typed right after it land after it. Loaded once per page.
 */
(() => {
  if (window.interlineaTarget) return;
  // Placeholders, and escaped text that looks like one: must stay the same as Placeholders.SYNTAX in Java.
  const SYNTAX = String.raw`<(/?)(\\*)(\d+)>|\{(\\*)(\d+)}`;
  const SYNC_DELAY = 1000;

  // A value as parts: {text} as the reader sees it, or a placeholder {token, kind, id}; never two texts in a row.
  const parse = value => {
    const parts = [], re = new RegExp(SYNTAX, 'g');
    let text = '', at = 0, m;
    while ((m = re.exec(value))) {
      text += value.slice(at, m.index);
      at = re.lastIndex;
      const slashes = m[2] ?? m[4];
      if (slashes) {
        text += m[2] !== undefined ? '<' + m[1] + slashes.slice(1) + m[3] + '>' : '{' + slashes.slice(1) + m[5] + '}';
        continue;
      }
      if (text) parts.push({ text });
      text = '';
      parts.push({ token: m[0], kind: m[2] === undefined ? 'isolated' : m[1] ? 'close' : 'open', id: Number(m[3] ?? m[5]) });
    }
    text += value.slice(at);
    if (text) parts.push({ text });
    return parts;
  };
  const tokenPart = token => parse(token)[0];
  const escape = text => text.replace(new RegExp(SYNTAX, 'g'),
    (all, slash, s1, d1, s2, d2) => s1 !== undefined ? '<' + slash + '\\' + s1 + d1 + '>' : '{\\' + s2 + d2 + '}');
  const join = parts => {
    const out = [];
    for (const p of parts) {
      const last = out[out.length - 1];
      if (p.token) out.push(p);
      else if (p.text && last && !last.token) out[out.length - 1] = { text: last.text + p.text };
      else if (p.text) out.push(p);
    }
    return out;
  };
  const valueOf = parts => join(parts).map(p => p.token ?? escape(p.text)).join('');
  const textOf = parts => parts.filter(p => !p.token).map(p => p.text).join('');
  // What is on screen, a chip as its token: the string offsets here count in.
  const shown = parts => parts.map(p => p.token ?? p.text).join('');
  const tokens = parts => {
    const found = []; let at = 0;
    for (const p of parts) {
      const end = at + (p.token ?? p.text).length;
      if (p.token) found.push({ text: p.token, kind: p.kind, id: p.id, start: at, end });
      at = end;
    }
    return found;
  };
  // The parts in [a, b) of the screen; a and b never fall inside a token (see widen).
  const slice = (parts, a, b = Infinity) => {
    const out = []; let at = 0;
    for (const p of parts) {
      const length = (p.token ?? p.text).length, s = Math.max(a, at), e = Math.min(b, at + length);
      if (s < e) out.push(p.token ? p : { text: p.text.slice(s - at, e - at) });
      at += length;
    }
    return join(out);
  };

  const label = p => p.kind === 'open' ? '\u2039' + p.id : p.kind === 'close' ? p.id + '\u203a' : '{' + p.id + '}';
  const isChip = n => n.nodeType === 1 && n.dataset && n.dataset.token !== undefined;

  const chip = p => {
    const span = document.createElement('span');
    span.className = 'placeholder placeholder-' + p.kind;
    span.contentEditable = 'false';
    span.dataset.token = p.token;
    span.title = p.token;
    span.textContent = label(p);
    return span;
  };

  // Text runs and chips, with a text node (maybe empty) around every chip so the caret has a place.
  const render = (ed, parts) => {
    const nodes = []; let text = '';
    for (const p of join(parts)) {
      if (p.token) { nodes.push(document.createTextNode(text), chip(p)); text = ''; }
      else text = p.text;
    }
    nodes.push(document.createTextNode(text));
    ed.replaceChildren(...nodes);
  };

  const partsOf = (node, top = true, parts = []) => {
    node.childNodes.forEach((c, i) => {
      if (c.nodeType === 3) parts.push({ text: c.data });
      else if (isChip(c)) parts.push(tokenPart(c.dataset.token));
      // The browser keeps a <br> at the end of an editable so an empty last line shows: not text.
      else if (c.nodeName === 'BR') parts.push({ text: top && i === node.childNodes.length - 1 ? '' : '\n' });
      else if (c.nodeType === 1) partsOf(c, false, parts);
    });
    return top ? join(parts) : parts;
  };
  const serialize = ed => valueOf(partsOf(ed));
  const clean = ed => [...ed.childNodes].every(c => c.nodeType === 3 || isChip(c));

  // A DOM position as an offset on screen; a position inside a chip counts as its start or end.
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
    return shown(join(partsOf(box, false))).length;
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
  // Value offsets (for tests and tools) and screen offsets differ only inside escaped text.
  const toScreen = (value, offset) => shown(parse(value.slice(0, offset))).length;
  const toValue = (parts, offset) => valueOf(slice(parts, 0, offset)).length;

  // Any token the range [a, b) touches is taken whole.
  const widen = (parts, a, b) => {
    for (const t of tokens(parts)) {
      if (t.start < a && a < t.end) a = t.start;
      if (t.start < b && b < t.end) b = t.end;
    }
    return [a, b];
  };
  const touches = (parts, a, b) => tokens(parts).some(t => t.start < b && a < t.end);

  /*
   * Pairs that were whole in `before` and are not in `after` lose their leftover tokens, so deleting one chip
   * of a pair deletes the pair. Returns the parts and the caret moved past what was removed before it.
   */
  const keepPairs = (before, after, caret) => {
    const balance = parts => { const b = new Map();
      for (const t of tokens(parts)) if (t.kind !== 'isolated') b.set(t.id, (b.get(t.id) || 0) + (t.kind === 'open' ? 1 : -1));
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
      after = join([...slice(after, 0, t.start), ...slice(after, t.end)]);
      if (t.end <= caret) caret -= t.text.length;
    }
    return [after, caret];
  };

  const changed = (ed, kind) => ed.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: kind }));

  // Replaces [a, b) by parts (tokens whole, pairs kept), puts the caret after them (or at `caret`), tells listeners.
  const edit = (host, a, b, insert, caret) => {
    const ed = host.__editable, before = partsOf(ed);
    [a, b] = widen(before, a, b);
    remember(host, false);
    const next = join([...slice(before, 0, a), ...insert, ...slice(before, b)]);
    const [parts, at] = keepPairs(before, next, caret ?? a + shown(insert).length);
    render(ed, parts);
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
    render(ed, parse(step.value));
    if (step.selection) select(ed, ...step.selection);
    host.__lastTyping = 0;
    changed(ed, 'historyUndo');
  };

  // What a deletion with a collapsed caret removes: [a, b) on screen.
  const deletion = (parts, s, type) => {
    const text = shown(parts), before = text.slice(0, s), after = text.slice(s);
    const endingToken = tokens(parts).find(t => t.end === s), startingToken = tokens(parts).find(t => t.start === s);
    switch (type) {
      case 'deleteContentBackward': return endingToken ? [endingToken.start, s] : [Math.max(0, s - 1), s];
      case 'deleteContentForward': return startingToken ? [s, startingToken.end] : [s, Math.min(text.length, s + 1)];
      case 'deleteWordBackward': return [s - (before.match(/(\S+\s*|\s+)$/)?.[0].length ?? 0), s];
      case 'deleteWordForward': return [s, s + (after.match(/^(\s*\S+|\s+)/)?.[0].length ?? 0)];
      default: return type.endsWith('Backward') ? [s - before.match(/[^\n]*$/)[0].length, s]
        : [s, s + after.match(/^[^\n]*/)[0].length];
    }
  };

  /*
   * Pasted or dropped text: text only. Our own cut or copied piece keeps its text as it was and the chips that
   * this segment's source has and this text lacks (so cut and paste moves a pair). Text from elsewhere is read
   * as placeholder text and its placeholders are dropped: it comes from places that write them out (a memory,
   * a file). A page's own "{1}" is typed, or copied from a box or from the page's column (see the end).
   */
  const pasteText = (host, data, without) => {
    const ours = data.getData('application/x-interlinea-target');
    const text = (ours || data.getData('text/plain') || '').replace(/\r\n?/g, '\n');
    if (!ours) return [{ text: textOf(parse(text)) }];
    const source = tokens(parse(host.dataset.source || '')).map(t => t.text);
    const present = tokens(without).map(t => t.text);
    const ok = t => source.includes(t) && !present.includes(t);
    const parts = parse(text), pieces = parts.filter(p => p.token);
    const keep = new Set(pieces.filter(t => ok(t.token) && (t.kind === 'isolated'
      || pieces.some(p => p.id === t.id && p.kind !== t.kind && ok(p.token)))));
    return join(parts.filter(p => !p.token || keep.has(p)));
  };

  const insertTokens = (host, open, close, where) => {
    const ed = host.__editable, parts = partsOf(ed), end = shown(parts).length;
    const [a, b] = widen(parts, ...(where || selection(ed) || [end, end]));
    // A pair wraps the selection; with nothing selected the caret goes between its chips, ready to type.
    const insert = close ? [tokenPart(open), ...slice(parts, a, b), tokenPart(close)] : [tokenPart(open)];
    edit(host, a, b, insert, close && a === b ? a + open.length : a + shown(insert).length);
  };

  const placeholder = (host, id) => {
    const t = tokens(parse(host.dataset.source || '')).find(t => t.id === id && t.kind !== 'close');
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
    // Between a keystroke and the next sync the row says "unsaved" without asking the server.
    host.addEventListener('input', () => {
      const row = host.closest('.segment-row'), state = row && row.querySelector('.save-state');
      if (state && host.dataset.unsaved) { state.textContent = host.dataset.unsaved; state.className = 'save-state save-unsaved'; }
    });
    host.replaceChildren(ed);
    host.__editable = ed;
    host.__undo = []; host.__redo = [];
    host.__sent = initial;
    render(ed, parse(initial));
    const accessor = {
      configurable: true,
      get: () => serialize(ed),
      set: v => {
        v = v == null ? '' : String(v);
        if (v === serialize(ed)) return;
        const focused = document.activeElement === ed, parts = parse(v);
        render(ed, parts);
        if (focused) select(ed, shown(parts).length);
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
      const parts = partsOf(ed), sel = selection(ed);
      if (!sel) return;
      const [s, e] = sel;
      if (type === 'insertParagraph' || type === 'insertLineBreak') { ev.preventDefault(); edit(host, s, e, [{ text: '\n' }]); return; }
      if (type.startsWith('delete')) {
        const [a, b] = s !== e ? [s, e] : deletion(parts, s, type);
        if (a < b && touches(parts, a, b)) { ev.preventDefault(); edit(host, a, b, []); return; }
      } else if (type.startsWith('insert') && s !== e && touches(parts, s, e)) {
        ev.preventDefault();
        const text = ev.data ?? (ev.dataTransfer ? textOf(parse(ev.dataTransfer.getData('text/plain'))) : '');
        edit(host, s, e, [{ text }]);
        return;
      }
      remember(host, type === 'insertText');
      host.__before = valueOf(parts);
    });
    // After the browser's own edits: anything but text and chips (a pasted <b>, a <div> for a line) becomes
    // text again, and a chip lost some other way still takes its partner along.
    host.addEventListener('input', ev => {
      if (ev.isTrusted && (!clean(ed) || (host.__before !== undefined && host.__before !== serialize(ed)))) {
        const sel = selection(ed);
        const now = partsOf(ed);
        const [parts, caret] = keepPairs(host.__before !== undefined ? parse(host.__before) : now, now, sel ? sel[1] : 0);
        if (!clean(ed) || valueOf(parts) !== serialize(ed)) { render(ed, parts); select(ed, caret); }
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
      const parts = partsOf(ed), [a, b] = widen(parts, ...sel), piece = slice(parts, a, b);
      ev.preventDefault();
      ev.clipboardData.setData('text/plain', textOf(piece));
      ev.clipboardData.setData('application/x-interlinea-target', valueOf(piece));
      if (cut) edit(host, a, b, []);
    };
    ed.addEventListener('copy', ev => copy(ev, false));
    ed.addEventListener('cut', ev => copy(ev, true));
    ed.addEventListener('paste', ev => {
      ev.preventDefault();
      const sel = selection(ed);
      if (!sel) return;
      const parts = partsOf(ed), [a, b] = widen(parts, ...sel);
      edit(host, a, b, pasteText(host, ev.clipboardData, join([...slice(parts, 0, a), ...slice(parts, b)])));
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

  // A copy from the page's column (whose chips carry data-token too) is ours as well: pasted into a box it
  // brings the page's text as it is, its own "{1}" included, and the placeholders the box lacks.
  document.addEventListener('copy', ev => {
    const s = window.getSelection();
    if (ev.defaultPrevented || !ev.clipboardData || !s.rangeCount) return;
    const range = s.getRangeAt(0), from = range.commonAncestorContainer;
    if (!(from.nodeType === 1 ? from : from.parentElement)?.closest('.segment-source')) return;
    const box = document.createElement('div');
    box.appendChild(range.cloneContents());
    const parts = join(partsOf(box, false));
    ev.preventDefault();
    ev.clipboardData.setData('text/plain', textOf(parts));
    ev.clipboardData.setData('application/x-interlinea-target', valueOf(parts));
  });

  // select and selection (in value offsets) are for tests and tools that place the caret.
  window.interlineaTarget = {
    attach,
    select: (host, start, end) => {
      const ed = host.__editable, value = serialize(ed);
      ed.focus();
      select(ed, toScreen(value, start), toScreen(value, end ?? start));
    },
    selection: host => {
      const ed = host.__editable, parts = partsOf(ed), sel = selection(ed);
      return sel && sel.map(at => toValue(parts, at));
    }
  };
  // Rows drawn before this script arrived queued their boxes (TargetEditor.onAttach).
  (window.interlineaTargetQueue || []).forEach(host => { if (host.isConnected) attach(host); });
  window.interlineaTargetQueue = [];
})();
