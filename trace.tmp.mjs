import { chromium } from '@playwright/test';
const q = process.argv[2] ?? 'mode=standard&size=32&k=3&pad=1&speed=20';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(`http://127.0.0.1:4180/?${q}`);
await p.waitForSelector('[role="grid"]');
await p.waitForTimeout(3000);
await b.startTracing(p, { categories: ['devtools.timeline','disabled-by-default-devtools.timeline','disabled-by-default-devtools.timeline.invalidationTracking'] });
await p.evaluate(() => { const b = [...document.querySelectorAll('button')].find(x => /play/i.test(x.getAttribute('aria-label')||x.textContent)); b?.click(); });
await p.waitForTimeout(4000);
const buf = await b.stopTracing();
const ev = JSON.parse(buf.toString()).traceEvents;
const sums = {}; const counts = {};
for (const e of ev) if (e.ph === 'X' && e.dur) { sums[e.name] = (sums[e.name]||0) + e.dur/1000; counts[e.name]=(counts[e.name]||0)+1; }
console.log(await p.locator('.step-status').first().textContent());
Object.entries(sums).sort((a,b)=>b[1]-a[1]).slice(0,18).forEach(([k,v]) => console.log(v.toFixed(1).padStart(9), String(counts[k]).padStart(6), k));
for (const e of ev) if (e.name === 'UpdateLayoutTree' && e.dur) console.log('ULT', (e.dur/1000).toFixed(1), JSON.stringify(e.args).slice(0,200));
const inv = {};
for (const e of ev) if (/Invalidat/.test(e.name)) { const d = e.args?.data ?? {}; const k = e.name + ' ' + (d.reason ?? '') + ' ' + (d.invalidationSet ? JSON.stringify(d.invalidationList ?? d.invalidationSet).slice(0,120) : '') + ' ' + (d.nodeName ?? ''); inv[k] = (inv[k]||0)+1; }
Object.entries(inv).sort((a,b)=>b[1]-a[1]).slice(0,25).forEach(([k,v]) => console.log(String(v).padStart(6), k));
await b.close();
