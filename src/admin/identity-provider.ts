/**
 * The seam for signing staff in. Today there is one provider, passwords (password-identity.ts). Single
 * sign-on with OpenID Connect (Entra ID, Google Workspace, Okta) would be a second implementation:
 * `beginUrl` builds the authorisation request (code flow with PKCE, `state` and `nonce` kept in a short
 * cookie), and `complete` takes the callback's query, exchanges the code, checks the ID token's
 * signature, issuer, audience, expiry and nonce, and returns its verified e-mail address. Either way the
 * console then signs in the staff account with that address, so roles stay in the console's own table.
 * Not implemented: no OpenID provider could be run and tested here.
 */
export interface VerifiedIdentity {
  /** Lower-case e-mail address that the provider has checked. */
  email: string;
}

export interface IdentityProvider {
  readonly name: "password" | "openid-connect";
  /** Redirect-based providers only: where to send the browser to sign in. */
  beginUrl?(state: string, nonce: string, redirectUri: string): Promise<string>;
  /** What came back (the sign-in form's fields, or the callback's query) as a verified identity, or null. */
  complete(input: Record<string, string>, expected?: { state: string; nonce: string }): Promise<VerifiedIdentity | null>;
}
