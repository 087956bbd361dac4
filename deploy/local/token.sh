#!/usr/bin/env bash
# Prints an access token of the local realm edu.
#   token.sh                      client credentials of provincial-emis
#   token.sh county-emis-330106   client credentials of another confidential client (*-emis*, analytics-platform)
#   token.sh county-officer       password grant of a demo user through the public client edu-cli
# Options: --decode prints the token's claims (JSON) instead of the token.
# Secrets and passwords: EDU_CLIENT_SECRET (default local-only-<client>-secret) and
# EDU_USER_PASSWORD (default local-<username>), the local-only values of deploy/keycloak/edu-realm.json.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

DECODE=0
WHO=provincial-emis
while (($#)); do
  case $1 in
    --decode) DECODE=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    -*)
      usage >&2
      exit 2
      ;;
    *) WHO=$1 ;;
  esac
  shift
done

TOKEN_URL=$OIDC_URL/protocol/openid-connect/token
if [[ $WHO == *-emis* || $WHO == analytics-platform || $WHO == "${EDU_CLIENT_ID:-}" ]]; then
  response=$(curl -sS --max-time 15 -w '\n%{http_code}' \
    --data-urlencode grant_type=client_credentials \
    --data-urlencode "client_id=$WHO" \
    --data-urlencode "client_secret=${EDU_CLIENT_SECRET:-local-only-$WHO-secret}" \
    "$TOKEN_URL") || die "Keycloak at $TOKEN_URL does not answer (is deploy/local/up.sh running?)"
else
  response=$(curl -sS --max-time 15 -w '\n%{http_code}' \
    --data-urlencode grant_type=password \
    --data-urlencode client_id=edu-cli \
    --data-urlencode "username=$WHO" \
    --data-urlencode "password=${EDU_USER_PASSWORD:-local-$WHO}" \
    "$TOKEN_URL") || die "Keycloak at $TOKEN_URL does not answer (is deploy/local/up.sh running?)"
fi
status=${response##*$'\n'}
body=${response%$'\n'*}
[[ $status == 200 ]] || die "token request for '$WHO' failed (HTTP $status): $body"

token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$body")
[[ -n $token ]] || die "no access_token in the answer: $body"

if ((DECODE)); then
  payload=$(cut -d. -f2 <<<"$token" | tr '_-' '/+')
  while ((${#payload} % 4)); do payload+="="; done
  if command -v jq >/dev/null; then
    base64 -d <<<"$payload" | jq .
  else
    base64 -d <<<"$payload"
    echo
  fi
else
  printf '%s\n' "$token"
fi
