/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.publish;

import org.jspecify.annotations.NullMarked;
