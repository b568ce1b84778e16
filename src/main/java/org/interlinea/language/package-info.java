/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.language;

import org.jspecify.annotations.NullMarked;
