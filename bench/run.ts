/**
 * `npm run bench`: speed of every stage, alignment quality against the gold files (next to the
 * jieba + TF-IDF + Hungarian baseline when it is installed), report rendering, corpus mode and
 * large or hostile input. Prints figures; asserts nothing (tests assert behaviour, the bench
 * measures it). `npm run bench` builds first: the CLI timings and corpus mode use dist/.
 */
import { runCorpusBench } from './corpus.js';
import { hostileBench } from './hostile.js';
import { networkBench } from './network.js';
import { parseAccuracyBench } from './parse-accuracy.js';
import { perturbationBench } from './perturbations.js';
import { qualityBench } from './quality.js';
import { readBench } from './read.js';
import { renderingBench } from './rendering.js';
import { robustnessBench } from './robustness.js';
import { speedBench } from './speed.js';
import { webBench } from './web.js';
import { section } from './util.js';

console.log(`policy-lineage bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
speedBench();
await readBench();
qualityBench();
perturbationBench();
await parseAccuracyBench();
renderingBench();

section('Corpus mode: one upper plan against 500 generated lower plans');
const corpus = await runCorpusBench({ plans: 500 });
console.log(
  `${corpus.plans} plans in ${corpus.seconds.toFixed(1)} s: ${corpus.plansPerSecond.toFixed(1)} plans/s, peak ${corpus.peakRssMB.toFixed(0)} MB (${corpus.memoryMethod}); target ≥ 20 plans/s, < 1 GB`,
);

robustnessBench();
hostileBench();

// the full 3,000-plan run takes minutes: opt in with `npm run bench -- --network`
const full = process.argv.includes('--network');
section(`Network mode: ${full ? '3,000' : '300'} generated plans over four levels and several years${full ? '' : ' (the full 3,000: npm run bench -- --network)'}`);
networkBench(full ? 3000 : 300);
await webBench();
