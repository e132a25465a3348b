#!/usr/bin/env bash
# Builds the site on Netlify's own build image, which has no JDK 17: fetches a Temurin JDK 17 and
# Apache Maven into a cache folder first, then runs the README's build command.
# Not exercised by this repository's CI (it needs Netlify's network); the recommended path is
# .github/workflows/netlify.yml.
set -euo pipefail
CACHE="${NETLIFY_CACHE_DIR:-$HOME/.cache}/folio-toolchain"
JDK="$CACHE/jdk-17"
MAVEN_VERSION=3.9.9
MAVEN="$CACHE/apache-maven-$MAVEN_VERSION"
mkdir -p "$CACHE"
if [ ! -x "$JDK/bin/java" ]; then
  mkdir -p "$JDK"
  curl -fsSL "https://api.adoptium.net/v3/binary/latest/17/ga/linux/x64/jdk/hotspot/normal/eclipse" \
    | tar -xz -C "$JDK" --strip-components=1
fi
if [ ! -x "$MAVEN/bin/mvn" ]; then
  curl -fsSL "https://archive.apache.org/dist/maven/maven-3/$MAVEN_VERSION/binaries/apache-maven-$MAVEN_VERSION-bin.tar.gz" \
    | tar -xz -C "$CACHE"
fi
export JAVA_HOME="$JDK"
export PATH="$JDK/bin:$MAVEN/bin:$PATH"
java -version
mvn -B generate ${URL:+"-Dfolio.args=build --source . --out target/site --base-url $URL/"}
