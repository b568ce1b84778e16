/** Types here are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.interlinea.security;

import org.jspecify.annotations.NullMarked;
