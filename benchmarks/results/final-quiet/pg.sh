#!/bin/bash
cd /work/main
export CRMKIT_PG_URL=jdbc:postgresql://127.0.0.1:5432/crmkit_bench_pages
CP=$PWD/benchmarks/target/classes:$(cat /tmp/pgbench-cp.txt)
run() { name=$1; shift; { echo "# $(date -u +%H:%M:%S) $*"; uptime; "$@"; uptime; } > /tmp/final/$name.txt 2>&1; }
psql -h 127.0.0.1 -U postgres crmkit_bench_pages -c "VACUUM (ANALYZE) crm_bench.crm_deals" > /dev/null
run deal-pages java -Djmh.ignoreLock=true -cp $CP org.openjdk.jmh.Main 'org.crmkit.benchmarks.persistence.DealPageBenchmark' -wi 2 -w 10 -i 3 -r 10 -p head=region,team,division
run timeline-pages java -Djmh.ignoreLock=true -cp $CP org.openjdk.jmh.Main 'org.crmkit.benchmarks.persistence.TimelinePageBenchmark' -wi 2 -w 10 -i 3 -r 10 -p client=heavy,typical
export CRMKIT_PG_URL=jdbc:postgresql://127.0.0.1:5432/crmkit_bench_dash
psql -h 127.0.0.1 -U postgres crmkit_bench_dash -c "select 1" > /dev/null
run dashboard java -Djmh.ignoreLock=true -jar /tmp/main-bench.jar DashboardKpisBenchmark -p reader=system,headOfSales -wi 1 -i 5 -f 1
run casbin java -Djmh.ignoreLock=true -jar /tmp/main-bench.jar 'CasbinComparisonBenchmark' -wi 2 -w 1s -i 3 -r 2s -f 1
echo done > /tmp/final/pg.done
