#!/usr/bin/env bash
# The goals bench/load/submit.lua submits outcomes for, read from a city store (sqlite3 CLI, JSON1):
# one line per goal of the plans of YEAR, tab-separated:
#   goal id, newest submitted version for PERIOD (0 before the first submission), the form data without "version"
# The data is what the outcome form card (OutcomeFormCard) posts with "Skicka in": goalId, period, verb, bedömning,
# analys, the total (and the men/women split where the indicator has one) of every indicator due in the period
# (Tertial indicators always, År indicators in the VB: Indicator.IsDueIn) and a status for every activity.
# Values are valid for every unit in the store (a whole number between 0 and 100, no unit typed).
# Usage: submitgoals.sh STORE.db YEAR T1|T2|VB >goals.tsv
set -euo pipefail
db=$1; year=$2; kind=$3
[[ $year =~ ^[0-9]{4}$ && $kind =~ ^(T1|T2|VB)$ ]] || { echo "usage: $0 STORE.db YEAR T1|T2|VB" >&2; exit 2; }
sqlite3 -bail -separator $'\t' "$db" "
with target(goal_id) as (
  select g.id from goals g join plans p on p.id = g.plan_id where p.year = $year),
due(id, goal_id, split) as (
  select i.id, i.goal_id, i.split_by_gender from indicators i join target t using (goal_id)
  where i.periodicity = 'tertial' or '$kind' = 'VB'),
inputs(goal_id, k, v) as (
  select goal_id, 'goalId', goal_id from target
  union all select goal_id, 'period', '$kind $year' from target
  union all select goal_id, 'verb', 'skickaIn' from target
  union all select goal_id, 'bedomning', 'UppfyllsDelvis' from target
  union all select goal_id, 'analys', 'Lasttest: prognosen håller, men en aktivitet är försenad.' from target
  union all select goal_id, 'utfall.' || id, '12' from due
  union all select goal_id, 'utfall.' || id || '.man', '11' from due where split
  union all select goal_id, 'utfall.' || id || '.kvinnor', '13' from due where split
  union all select a.goal_id, 'aktivitet.' || a.id, 'Genomford' from activities a join target t using (goal_id))
select t.goal_id,
  (select coalesce(max(o.version), 0) from outcomes o
   where o.goal_id = t.goal_id and o.period_year = $year and o.period_kind = '$kind'),
  (select json_group_object(k, v) from inputs x where x.goal_id = t.goal_id)
from target t order by t.goal_id"
