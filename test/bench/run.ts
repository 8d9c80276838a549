/**
 * `npm run bench`: every benchmark, each printing its figures beside a baseline measured in the same run
 * (the machines are shared and noisy, so only same-run ratios mean anything).
 */
import { benchFanout } from './fanout.bench.ts';
import { benchPii } from './pii.bench.ts';

const only = process.argv[2];
const benches: [string, () => Promise<string>][] = [
  ['pii', benchPii],
  ['fanout', benchFanout],
];

for (const [name, run] of benches) {
  if (only && only !== name) continue;
  process.stdout.write(`\n== ${name}\n${await run()}\n`);
}
process.exit(0);
