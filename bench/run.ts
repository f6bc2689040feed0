/**
 * `npm run bench`: alignment quality against the gold files, speed of every stage, and (when the
 * other benches are present) report rendering, corpus mode and robustness figures. Prints
 * figures; asserts nothing (tests assert behaviour, the bench measures it).
 */
import { qualityBench } from './quality.js';
import { speedBench } from './speed.js';

console.log(`policy-lineage bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
speedBench();
qualityBench();
