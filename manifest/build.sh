#!/usr/bin/env bash
# Builds the Teams app package (the zip that Teams admin centre / "Upload a custom app" accepts) from
# manifest.template.json: fills in the bot id and domain, and puts manifest.json, color.png, outline.png and any
# localisation files at the ROOT of the zip (Teams rejects a zip whose files sit in a folder).
#
#   manifest/build.sh --bot-id GUID --domain HOST [--app-id GUID] [--version X.Y.Z] [--out DIR]
#                     [--privacy-url URL] [--terms-url URL] [--manifest-version 1.29|1.25]
#                     [--agent-app-id GUID --oauth-reference-id ID]
#
#   --bot-id   Microsoft App ID of the bot: the client id of the managed identity (infra output botAppId).
#   --domain   host name of the App Service (infra output appHostName), e.g. app-statusbot-prod-x.azurewebsites.net
#   --app-id   Teams app id; defaults to the bot id so that every rebuild updates the same catalogue app.
#   --version  app version, X.Y.Z (default 1.0.0); raise it for every upload of a changed package.
#   --out      output folder (default artifacts/teams-app); the zip path is printed on stdout.
#   --manifest-version  1.29 (default) or 1.25, for a tenant that does not accept 1.29 yet; the template uses
#              nothing that 1.25 lacks, and a 1.25 package drops the prompt starters' type and prompt.
#   --agent-app-id, --oauth-reference-id  also build the Microsoft 365 Copilot agent package (docs/copilot.md):
#              its own Teams app id, and the OAuth client registration id from the Teams Developer Portal that
#              signs users in to the MCP server (/mcp). Its zip path is printed after the Teams package's.
#
# The Teams package names the bot as a Copilot custom engine agent (copilotAgents.customEngineAgents). The
# declarative agent goes in a second package because the manifest schema (1.21 to 1.29 and devPreview) allows
# declarativeAgents or customEngineAgents in one app, not both.
#
# Exit codes: 0 built, 2 bad arguments, 3 missing tool or file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

usage() { echo 'usage:' >&2; sed -n '6,8p' "$0" | sed 's/^# */  /' >&2; }
fail() { echo "build.sh: $1" >&2; [ "${2:-2}" = 2 ] && usage; exit "${2:-2}"; }

GUID_RE='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
# A DNS host name: labels of letters, digits and inner hyphens, a letter-only top-level label; no scheme,
# port or path (validDomains and the bot endpoint take the bare host).
HOST_RE='^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'
# The manifest schema's semver pattern: three numbers without leading zeros.
VERSION_RE='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
# https URLs without characters that would need escaping in JSON.
URL_RE='^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%!$&()*+,;=:@/?#-]*)?$'

bot_id="" domain="" app_id="" agent_app_id="" oauth_reference_id="" version="1.0.0" out="$ROOT/artifacts/teams-app" manifest_version="1.29"
privacy_url="https://start.stockholm/" terms_url="https://start.stockholm/"
while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id|--domain|--app-id|--version|--out|--privacy-url|--terms-url|--manifest-version|--agent-app-id|--oauth-reference-id)
      [ $# -ge 2 ] || fail "$1 needs a value"
      case "$1" in
        --bot-id) bot_id="$2" ;; --domain) domain="$2" ;; --app-id) app_id="$2" ;; --version) version="$2" ;;
        --out) out="$2" ;; --privacy-url) privacy_url="$2" ;; --terms-url) terms_url="$2" ;;
        --manifest-version) manifest_version="$2" ;;
        --agent-app-id) agent_app_id="$2" ;; --oauth-reference-id) oauth_reference_id="$2" ;;
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
if [ -n "$agent_app_id$oauth_reference_id" ]; then
  [ -n "$agent_app_id" ] || fail "--oauth-reference-id needs --agent-app-id (the Copilot agent's own Teams app id)"
  [ -n "$oauth_reference_id" ] || fail "--agent-app-id needs --oauth-reference-id (Teams Developer Portal, OAuth client registration)"
  [[ "$agent_app_id" =~ $GUID_RE ]] || fail "--agent-app-id '$agent_app_id' is not a GUID (expected 8-4-4-4-12 hex digits)"
  # The registration id goes into JSON as is: letters, digits and a few separators only.
  [[ "$oauth_reference_id" =~ ^[A-Za-z0-9._=-]{1,200}$ ]] || fail "--oauth-reference-id '$oauth_reference_id' has characters a registration id does not have"
fi
for id in "$bot_id" "$app_id" ${agent_app_id:+"$agent_app_id"}; do
  [[ "$id" =~ ^[0-]+$ ]] && fail "'$id' is the empty GUID; use the real id"
done
bot_id="${bot_id,,}" app_id="${app_id,,}" agent_app_id="${agent_app_id,,}"
[ -z "$agent_app_id" ] || [ "$agent_app_id" != "$app_id" ] || fail "--agent-app-id must differ from the Teams app id"
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

# Bash 5.2 would treat '&' in a replacement as the match; the values are validated, but URLs may contain '&'.
shopt -u patsub_replacement 2>/dev/null || true
# A template with every placeholder filled; the template is written for manifest 1.29, whose version appears in
# manifestVersion and in the $schema URL.
fill() {
  local text
  text="$(cat "$1")"
  text="${text//\{\{BOT_ID\}\}/$bot_id}"
  text="${text//\{\{APP_ID\}\}/$app_id}"
  text="${text//\{\{AGENT_APP_ID\}\}/$agent_app_id}"
  text="${text//\{\{OAUTH_REFERENCE_ID\}\}/$oauth_reference_id}"
  text="${text//\{\{DOMAIN\}\}/$domain}"
  text="${text//\{\{VERSION\}\}/$version}"
  text="${text//\{\{PRIVACY_URL\}\}/$privacy_url}"
  text="${text//\{\{TERMS_URL\}\}/$terms_url}"
  text="${text//\"manifestVersion\": \"1.29\"/\"manifestVersion\": \"$manifest_version\"}"
  text="${text//teams\/v1.29\//teams/v$manifest_version/}"
  # Prompt starters (a command's "type": "prompt" and its "prompt") came after 1.25: a 1.25 package keeps the
  # commands as plain ones. The template writes both keys on the command's line, so one substitution removes them.
  if [ "$manifest_version" = "1.25" ]; then
    text="$(sed -E 's/, "type": "prompt", "prompt": "[^"]*"//' <<<"$text")"
  fi
  if [[ "$text" == *"{{"* ]]; then
    fail "$1 has a placeholder that build.sh does not fill: $(grep -o '{{[A-Z_]*}}' <<<"$text" | head -1)" 3
  fi
  printf '%s\n' "$text"
}
manifest="$(fill "$template")"

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

[ -n "$agent_app_id" ] || exit 0
# The Copilot agent package: its manifest, the declarative agent, the MCP plugin and the same icons.
copilot="$HERE/copilot"
for f in manifest.template.json declarativeAgent.json plugin.template.json; do
  [ -f "$copilot/$f" ] || fail "$copilot/$f not found" 3
done
agent_stage="$stage/copilot"
mkdir -p "$agent_stage"
fill "$copilot/manifest.template.json" > "$agent_stage/manifest.json"
cp "$copilot/declarativeAgent.json" "$agent_stage/declarativeAgent.json"
fill "$copilot/plugin.template.json" > "$agent_stage/plugin.json"
cp "$HERE/color.png" "$HERE/outline.png" "$agent_stage/"
agent_zip="$(cd "$out" && pwd)/statusbot-copilot-$version.zip"
rm -f "$agent_zip"
(cd "$agent_stage" && zip -q -X -j "$agent_zip" manifest.json declarativeAgent.json plugin.json color.png outline.png)
echo "build.sh: built $agent_zip (Copilot agent, app $agent_app_id, MCP server https://$domain/mcp)" >&2
echo "$agent_zip"
