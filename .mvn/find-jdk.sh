# Sourced by ./mvnw: Interlinea needs a JDK 21 or newer. When JAVA_HOME (or the java on the PATH)
# is older, look for a newer JDK in the usual install folders and use it, so the README's commands
# work on machines whose default java is 17 but which have another JDK installed.

interlinea_java_major() {
  # Prints the major version of the given java binary, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

interlinea_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$(interlinea_java_major "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge 21 ]
}

interlinea_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && interlinea_jdk_ok "$JAVA_HOME"; then return 0; fi
  if [ -z "${JAVA_HOME-}" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if interlinea_jdk_ok "$candidate"; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
  fi
  best=""; best_v=0
  set +f  # mvnw runs with globbing off; the search below needs it
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] || continue
    if interlinea_jdk_ok "$dir"; then
      v=$(interlinea_java_major "$dir/bin/java")
      if [ "$v" -gt "$best_v" ]; then best=$dir; best_v=$v; fi
    fi
  done
  set -f
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "Interlinea needs a JDK 21 or newer (found none; the java here is older): install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME to it." >&2
  exit 1
}

interlinea_find_jdk
