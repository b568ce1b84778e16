package org.interlinea.editor.ui;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's side of {@code frontend/scripts/drafts.js}: what the browser keeps of the typing until the
 * server confirms it. Rows carry a key ({@code <slug>/<lang>/<segment id>}: ids, not positions, so a draft
 * never lands on another sentence after the source changed) and the version their text is based on.
 */
final class BrowserDrafts {

    static final String SCRIPT = "context://scripts/drafts.js";
    private static final String API = "window.interlineaDrafts && window.interlineaDrafts.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Element view;
    private final String user;
    private final String prefix;

    /** A draft the browser kept: for a segment id, typed on top of a version. */
    record Draft(long segmentId, String key, String text, int version) {
    }

    BrowserDrafts(Element view, String user, String slug, String language) {
        this.view = view;
        this.user = user;
        this.prefix = slug + "/" + language + "/";
        view.setAttribute("data-draft-user", user);
    }

    String key(RowState row) {
        return prefix + row.segment.id();
    }

    /** Marks an editor component as holding this row's text. */
    void mark(Element target, RowState row) {
        target.setAttribute("data-draft-key", key(row));
        target.setAttribute("data-draft-version", String.valueOf(row.version()));
    }

    /** The server has the row's saved text: the browser may forget it (or rebase newer typing on it). */
    void confirmed(RowState row) {
        view.executeJs(API + "confirmed($0, $1, $2, $3)", user, key(row), row.saved().text(), row.version());
    }

    /** The translator chose the row's text in the conflict dialog: kept on the colleague's version until saved. */
    void chosen(RowState row) {
        view.executeJs(API + "chosen($0, $1, $2, $3)", user, key(row), row.text(), row.version());
    }

    /** The row's text was settled another way (a colleague's text taken, a match taken, history restored). */
    void discard(RowState row) {
        discard(key(row));
    }

    void discard(String key) {
        view.executeJs(API + "discard($0, $1)", user, key);
    }

    /** Asks the browser for the drafts it kept for this page and language. */
    void kept(Consumer<List<Draft>> then) {
        view.executeJs("return window.interlineaDrafts ? window.interlineaDrafts.list($0, $1) : '[]'", user, prefix)
                .then(String.class, json -> then.accept(parse(json)));
    }

    List<Draft> parse(String json) {
        List<Draft> drafts = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            String key = node.path("key").asString("");
            long id;
            try {
                id = Long.parseLong(key.substring(key.lastIndexOf('/') + 1));
            } catch (NumberFormatException e) {
                id = -1;  // not ours to read, but still shown, never dropped
            }
            drafts.add(new Draft(id, key, node.path("text").asString(""), node.path("version").asInt(0)));
        }
        return drafts;
    }
}
