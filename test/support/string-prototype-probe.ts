/**
 * Run with `node --allow-natives-syntax --import tsx`: loads the server as the embedded default does,
 * then the redis client, and prints whether String.prototype still has fast properties after each.
 */
// V8's natives syntax is only parsed at run time, hence the Function constructor.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, not input
const hasFastProperties = new Function('value', 'return %HasFastProperties(value)') as (
  value: object,
) => boolean;

await import('../../server/src/storage/open-store.ts');
await import('../../server/src/app.ts');
const afterServer = hasFastProperties(String.prototype);
await import('redis');
const afterRedis = hasFastProperties(String.prototype);
process.stdout.write(`${JSON.stringify({ afterServer, afterRedis })}\n`);

export {};
