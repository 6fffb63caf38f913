import { type Sex, validateConsumerName } from '@icontact/domain';
import type { SeedName } from '../seed/seed-people.js';

/** The result of {@link parseFullName}. */
export type FullNameResult =
  | { readonly ok: true; readonly name: SeedName }
  | { readonly ok: false; readonly message: string };

/**
 * Reads `Surname FirstName Patronymic` — three words, each 1–64 letters (Cyrillic, Kazakh, Latin) with
 * hyphens or apostrophes inside, as R13 asks of a consumer — into a name; trimmed and NFC-normalised.
 */
export function parseFullName(fullName: string): FullNameResult {
  const parts = fullName.trim().split(/\s+/u);
  if (parts.length !== 3) {
    return {
      ok: false,
      message: `"${fullName}" is not three words: write "Surname FirstName Patronymic", e.g. "Сейтказиева Айгерим Нурлановна".`,
    };
  }
  const [surname, firstName, patronymic] = parts;
  const result = validateConsumerName({ surname, firstName, patronymic });
  if (result.ok) return { ok: true, name: result.name };
  const bad = result.errors.map((error) => `${error.field} (${error.reason.replaceAll('_', ' ')})`);
  return {
    ok: false,
    message: `"${fullName}" has a bad ${bad.join(', ')}: each word is 1–64 letters, with hyphens or apostrophes inside.`,
  };
}

/**
 * The sex a patronymic says (`-овна`, `-евна`, `-қызы` female; `-ович`, `-евич`, `-ұлы` male), or `null`
 * when it says none. Used only to draw a matching ИИН: since 2013 the digits are hints anyway.
 */
export function sexOfPatronymic(patronymic: string): Sex | null {
  const ending = patronymic.toLowerCase();
  if (/(вна|чна|қызы|кызы)$/u.test(ending)) return 'female';
  if (/(вич|ич|ұлы|улы|uly)$/u.test(ending)) return 'male';
  return null;
}
