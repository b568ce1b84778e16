/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.translation;

import org.jspecify.annotations.NullMarked;
