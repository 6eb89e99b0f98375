# Shared by the scripts: find a JDK >= 21 (JAVA_HOME first, else one under /usr/lib/jvm).
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best="" best_major=0
  for dir in /usr/lib/jvm/*; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(java_major "$dir")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$dir" best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "Verso needs a JDK 21 or newer. Install one (for example: apt-get install openjdk-21-jdk-headless, or Temurin 21/25) or set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}

find_jdk
export PATH="$JAVA_HOME/bin:$PATH"
