package org.interlinea.editor;

/**
 * What editors tell each other through PostgreSQL {@code NOTIFY interlinea_presence}: one JSON object per
 * notification (well below PostgreSQL's 8,000-byte payload limit).
 */
record PresenceMessage(Kind kind, String session, String user, long pageId, String language, long segmentId,
                       int position, int version) {

    enum Kind { OPEN, HEARTBEAT, CLOSE, SAVED }
}
