/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.publish.ui;

import org.jspecify.annotations.NullMarked;
