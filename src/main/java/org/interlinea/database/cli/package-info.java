/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.database.cli;

import org.jspecify.annotations.NullMarked;
