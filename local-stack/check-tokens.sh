#!/bin/sh
# Hand check, not run in CI: asks the running local Keycloak for real tokens and checks the claims the services rely
# on. Start Keycloak first, e.g. 'java -jar local-stack/target/local-stack.jar --no-apps'. Needs curl, sed, base64.
set -eu
TOKEN_URI=${KEYCLOAK_URL:-http://127.0.0.1:8180}/realms/chs/protocol/openid-connect/token

# Reads a token response on stdin and prints the decoded JWT payload.
payload() {
  token=$(sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  part=$(printf %s "$token" | cut -d. -f2 | tr '_-' '/+')
  case $(( ${#part} % 4 )) in 2) part="$part==" ;; 3) part="$part=" ;; esac
  printf %s "$part" | base64 -d
}

expect() {
  case "$2" in
    *"$3"*) echo "  ok    $1: $3" ;;
    *) echo "  FAIL  $1 lacks $3"; echo "$2"; exit 1 ;;
  esac
}

echo "(a) clerk-county, password grant with chs-cli"
p=$(curl -fsS -d grant_type=password -d client_id=chs-cli -d username=clerk-county -d password=chs-demo "$TOKEN_URI" | payload)
expect clerk-county "$p" '"realm_access":{"roles":['
expect clerk-county "$p" '"counter-clerk"'
expect clerk-county "$p" '"service_point_id":"sp-chunan-county-hall"'

echo "(b) bank-icbc-qiandaohu, client credentials"
p=$(curl -fsS -d grant_type=client_credentials -d client_id=bank-icbc-qiandaohu \
  -d client_secret=bank-icbc-qiandaohu-secret "$TOKEN_URI" | payload)
expect bank-icbc-qiandaohu "$p" '"bank-operator"'
expect bank-icbc-qiandaohu "$p" '"service_point_id":"sp-bank-icbc-qiandaohu"'

echo "(c) hospital-chunan-first, client credentials"
p=$(curl -fsS -d grant_type=client_credentials -d client_id=hospital-chunan-first \
  -d client_secret=hospital-chunan-first-secret "$TOKEN_URI" | payload)
expect hospital-chunan-first "$p" '"hospital-operator"'
expect hospital-chunan-first "$p" '"service_point_id":"sp-hospital-chunan-first"'
expect hospital-chunan-first "$p" '"institution_id":"inst-chunan-first-peoples"'

echo "all token checks passed"
