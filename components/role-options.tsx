import { roleDescriptions, roleLabels, type Role } from '@/lib/authz';

/** The <option>s of a role picker, lowest role first; with `describe`, each says what the role may do. */
export function RoleOptions({ roles, describe = false }: { roles: readonly Role[]; describe?: boolean }) {
  return (
    <>
      {roles.map((r) => (
        <option key={r} value={r}>
          {describe ? `${roleLabels[r]} — ${roleDescriptions[r]}` : roleLabels[r]}
        </option>
      ))}
    </>
  );
}
