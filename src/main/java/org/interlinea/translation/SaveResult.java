package org.interlinea.translation;

/**
 * The outcome of saving a translation: saved (with the new state), or a conflict carrying what the
 * other person saved, so both texts can be shown and nothing typed is lost.
 */
public record SaveResult(boolean saved, Translation current) {

    public static SaveResult saved(Translation current) {
        return new SaveResult(true, current);
    }

    public static SaveResult conflict(Translation theirs) {
        return new SaveResult(false, theirs);
    }
}
