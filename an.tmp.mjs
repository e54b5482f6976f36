import fs from 'node:fs';
const f = process.argv[2];
const j = JSON.parse(fs.readFileSync(f, 'utf8')); const ev = j.traceEvents ?? j;
const main = ev.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const tid = main.tid, pid = main.pid;
const mine = ev.filter(e => e.tid === tid && e.pid === pid && e.ph === 'X');
const tasks = mine.filter(e => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a,b)=>b.dur-a.dur).slice(0,4);
for (const t of tasks) {
  console.log('TASK', (t.dur/1000).toFixed(1));
  const inside = mine.filter(e => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t);
  const agg = {}; for (const e of inside) agg[e.name] = (agg[e.name]||0) + e.dur/1000;
  Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,8).forEach(([k,v]) => console.log('   ', v.toFixed(1), k));
}
