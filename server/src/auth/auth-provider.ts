import type { UserRecord } from './user.store.ts';

export interface PasswordCredentials {
  kind: 'password';
  username: string;
  password: string;
}

/** Credentials an identity provider accepts. OIDC adds `{ kind: 'oidc', code, … }` here later. */
export type Credentials = PasswordCredentials;

/**
 * Port: turns credentials into a known user, or undefined when they are wrong. Sessions, cookies
 * and the rest of the product sit behind this, so an OIDC provider replaces the local one without
 * touching domain code.
 */
export interface AuthProvider {
  readonly id: string;
  authenticate(credentials: Credentials): Promise<UserRecord | undefined>;
}
