/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.database;

import org.jspecify.annotations.NullMarked;
