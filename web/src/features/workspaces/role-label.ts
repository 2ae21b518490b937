import type { Role } from '../../lib/domain';

/** "OWNER" → "Owner". */
export function roleName(role: Role | null | undefined): string {
  return role ? `${role.charAt(0)}${role.slice(1).toLowerCase()}` : 'Not a member';
}

/** A date-time as the page shows it: 7 Dec 2026, 04:23. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
