#!/usr/bin/env bash
# Responsibilities for the city-sized store, so status answers look people up in a directory of a city's size:
# one Ansvarig per numbered nämndmål and enhetsmål of every plan, a delegate for every third, and a coordinator
# per organisation and year, imported with the real `statusbot people import` (checked against the plans).
# Usage: citypeople.sh APP_DLL STORE.db
set -euo pipefail
app=$1; db=$2
csv=$(mktemp --suffix=.csv); trap 'rm -f "$csv"' EXIT
{
  echo "organisation;year;goal;upn;role"
  sqlite3 -separator ';' "$db" "
    select distinct p.organisation, p.year, g.number, 'chef-' || (select min(q.rowid) from plans q where q.organisation = p.organisation and q.year = p.year) || '-' || replace(g.number, '.', '-') || '@stockholm.se', 'Ansvarig'
      from goals g join plans p on p.id = g.plan_id
     where g.level in ('namndmal', 'enhetsmal') and g.number is not null
    union all
    select distinct p.organisation, p.year, g.number, 'delegat-' || (select min(q.rowid) from plans q where q.organisation = p.organisation and q.year = p.year) || '-' || replace(g.number, '.', '-') || '@stockholm.se', 'Delegat'
      from goals g join plans p on p.id = g.plan_id
     where g.level in ('namndmal', 'enhetsmal') and g.number is not null and g.position % 3 = 0
    union all
    select organisation, year, '', 'samordnare-' || min(rowid) || '@stockholm.se', 'Samordnare' from plans group by organisation, year;"
} >"$csv"
echo "people: $(($(wc -l <"$csv") - 1)) responsibility lines"
dotnet "$app" people import "$csv" --store "$db" | tail -1
