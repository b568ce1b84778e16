package org.interlinea.editor.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * Makes placeholder tokens ({@code <1>}, {@code </1>}, {@code {2}}) atomic in a target editor, in the
 * browser, where the caret is: nothing can be typed inside a token, a Backspace or Delete that touches one
 * removes all of it, and the caret or a selection edge that lands inside one moves to its edge. A changed
 * value is announced with an {@code input} event, so it syncs and saves like typing.
 *
 * <p>The lazy list makes rows on the fly, so each row brings the script along; it defines itself once
 * per page and every later row only attaches to it.
 */
final class PlaceholderGuard {

    private PlaceholderGuard() {
    }

    private static final String SCRIPT = """
            if (!window.interlineaTokens) {
              const RE = /<\\/?\\d+>|\\{\\d+\\}/g;
              const tokens = v => { const r = []; RE.lastIndex = 0; let m;
                while ((m = RE.exec(v))) r.push([m.index, m.index + m[0].length]); return r; };
              const inside = (v, p) => tokens(v).find(([a, b]) => a < p && p < b);
              const cuts = (v, s, e) => tokens(v).some(([a, b]) => a < e && s < b && (a < s || b > e));
              const widen = (v, s, e) => { for (const [a, b] of tokens(v)) {
                if (a < s && s < b) s = a; if (a < e && e < b) e = b; } return [s, e]; };
              const replace = (ta, s, e, text) => { ta.setRangeText(text, s, e, 'end');
                ta.dispatchEvent(new Event('input', { bubbles: true })); };
              // Where a caret that moved from prev into token t goes: on through it when it stepped by one
              // character (arrow keys), else to the nearer edge (a click).
              const edge = (p, prev, t) => Math.abs(p - prev) === 1 ? (p < prev ? t[0] : t[1])
                : (p - t[0] <= t[1] - p ? t[0] : t[1]);
              const snap = ta => {
                const v = ta.value, s = ta.selectionStart, e = ta.selectionEnd;
                const back = ta.selectionDirection === 'backward';
                let focus = s === e || back ? s : e, anchor = s === e ? s : back ? e : s;
                const prev = ta.__caret === undefined ? focus : ta.__caret;
                const tf = inside(v, focus);
                if (tf) focus = edge(focus, prev, tf);
                if (s !== e) { const ta2 = inside(v, anchor); if (ta2) anchor = anchor === s ? ta2[0] : ta2[1]; }
                else anchor = focus;
                const ns = Math.min(focus, anchor), ne = Math.max(focus, anchor);
                if (ns !== s || ne !== e) ta.setSelectionRange(ns, ne, focus < anchor ? 'backward' : 'forward');
                ta.__caret = focus;
              };
              // What a deletion would remove, for the kinds that name no selection.
              const range = (v, s, e, type) => {
                if (s !== e) return [s, e];
                const before = v.slice(0, s), after = v.slice(s);
                switch (type) {
                  case 'deleteContentBackward': return [Math.max(0, s - 1), s];
                  case 'deleteContentForward': return [s, Math.min(v.length, s + 1)];
                  case 'deleteWordBackward': return [s - (before.match(/(\\S+\\s*|\\s+)$/)?.[0].length ?? 0), s];
                  case 'deleteWordForward': return [s, s + (after.match(/^(\\s*\\S+|\\s+)/)?.[0].length ?? 0)];
                  default: return type.endsWith('Backward') ? [s - before.match(/[^\\n]*$/)[0].length, s]
                    : [s, s + after.match(/^[^\\n]*/)[0].length];
                }
              };
              const beforeInput = ev => {
                const ta = ev.target; if (!ta || ta.tagName !== 'TEXTAREA') return;
                const v = ta.value, s = ta.selectionStart, e = ta.selectionEnd, type = ev.inputType || '';
                if (type.startsWith('delete')) {
                  const [a, b] = range(v, s, e, type);
                  if (a < b && cuts(v, a, b)) { ev.preventDefault(); const [wa, wb] = widen(v, a, b); replace(ta, wa, wb, ''); }
                } else if (type.startsWith('insert')) {
                  if (s === e) { if (inside(v, s)) ev.preventDefault(); return; }
                  const [wa, wb] = widen(v, s, e);
                  if (wa !== s || wb !== e) {
                    ev.preventDefault();
                    const text = ev.data ?? (ev.dataTransfer && ev.dataTransfer.getData('text/plain'))
                      ?? (type === 'insertLineBreak' ? '\\n' : '');
                    replace(ta, wa, wb, text);
                  }
                }
              };
              document.addEventListener('selectionchange', () => {
                const ta = document.activeElement;
                if (ta && ta.__interlineaTokens) snap(ta);
              });
              window.interlineaTokens = { attach: host => {
                const ta = host.inputElement || host.querySelector('textarea');
                if (!ta) { if ((host.__tokenTries = (host.__tokenTries || 0) + 1) < 20)
                  setTimeout(() => window.interlineaTokens.attach(host), 50); return; }
                if (ta.__interlineaTokens) return;
                ta.__interlineaTokens = true;
                ta.addEventListener('beforeinput', beforeInput);
                for (const type of ['keyup', 'mouseup', 'focus']) ta.addEventListener(type, () => snap(ta));
              } };
            }""";

    /** Guards the tokens in this editor. */
    static void attach(TextArea target) {
        target.getElement().executeJs(SCRIPT + "\nwindow.interlineaTokens.attach(this);");
    }
}
