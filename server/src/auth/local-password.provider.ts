import type { AuthProvider, Credentials } from './auth-provider.ts';
import { dummyHash, verifyPassword } from './password.ts';
import type { UserRecord, UserStore } from './user.store.ts';

/** Local accounts with scrypt-hashed passwords: the embedded default. */
export function createLocalPasswordProvider(users: UserStore): AuthProvider {
  return {
    id: 'local',
    async authenticate(credentials: Credentials): Promise<UserRecord | undefined> {
      const user = await users.findByUsername(credentials.username);
      // Verify against a dummy hash when the account is missing so timing does not reveal it.
      const hash = user?.passwordHash ?? (await dummyHash());
      const isValid = await verifyPassword(credentials.password, hash);
      return isValid && user?.passwordHash ? user : undefined;
    },
  };
}
