/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.editor.ui;

import org.jspecify.annotations.NullMarked;
