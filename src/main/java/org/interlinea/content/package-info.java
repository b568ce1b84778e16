/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.content;

import org.jspecify.annotations.NullMarked;
