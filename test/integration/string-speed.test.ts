import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/server.ts';

describe('the embedded server keeps string operations fast', () => {
  // The redis client subclasses String, which drops String.prototype into V8's dictionary mode and
  // made every string method call (the PII guard, JSON, socket.io's parser) several times slower in
  // the whole process. Without REDIS_URL nothing may load it.
  it('[O5] loading the server without Redis leaves String.prototype fast; loading redis would not', () => {
    const output = execFileSync(
      process.execPath,
      [
        '--allow-natives-syntax',
        '--import',
        'tsx',
        path.join(REPO_ROOT, 'test/support/string-prototype-probe.ts'),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 },
    );
    expect(JSON.parse(output)).toEqual({ afterServer: true, afterRedis: false });
  });
});
