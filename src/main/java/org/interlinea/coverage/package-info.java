/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.coverage;

import org.jspecify.annotations.NullMarked;
