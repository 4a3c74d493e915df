#!/bin/sh
# Runs ImportAndDashboard with the JVM options that make a short command-line import start fast:
#  - C1 only (-XX:TieredStopAtLevel=1): the import is over before C2 would pay back its compile time;
#  - the serial collector: one small heap, no GC threads competing for 2 cores;
#  - an application class-data-sharing archive (target/import.jsa), written by the first run, read by the next.
# Measured on the 8,800-deal Maven sample: see benchmarks/RESULTS-analytics.md.
# Usage: examples/import-and-dashboard.sh <export dir> <out.html> [--dry-run]
# Needs the class path file: mvn -q -pl examples -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
set -e
here=$(cd "$(dirname "$0")" && pwd)
cp="$here/target/examples-0.1.0-SNAPSHOT.jar:$(cat "$here/target/cp.txt")"
archive="$here/target/import.jsa"
if [ -f "$archive" ]; then cds="-XX:SharedArchiveFile=$archive"; else cds="-XX:ArchiveClassesAtExit=$archive"; fi
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $cds -cp "$cp" org.crmkit.examples.dashboard.ImportAndDashboard "$@"
