import type { Actor } from '../../access/actor';
import { assertAdmin } from '../../access/access-policy';

/** Anyone may check a credential; only administrators decide which other issuers the platform trusts. */
export function assertCanManageTrustedIssuers(actor: Actor): void {
  assertAdmin(actor);
}
