/** One REST call with the session cookie; resolves the status and the parsed JSON (or text) body. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- tests name the body type they expect
export async function api<T = unknown>(
  baseUrl: string,
  cookie: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T; text: string; headers: Headers }> {
  const res = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (CSV): the text is the body.
  }
  return { status: res.status, body: parsed as T, text, headers: res.headers };
}
