import { expect, it } from 'vitest';
import { statusInText } from './status-in-text.js';

it.each([
  ['HTTP 500 Internal Server Error', 500],
  ['Ошибка запроса (HTTP 500 Internal Server Error)', 500],
  ['HTTP/1.1 502 Bad Gateway', 502],
  ['502 Bad Gateway', 502],
  ['HTTP 503 Service Unavailable', 503],
  ['Ошибка 403', 403],
  ['Ошибка 410', 410],
  ['400 ошибка', 400],
  ['Server Error (500)', 500],
  ['413 Request Entity Too Large', 413],
  ['101 ошибка', undefined],
  ['Too many follow-up requests: 21', undefined],
  ['Failed to connect to icontact.kz/91.147.1.1:443', undefined],
  ['HTTP 200 OK', undefined],
  ['Доступ закрыт', undefined],
])('reads the status in %j as %s', (text, want) => {
  expect(statusInText(text)).toBe(want);
});
