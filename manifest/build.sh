#!/usr/bin/env bash
# Builds the Teams app package (the zip that Teams admin centre / "Upload a custom app" accepts) from
# manifest.template.json: fills in the bot id and domain, and puts manifest.json, color.png, outline.png and any
# localisation files at the ROOT of the zip (Teams rejects a zip whose files sit in a folder).
#
#   manifest/build.sh --bot-id GUID --domain HOST [--app-id GUID] [--version X.Y.Z] [--out DIR]
#                     [--privacy-url URL] [--terms-url URL] [--manifest-version 1.29|1.25]
#
#   --bot-id   Microsoft App ID of the bot: the client id of the managed identity (infra output botAppId).
#   --domain   host name of the App Service (infra output appHostName), e.g. app-statusbot-prod-x.azurewebsites.net
#   --app-id   Teams app id; defaults to the bot id so that every rebuild updates the same catalogue app.
#   --version  app version, X.Y.Z (default 1.0.0); raise it for every upload of a changed package.
#   --out      output folder (default artifacts/teams-app); the zip path is printed on stdout.
#   --manifest-version  1.29 (default) or 1.25, for a tenant that does not accept 1.29 yet; the template uses
#              nothing else that 1.25 lacks, and a 1.25 package drops the prompt starters' type and prompt.
#
# Exit codes: 0 built, 2 bad arguments, 3 missing tool or file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

usage() { echo 'usage:' >&2; sed -n '6,7p' "$0" | sed 's/^# */  /' >&2; }
fail() { echo "build.sh: $1" >&2; [ "${2:-2}" = 2 ] && usage; exit "${2:-2}"; }

GUID_RE='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
# A DNS host name: labels of letters, digits and inner hyphens, a letter-only top-level label; no scheme,
# port or path (validDomains and the bot endpoint take the bare host).
HOST_RE='^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'
# The manifest schema's semver pattern: three numbers without leading zeros.
VERSION_RE='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
# https URLs without characters that would need escaping in JSON.
URL_RE='^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%!$&()*+,;=:@/?#-]*)?$'

bot_id="" domain="" app_id="" version="1.0.0" out="$ROOT/artifacts/teams-app" manifest_version="1.29"
privacy_url="https://start.stockholm/" terms_url="https://start.stockholm/"
while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id|--domain|--app-id|--version|--out|--privacy-url|--terms-url|--manifest-version)
      [ $# -ge 2 ] || fail "$1 needs a value"
      case "$1" in
        --bot-id) bot_id="$2" ;; --domain) domain="$2" ;; --app-id) app_id="$2" ;; --version) version="$2" ;;
        --out) out="$2" ;; --privacy-url) privacy_url="$2" ;; --terms-url) terms_url="$2" ;;
        --manifest-version) manifest_version="$2" ;;
      esac
      shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) fail "unknown argument '$1'" ;;
  esac
done

[ -n "$bot_id" ] || fail "--bot-id is required (the client id of the bot's managed identity)"
[ -n "$domain" ] || fail "--domain is required (the host name of the app, e.g. app-statusbot-prod-x.azurewebsites.net)"
[ -n "$app_id" ] || app_id="$bot_id"
[[ "$bot_id" =~ $GUID_RE ]] || fail "--bot-id '$bot_id' is not a GUID (expected 8-4-4-4-12 hex digits)"
[[ "$app_id" =~ $GUID_RE ]] || fail "--app-id '$app_id' is not a GUID (expected 8-4-4-4-12 hex digits)"
for id in "$bot_id" "$app_id"; do
  [[ "$id" =~ ^[0-]+$ ]] && fail "'$id' is the empty GUID; use the real id"
done
bot_id="${bot_id,,}" app_id="${app_id,,}"
case "$domain" in
  *://*) fail "--domain '$domain' must be a bare host name without scheme (drop '${domain%%://*}://')" ;;
  */*|*:*) fail "--domain '$domain' must be a bare host name without port or path" ;;
esac
domain="${domain,,}"
{ [ ${#domain} -le 253 ] && [[ "$domain" =~ $HOST_RE ]]; } \
  || fail "--domain '$domain' is not a valid host name (e.g. app-statusbot-prod-x.azurewebsites.net)"
[[ "$version" =~ $VERSION_RE ]] || fail "--version '$version' must be X.Y.Z (numbers without leading zeros)"
case "$manifest_version" in
  1.29|1.25) ;;
  *) fail "--manifest-version '$manifest_version' is not supported (1.29 or 1.25)" ;;
esac
for url in "$privacy_url" "$terms_url"; do
  [[ "$url" =~ $URL_RE ]] || fail "'$url' is not an https URL"
done

command -v zip >/dev/null || fail "the 'zip' command is missing (apt-get install zip)" 3
template="$HERE/manifest.template.json"
[ -f "$template" ] || fail "$template not found" 3

manifest="$(cat "$template")"
# Bash 5.2 would treat '&' in a replacement as the match; the values are validated, but URLs may contain '&'.
shopt -u patsub_replacement 2>/dev/null || true
manifest="${manifest//\{\{BOT_ID\}\}/$bot_id}"
manifest="${manifest//\{\{APP_ID\}\}/$app_id}"
manifest="${manifest//\{\{DOMAIN\}\}/$domain}"
manifest="${manifest//\{\{VERSION\}\}/$version}"
manifest="${manifest//\{\{PRIVACY_URL\}\}/$privacy_url}"
manifest="${manifest//\{\{TERMS_URL\}\}/$terms_url}"
# The template is written for 1.29; the version appears in manifestVersion and in the $schema URL.
manifest="${manifest//\"manifestVersion\": \"1.29\"/\"manifestVersion\": \"$manifest_version\"}"
manifest="${manifest//teams\/v1.29\//teams/v$manifest_version/}"
# Prompt starters (a command's "type": "prompt" and its "prompt") came after 1.25: a 1.25 package keeps the
# commands as plain ones. The template writes both keys on the command's line, so one substitution removes them.
if [ "$manifest_version" = "1.25" ]; then
  manifest="$(sed -E 's/, "type": "prompt", "prompt": "[^"]*"//' <<<"$manifest")"
fi
if [[ "$manifest" == *"{{"* ]]; then
  fail "the template has a placeholder that build.sh does not fill: $(grep -o '{{[A-Z_]*}}' <<<"$manifest" | head -1)" 3
fi

# Files the package carries: the manifest, the icons, and the localisation files it names (if any).
files=(color.png outline.png)
while IFS= read -r loc; do files+=("$loc"); done \
  < <(grep -o '"file": *"[^"]*"' "$template" | sed 's/.*"\([^"]*\)"$/\1/' || true)

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
printf '%s\n' "$manifest" > "$stage/manifest.json"
for f in "${files[@]}"; do
  [ -f "$HERE/$f" ] || fail "$HERE/$f not found" 3
  cp "$HERE/$f" "$stage/$f"
done

mkdir -p "$out"
zip_path="$(cd "$out" && pwd)/statusbot-teams-$version.zip"
rm -f "$zip_path"
# -X: no extra file attributes, -j: no folders, so every file lands at the zip root.
(cd "$stage" && zip -q -X -j "$zip_path" manifest.json "${files[@]}")
echo "build.sh: built $zip_path (bot $bot_id, app $app_id, domain $domain, version $version)" >&2
echo "$zip_path"
