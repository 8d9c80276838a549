import { parseArgs } from 'node:util';
import { DEFAULT_SERVICE_CATALOGUE, OrgId } from '@konsiili/shared';
import { loadConfig } from '../config.ts';
import { openStore } from '../storage/open-store.ts';
import { DuplicateKeyError } from '../storage/store.ts';

const USAGE = 'Usage: npm run org:create -- --id <orgId> --name "<organisation name>"';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { id: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || !values.id || !values.name) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const store = await openStore(loadConfig(process.env));
  try {
    await store.organisations.create({
      id: OrgId.parse(values.id),
      name: values.name,
      services: [...DEFAULT_SERVICE_CATALOGUE],
    });
    process.stdout.write(`Created organisation ${values.id} with the default service catalogue.\n`);
  } catch (error) {
    if (error instanceof DuplicateKeyError) {
      process.stderr.write('An organisation with that id exists already.\n');
      process.exit(1);
    }
    throw error;
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
