import type { Schema } from '../spec/schema-types.js';
import type { UserRecord } from '../state/records.js';

/** Surname, first name and patronymic, as the app writes a full name. */
export function fullNameOf(user: Pick<UserRecord, 'surname' | 'firstName' | 'patronymic'>): string {
  return `${user.surname} ${user.firstName} ${user.patronymic}`;
}

/** The `User` of the contract. */
export function userView(user: UserRecord): Schema<'User'> {
  return {
    id: user.id,
    login: user.login,
    role: user.role,
    fullName: fullNameOf(user),
    supervisorId: user.role === 'supervisor' ? null : user.supervisorId,
  };
}

/** The `Consultant` of the contract. */
export function consultantView(user: UserRecord): Schema<'Consultant'> {
  return { id: user.id, login: user.login, fullName: fullNameOf(user), supervisorId: user.supervisorId };
}
