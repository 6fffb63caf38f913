import { expect, it } from 'vitest';
import { Code } from './code.js';
import { buildDiagnosticReport, DIAGNOSTIC_FIELD_MAX_LENGTH } from './diagnostic.js';

const at = new Date('2026-11-24T04:07:30.000Z');

it('writes a full report in Russian, one fact a line', () => {
  const report = buildDiagnosticReport({
    code: Code.account_locked,
    detail: 'Account locked until 2026-11-24T04:17:30Z',
    requestId: 'req-7f3c2a',
    shiftNumber: 1042,
    appVersion: '3.2.1',
    operation: 'obtainToken',
    at,
    consultantLogin: 'aset.k',
    lang: 'ru',
  });
  expect(report).toBe(
    [
      'Отчёт об ошибке iContact',
      'Код: account_locked (гайд, п. 8)',
      'На экране: Ошибка 403',
      'Что это значит: Аккаунт заблокирован из-за превышения числа попыток авторизации.',
      'Что делать: Ваш аккаунт был заблокирован из-за превышения числа попыток авторизации (вы много раз вводили неправильно логин и пароль). Убедитесь, что вы вводите верный логин и пароль, подождите 10-15 минут и попробуйте заново.',
      'Повтор: повторить через 10 мин',
      'Номер смены: 1042',
      'Версия приложения: 3.2.1',
      'Действие: вход',
      'Логин: aset.k',
      'ID запроса: req-7f3c2a',
      'Время: 2026-11-24 09:07:30 (Алматы, UTC+05:00)',
      'Ответ сервера: Account locked until 2026-11-24T04:17:30Z',
      '',
    ].join('\n'),
  );
});

it('writes a minimal report in English, asking for the shift number and app version the guide wants', () => {
  const report = buildDiagnosticReport({ code: Code.sync_failed, at, lang: 'en' });
  expect(report).toBe(
    [
      'iContact error report',
      'Code: sync_failed (guide entry 20)',
      'On screen: 101 ошибка',
      'Meaning: The sync failed on the server (app-level code 101); nothing of the batch was applied.',
      'What to do: Try the sync again; if it keeps failing, take a full, clear photo of the error and send it to your supervisor.',
      'Retry: retry at once',
      'Shift number: not given',
      'App version: not given',
      'Time: 2026-11-24 09:07:30 (Asia/Almaty, UTC+05:00)',
      '',
    ].join('\n'),
  );
});

it('leaves out the guide reference for a code the guide does not name', () => {
  const report = buildDiagnosticReport({ code: Code.rate_limited, at, lang: 'en' });
  expect(report.split('\n')[1]).toBe('Code: rate_limited');
});

it('keeps a multi-line detail on one line, so that every line stays one fact', () => {
  const report = buildDiagnosticReport({
    code: Code.unknown_error,
    detail: 'java.lang.IllegalStateException\n\tat a.b.C(C.java:12)\r\n\tat d.E',
    at,
    lang: 'en',
  });
  expect(report).toContain('\nServer detail: java.lang.IllegalStateException at a.b.C(C.java:12) at d.E\n');
});

it('cuts a long detail with an ellipsis', () => {
  const report = buildDiagnosticReport({
    code: Code.unknown_error,
    detail: 'x'.repeat(1000),
    at,
    lang: 'en',
  });
  const line = report.split('\n').find((l) => l.startsWith('Server detail: ')) ?? '';
  expect(line.slice('Server detail: '.length)).toHaveLength(DIAGNOSTIC_FIELD_MAX_LENGTH);
  expect(line.endsWith('…')).toBe(true);
});

it('treats blank fields as absent', () => {
  const report = buildDiagnosticReport({
    code: Code.bad_gateway,
    shiftNumber: '  ',
    requestId: '',
    at,
    lang: 'ru',
  });
  expect(report).toContain('\nНомер смены: не указан\n');
  expect(report).not.toContain('ID запроса');
});

it('gives the same text for the same input', () => {
  const input = { code: Code.kompra_unavailable, shiftNumber: '7', at, lang: 'ru' } as const;
  expect(buildDiagnosticReport(input)).toBe(buildDiagnosticReport({ ...input, at: new Date(at.getTime()) }));
});

it('refuses an invalid time', () => {
  expect(() =>
    buildDiagnosticReport({ code: Code.bad_gateway, at: new Date(Number.NaN), lang: 'en' }),
  ).toThrow(RangeError);
});
