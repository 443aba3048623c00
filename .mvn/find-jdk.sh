# Sourced by ./mvnw and ./isocourse: points JAVA_HOME at a JDK >= 21.
# Order: JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm, then java on PATH.
# Written for POSIX sh with globbing off (mvnw runs under `set -euf`).
isocourse_java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
isocourse_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(isocourse_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best="" bestv=0
  if [ -d /usr/lib/jvm ]; then
    for d in $(ls -1 /usr/lib/jvm); do
      p="/usr/lib/jvm/$d"
      [ -x "$p/bin/javac" ] || continue
      v=$(isocourse_java_major "$p")
      if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$p" bestv="$v"; fi
    done
  fi
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    p=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(isocourse_java_major "$p")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then best="$p"; fi
  fi
  if [ -z "$best" ]; then
    echo "isocourse: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm/*, PATH). Install one and set JAVA_HOME." >&2
    exit 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
isocourse_find_jdk
# Maven 3.9's Guice calls sun.misc.Unsafe; JDK 24+ warns on every build unless told to allow it.
if [ "$(isocourse_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  case " ${MAVEN_OPTS-} " in
  *sun-misc-unsafe-memory-access*) ;;
  *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
  esac
fi
