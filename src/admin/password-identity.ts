import type { ConsoleStore } from "../store/open-store.ts";
import type { IdentityProvider } from "./identity-provider.ts";
import { verifyPassword } from "./verify-password.ts";

/** Staff e-mail address and password, checked against the scrypt hash in the store. */
export function passwordIdentity(store: ConsoleStore): IdentityProvider {
  return {
    name: "password",
    async complete(input) {
      const email = (input.email ?? "").trim().toLowerCase();
      const user = email ? await store.staff.byEmail(email) : undefined;
      // Always hash, so an unknown address takes as long as a wrong password.
      const ok = await verifyPassword(input.password ?? "", user?.passwordHash);
      return ok && user ? { email: user.email } : null;
    },
  };
}
