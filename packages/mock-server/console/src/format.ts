import { formatAlmatyTime } from '@icontact/errors';

/** An ISO instant as Almaty local time, `HH:MM:SS`, or the date too when `withDate`. */
export function almaty(iso: string | null | undefined, withDate = false): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = formatAlmatyTime(date);
  return withDate ? text : text.slice(11);
}

/** A real instant as this browser's local `HH:MM:SS`. */
export function realClock(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour12: false });
}

/** Saves text as a file the browser downloads. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
