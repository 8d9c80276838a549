import { parseArgs } from 'node:util';
import { AuditAction, OrgId, OrgRoleSchema, ServiceId, UserId } from '@konsiili/shared';
import { createAuditService } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import { loadConfig } from '../config.ts';
import { systemClock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { openStore } from '../storage/open-store.ts';
import { DuplicateKeyError } from '../storage/store.ts';

const USAGE = `Usage: npm run user:create -- --org <orgId> --username <name> --display-name <name>
         --profession <text> --service <serviceId> [--service …] --role <admin|organiser|professional> [--role …]
The password is read from the KONSIILI_PASSWORD environment variable, or from standard input.`;

async function readPassword(): Promise<string> {
  const fromEnv = process.env.KONSIILI_PASSWORD;
  if (fromEnv) return fromEnv;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      username: { type: 'string' },
      'display-name': { type: 'string' },
      profession: { type: 'string' },
      service: { type: 'string', multiple: true },
      role: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.org || !values.username || !values['display-name'] || !values.profession) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const password = await readPassword();
  if (password.length < 12) {
    process.stderr.write('The password must be at least 12 characters.\n');
    process.exit(2);
  }
  const config = loadConfig(process.env);
  const store = await openStore(config);
  try {
    const orgId = OrgId.parse(values.org);
    if (!(await store.organisations.get(orgId))) {
      process.stderr.write(`No organisation with id ${orgId}.\n`);
      process.exit(1);
    }
    const id = UserId.parse(newId());
    await store.users.create({
      id,
      orgId,
      username: values.username,
      passwordHash: await hashPassword(password),
      displayName: values['display-name'],
      profession: values.profession,
      services: (values.service ?? []).map((s) => ServiceId.parse(s)),
      roles: (values.role ?? ['professional']).map((r) => OrgRoleSchema.parse(r)),
      createdAt: systemClock.now().toISOString(),
    });
    await createAuditService({ store: store.audit, clock: systemClock }).record({
      orgId,
      action: AuditAction.USER_CREATED,
      subjectId: id,
    });
    process.stdout.write(`Created user ${id}.\n`);
  } catch (error) {
    if (error instanceof DuplicateKeyError) {
      process.stderr.write('That username is already taken.\n');
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
