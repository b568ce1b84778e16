/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.alignment.ui;

import org.jspecify.annotations.NullMarked;
