import { comparePlans } from '../src/align/compare.js';
import { seedSentences, syntheticPlan } from './synthetic.js';

// Run in its own process so that its peak memory is its own.
const n = Number(process.argv[2] ?? 2000);
const sentences = seedSentences();
const upper = syntheticPlan(n, 1, sentences);
const lower = syntheticPlan(n, 2, sentences, upper);
const t = performance.now();
const cpu = process.cpuUsage();
const c = comparePlans(upper, lower);
const seconds = (performance.now() - t) / 1000;
// CPU time as well: on a shared machine wall time says more about the neighbours than the code
const cpuSeconds = process.cpuUsage(cpu).user / 1e6;
const peak = process.resourceUsage().maxRSS / 1024;
if (process.env.PL_JSON) console.log(JSON.stringify({ n, seconds, cpuSeconds, peak }));
else console.log(
  `${n.toLocaleString('en')} × ${n.toLocaleString('en')} synthetic items: ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s), peak RSS ${peak.toFixed(0)} MB (target < 10 s, < 1 GB); ${JSON.stringify(c.summary)}`,
);
