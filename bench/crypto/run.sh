#!/usr/bin/env bash
# Builds and runs Camino's field-encryption benchmarks (issue 4) with bounded
# settings (under 2 minutes), then prints Camino's time relative to AES-GCM.
# Extra arguments go to JMH, e.g. ./run.sh -t 2 or ./run.sh caminoFieldCipher
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # .mvn/maven.config names its settings file relative to here

./mvnw -B -q -f bench/crypto/pom.xml package
results="bench/crypto/target/results.csv"
LC_ALL=C java -Duser.language=en -Duser.country=US -jar bench/crypto/target/benchmarks.jar \
    -f 1 -wi 3 -i 8 -w 1s -r 1s -jvmArgsAppend "-Xms2g -Xmx2g" -rf csv -rff "$results" "$@"

awk -F, '
    function ratio(label, r) { printf "  / %s %.1fx  (bar <= 3x: %s)\n", label, r, r <= 3 ? "met" : "NOT met" }
    { gsub(/"/, ""); name = $1; sub(/.*\./, "", name); score[name] = $5 }
    END {
        c = score["caminoFieldCipher"]
        if (c == "") exit
        printf "\nCamino field encrypt+decrypt: %.2f us/op\n", c
        if (score["gcmReusedCipher"] != "")  ratio("AES-GCM, reused Cipher:  ", c / score["gcmReusedCipher"])
        if (score["gcmCipherPerCall"] != "") ratio("AES-GCM, Cipher per call:", c / score["gcmCipherPerCall"])
        if (score["jasyptDefaults1000Iterations"] != "") printf "  Jasypt defaults / Camino:   %.0fx\n", score["jasyptDefaults1000Iterations"] / c
    }' "$results"
