/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.cli;

import org.jspecify.annotations.NullMarked;
