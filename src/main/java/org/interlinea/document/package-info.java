/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.document;

import org.jspecify.annotations.NullMarked;
